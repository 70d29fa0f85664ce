import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert, ImpactedAssets, Incident } from '../api/model.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { RequestCloseEvent } from '../events/request-close.js';
import { RequestManageEvent } from '../events/request-manage.js';
import { formatDateTime } from '../internal/format.js';
import {
  CLASSIFICATION_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  TACTIC_LABELS,
  ASSET_NOUNS,
  categoryLabel,
} from '../internal/labels.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { incidentSummaryStyles } from './incident-summary.styles.js';

const closeIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;


/**
 * The summary pane of one incident, as beside the incident queue: what it is, who owns it,
 * its alerts, impacted assets and MITRE tactics, with the way on to managing it or to its page.
 *
 * Give it `incidentId` to load the incident, or `incident` to show that version at once while
 * the latest one loads.
 *
 * @summary Summary pane for the selected incident.
 *
 * @fires soc-request-manage - "Manage incident" was pressed; `detail.incidents` holds this incident. Cancelable.
 * @fires soc-incident-open - "Open incident page" was pressed; `detail.incident` is the incident.
 * @fires soc-request-close - The close button was pressed; the owner hides the pane. Cancelable.
 *
 * @csspart pane - The loaded summary.
 * @csspart header - Name, severity, status and the action buttons.
 * @csspart manage-button - The "Manage incident" button.
 * @csspart open-button - The "Open incident page" button.
 * @csspart close-button - The close button.
 *
 * @cssproperty --soc-color-background - Pane background.
 * @cssproperty --soc-color-border - Dividers and chip borders.
 * @cssproperty --soc-color-severity-high - Marker of high-severity incidents and alerts.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 */
