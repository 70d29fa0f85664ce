import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert, Evidence, Verdict } from '../api/model.js';
import { AlertSelectEvent } from '../events/alert-select.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { formatDateTime } from '../internal/format.js';
import {
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  ENTITY_TYPE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  VERDICT_LABELS,
  categoryLabel,
} from '../internal/labels.js';
import { severityMarker } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { alertListStyles } from './alert-list.styles.js';
import { ALERT_STATUS_LABELS, byFirstActivity } from './alert-order.js';
import { RovingFocusController } from './roving-focus-controller.js';

const closeIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;


const verdictMarker = (verdict: Verdict) =>
  html`<span class="verdict ${verdict}">${VERDICT_LABELS[verdict] ?? verdict}</span>`;

const COLUMNS = [
  'Alert name',
  'Severity',
  'Status',
  'Entities',
  'Category',
  'MITRE techniques',
  'Service source',
  'Detection source',
  'First activity',
  'Last activity',
] as const;

/**
 * The Alerts tab of an incident: its alerts in the order they began, each with severity, status,
 * sources, category, MITRE techniques, activity times and the entities it names. Choosing an
 * alert (click, or Enter/Space on the focused row) opens its details beside the list.
 *
 * The list is a listbox: Tab enters it at the current alert, Up/Down/Home/End move between alerts.
 *
 * @summary The alerts of one incident, with a details panel for the chosen alert.
 *
 * @fires soc-alert-select - An alert was chosen; `detail.alert` is the alert.
 *
 * @csspart list - The listbox of alerts.
 * @csspart row - One alert in the list.
 * @csspart details - The details panel of the chosen alert.
 * @csspart close-button - The details panel's close button.
 *
 * @cssproperty --soc-color-background - List and panel background.
 * @cssproperty --soc-color-border - Dividers and chip borders.
 * @cssproperty --soc-color-selected - Background of the chosen alert.
 * @cssproperty --soc-color-severity-high - Marker of high-severity alerts.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 * @cssproperty --soc-color-danger - Marker of malicious evidence.
 * @cssproperty --soc-color-warning - Marker of suspicious evidence.
 * @cssproperty --soc-color-success - Marker of evidence with no threats found.
 */
