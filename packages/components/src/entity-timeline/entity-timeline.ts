import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { isAbort } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { TIMELINE_KINDS, type TimelineEvent, type TimelineKind, type TimelinePage } from '../api/model.js';
import { VirtualRangeController } from '../controllers/virtual-range-controller.js';
import { TimelineEventSelectEvent } from '../events/timeline-event-select.js';
import { LocaleController, type Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { styleProps } from '../internal/style-props.js';
import { entityTimelineStyles, ROW_HEIGHT } from './entity-timeline.styles.js';
import { entityTimelineCatalog } from './messages.js';
import { axisLabel, barIndexAt, barLabel, eventCount, histogramBars, type HistogramBar } from './timeline-histogram.js';
import { inlineKey } from '../internal/reading-direction.js';
import { arrowUpIcon, checkIcon, closeIcon, KIND_ICONS } from './timeline-icons.js';
import {
  DEFAULT_TIMELINE_RANGE,
  isTimelineRange,
  parseKinds,
  presetSpan,
  readCustomSpan,
  TIMELINE_RANGES,
  type CustomSpanError,
  toLocalInputValue,
  type TimelineRange,
  type TimeSpan,
} from './timeline-range.js';
import { TimelineWindowsController } from './timeline-windows.js';
import { timelineProperties } from './timeline-properties.js';

/** Events per request: a window of the list. */
const WINDOW_SIZE = 200;
/** Windows held at once: the bound on events in memory, however long the timeline. */
const MAX_WINDOWS = 5;
/** Rows standing for events not fetched yet at either end of the held ones. */
const PLACEHOLDER_ROWS = 6;
/** How close to either end of the held events the viewport may come before the next window is fetched. */
const PREFETCH_ROWS = 60;
const SKELETON_ROWS = 8;
/** Rows rendered beyond each edge of the viewport. */
const OVERSCAN_ROWS = 8;

const iso = (time: number) => new Date(time).toISOString();

const propertySummary = (event: TimelineEvent, l10n: Localizer) =>
  timelineProperties(event.properties, l10n)
    .map(({ name, value }) => `${name}: ${value}`)
    .join(' · ');

/** What one load of the range shows: the histogram and total of the range, and its newest events. */
interface RangeView {
  api: IncidentApi;
  entityId: string;
  span: TimeSpan;
  kinds: TimelineKind[];
  /** `null` when no kind is chosen: nothing was asked of the backend. */
  page: TimelinePage | null;
  bars: HistogramBar[];
}

/** A jump: the list restarts at `to` (a bar's end), newest first. */
interface Jump {
  view: RangeView;
  to: number;
  /** The bar jumped to; `undefined` for the end of the range. */
  bar: number | undefined;
}

/** A message with a `{time}` placeholder, the placeholder replaced by `time` (a `<time>` element). */
function withTime(message: string, time: unknown) {
  const at = message.indexOf('{time}');
  return at < 0 ? message : html`${message.slice(0, at)}${time}${message.slice(at + '{time}'.length)}`;
}

const kindsConverter = {
  fromAttribute: (value: string | null) => parseKinds(value),
  toAttribute: (value: TimelineKind[]) => value.join(' '),
};

/**
 * The timeline of one entity (a device, a user, a mailbox, ...), as on Defender's device timeline:
 * a time range (presets or a custom range), filters by kind of event, a histogram of the events
 * over the range, and the events newest first in a virtual list.
 *
 * Long timelines stay fast: the list asks the backend for windows of events by cursor as the person
 * scrolls, and holds only a few windows at once. Choosing a bar of the histogram jumps there: the
 * list then starts at the end of that bar's time and goes back from there, and "Newer events"
 * climbs back up a bar at a time.
 *
 * Keyboard: the histogram is one tab stop (Left/Right/Home/End move between bars, Enter or Space
 * jumps); the list is a listbox (Up/Down, PageUp/PageDown, Home, End — the last event loaded — and
 * Enter or Space opens an event's details).
 *
 * @summary An entity's events over time: range, kind filters, a histogram to jump with, a virtual list.
 *
 * @fires soc-timeline-event-select - An event was chosen: its details open. `detail.timelineEvent`.
 * @fires change - The person changed the time range or the kinds shown (`range`, `kinds`).
 *
 * @csspart heading - The "Timeline" heading.
 * @csspart toolbar - The time range and kind filters.
 * @csspart histogram - The bars of events over time.
 * @csspart list - The listbox of events.
 * @csspart scroller - The scrolling element around the list.
 * @csspart details - The details of the chosen event.
 *
 * @cssproperty --soc-entity-timeline-list-min-height - Smallest height of the list (default 360px); give the
 *   element a height to make the list fill it.
 * @cssproperty --soc-color-accent - Bars of the histogram and pressed filters.
 * @cssproperty --soc-color-selected - The chosen event and the bars the list shows.
 * @cssproperty --soc-color-severity-high - Marker of high-severity alerts and anomalies.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 */
export class SocEntityTimeline extends SocElement {
  static override styles = entityTimelineStyles;

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** The entity whose events to show. */
  @property({ attribute: 'entity-id' }) entityId = '';

  /** The time the presets end at; tests and demos over generated data pin it. */
  @property({ attribute: false }) clock: () => number = Date.now;

  /** The time range: a preset ('1d', '3d', '1w', '30d', '6m') or 'custom'. */
  @property({ reflect: true }) range: TimelineRange = DEFAULT_TIMELINE_RANGE;

  /** The kinds of event shown; the attribute lists them separated by spaces. */
  @property({ converter: kindsConverter }) kinds: TimelineKind[] = [...TIMELINE_KINDS];

  /** The span loaded: the preset resolved against the clock, or the custom range applied. */
  @state() private span: TimeSpan = presetSpan(DEFAULT_TIMELINE_RANGE, Date.now());

  /** What the custom range inputs hold, as typed. */
  @state() private customDraft = { from: '', to: '' };
  @state() private customError?: { error: CustomSpanError; field: 'from' | 'to' };

  /** The instant the list starts at (the range's end until a jump). */
  @state() private anchor = 0;
  @state() private jumpedBar?: number;
  @state() private selected?: TimelineEvent;

  #reloads = 0;
  #lastJump?: Jump;
  /** Position (in the list's sequence) of the event that is the listbox's tab stop. */
  #active = 0;
  #focusPending = false;
  #revealActive = false;
  /** The histogram bar that is the tab stop of the bars. */
  #barFocus = -1;
  #barFocusPending = false;
  /** Position of scroller row 0 and the sequence it belongs to, as last rendered. */
  #renderedBase = 0;
  #renderedSequence = -1;
  /** The bars' labels, formatted once per load and language: formatting ranges is not cheap. */
  #barLabels?: { bars: HistogramBar[]; language: string; labels: string[] };

  private readonly l10n = new LocaleController(this, entityTimelineCatalog);

  readonly #windows = new TimelineWindowsController(this, { maxWindows: MAX_WINDOWS });

  readonly #range = new VirtualRangeController(this, {
    rowHeight: ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
  });

  readonly #rangeTask = new Task(this, {
    args: () => [this.api, this.entityId, this.span, this.kinds.join(' '), this.#reloads] as const,
    task: async ([api, entityId, span], { signal }): Promise<RangeView | typeof initialState> => {
      if (!api || !entityId || !api.capabilities.has('entityTimeline')) return initialState;
      this.#jumpTask.abort();
      const kinds = [...this.kinds];
      if (kinds.length === 0) return { api, entityId, span, kinds, page: null, bars: [] };
      const page = await api.getEntityTimeline(
        entityId,
        { from: iso(span.from), to: iso(span.to), kinds, limit: WINDOW_SIZE },
        { signal },
      );
      return { api, entityId, span, kinds, page, bars: histogramBars(page.histogram, span.to) };
    },
    onComplete: (view) => {
      this.selected = undefined;
      this.#barFocus = view.bars.length - 1;
      this.#startAt({ view, to: view.span.to, bar: undefined }, view.page);
    },
    onError: () => this.#windows.clear(),
  });

  readonly #jumpTask = new Task(this, {
    autoRun: false,
    task: async ([jump]: readonly [Jump], { signal }) => {
      const { view, to } = jump;
      // The end of the range is the page the range loaded with.
      if (to === view.span.to || !view.page) return { jump, page: view.page };
      const page = await view.api.getEntityTimeline(
        view.entityId,
        { from: iso(view.span.from), to: iso(to), kinds: view.kinds, limit: WINDOW_SIZE },
        { signal },
      );
      return { jump, page };
    },
    onComplete: ({ jump, page }) => {
      if (jump.view !== this.#currentView) return;
      this.#startAt(jump, page);
    },
  });

  /** Loads the timeline again; presets end at the clock's time now. */
  refresh(): void {
    if (this.range !== 'custom') this.span = presetSpan(this.range, this.clock());
    this.#reloads++;
    this.requestUpdate();
  }

  get #currentView(): RangeView | undefined {
    return this.#rangeTask.status === TaskStatus.COMPLETE ? this.#rangeTask.value : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('range') && !isTimelineRange(this.range)) this.range = DEFAULT_TIMELINE_RANGE;
    // A preset ends at the clock's time when it is chosen, or when another entity is shown.
    if ((changed.has('range') || changed.has('clock') || changed.has('entityId')) && this.range !== 'custom') {
      this.span = presetSpan(this.range, this.clock());
    }
    if (changed.has('range') && this.range === 'custom' && !this.customDraft.from && !this.customDraft.to) {
      this.customDraft = { from: toLocalInputValue(this.span.from), to: toLocalInputValue(this.span.to) };
    }
    if (changed.has('entityId')) this.selected = undefined;
  }

  protected override updated(): void {
    const scroller = this.#scroller;
    const base = this.#base();
    const sequence = this.#windows.sequence;
    // Windows added or dropped above the viewport move the rows: keep the same events in view.
    if (scroller && sequence === this.#renderedSequence && base !== this.#renderedBase) {
      this.#range.scrollByRows(this.#renderedBase - base);
    }
    this.#renderedBase = base;
    this.#renderedSequence = sequence;
    if (this.#revealActive && this.#windows.event(this.#active)) {
      this.#revealActive = false;
      this.#range.scrollRowIntoView(this.#active - base);
      this.#focusPending = true;
    }
    if (this.#focusPending) {
      const row = this.renderRoot.querySelector<HTMLElement>(`[data-position="${this.#active}"]`);
      if (row) {
        this.#focusPending = false;
        row.focus({ preventScroll: true });
      }
    }
    if (this.#barFocusPending) {
      this.#barFocusPending = false;
      this.renderRoot.querySelector<HTMLElement>(`.bar[data-index="${this.#barFocus}"]`)?.focus();
    }
    this.#fetchNearViewport();
  }

  override render() {
    const view = this.#currentView;
    return html`
      <div class="header">
        <h2 part="heading">${this.l10n.t('heading')}</h2>
        <span class="total" role="status">${view?.page ? eventCount(view.page.totalCount, this.l10n) : ''}</span>
      </div>
      ${this.#renderToolbar()} ${this.range === 'custom' ? this.#renderCustomRange() : nothing}
      <div class="content">${this.#renderContent()}</div>
    `;
  }

  // --- Toolbar -----------------------------------------------------------------------------------

  #renderToolbar() {
    return html`<div class="toolbar" part="toolbar">
      <label class="range">
        <span>${this.l10n.t('timeRange')}</span>
        <select @change=${this.#onRangeChange}>
          ${TIMELINE_RANGES.map(
            (range) => html`<option value=${range} ?selected=${range === this.range}>${this.l10n.t(`range.${range}`)}</option>`,
          )}
        </select>
      </label>
      <div class="kinds" role="group" aria-label=${this.l10n.t('eventKinds')}>
        ${TIMELINE_KINDS.map((kind) => {
          const on = this.kinds.includes(kind);
          return html`<button
            type="button"
            class="kind-filter ${kind}"
            data-kind=${kind}
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => this.#toggleKind(kind)}
          >
            ${on ? checkIcon : nothing}${this.l10n.t(`kindFilter.${kind}`)}
          </button>`;
        })}
      </div>
    </div>`;
  }

  #renderCustomRange() {
    const error = this.customError;
    const invalid = (field: 'from' | 'to') => (error?.field === field ? 'true' : 'false');
    return html`<form class="custom-range" novalidate @submit=${this.#applyCustomRange}>
      <label>
        <span>${this.l10n.t('from')}</span>
        <input
          type="datetime-local"
          name="from"
          .value=${this.customDraft.from}
          aria-invalid=${invalid('from')}
          aria-describedby=${error ? 'custom-range-error' : nothing}
          @input=${this.#onCustomInput}
        />
      </label>
      <label>
        <span>${this.l10n.t('to')}</span>
        <input
          type="datetime-local"
          name="to"
          .value=${this.customDraft.to}
          aria-invalid=${invalid('to')}
          aria-describedby=${error ? 'custom-range-error' : nothing}
          @input=${this.#onCustomInput}
        />
      </label>
      <button type="submit" class="primary">${this.l10n.t('action.apply')}</button>
      ${error
        ? html`<p class="field-error" id="custom-range-error" role="alert">${this.l10n.t(`rangeError.${error.error}`)}</p>`
        : nothing}
    </form>`;
  }

  #onRangeChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (!isTimelineRange(value)) return;
    this.customError = undefined;
    if (value === 'custom') {
      this.customDraft = { from: toLocalInputValue(this.span.from), to: toLocalInputValue(this.span.to) };
    }
    this.range = value;
    if (value !== 'custom') this.#emitChange();
  }

  #onCustomInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.customDraft = { ...this.customDraft, [input.name]: input.value };
  }

  #applyCustomRange(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    // What the inputs hold now, even a value typed but not yet committed by an `input` event.
    const from = (form.elements.namedItem('from') as HTMLInputElement).value;
    const to = (form.elements.namedItem('to') as HTMLInputElement).value;
    this.customDraft = { from, to };
    const result = readCustomSpan(from, to);
    if ('error' in result) {
      this.customError = { error: result.error, field: result.field };
      return;
    }
    this.customError = undefined;
    this.span = result.span;
    this.#emitChange();
  }

  #toggleKind(kind: TimelineKind): void {
    const on = this.kinds.includes(kind);
    this.kinds = TIMELINE_KINDS.filter((candidate) => (candidate === kind ? !on : this.kinds.includes(candidate)));
    this.#emitChange();
  }

  #emitChange(): void {
    this.emit(new Event('change', { bubbles: true }));
  }

  // --- States ------------------------------------------------------------------------------------

  #renderContent() {
    if (this.api && !this.api.capabilities.has('entityTimeline')) {
      return html`<div class="message"><p>${this.l10n.t('unsupported')}</p></div>`;
    }
    return this.#rangeTask.render({
      initial: () => html`<div class="message"><p>${this.l10n.t('chooseEntity')}</p></div>`,
      pending: () => this.#renderLoading(),
      error: (error) => this.#renderError(error),
      complete: (view) => this.#renderView(view),
    });
  }

  #renderLoading() {
    return html`<div class="loading" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <div class="skeleton skeleton-histogram" aria-hidden="true">
        ${Array.from({ length: 30 }, (_, i) => html`<span ${styleProps({ height: `${20 + ((i * 37) % 60)}%` })}></span>`)}
      </div>
      <div class="skeleton skeleton-rows" aria-hidden="true">
        ${Array.from({ length: SKELETON_ROWS }, () => html`<span></span>`)}
      </div>
    </div>`;
  }

  #renderError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingTimeline') },
      this.l10n,
    );
    return html`<div class="message error" role="alert">
      <p class="message-title">${described.title}</p>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  #renderView(view: RangeView) {
    if (!view.page) {
      return html`<div class="message" role="status">
        <p class="message-title">${this.l10n.t('noKindsTitle')}</p>
        <p>${this.l10n.t('noKindsBody')}</p>
      </div>`;
    }
    if (view.page.totalCount === 0) {
      const filtered = view.kinds.length < TIMELINE_KINDS.length;
      return html`<div class="message" role="status">
        <p class="message-title">${this.l10n.t('noEventsTitle')}</p>
        <p>${this.l10n.t(filtered ? 'noEventsFilteredBody' : 'noEventsBody')}</p>
      </div>`;
    }
    const selected = this.selected;
    return html`
      ${this.#renderHistogram(view)} ${this.#renderAnchor(view)}
      <div class="list-area ${selected ? 'with-details' : ''}">
        <div class="list-column">${this.#renderList()}</div>
        ${selected ? this.#renderDetails(selected) : nothing}
      </div>
    `;
  }

  // --- Histogram ---------------------------------------------------------------------------------

  #renderHistogram(view: RangeView) {
    const bars = view.bars;
    const [inViewFirst, inViewLast] = this.#barsInView(bars);
    const focus = this.#barFocus >= 0 && this.#barFocus < bars.length ? this.#barFocus : bars.length - 1;
    const max = Math.max(1, ...bars.map((bar) => bar.count));
    const span = view.span.to - view.span.from;
    const labels = this.#labelsOf(bars);
    const { locale } = this.l10n;
    return guard([bars, labels, focus, this.jumpedBar, inViewFirst, inViewLast], () => html`<div class="histogram" part="histogram">
      <div
        class="bars"
        role="toolbar"
        aria-label=${this.l10n.t('histogram')}
        @keydown=${(event: KeyboardEvent) => this.#onBarsKeydown(event, bars)}
      >
        ${bars.map((bar) => {
          const label = labels[bar.index]!;
          const height = bar.count === 0 ? 0 : Math.max(4, (bar.count / max) * 100);
          const inView = bar.index >= inViewFirst && bar.index <= inViewLast;
          return html`<button
            type="button"
            class="bar ${inView ? 'in-view' : ''}"
            data-index=${bar.index}
            tabindex=${bar.index === focus ? 0 : -1}
            aria-label=${label}
            title=${label}
            aria-current=${bar.index === this.jumpedBar ? 'true' : nothing}
            @click=${() => this.#jumpTo(view, bar.index)}
          >
            <span class="fill" ${styleProps({ height: `${height}%` })}></span>
          </button>`;
        })}
      </div>
      <div class="axis" aria-hidden="true">
        ${[view.span.from, view.span.from + span / 2, view.span.to].map(
          (time) => html`<time datetime=${iso(time)}>${axisLabel(time, span, locale)}</time>`,
        )}
      </div>
    </div>`);
  }

  /** The labels of `bars` in the current language (a new array when the language or a translation changes). */
  #labelsOf(bars: HistogramBar[]): string[] {
    const language = `${this.l10n.locale}|${this.l10n.language}`;
    const memo = this.#barLabels;
    if (memo?.bars === bars && memo.language === language) return memo.labels;
    const labels = bars.map((bar) => barLabel(bar, this.l10n));
    this.#barLabels = { bars, language, labels };
    return labels;
  }

  /** The bars spanned by the events in the viewport, as a first and last index (-1, -1 for none). */
  #barsInView(bars: HistogramBar[]): [number, number] {
    if (this.#windows.keptCount === 0) return [-1, -1];
    const base = this.#base();
    // From the range the list renders, less its overscan: reading the scroller here would force a layout.
    const lastRow = Math.max(0, this.#range.last - OVERSCAN_ROWS);
    const firstRow = Math.max(0, lastRow - this.#range.pageRows);
    const newest = this.#windows.event(Math.max(base + firstRow, this.#windows.keptStart));
    const oldest = this.#windows.event(Math.min(base + lastRow, this.#windows.keptEnd - 1));
    if (!newest || !oldest) return [-1, -1];
    return [barIndexAt(bars, Date.parse(oldest.time)), barIndexAt(bars, Date.parse(newest.time))];
  }

  #onBarsKeydown(event: KeyboardEvent, bars: HistogramBar[]): void {
    if (event.altKey || event.ctrlKey || event.metaKey || bars.length === 0) return;
    const current = this.#barFocus >= 0 ? this.#barFocus : bars.length - 1;
    const last = bars.length - 1;
    // Time runs the way the text reads: from right to left in a right-to-left page.
    const key = inlineKey(event, this);
    const next =
      key === 'ArrowRight'
        ? Math.min(current + 1, last)
        : key === 'ArrowLeft'
          ? Math.max(current - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.#barFocus = next;
    this.#barFocusPending = true;
    this.requestUpdate();
  }

  #jumpTo(view: RangeView, index: number): void {
    const bar = view.bars[index];
    if (!bar) return;
    this.#barFocus = index;
    this.#runJump({ view, to: bar.end, bar: index });
  }

  #runJump(jump: Jump): void {
    this.#lastJump = jump;
    void this.#jumpTask.run([jump]);
  }

  // --- Where the list starts ---------------------------------------------------------------------

  #renderAnchor(view: RangeView) {
    if (this.anchor >= view.span.to) return nothing;
    return html`<div class="anchor">
      <span
        >${withTime(
          this.l10n.t('showingBefore'),
          html`<time datetime=${iso(this.anchor)}>${this.l10n.dateTime(this.anchor)}</time>`,
        )}</span
      >
      <button type="button" class="action" @click=${() => this.#showNewer(view)}>${arrowUpIcon}${this.l10n.t('newerEvents')}</button>
      <button type="button" class="link" @click=${() => this.#runJump({ view, to: view.span.to, bar: undefined })}>
        ${this.l10n.t('backToLatest')}
      </button>
    </div>`;
  }

  /** Moves the list's start up to the end of the next bar that has events (or the range's end). */
  #showNewer(view: RangeView): void {
    const current = view.bars.findIndex((bar) => bar.end === this.anchor);
    const next = view.bars.findIndex((bar) => bar.index > current && bar.count > 0);
    if (next < 0 || next === view.bars.length - 1) this.#runJump({ view, to: view.span.to, bar: undefined });
    else this.#jumpTo(view, next);
  }

  #startAt(jump: Jump, page: TimelinePage | null): void {
    const { view, to, bar } = jump;
    this.anchor = to;
    this.jumpedBar = bar;
    this.#active = 0;
    if (!page) {
      this.#windows.clear();
      return;
    }
    this.#windows.reset(
      (cursor, signal) =>
        view.api.getEntityTimeline(
          view.entityId,
          { from: iso(view.span.from), to: iso(to), kinds: view.kinds, cursor, limit: WINDOW_SIZE },
          { signal },
        ),
      page,
    );
    this.#range.scrollToTop();
  }

  // --- List --------------------------------------------------------------------------------------

  get #scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.scroller');
  }

  get #topPlaceholders(): number {
    return this.#windows.hasNewer ? PLACEHOLDER_ROWS : 0;
  }

  get #bottomPlaceholders(): number {
    return this.#windows.hasOlder ? PLACEHOLDER_ROWS : 0;
  }

  /** Position of the event on scroller row 0 (a placeholder row when windows above are not held). */
  #base(): number {
    return this.#windows.keptStart - this.#topPlaceholders;
  }

  #renderList() {
    const windows = this.#windows;
    const base = this.#base();
    const rowCount = this.#topPlaceholders + windows.keptCount + this.#bottomPlaceholders;
    const first = this.#range.first;
    const last = Math.min(this.#range.last, rowCount - 1);
    // The active event is the listbox's tab stop: keep it in the DOM even when scrolled away. One on its
    // way (Home, past dropped windows) stays active until it arrives.
    const awaited = this.#revealActive && !windows.error;
    if (!awaited && (this.#active < windows.keptStart || this.#active >= windows.keptEnd)) {
      this.#active = Math.min(Math.max(this.#active, windows.keptStart), Math.max(windows.keptStart, windows.keptEnd - 1));
    }
    const positions: number[] = [];
    for (let row = first; row <= last; row++) positions.push(base + row);
    if (!positions.includes(this.#active) && windows.event(this.#active)) {
      positions.push(this.#active);
      // In order, so that rendering inserts and removes rows but never moves one (a moved row loses focus).
      positions.sort((a, b) => a - b);
    }
    const jumping = this.#jumpTask.status === TaskStatus.PENDING;
    // A failed jump is news only while its range is on screen.
    const jumpFailed =
      this.#jumpTask.status === TaskStatus.ERROR && !isAbort(this.#jumpTask.error) && this.#lastJump?.view === this.#currentView;
    const jumpError = jumpFailed ? this.#jumpTask.error : undefined;
    return html`
      ${jumping ? html`<div class="progress" role="progressbar" aria-label=${this.l10n.t('loadingEvents')}></div>` : nothing}
      ${jumpError ? this.#renderJumpError(jumpError) : nothing}
      ${windows.error ? this.#renderWindowError(windows.error) : nothing}
      <div class="columns" aria-hidden="true">
        <span>${this.l10n.t('eventTime')}</span><span>${this.l10n.t('kind')}</span><span>${this.l10n.t('title')}</span
        ><span>${this.l10n.t('severity')}</span><span class="props">${this.l10n.t('details')}</span>
      </div>
      <div class="scroller" part="scroller">
        <div
          role="listbox"
          part="list"
          aria-label=${this.l10n.t('list')}
          aria-busy=${jumping || windows.loading ? 'true' : 'false'}
          ${styleProps({ height: `${rowCount * ROW_HEIGHT}px` })}
          @keydown=${this.#onListKeydown}
          @click=${this.#onListClick}
          @focusin=${this.#onListFocusIn}
        >
          ${repeat(
            positions,
            (position) => position,
            (position) => this.#renderRow(position, position - base),
          )}
        </div>
      </div>
    `;
  }

  #renderRow(position: number, row: number) {
    const event = this.#windows.event(position);
    const top = styleProps({ transform: `translateY(${row * ROW_HEIGHT}px)` });
    if (!event) {
      return html`<div class="row placeholder" aria-hidden="true" ${top}>
        <span class="bone"></span><span class="bone"></span><span class="bone"></span>
      </div>`;
    }
    const selected = this.selected?.id === event.id;
    return html`<div
      role="option"
      class="row"
      data-position=${position}
      aria-posinset=${position + 1}
      aria-setsize=${this.#windows.totalCount}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${position === this.#active ? 0 : -1}
      ${top}
    >
      <span class="time"><time datetime=${event.time}>${this.l10n.dateTimeSeconds(event.time)}</time></span>
      <span class="kind ${event.kind}">${KIND_ICONS[event.kind] ?? nothing}${this.l10n.t(`timelineKind.${event.kind}`)}</span>
      <span class="title" title=${event.title} dir="auto">${event.title}</span>
      <span class="severity-cell">${event.severity ? severityMarker(event.severity, this.l10n) : nothing}</span>
      <span class="props" dir="auto">${propertySummary(event, this.l10n)}</span>
    </div>`;
  }

  #renderJumpError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingJump') },
      this.l10n,
    );
    return html`<div class="inline-error" role="alert">
      <span><strong>${this.l10n.t('errorLead', { title: described.title })}</strong> ${described.message}</span>
      ${described.canRetry && this.#lastJump
        ? html`<button type="button" @click=${() => this.#lastJump && this.#runJump(this.#lastJump)}>
            ${this.l10n.t('action.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  #renderWindowError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingMore') },
      this.l10n,
    );
    return html`<div class="inline-error" role="alert">
      <span><strong>${this.l10n.t('errorLead', { title: described.title })}</strong> ${described.message}</span>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.#windows.retry()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  /** Fetches the window past either end of the held events when the viewport comes near it. */
  #fetchNearViewport(): void {
    const windows = this.#windows;
    if (windows.keptCount === 0) return;
    const topRows = this.#topPlaceholders;
    const lastHeldRow = topRows + windows.keptCount - 1;
    if (windows.hasOlder && this.#range.last >= lastHeldRow - PREFETCH_ROWS) windows.loadOlder();
    if (windows.hasNewer && this.#range.first <= topRows + PREFETCH_ROWS) windows.loadNewer();
  }

  #onListKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const windows = this.#windows;
    if (event.key === 'Enter' || event.key === ' ') {
      const chosen = windows.event(this.#active);
      if (!chosen) return;
      event.preventDefault();
      this.#select(chosen);
      return;
    }
    const lastHeld = windows.keptEnd - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = this.#active + 1;
        break;
      case 'ArrowUp':
        next = this.#active - 1;
        break;
      case 'PageDown':
        next = this.#active + this.#range.pageRows;
        break;
      case 'PageUp':
        next = this.#active - this.#range.pageRows;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = lastHeld;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next === 0 && windows.keptStart > 0) {
      // The newest events were dropped from memory: fetch them again, then go there.
      windows.loadStart();
      this.#active = 0;
      this.#revealActive = true;
      this.requestUpdate();
      return;
    }
    if (next < windows.keptStart && windows.hasNewer) windows.loadNewer();
    if (next > lastHeld && windows.hasOlder) windows.loadOlder();
    this.#active = Math.min(Math.max(next, windows.keptStart, 0), lastHeld);
    this.#revealActive = true;
    this.requestUpdate();
  }

  #positionOf(target: EventTarget | null): number | undefined {
    const row = (target as HTMLElement | null)?.closest?.<HTMLElement>('[role="option"]');
    return row ? Number(row.dataset.position) : undefined;
  }

  #onListClick(event: MouseEvent): void {
    const position = this.#positionOf(event.target);
    const chosen = position === undefined ? undefined : this.#windows.event(position);
    if (position === undefined || !chosen) return;
    this.#active = position;
    this.#select(chosen);
  }

  #onListFocusIn(event: FocusEvent): void {
    const position = this.#positionOf(event.target);
    if (position !== undefined && position !== this.#active) {
      this.#active = position;
      this.requestUpdate();
    }
  }

  #select(chosen: TimelineEvent): void {
    this.selected = chosen;
    this.emit(new TimelineEventSelectEvent(chosen));
  }

  // --- Details -----------------------------------------------------------------------------------

  #renderDetails(event: TimelineEvent) {
    const properties = timelineProperties(event.properties, this.l10n);
    return html`<aside class="details" part="details" aria-labelledby="event-title">
      <header>
        <span class="kind ${event.kind}">${KIND_ICONS[event.kind] ?? nothing}${this.l10n.t(`timelineKind.${event.kind}`)}</span>
        <button
          type="button"
          class="icon-button"
          aria-label=${this.l10n.t('closeDetails')}
          title=${this.l10n.t('action.close')}
          @click=${this.#closeDetails}
        >
          ${closeIcon}
        </button>
        <h3 id="event-title" dir="auto">${event.title}</h3>
      </header>
      <dl>
        <dt>${this.l10n.t('eventTime')}</dt>
        <dd><time datetime=${event.time}>${this.l10n.dateTimeSeconds(event.time)}</time></dd>
        ${event.severity
          ? html`<dt>${this.l10n.t('severity')}</dt>
              <dd>${severityMarker(event.severity, this.l10n)}</dd>`
          : nothing}
        ${event.alertId
          ? html`<dt>${this.l10n.t('alertId')}</dt>
              <dd><bdi>${event.alertId}</bdi></dd>`
          : nothing}
        ${event.incidentId
          ? html`<dt>${this.l10n.t('incidentId')}</dt>
              <dd><bdi>${event.incidentId}</bdi></dd>`
          : nothing}
      </dl>
      <h4>${this.l10n.t('properties')}</h4>
      ${properties.length === 0
        ? html`<p class="muted">${this.l10n.t('noProperties')}</p>`
        : html`<dl class="properties">
            ${properties.map(({ name, value }) => html`<dt><bdi>${name}</bdi></dt><dd dir="auto">${value}</dd>`)}
          </dl>`}
    </aside>`;
  }

  #closeDetails(): void {
    this.selected = undefined;
    this.#focusPending = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-entity-timeline': SocEntityTimeline;
  }
}