export class SocIncidentSummary extends SocElement {
  static override styles = [baseStyles, skeletonStyles, severityMarkerStyles, incidentSummaryStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident to show; wins over `incident.id`. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** An incident already at hand (a queue row): shown at once, then refreshed from the backend. */
  @property({ attribute: false }) incident?: Incident;

  /** Whether to offer "Open incident page"; a host without incident pages turns it off. */
  @property({ type: Boolean, attribute: 'open-page' }) openPage = true;

  /** How many alert titles the Alerts section lists. */
  @property({ type: Number, attribute: 'alert-limit' }) alertLimit = 5;

  private readonly incidentTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.getIncident(id, { signal }) : initialState),
    // The given incident's etag is an argument so that a newer version handed in triggers a refresh.
    args: () => [this.api, this.shownId, this.incident?.etag] as const,
  });

  private readonly alertsTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.listAlerts(id, { signal }) : initialState),
    args: () => [this.api, this.shownId] as const,
  });

  /** Loads the incident and its alerts again. */
  refresh(): void {
    void this.incidentTask.run();
    void this.alertsTask.run();
  }

  private get shownId(): string | undefined {
    return this.incidentId ?? this.incident?.id;
  }

  /** The newest version at hand: the loaded one once loaded, the given one while loading or after a failed refresh. */
  private currentIncident(id: string): Incident | undefined {
    const loaded = this.incidentTask.value?.id === id ? this.incidentTask.value : undefined;
    const given = this.incident?.id === id ? this.incident : undefined;
    return this.incidentTask.status === TaskStatus.COMPLETE ? (loaded ?? given) : (given ?? loaded);
  }

  override render() {
    const id = this.shownId;
    if (!id) {
      return html`<div class="state"><p class="muted">Select an incident to see its summary.</p></div>`;
    }
    const failure = this.incidentTask.status === TaskStatus.ERROR ? this.incidentTask.error : undefined;
    if (ApiError.is(failure, 'notFound')) return this.renderNotFound(failure);
    const incident = this.currentIncident(id);
    if (incident) return this.renderIncident(incident, failure);
    if (failure !== undefined) return this.renderError(failure);
    return this.renderLoading();
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading incident…</p>
      <span></span><span></span><span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderStateHeader(title: string) {
    return html`<div class="state-header">
      <h2>${title}</h2>
      ${this.renderCloseButton()}
    </div>`;
  }

  private renderNotFound(error: ApiError) {
    return html`<div class="state error" role="alert">
      ${this.renderStateHeader('Incident not found')}
      <p>${error.message}</p>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: 'view this incident' });
    return html`<div class="state error" role="alert">
      ${this.renderStateHeader(described.title)}
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderIncident(incident: Incident, refreshFailure: unknown) {
    return html`<article class="pane" part="pane" aria-labelledby="name">
      <header part="header">
        <div class="eyebrow">
          ${severityMarker(incident.severity)}
          <span>${INCIDENT_STATUS_LABELS[incident.status] ?? incident.status}</span>
          <span>Incident ID ${incident.id}</span>
        </div>
        ${this.renderCloseButton()}
        <h2 id="name">${incident.displayName}</h2>
        <div class="actions">
          ${this.openPage
            ? html`<button
                type="button"
                class="primary"
                part="open-button"
                @click=${() => this.emit(new IncidentOpenEvent(incident))}
              >
                Open incident page
              </button>`
            : nothing}
          <button
            type="button"
            class=${this.openPage ? '' : 'primary'}
            part="manage-button"
            @click=${() => this.emit(new RequestManageEvent([incident]))}
          >
            Manage incident
          </button>
        </div>
      </header>
      ${refreshFailure === undefined ? nothing : this.renderRefreshFailure(refreshFailure)}
      ${this.renderDetails(incident)} ${this.renderAlerts(incident)} ${this.renderAssets(incident.impactedAssets)}
      ${this.renderTactics(incident)} ${this.renderTags(incident)}
    </article>`;
  }

  private renderCloseButton() {
    return html`<button
      type="button"
      class="icon"
      part="close-button"
      aria-label="Close"
      title="Close"
      @click=${() => this.emit(new RequestCloseEvent())}
    >
      ${closeIcon}
    </button>`;
  }

  private renderRefreshFailure(error: unknown) {
    const described = describeApiError(error, { action: 'view this incident' });
    return html`<section>
      <p class="inline-error" role="alert">
        <span>Could not refresh this incident. ${described.message}</span>
        ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
      </p>
    </section>`;
  }

  private renderDetails(incident: Incident) {
    const truePositive = incident.classification === 'truePositive';
    return html`<section aria-labelledby="details-heading">
      <h3 id="details-heading">Incident details</h3>
      <dl>
        <dt>Status</dt>
        <dd>${INCIDENT_STATUS_LABELS[incident.status] ?? incident.status}</dd>
        <dt>Severity</dt>
        <dd>${severityMarker(incident.severity)}</dd>
        <dt>Incident ID</dt>
        <dd>${incident.id}</dd>
        <dt>Assigned to</dt>
        <dd>${incident.assignedTo ?? 'Unassigned'}</dd>
        <dt>Classification</dt>
        <dd>${CLASSIFICATION_LABELS[incident.classification] ?? incident.classification}</dd>
        ${truePositive || incident.determination !== 'unknown'
          ? html`<dt>Determination</dt>
              <dd>${DETERMINATION_LABELS[incident.determination] ?? incident.determination}</dd>`
          : nothing}
        ${incident.categories.length
          ? html`<dt>Categories</dt>
              <dd>${incident.categories.map(categoryLabel).join(', ')}</dd>`
          : nothing}
        <dt>First activity</dt>
        <dd>${formatDateTime(incident.firstActivityDateTime)}</dd>
        <dt>Last activity</dt>
        <dd>${formatDateTime(incident.lastActivityDateTime)}</dd>
      </dl>
    </section>`;
  }

  private renderAlerts(incident: Incident) {
    return html`<section aria-labelledby="alerts-heading">
      <h3 id="alerts-heading">Alerts</h3>
      <p class="alert-count">
        <strong>${incident.activeAlertCount}/${incident.alertCount}</strong> active alerts
      </p>
      ${this.alertsTask.render({
        initial: () => nothing,
        pending: () => html`<p class="muted" role="status">Loading alerts…</p>`,
        error: (error) => {
          const described = describeApiError(error, { action: 'view alerts' });
          return html`<p class="inline-error" role="alert">
            <span>Could not load the alerts. ${described.message}</span>
            ${described.canRetry
              ? html`<button type="button" @click=${() => void this.alertsTask.run()}>Retry</button>`
              : nothing}
          </p>`;
        },
        complete: (alerts) => this.renderAlertList(alerts),
      })}
    </section>`;
  }

  private renderAlertList(alerts: Alert[]) {
    if (alerts.length === 0) return html`<p class="muted">No alerts.</p>`;
    const shown = alerts.slice(0, Math.max(0, this.alertLimit));
    const more = alerts.length - shown.length;
    return html`<ul class="alerts">
        ${shown.map(
          (alert) => html`<li>
            <span class="alert-title">${alert.title}</span>
            ${severityMarker(alert.severity)}
          </li>`,
        )}
      </ul>
      ${more > 0 ? html`<p class="more">and ${more} more</p>` : nothing}`;
  }

  private renderAssets(assets: ImpactedAssets) {
    const present = (Object.keys(ASSET_NOUNS) as (keyof ImpactedAssets)[]).filter((kind) => assets[kind] > 0);
    return html`<section aria-labelledby="assets-heading">
      <h3 id="assets-heading">Impacted assets</h3>
      ${present.length === 0
        ? html`<p class="muted">No impacted assets.</p>`
        : html`<ul class="assets">
            ${present.map(
              (kind) => html`<li><span class="count">${assets[kind]}</span>${ASSET_NOUNS[kind][assets[kind] === 1 ? 0 : 1]}</li>`,
            )}
          </ul>`}
    </section>`;
  }

  private renderTactics(incident: Incident) {
    return html`<section aria-labelledby="tactics-heading">
      <h3 id="tactics-heading">MITRE ATT&CK tactics</h3>
      ${this.renderChips(
        incident.tactics.map((tactic) => TACTIC_LABELS[tactic] ?? tactic),
        'No tactics identified.',
      )}
    </section>`;
  }

  private renderTags(incident: Incident) {
    return html`<section aria-labelledby="tags-heading">
      <h3 id="tags-heading">Tags</h3>
      ${incident.customTags.length + incident.systemTags.length === 0
        ? html`<p class="muted">No tags.</p>`
        : html`<ul class="chips">
            ${incident.customTags.map((tag) => html`<li>${tag}</li>`)}
            ${incident.systemTags.map((tag) => html`<li class="system" title="System tag">${tag}</li>`)}
          </ul>`}
    </section>`;
  }

  private renderChips(labels: string[], empty: string): TemplateResult {
    return labels.length === 0
      ? html`<p class="muted">${empty}</p>`
      : html`<ul class="chips">
          ${labels.map((label) => html`<li>${label}</li>`)}
        </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-summary': SocIncidentSummary;
  }
}
