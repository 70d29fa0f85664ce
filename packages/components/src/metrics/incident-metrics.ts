import { consume } from '@lit/context';
import { initialState, Task as AsyncTask, TaskStatus as AsyncStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import {
  OPEN_STATUSES,
  UNASSIGNED,
  type IncidentMetricName,
  type IncidentMetrics,
  type MeanDuration,
  type MetricsQuery,
  type Severity,
} from '../api/model.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles } from '../styles/tokens.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { incidentMetricsStyles } from './incident-metrics.styles.js';
import { incidentMetricsCatalog } from './messages.js';
import { formatDuration } from './metrics-format.js';
import { MetricsCharts, type BarRowData } from './metrics-charts.js';
import {
  checkCustomRange,
  DAY_MS,
  dayOf,
  MAX_RANGE_DAYS,
  METRICS_RANGE_PRESETS,
  queryOf,
  type CustomRangeProblem,
  type MetricsRange,
  type MetricsRangePreset,
} from './metrics-range.js';

/** Severities from the most to the least severe, as the figures list them. */
const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low', 'informational', 'unknown'];

/** The cards of the dashboard. */
type CardId = 'open' | 'perDay' | 'time' | 'classification' | 'tactics' | 'workload';

interface LoadedMetrics {
  query: MetricsQuery;
  metrics: IncidentMetrics;
  /** Display names by lower-case owner ID, from the assignee list when the backend gives one. */
  names: Map<string, string>;
}

interface CustomDraft {
  from: string;
  to: string;
}

/**
 * A SOC lead's dashboard over the incidents created in a time range (the last 7, 30 or 90 days,
 * or custom days): open incidents by severity and status, new and resolved incidents per day,
 * mean times to acknowledge and to resolve by severity, incidents by classification and
 * determination, the top MITRE tactics and the workload per analyst. Each chart has a table view
 * of the same figures ("Show table").
 *
 * Keyboard: each chart is one tab stop; the arrow keys, Home and End move between its data
 * points, each named for a screen reader and shown in a tooltip.
 *
 * A figure the backend cannot compute says so in its card; figures counted from part of the
 * range's incidents carry a note. The range's days are UTC days.
 *
 * @summary Incident metrics for a SOC lead: open incidents, trends, MTTA/MTTR, classification, tactics, workload.
 *
 * @csspart range - The time range control.
 * @csspart card - Each titled card.
 * @csspart chart - Each chart's SVG.
 * @csspart table - Each table view.
 *
 * @cssproperty --soc-color-background - Surface of the cards.
 * @cssproperty --soc-color-border - Card edges, grid lines and fields.
 * @cssproperty --soc-color-accent - The first series of every chart.
 * @cssproperty --soc-color-success - The resolved series.
 * @cssproperty --soc-color-warning - The "In progress" series.
 * @cssproperty --soc-color-danger - Range errors.
 */
export class SocIncidentMetrics extends SocElement {
  static override styles = [baseStyles, skeletonStyles, incidentMetricsStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** The reference time of the ranges ("today"), epoch ms; the present when unset. Set it for stable tests and stories. */
  @property({ type: Number }) now?: number;

  /** The range shown. */
  @state() private range: MetricsRange = { preset: '30d' };
  /** What the range control shows: a preset, or "custom" with the days typed so far. */
  @state() private choice: MetricsRangePreset | 'custom' = '30d';
  @state() private draft: CustomDraft = { from: '', to: '' };
  @state() private rangeProblem?: CustomRangeProblem;
  /** The cards that show their table rather than their chart. */
  @state() private tables = new Set<CardId>();
  @state() private query?: MetricsQuery;

  private readonly l10n = new LocaleController(this, incidentMetricsCatalog);
  private readonly charts = new MetricsCharts(this, { count: (value) => this.l10n.count(value) });

  private readonly metricsTask = new AsyncTask(this, {
    task: async ([api, query], { signal }) => {
      if (!api || !query || !api.capabilities.has('incidentMetrics')) return initialState;
      const [metrics, assignees] = await Promise.all([
        api.getIncidentMetrics(query, { signal }),
        // Names are a nicety: owners show as their IDs without them.
        api.listAssignees({ signal }).catch(() => []),
      ]);
      const loaded: LoadedMetrics = { query, metrics, names: new Map(assignees.map((a) => [a.id.toLowerCase(), a.displayName])) };
      return loaded;
    },
    args: () => [this.api, this.query] as const,
  });

  /** Loads the figures again. */
  refresh(): void {
    void this.metricsTask.run();
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('range') || changed.has('now') || !this.query) {
      const query = queryOf(this.range, this.now ?? Date.now());
      if (query && (query.from !== this.query?.from || query.to !== this.query?.to)) this.query = query;
    }
  }

  // --- The range control ------------------------------------------------------------------------

  private onPresetChange(event: Event): void {
    const choice = (event.target as HTMLSelectElement).value as MetricsRangePreset | 'custom';
    this.choice = choice;
    this.rangeProblem = undefined;
    if (choice !== 'custom') {
      this.range = { preset: choice };
      return;
    }
    // A custom range starts from the days shown, for the person to adjust.
    if (!this.draft.from && !this.draft.to && this.query) {
      this.draft = { from: dayOf(Date.parse(this.query.from)), to: dayOf(Date.parse(this.query.to) - DAY_MS) };
    }
  }

  private setDraft(field: keyof CustomDraft, value: string): void {
    this.draft = { ...this.draft, [field]: value };
    if (this.rangeProblem?.field === field) this.rangeProblem = undefined;
  }

  private async onApplyRange(event: Event): Promise<void> {
    event.preventDefault();
    if (this.choice !== 'custom') return;
    const { from, to } = this.draft;
    const problem = checkCustomRange(from, to, this.now ?? Date.now());
    this.rangeProblem = problem;
    if (problem) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`#range-${problem.field}`)?.focus();
      return;
    }
    this.range = { preset: 'custom', from, to };
  }

  private problemText(problem: CustomRangeProblem): string {
    return this.l10n.t(`problem.${problem.problem}`, { days: MAX_RANGE_DAYS });
  }

  private renderRangeControl() {
    const custom = this.choice === 'custom';
    const problem = this.rangeProblem;
    const field = (name: keyof CustomDraft) => {
      const error = problem?.field === name ? this.problemText(problem) : undefined;
      return html`<div class="field">
        <label for="range-${name}">${this.l10n.t(name)}</label>
        <input
          id="range-${name}"
          type="date"
          max=${dayOf(this.now ?? Date.now())}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(error ? `range-${name}-error` : undefined)}
          .value=${live(this.draft[name])}
          @input=${(event: Event) => this.setDraft(name, (event.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="field-error" id="range-${name}-error">${error}</p>` : nothing}
      </div>`;
    };
    return html`<form class="range" part="range" novalidate @submit=${this.onApplyRange}>
      <div class="field">
        <label for="range-preset">${this.l10n.t('range')}</label>
        <select id="range-preset" @change=${this.onPresetChange}>
          ${[...METRICS_RANGE_PRESETS, 'custom' as const].map(
            (preset) => html`<option value=${preset} ?selected=${preset === this.choice}>${this.l10n.t(`preset.${preset}`)}</option>`,
          )}
        </select>
      </div>
      ${custom
        ? html`${field('from')}${field('to')}
            <button type="submit" class="apply">${this.l10n.t('applyRange')}</button>`
        : nothing}
    </form>`;
  }

  // --- States -----------------------------------------------------------------------------------

  override render() {
    if (this.api && !this.api.capabilities.has('incidentMetrics')) {
      return html`<div class="state">
        <h2 class="empty">${this.l10n.t('unavailable')}</h2>
        <p class="muted">${this.l10n.t('unavailableHint')}</p>
      </div>`;
    }
    return html`<header class="top">
        <h2 id="metrics-heading">${this.l10n.t('heading')}</h2>
        ${this.renderRangeControl()}
      </header>
      ${this.renderBody()}`;
  }

  private renderBody() {
    const task = this.metricsTask;
    if (task.status === AsyncStatus.ERROR) return this.renderError(task.error);
    const loaded = task.status === AsyncStatus.COMPLETE ? (task.value as LoadedMetrics | undefined) : undefined;
    if (!loaded || loaded.query !== this.query) return this.renderLoading();
    const { metrics } = loaded;
    return html`<p class="summary">
        <time datetime=${rangeDuration(metrics)}>${this.rangeText(metrics)}</time>
        <span class="total">${this.l10n.t('total', { count: metrics.total })}</span>
      </p>
      ${metrics.truncated ? html`<p class="notice warning truncated" role="note">${this.l10n.t('truncated')}</p>` : nothing}
      ${metrics.total === 0
        ? html`<div class="state empty-range">
            <h3 class="empty">${this.l10n.t('empty')}</h3>
            <p class="muted">${this.l10n.t('emptyHint')}</p>
          </div>`
        : html`<p id="chart-keys" class="visually-hidden">${this.l10n.t('chartKeys')}</p>
            <div class="cards">${this.renderCards(loaded)}</div>`}`;
  }

  private renderLoading() {
    return html`<div class="cards skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      ${[0, 1, 2, 3, 4, 5].map(() => html`<div class="card"><span class="title"></span><span class="block"></span></div>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') }, this.l10n);
    return html`<div class="state error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>` : nothing}
    </div>`;
  }

  /** "Nov 27 – Dec 26, 2026": the range's days, the last one inclusive. */
  private rangeText(metrics: IncidentMetrics): string {
    const format = new Intl.DateTimeFormat(this.l10n.locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const from = Date.parse(metrics.from);
    const last = Math.max(from, Date.parse(metrics.to) - 1);
    return format.formatRange(from, last);
  }

  // --- Cards ------------------------------------------------------------------------------------

  private renderCards(loaded: LoadedMetrics) {
    const { metrics } = loaded;
    const off = (...names: IncidentMetricName[]) => names.every((name) => metrics.unsupported.includes(name));
    return html`
      ${this.renderCard('open', off('open'), () => this.renderOpen(metrics))}
      ${this.renderCard('perDay', off('perDay'), () => this.renderPerDay(metrics))}
      ${this.renderCard('time', off('timeToAcknowledge', 'timeToResolve'), () => this.renderTimes(metrics), false)}
      ${this.renderCard('classification', off('classification', 'determination'), () => this.renderClassification(metrics))}
      ${this.renderCard('tactics', off('tactics'), () => this.renderTactics(metrics))}
      ${this.renderCard('workload', off('workload'), () => this.renderWorkload(loaded))}
    `;
  }

  private renderCard(id: CardId, unsupported: boolean, body: () => unknown, hasChart = true) {
    const titleId = `card-${id}-title`;
    const table = this.tables.has(id);
    return html`<section class="card" part="card" data-card=${id} aria-labelledby=${titleId}>
      <header>
        <h3 id=${titleId}>${this.l10n.t(`card.${id}`)}</h3>
        ${hasChart && !unsupported
          ? html`<button type="button" class="link toggle" aria-pressed=${table ? 'true' : 'false'} @click=${() => this.toggleTable(id)}>
              ${this.l10n.t('showTable')}
            </button>`
          : nothing}
      </header>
      ${unsupported ? html`<p class="unsupported muted">${this.l10n.t('notSupported')}</p>` : body()}
    </section>`;
  }

  private toggleTable(id: CardId): void {
    const tables = new Set(this.tables);
    if (!tables.delete(id)) tables.add(id);
    this.tables = tables;
  }

  private showsTable(id: CardId): boolean {
    return this.tables.has(id);
  }

  private count(value: number): string {
    return this.l10n.count(value);
  }

  private severity(severity: Severity): string {
    return this.l10n.t(`severity.${severity}`);
  }

  private renderOpen(metrics: IncidentMetrics) {
    const severities = SEVERITY_ORDER.filter(
      (severity) => severity !== 'unknown' || metrics.open.some((entry) => entry.severity === severity && entry.count > 0),
    );
    const countOf = (severity: Severity, status: string) =>
      metrics.open.find((entry) => entry.severity === severity && entry.status === status)?.count ?? 0;
    const series = OPEN_STATUSES.map((status) => this.l10n.t(`status.${status}`));
    const rows: BarRowData[] = severities.map((severity) => ({
      label: this.severity(severity),
      values: OPEN_STATUSES.map((status) => countOf(severity, status)),
    }));
    if (rows.every((row) => row.values.every((value) => value === 0))) return html`<p class="muted">${this.l10n.t('noOpen')}</p>`;
    if (this.showsTable('open')) {
      return this.renderTable(
        [this.l10n.t('field.severity'), ...series, this.l10n.t('column.total')],
        rows.map((row) => [row.label, ...row.values.map((value) => this.count(value)), this.count(sum(row.values))]),
      );
    }
    return this.charts.bars('open', rows, series, (row, index) =>
      this.l10n.t('point.open', { severity: rows[row]!.label, status: series[index]!, count: rows[row]!.values[index]! }),
    );
  }

  private renderPerDay(metrics: IncidentMetrics) {
    const series = [this.l10n.t('series.created'), this.l10n.t('series.resolved')];
    const days = metrics.perDay;
    if (this.showsTable('perDay')) {
      const format = dayFormat(this.l10n.locale, true);
      return this.renderTable(
        [this.l10n.t('column.day'), ...series],
        days.map((day) => [
          html`<time datetime=${day.date}>${format.format(Date.parse(day.date))}</time>`,
          this.count(day.created),
          this.count(day.resolved),
        ]),
      );
    }
    const format = dayFormat(this.l10n.locale, false);
    const labels = days.map((day) =>
      this.l10n.t('point.day', { day: format.format(Date.parse(day.date)), created: day.created, resolved: day.resolved }),
    );
    const values = [days.map((day) => day.created), days.map((day) => day.resolved)];
    const names = days.map((day) => format.format(Date.parse(day.date)));
    return this.charts.lines('perDay', values, labels, names, series);
  }

  private renderTimes(metrics: IncidentMetrics) {
    const columns: { name: 'timeToAcknowledge' | 'timeToResolve'; title: string; values: MeanDuration[] }[] = [
      { name: 'timeToAcknowledge' as const, title: this.l10n.t('column.mtta'), values: metrics.timeToAcknowledge },
      { name: 'timeToResolve' as const, title: this.l10n.t('column.mttr'), values: metrics.timeToResolve },
    ];
    const shown = columns.filter((column) => !metrics.unsupported.includes(column.name));
    const missing = columns.filter((column) => metrics.unsupported.includes(column.name));
    const severities = SEVERITY_ORDER.filter((severity) =>
      shown.some((column) => column.values.some((value) => value.severity === severity && (severity !== 'unknown' || value.count > 0))),
    );
    let anyEmpty = false;
    const cell = (values: MeanDuration[], severity: Severity) => {
      const mean = values.find((value) => value.severity === severity);
      if (!mean || mean.meanMs === null) {
        anyEmpty = true;
        return html`<span aria-hidden="true">—</span><span class="visually-hidden">${this.l10n.t('noDuration')}</span>`;
      }
      return html`<time class="duration" datetime="PT${Math.round(mean.meanMs / 1000)}S">${formatDuration(mean.meanMs, this.l10n.locale)}</time>
        <span class="basis">${this.l10n.t('basis', { count: mean.count })}</span>`;
    };
    const rows = severities.map((severity) => [this.severity(severity), ...shown.map((column) => cell(column.values, severity))]);
    return html`${this.renderTable([this.l10n.t('field.severity'), ...shown.map((column) => column.title)], rows)}
      ${anyEmpty ? html`<p class="footnote muted">${this.l10n.t('noDurationNote')}</p>` : nothing}
      ${missing.map((column) => html`<p class="footnote muted">${this.l10n.t('unsupportedPart', { what: column.title })}</p>`)}`;
  }

  private renderClassification(metrics: IncidentMetrics) {
    const classification = metrics.unsupported.includes('classification')
      ? undefined
      : metrics.byClassification.map((entry) => ({ label: this.l10n.t(`classification.${entry.key}`), values: [entry.count] }));
    const determination = metrics.unsupported.includes('determination')
      ? undefined
      : metrics.byDetermination.map((entry) => ({ label: this.l10n.t(`determination.${entry.key}`), values: [entry.count] }));
    const part = (id: 'classification' | 'determination', title: string, rows: BarRowData[] | undefined, none: string) => html`
      <h4 id="${id}-title">${title}</h4>
      ${!rows
        ? html`<p class="muted">${this.l10n.t('notSupported')}</p>`
        : rows.length === 0
          ? html`<p class="muted">${none}</p>`
          : this.showsTable('classification')
            ? this.renderTable(
                [this.l10n.t(`field.${id}`), this.l10n.t('column.incidents')],
                rows.map((row) => [row.label, this.count(row.values[0]!)]),
              )
            : this.charts.bars(id, rows, [title], (row) =>
                this.l10n.t('point.count', { name: rows[row]!.label, count: rows[row]!.values[0]! }),
              )}
    `;
    return html`${part('classification', this.l10n.t('byClassification'), classification, '')}
      ${part('determination', this.l10n.t('byDetermination'), determination, this.l10n.t('noDeterminations'))}`;
  }

  private renderTactics(metrics: IncidentMetrics) {
    const rows = metrics.topTactics.map((entry) => ({ label: this.l10n.category(entry.key), values: [entry.count] }));
    if (rows.length === 0) return html`<p class="muted">${this.l10n.t('noTactics')}</p>`;
    if (this.showsTable('tactics')) {
      return this.renderTable(
        [this.l10n.t('column.tactic'), this.l10n.t('column.incidents')],
        rows.map((row) => [row.label, this.count(row.values[0]!)]),
      );
    }
    return this.charts.bars('tactics', rows, [this.l10n.t('column.incidents')], (row) =>
      this.l10n.t('point.count', { name: rows[row]!.label, count: rows[row]!.values[0]! }),
    );
  }

  private renderWorkload({ metrics, names }: LoadedMetrics) {
    const series = [this.l10n.t('series.open'), this.l10n.t('series.resolved')];
    const rows: BarRowData[] = metrics.workload.map((entry) =>
      entry.assignedTo === UNASSIGNED
        ? { label: this.l10n.t('state.unassigned'), values: [entry.open, entry.resolved] }
        : { label: names.get(entry.assignedTo.toLowerCase()) ?? entry.assignedTo, userText: true, values: [entry.open, entry.resolved] },
    );
    if (rows.length === 0) return html`<p class="muted">${this.l10n.t('noWorkload')}</p>`;
    if (this.showsTable('workload')) {
      return this.renderTable(
        [this.l10n.t('column.analyst'), ...series],
        rows.map((row) => [row.userText ? html`<bdi>${row.label}</bdi>` : row.label, ...row.values.map((value) => this.count(value))]),
      );
    }
    return this.charts.bars('workload', rows, series, (row, index) =>
      this.l10n.t('point.workload', { owner: rows[row]!.label, series: series[index]!, count: rows[row]!.values[index]! }),
    );
  }

  // --- Tables and charts --------------------------------------------------------------------------

  private renderTable(headers: string[], rows: unknown[][]) {
    return html`<div class="table-scroll">
      <table part="table">
        <thead>
          <tr>
            ${headers.map((header) => html`<th scope="col">${header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}
        </tbody>
      </table>
    </div>`;
  }

}

/** The range's length as an HTML duration ("P30D"), for the `<time>` that shows its days. */
function rangeDuration(metrics: IncidentMetrics): string {
  return `P${Math.max(0, Math.round((Date.parse(metrics.to) - Date.parse(metrics.from)) / DAY_MS))}D`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A UTC day as the locale writes it: "Nov 26", or with `year` "Nov 26, 2026". */
function dayFormat(locale: string, year: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${year}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { year: year ? 'numeric' : undefined, month: 'short', day: 'numeric', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  return format;
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-metrics': SocIncidentMetrics;
  }
}
