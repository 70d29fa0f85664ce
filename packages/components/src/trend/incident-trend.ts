import { consume } from '@lit/context';
import { initialState, Task as AsyncTask, TaskStatus as AsyncStatus } from '@lit/task';
import { html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { TREND_RANGES, type IncidentTrend, type TrendRange } from '../api/model.js';
import { isolate } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { inlineKey } from '../internal/reading-direction.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { incidentTrendStyles } from './incident-trend.styles.js';
import { trendCatalog } from './messages.js';
import { bucketSpan, hasTick, tickLabel, trendEndAt } from './trend-format.js';
import { bucketIndexAfter, tooltipAlignment, trendChart, type TrendChart } from './trend-geometry.js';

/** How the numbers show: as a chart, or as a table of the same buckets. */
export const TREND_VIEWS = ['chart', 'table'] as const;
export type TrendView = (typeof TREND_VIEWS)[number];

/** A bucket as the element shows it: its ends in epoch ms, its counts, and its words in the current locale. */
interface ShownBucket {
  start: string;
  startMs: number;
  endMs: number;
  incidents: number;
  alerts: number;
  /** What it covers ("14:00–15:00"). */
  span: string;
  /** Its accessible name: "14:00–15:00: 3 incidents, 8 alerts". */
  name: string;
}

/** The loaded trend with what rendering it takes, made once per trend, locale and time zone. */
interface ShownTrend {
  trend: IncidentTrend;
  key: string;
  buckets: ShownBucket[];
  chart: TrendChart;
  incidents: number;
  alerts: number;
}

/**
 * "Most recent incidents and alerts": the incidents and alerts created over the last 24 hours
 * (hourly) or 7 days (daily), as the portal shows them above its incident queue. A compact chart
 * draws incidents as bars and alerts as a line on one scale, with their totals in words; "Show
 * table" gives the same numbers as a table. The heading is a disclosure: collapsed, only the
 * heading and the totals show.
 *
 * Keyboard: the buckets of the chart are one tab stop; Left/Right (in the reading direction),
 * Home and End move between them, each named by its span and counts ("14:00–15:00: 3 incidents,
 * 8 alerts") and showing them in a tooltip, as hovering does; Escape hides the tooltip.
 *
 * Hours and days are written for the element's locale (the closest `lang`) in `time-zone`, the
 * browser's own by default. The element renders nothing when its `IncidentApi` lacks the
 * `incidentTrend` capability.
 *
 * @summary The incidents and alerts of the last 24 hours or 7 days, as a compact chart or a table.
 *
 * @csspart header - The heading, the totals and the controls.
 * @csspart toggle - The heading's button that collapses and expands the trend.
 * @csspart totals - The totals in words ("14 incidents · 52 alerts").
 * @csspart ranges - The "24 hours" / "7 days" buttons.
 * @csspart view-toggle - The "Show table" / "Show chart" button.
 * @csspart chart - The chart with its legend and ticks.
 * @csspart table - The table of the buckets.
 * @csspart note - The note that the backend counted only its newest incidents.
 *
 * @cssproperty --soc-color-accent - The incidents' bars and the pressed range.
 * @cssproperty --soc-color-warning - The alerts' line.
 * @cssproperty --soc-color-border - Grid lines and dividers.
 * @cssproperty --soc-color-text - Text, and a tint of it over the bucket under the pointer or with focus.
 */
export class SocIncidentTrend extends SocElement {
  static override styles = [baseStyles, skeletonStyles, incidentTrendStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** The span shown: `24h` (hourly buckets) or `7d` (daily ones). */
  @property({ reflect: true }) range: TrendRange = '24h';

  /** Collapsed, the trend shows only its heading and totals. Collapsing and expanding fetch nothing. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Whether the numbers show as a chart or a table. */
  @property({ reflect: true }) view: TrendView = 'chart';

  /** The level of the heading (2 by default). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * The reference time the trend runs up to (to the next full hour); a parameter for stable tests
   * and demos. Unset, the backend's own clock decides.
   */
  @property({ attribute: false }) clock?: () => number;

  /** The IANA time zone hours and days are written in ("Europe/Berlin"); the browser's own when unset or unknown. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The last trend loaded; kept on screen while the same range refreshes. */
  @state() private loaded?: IncidentTrend;
  /** The bucket that is the chart's tab stop; -1 for the newest. */
  @state() private focusIndex = -1;
  /** The bucket whose tooltip Escape hid, until the pointer or focus moves on. */
  @state() private dismissedTip = -1;

  #focusPending = false;
  #shown?: ShownTrend;
  /** Whether this element set its own `hidden` for a client without the trend (and so may clear it). */
  #hiddenForCapability = false;

  private readonly l10n = new LocaleController(this, trendCatalog);

  private readonly trendTask = new AsyncTask(this, {
    task: async ([api, range, end], { signal }) => {
      if (!api || !api.capabilities.has('incidentTrend')) return initialState;
      return api.getIncidentTrend(end ? { range, end } : { range }, { signal });
    },
    // The end changes with the hour: a render after the hour has turned loads the new one.
    args: () => [this.api, this.range, this.clock ? trendEndAt(this.clock()) : undefined] as const,
    onComplete: (trend) => {
      this.loaded = trend;
    },
  });

  /** Loads the trend again; what shows stays on screen until the new numbers arrive. */
  refresh(): void {
    void this.trendTask.run();
  }

  private get supported(): boolean {
    return !this.api || this.api.capabilities.has('incidentTrend');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) {
      const hide = !this.supported;
      if (hide !== this.#hiddenForCapability) {
        this.#hiddenForCapability = hide;
        this.hidden = hide;
      }
    }
    if (changed.has('range')) {
      this.focusIndex = -1;
      this.dismissedTip = -1;
    }
  }

  override updated(): void {
    if (!this.#focusPending) return;
    this.#focusPending = false;
    this.renderRoot.querySelector<HTMLElement>('.bucket[tabindex="0"]')?.focus();
  }

  /** The loaded trend of the current range, ready to render; undefined while it loads. */
  private shownTrend(): ShownTrend | undefined {
    const trend = this.loaded;
    if (!trend || trend.range !== this.range) return undefined;
    const { locale } = this.l10n;
    const key = `${locale}|${this.l10n.language}|${this.timeZone ?? ''}`;
    if (this.#shown?.trend === trend && this.#shown.key === key) return this.#shown;
    const join = (start: string, end: string) => this.l10n.t('span', { start, end });
    const buckets = trend.buckets.map((bucket): ShownBucket => {
      const startMs = Date.parse(bucket.start);
      const endMs = Date.parse(bucket.end);
      const span = bucketSpan(startMs, endMs, locale, this.timeZone, join);
      const name = this.l10n.t('bucket', { span: isolate(span), ...this.countWords(bucket.incidents, bucket.alerts) });
      return { start: bucket.start, startMs, endMs, incidents: bucket.incidents, alerts: bucket.alerts, span, name };
    });
    const sum = (pick: (bucket: ShownBucket) => number) => buckets.reduce((total, bucket) => total + pick(bucket), 0);
    this.#shown = {
      trend,
      key,
      buckets,
      chart: trendChart(buckets),
      incidents: sum((bucket) => bucket.incidents),
      alerts: sum((bucket) => bucket.alerts),
    };
    return this.#shown;
  }

  private countWords(incidents: number, alerts: number) {
    return { incidents: this.l10n.t('incidents', { count: incidents }), alerts: this.l10n.t('alerts', { count: alerts }) };
  }

  private setRange(range: TrendRange): void {
    this.range = range;
  }

  private toggleCollapsed(): void {
    this.collapsed = !this.collapsed;
  }

  private toggleView(): void {
    this.view = this.view === 'chart' ? 'table' : 'chart';
  }

  override render() {
    if (!this.supported) return nothing;
    const shown = this.shownTrend();
    const failed = this.trendTask.status === AsyncStatus.ERROR;
    return html`<section class="trend" aria-labelledby="trend-toggle">
      <div class="header" part="header">
        ${this.renderHeading()}
        ${shown && !failed
          ? html`<p class="totals" part="totals">${this.l10n.t('totals', this.countWords(shown.incidents, shown.alerts))}</p>`
          : nothing}
        ${this.collapsed ? nothing : this.renderControls()}
      </div>
      <div class="body" id="trend-body" ?hidden=${this.collapsed}>
        ${this.collapsed ? nothing : this.renderBody(shown, failed)}
      </div>
    </section>`;
  }

  private renderHeading() {
    const toggle = html`<button
      type="button"
      id="trend-toggle"
      class="toggle"
      part="toggle"
      aria-expanded=${this.collapsed ? 'false' : 'true'}
      aria-controls="trend-body"
      @click=${this.toggleCollapsed}
    >
      <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
        <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
      </svg>
      ${this.l10n.t('heading')}
    </button>`;
    switch (this.headingLevel) {
      case 1:
        return html`<h1 class="heading">${toggle}</h1>`;
      case 3:
        return html`<h3 class="heading">${toggle}</h3>`;
      case 4:
        return html`<h4 class="heading">${toggle}</h4>`;
      case 5:
        return html`<h5 class="heading">${toggle}</h5>`;
      case 6:
        return html`<h6 class="heading">${toggle}</h6>`;
      default:
        return html`<h2 class="heading">${toggle}</h2>`;
    }
  }

  private renderControls() {
    return html`<div class="controls">
      <div class="ranges" part="ranges" role="group" aria-label=${this.l10n.t('ranges')}>
        ${TREND_RANGES.map(
          (range) => html`<button
            type="button"
            class="range"
            data-range=${range}
            aria-pressed=${range === this.range ? 'true' : 'false'}
            @click=${() => this.setRange(range)}
          >
            ${this.l10n.t(`range.${range}`)}
          </button>`,
        )}
      </div>
      <button type="button" class="view-toggle" part="view-toggle" @click=${this.toggleView}>
        ${this.view === 'chart' ? this.l10n.t('showTable') : this.l10n.t('showChart')}
      </button>
    </div>`;
  }

  private renderBody(shown: ShownTrend | undefined, failed: boolean) {
    if (failed) return this.renderError(this.trendTask.error);
    if (!shown) return this.renderLoading();
    const refreshing = this.trendTask.status === AsyncStatus.PENDING;
    const empty = shown.incidents === 0 && shown.alerts === 0;
    return html`<div class="content" aria-busy=${refreshing ? 'true' : 'false'}>
      ${shown.trend.truncated ? html`<p class="truncated" part="note">${this.l10n.t('truncated')}</p>` : nothing}
      ${empty
        ? html`<p class="empty-state">${this.l10n.t(`empty.${this.range}`)}</p>`
        : this.view === 'table'
          ? this.renderTable(shown)
          : this.renderChart(shown)}
    </div>`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      ${Array.from({ length: 12 }, () => html`<span></span>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') },
      this.l10n,
    );
    return html`<div class="failure" role="alert">
      <p><strong>${described.title}</strong> ${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  // --- Chart -------------------------------------------------------------------------------------

  private renderChart(shown: ShownTrend) {
    const { buckets, chart } = shown;
    const focus = this.focusIndex >= 0 && this.focusIndex < buckets.length ? this.focusIndex : buckets.length - 1;
    const { locale } = this.l10n;
    return html`<figure class="chart" part="chart">
      <ul class="legend">
        <li><span class="swatch incidents" aria-hidden="true"></span>${this.l10n.t('legendIncidents')}</li>
        <li><span class="swatch alerts" aria-hidden="true"></span>${this.l10n.t('legendAlerts')}</li>
      </ul>
      <div class="plot">
        <span class="y-max" aria-hidden="true">${this.l10n.count(chart.max)}</span>
        <svg
          class="drawing"
          viewBox="0 0 ${chart.width} ${chart.height}"
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          ${svg`<line class="grid" x1="0" x2=${chart.width} y1="0" y2="0" vector-effect="non-scaling-stroke" />
            <line class="grid" x1="0" x2=${chart.width} y1=${chart.height / 2} y2=${chart.height / 2} vector-effect="non-scaling-stroke" />
            ${chart.bars.map(
              (bar) => svg`<rect class="bar" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} />`,
            )}
            <line class="baseline" x1="0" x2=${chart.width} y1=${chart.height} y2=${chart.height} vector-effect="non-scaling-stroke" />
            <path class="alerts-line" d=${chart.alertsPath} vector-effect="non-scaling-stroke" />`}
        </svg>
        <div
          class="buckets"
          role="group"
          aria-label=${this.l10n.t(`chart.${this.range}`)}
          @keydown=${(event: KeyboardEvent) => this.onBucketsKeydown(event, buckets.length, focus)}
        >
          ${buckets.map((bucket, index) => this.renderBucket(bucket, index, buckets.length, focus))}
        </div>
      </div>
      <div class="ticks" aria-hidden="true">
        ${buckets.map((bucket, index) =>
          hasTick(index, buckets.length)
            ? html`<time datetime=${bucket.start}>${tickLabel(bucket.startMs, bucket.endMs, locale, this.timeZone)}</time>`
            : html`<span></span>`,
        )}
      </div>
    </figure>`;
  }

  private renderBucket(bucket: ShownBucket, index: number, count: number, focus: number) {
    const align = tooltipAlignment(index, count);
    const dismissed = index === this.dismissedTip;
    return html`<div
      class="bucket ${align} ${dismissed ? 'dismissed' : ''}"
      role="img"
      data-index=${index}
      tabindex=${index === focus ? 0 : -1}
      aria-label=${bucket.name}
      @focus=${() => this.onBucketFocus(index)}
      @pointerenter=${() => this.onBucketPointer(index)}
    >
      <span class="tip" aria-hidden="true">
        <time datetime=${bucket.start}>${bucket.span}</time>
        <span class="tip-count incidents">${this.l10n.t('incidents', { count: bucket.incidents })}</span>
        <span class="tip-count alerts">${this.l10n.t('alerts', { count: bucket.alerts })}</span>
      </span>
    </div>`;
  }

  private onBucketFocus(index: number): void {
    if (index !== this.focusIndex) this.focusIndex = index;
    if (this.dismissedTip !== index) this.dismissedTip = -1;
  }

  private onBucketPointer(index: number): void {
    if (this.dismissedTip !== -1 && this.dismissedTip !== index) this.dismissedTip = -1;
  }

  private onBucketsKeydown(event: KeyboardEvent, count: number, current: number): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      const index = Number((event.target as HTMLElement).dataset['index']);
      if (Number.isInteger(index) && this.dismissedTip !== index) {
        // Only the tooltip goes; an Escape with no tooltip to hide is left to the page.
        event.preventDefault();
        this.dismissedTip = index;
      }
      return;
    }
    // Time runs the way the text reads: from right to left in a right-to-left page.
    const next = bucketIndexAfter(inlineKey(event, this), current, count);
    if (next === undefined) return;
    event.preventDefault();
    // At either end the key moves nothing: focus stays, and no later update should move it.
    if (next === current) return;
    this.focusIndex = next;
    this.dismissedTip = -1;
    this.#focusPending = true;
  }

  // --- Table -------------------------------------------------------------------------------------

  private renderTable(shown: ShownTrend) {
    const caption = this.l10n.t(`chart.${this.range}`);
    return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby="trend-caption">
      <table part="table">
        <caption id="trend-caption" class="visually-hidden">${caption}</caption>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t(`column.${this.range}`)}</th>
            <th scope="col" class="number">${this.l10n.t('columnIncidents')}</th>
            <th scope="col" class="number">${this.l10n.t('columnAlerts')}</th>
          </tr>
        </thead>
        <tbody>
          ${shown.buckets.map(
            (bucket) => html`<tr>
              <th scope="row"><time datetime=${bucket.start}>${bucket.span}</time></th>
              <td class="number">${this.l10n.count(bucket.incidents)}</td>
              <td class="number">${this.l10n.count(bucket.alerts)}</td>
            </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${this.l10n.t('total')}</th>
            <td class="number">${this.l10n.count(shown.incidents)}</td>
            <td class="number">${this.l10n.count(shown.alerts)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-trend': SocIncidentTrend;
  }
}