export class SocAlertList extends SocElement {
  static override styles = [baseStyles, skeletonStyles, alertListStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose alerts to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** How many entities a row names before "+N". */
  @property({ type: Number, attribute: 'entity-limit' }) entityLimit = 2;

  /** ID of the alert whose details are open; `undefined` while none is. */
  @state() private selectedId?: string;

  private readonly alertsTask = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      return byFirstActivity(await api.listAlerts(id, { signal }));
    },
    args: () => [this.api, this.incidentId] as const,
  });

  private readonly rovingFocus = new RovingFocusController(this, {
    items: () => [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])],
  });

  /** Loads the alerts again. */
  refresh(): void {
    void this.alertsTask.run();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.selectedId = undefined;
      this.rovingFocus.setIndex(0);
    }
  }

  override render() {
    return this.alertsTask.render({
      initial: () => html`<div class="state"><p class="muted">Select an incident to see its alerts.</p></div>`,
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (alerts) => this.renderAlerts(alerts),
    });
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading alerts…</p>
      <span></span><span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: 'view alerts', loading: 'alerts' });
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderAlerts(alerts: Alert[]) {
    if (alerts.length === 0) {
      return html`<div class="state"><p class="empty">No alerts</p></div>`;
    }
    const selected = alerts.find((alert) => alert.id === this.selectedId);
    return html`<div class="layout ${selected ? 'with-details' : ''}">
      <div class="table">
        <div class="columns" aria-hidden="true">${COLUMNS.map((name) => html`<span>${name}</span>`)}</div>
        <div
          role="listbox"
          part="list"
          aria-label="Alerts"
          @keydown=${(event: KeyboardEvent) => this.onListKeydown(event, alerts)}
        >
          ${alerts.map((alert, index) => this.renderRow(alert, index))}
        </div>
      </div>
      ${selected ? this.renderDetails(selected) : nothing}
    </div>`;
  }

  private renderRow(alert: Alert, index: number) {
    const selected = alert.id === this.selectedId;
    return html`<div
      role="option"
      part="row"
      class="row"
      id=${`alert-${index}`}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${index === this.rovingFocus.index ? 0 : -1}
      @click=${() => this.select(alert, index)}
    >
      <span class="title">${alert.title}</span>
      <span>${severityMarker(alert.severity)}</span>
      <span>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</span>
      <span class="entities">${this.renderEntities(alert.evidence)}</span>
      <span>${categoryLabel(alert.category)}</span>
      <span>${alert.mitreTechniques.join(', ') || '—'}</span>
      <span>${SERVICE_SOURCE_LABELS[alert.serviceSource] ?? alert.serviceSource}</span>
      <span>${DETECTION_SOURCE_LABELS[alert.detectionSource] ?? alert.detectionSource}</span>
      <span class="time">${formatDateTime(alert.firstActivityDateTime)}</span>
      <span class="time">${formatDateTime(alert.lastActivityDateTime)}</span>
    </div>`;
  }

  private renderEntities(evidence: Evidence[]) {
    if (evidence.length === 0) return '—';
    const shown = evidence.slice(0, Math.max(0, this.entityLimit));
    const more = evidence.length - shown.length;
    return html`${shown.map(
      (entity) =>
        html`<span class="entity"
          ><span class="entity-type">${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}</span>
          <span class="entity-name">${entity.displayName}</span></span
        >`,
    )}${more > 0 ? html`<span class="more">+${more}</span>` : nothing}`;
  }

  private onListKeydown(event: KeyboardEvent, alerts: Alert[]): void {
    if (this.rovingFocus.handleKeydown(event)) return;
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const row = (event.target as HTMLElement).closest('[role="option"]');
    if (!row) return;
    event.preventDefault();
    const index = Number(row.id.slice('alert-'.length));
    this.select(alerts[index], index);
  }

  private select(alert: Alert, index: number): void {
    this.rovingFocus.setIndex(index);
    this.selectedId = alert.id;
    this.emit(new AlertSelectEvent(alert));
  }

  private async closeDetails(): Promise<void> {
    this.selectedId = undefined;
    await this.updateComplete;
    this.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]')[this.rovingFocus.index]?.focus();
  }

  private renderDetails(alert: Alert) {
    const truePositive = alert.classification === 'truePositive';
    return html`<aside class="details" part="details" aria-labelledby="details-title">
      <header>
        <div class="eyebrow">
          ${severityMarker(alert.severity)}
          <span>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</span>
        </div>
        <button
          type="button"
          class="icon"
          part="close-button"
          aria-label="Close alert details"
          title="Close"
          @click=${() => void this.closeDetails()}
        >
          ${closeIcon}
        </button>
        <h2 id="details-title">${alert.title}</h2>
      </header>
      <section aria-labelledby="description-heading">
        <h3 id="description-heading">Description</h3>
        <p class="prose">${alert.description || 'No description.'}</p>
      </section>
      <section aria-labelledby="actions-heading">
        <h3 id="actions-heading">Recommended actions</h3>
        <p class="prose">${alert.recommendedActions || 'No recommended actions.'}</p>
      </section>
      <section aria-labelledby="alert-details-heading">
        <h3 id="alert-details-heading">Alert details</h3>
        <dl>
          <dt>Severity</dt>
          <dd>${severityMarker(alert.severity)}</dd>
          <dt>Status</dt>
          <dd>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</dd>
          <dt>Classification</dt>
          <dd>${CLASSIFICATION_LABELS[alert.classification] ?? alert.classification}</dd>
          ${truePositive || alert.determination !== 'unknown'
            ? html`<dt>Determination</dt>
                <dd>${DETERMINATION_LABELS[alert.determination] ?? alert.determination}</dd>`
            : nothing}
          <dt>Category</dt>
          <dd>${categoryLabel(alert.category)}</dd>
          <dt>Service source</dt>
          <dd>${SERVICE_SOURCE_LABELS[alert.serviceSource] ?? alert.serviceSource}</dd>
          <dt>Detection source</dt>
          <dd>${DETECTION_SOURCE_LABELS[alert.detectionSource] ?? alert.detectionSource}</dd>
          <dt>MITRE techniques</dt>
          <dd>${alert.mitreTechniques.join(', ') || 'None'}</dd>
          <dt>First activity</dt>
          <dd>${formatDateTime(alert.firstActivityDateTime)}</dd>
          <dt>Last activity</dt>
          <dd>${formatDateTime(alert.lastActivityDateTime)}</dd>
          <dt>Generated on</dt>
          <dd>${formatDateTime(alert.createdDateTime)}</dd>
          <dt>Alert ID</dt>
          <dd>${alert.id}</dd>
        </dl>
      </section>
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">Evidence</h3>
        ${alert.evidence.length === 0
          ? html`<p class="muted">No evidence.</p>`
          : html`<ul class="evidence">
              ${alert.evidence.map(
                (entity) => html`<li>
                  <span class="evidence-name">${entity.displayName}</span>
                  <span class="muted">${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}</span>
                  <span class="evidence-state">
                    ${verdictMarker(entity.verdict)}
                    <span class="muted"
                      >Remediation:
                      ${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}</span
                    >
                  </span>
                </li>`,
              )}
            </ul>`}
      </section>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-alert-list': SocAlertList;
  }
}
