import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ALERT_STATUS_LABELS } from '../alerts/alert-order.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert, Evidence } from '../api/model.js';
import { AlertSelectEvent } from '../events/alert-select.js';
import type { GraphSelectEvent } from '../events/graph-select.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { entityIcon } from '../internal/entity-icons.js';
import { formatDateTime } from '../internal/format.js';
import {
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  ENTITY_TYPE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  categoryLabel,
} from '../internal/labels.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { attackStoryStyles } from './attack-story.styles.js';
import { inStoryOrder } from './story-order.js';

const chevronIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M5.65 3.15a.5.5 0 0 1 .7 0l4.5 4.5a.5.5 0 0 1 0 .7l-4.5 4.5a.5.5 0 0 1-.7-.7L9.79 8 5.65 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;


const ENTITY_CHIP_LIMIT = 4;

/**
 * The "Attack story" tab of an incident: the alert story, its alerts in the order their activity
 * began, beside the incident graph of the same alerts and their entities.
 *
 * Each alert shows when it began, its severity, what happened, where it came from and the
 * entities it names; its disclosure button (Enter or Space) shows the details: description,
 * category, MITRE techniques, status, classification, recommended actions and every evidence
 * item with its verdict and remediation status.
 *
 * The two sides follow each other: choosing an alert in the story emphasises it in the graph,
 * and selecting a node in the graph highlights the alerts it belongs to in the story. The two
 * sides sit next to each other, or one above the other when the element is narrow.
 *
 * @summary Attack story of one incident: the alert story beside the incident graph.
 *
 * @fires soc-alert-select - An alert was chosen in the story; `detail.alert` is the alert.
 * @fires soc-graph-select - A node was selected in the graph (from `soc-incident-graph`, passed on as it is).
 *
 * @csspart story - The "Alert story" region.
 * @csspart graph - The "Incident graph" region.
 * @csspart alert - One alert of the story.
 * @csspart disclosure-button - The button that shows or hides an alert's details.
 * @csspart details - An alert's details, while shown.
 *
 * @cssproperty --soc-color-background - Surface of both regions.
 * @cssproperty --soc-color-border - Dividers, card and chip borders.
 * @cssproperty --soc-color-selected - Background of the chosen alert and of alerts the graph selection names.
 * @cssproperty --soc-color-accent - Edge of the chosen and highlighted alerts.
 * @cssproperty --soc-color-severity-high - Marker of high-severity alerts.
 * @cssproperty --soc-color-severity-medium - Marker of medium severity.
 * @cssproperty --soc-color-severity-low - Marker of low severity.
 * @cssproperty --soc-color-severity-informational - Marker of informational severity.
 * @cssproperty --soc-color-danger - Marker of malicious evidence.
 * @cssproperty --soc-color-warning - Marker of suspicious evidence.
 * @cssproperty --soc-color-success - Marker of evidence with no threats found.
 */
export class SocAttackStory extends SocElement {
  static override styles = [verdictMarkerStyles, baseStyles, skeletonStyles, severityMarkerStyles, attackStoryStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose attack story to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The alert chosen in the story, emphasised in the graph. */
  @state() private chosenAlertId: string | null = null;

  /** The alerts the graph's selection belongs to. */
  @state() private graphAlertIds: ReadonlySet<string> = new Set();

  /** Alerts whose details are shown. */
  @state() private expandedAlertIds: ReadonlySet<string> = new Set();

  /** The alert to bring into view once the story has rendered the graph's selection. */
  #scrollTarget?: string;

  private readonly alertsTask = new Task(this, {
    task: async ([api, id], { signal }) => {
      if (!api || !id) return initialState;
      return inStoryOrder(await api.listAlerts(id, { signal }));
    },
    args: () => [this.api, this.incidentId] as const,
  });

  /** Loads the alerts again. */
  refresh(): void {
    void this.alertsTask.run();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.chosenAlertId = null;
      this.graphAlertIds = new Set();
      this.expandedAlertIds = new Set();
    }
  }

  override updated(): void {
    const target = this.#scrollTarget;
    if (target === undefined) return;
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-alert-id="${CSS.escape(target)}"]`);
    if (!card) return;
    this.#scrollTarget = undefined;
    card.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">Select an incident to see its attack story.</p></div>`;
    }
    return html`<div class="layout">
      <section class="story" part="story" aria-labelledby="story-heading">
        <header class="region-header">
          <h2 id="story-heading">Alert story</h2>
          ${this.renderAlertCount()}
        </header>
        <div class="story-body">
          ${this.alertsTask.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            error: (error) => this.renderError(error),
            complete: (alerts) => this.renderStory(alerts),
          })}
        </div>
      </section>
      <section class="graph" part="graph" aria-labelledby="graph-heading">
        <header class="region-header">
          <h2 id="graph-heading">Incident graph</h2>
        </header>
        <soc-incident-graph
          .incidentId=${this.incidentId}
          .highlightedAlertId=${this.chosenAlertId}
          @soc-graph-select=${this.onGraphSelect}
        ></soc-incident-graph>
      </section>
    </div>`;
  }

  private renderAlertCount() {
    const alerts = this.alertsTask.status === TaskStatus.COMPLETE ? this.alertsTask.value : undefined;
    if (!alerts || alerts.length === 0) return nothing;
    return html`<span class="count">${alerts.length === 1 ? '1 alert' : `${alerts.length} alerts`}</span>`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading alerts…</p>
      ${[0, 1, 2].map(() => html`<div class="skeleton-card"><span></span><span></span><span></span></div>`)}
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: 'view the alerts of this incident', loading: 'alerts' });
    return html`<div class="state error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderStory(alerts: Alert[]) {
    if (alerts.length === 0) {
      return html`<div class="state"><p class="empty">No alerts</p></div>`;
    }
    const linked = alerts.filter((alert) => this.graphAlertIds.has(alert.id)).length;
    return html`<p class="visually-hidden" role="status">
        ${this.graphAlertIds.size === 0
          ? ''
          : linked === 1
            ? '1 alert matches the graph selection.'
            : `${linked} alerts match the graph selection.`}
      </p>
      <ol class="alerts" aria-label="Alerts, oldest first">
        ${alerts.map((alert, index) => this.renderAlert(alert, index))}
      </ol>`;
  }

  private renderAlert(alert: Alert, index: number) {
    const chosen = alert.id === this.chosenAlertId;
    const inGraphSelection = this.graphAlertIds.has(alert.id);
    const expanded = this.expandedAlertIds.has(alert.id);
    const classes = ['alert', chosen ? 'chosen' : '', inGraphSelection ? 'in-graph-selection' : '']
      .filter(Boolean)
      .join(' ');
    return html`<li class=${classes} part="alert" data-alert-id=${alert.id} @click=${this.onAlertClick}>
      <div class="rail" aria-hidden="true"><span class="dot ${alert.severity}"></span></div>
      <div class="card">
        <div class="meta">
          <time datetime=${alert.firstActivityDateTime}>${formatDateTime(alert.firstActivityDateTime)}</time>
          ${severityMarker(alert.severity)}
          ${inGraphSelection ? html`<span class="graph-flag">Selected in graph</span>` : nothing}
        </div>
        <div class="title-row">
          <h3>
            <button
              type="button"
              class="title"
              id="title-${index}"
              aria-pressed=${chosen ? 'true' : 'false'}
              @click=${() => this.choose(alert)}
            >
              ${alert.title}
            </button>
          </h3>
          <button
            type="button"
            class="disclosure icon"
            part="disclosure-button"
            id="disclosure-${index}"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="details-${index}"
            aria-labelledby="disclosure-${index} title-${index}"
            title=${expanded ? 'Hide details' : 'Show details'}
            @click=${() => this.toggleDetails(alert)}
          >
            ${chevronIcon}<span class="visually-hidden">Details:</span>
          </button>
        </div>
        ${alert.description ? html`<p class="what">${alert.description}</p>` : nothing}
        <p class="sources">
          <span>${SERVICE_SOURCE_LABELS[alert.serviceSource] ?? alert.serviceSource}</span>
          <span aria-hidden="true">·</span>
          <span>${DETECTION_SOURCE_LABELS[alert.detectionSource] ?? alert.detectionSource}</span>
        </p>
        ${this.renderEntityChips(alert.evidence)}
        <div
          class="details"
          part=${expanded ? 'details' : nothing}
          id="details-${index}"
          ?hidden=${!expanded}
        >
          ${expanded ? this.renderDetails(alert) : nothing}
        </div>
      </div>
    </li>`;
  }

  private renderEntityChips(evidence: Evidence[]) {
    if (evidence.length === 0) return nothing;
    const shown = evidence.slice(0, ENTITY_CHIP_LIMIT);
    const more = evidence.length - shown.length;
    return html`<ul class="entities" aria-label="Entities">
      ${shown.map(
        (entity) => html`<li class="entity" title=${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}>
          ${entityIcon(entity.type)}
          <span class="visually-hidden">${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}:</span>
          <span class="entity-name">${entity.displayName}</span>
        </li>`,
      )}
      ${more > 0 ? html`<li class="more">+${more} more</li>` : nothing}
    </ul>`;
  }

  private renderDetails(alert: Alert) {
    const showDetermination = alert.classification === 'truePositive' || alert.determination !== 'unknown';
    return html`<h4>Description</h4>
      <p class="prose">${alert.description || 'No description.'}</p>
      <dl>
        <dt>Category</dt>
        <dd>${categoryLabel(alert.category) || '—'}</dd>
        <dt>MITRE techniques</dt>
        <dd>${alert.mitreTechniques.join(', ') || 'None'}</dd>
        <dt>Status</dt>
        <dd>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</dd>
        <dt>Classification</dt>
        <dd>${CLASSIFICATION_LABELS[alert.classification] ?? alert.classification}</dd>
        ${showDetermination
          ? html`<dt>Determination</dt>
              <dd>${DETERMINATION_LABELS[alert.determination] ?? alert.determination}</dd>`
          : nothing}
        <dt>Last activity</dt>
        <dd>${formatDateTime(alert.lastActivityDateTime)}</dd>
        <dt>Alert ID</dt>
        <dd>${alert.id}</dd>
      </dl>
      <h4>Recommended actions</h4>
      <p class="prose">${alert.recommendedActions || 'No recommended actions.'}</p>
      <h4>Evidence</h4>
      ${alert.evidence.length === 0
        ? html`<p class="muted">No evidence.</p>`
        : html`<ul class="evidence">
            ${alert.evidence.map(
              (entity) => html`<li>
                <span class="evidence-name">${entityIcon(entity.type)}<span>${entity.displayName}</span></span>
                <span class="muted">${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}</span>
                <span class="evidence-state">
                  ${verdictMarker(entity.verdict)}
                  <span class="muted"
                    >Remediation: ${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}</span
                  >
                </span>
              </li>`,
            )}
          </ul>`}`;
  }

  /** A click on the card's surface chooses the alert, as its title button does; controls inside keep their own meaning. */
  private readonly onAlertClick = (event: MouseEvent) => {
    const path = event.composedPath();
    const card = event.currentTarget as HTMLElement;
    for (const node of path) {
      if (node === card) break;
      if (node instanceof HTMLButtonElement || (node instanceof HTMLElement && node.classList.contains('details'))) {
        return;
      }
    }
    if (!getSelection()?.isCollapsed) return;
    const alert = this.alertsTask.value?.find((candidate) => candidate.id === card.dataset.alertId);
    if (alert) this.choose(alert);
  };

  private choose(alert: Alert): void {
    if (this.chosenAlertId === alert.id) {
      this.chosenAlertId = null;
      return;
    }
    this.chosenAlertId = alert.id;
    this.graphAlertIds = new Set();
    this.emit(new AlertSelectEvent(alert));
  }

  private toggleDetails(alert: Alert): void {
    const expanded = new Set(this.expandedAlertIds);
    if (!expanded.delete(alert.id)) expanded.add(alert.id);
    this.expandedAlertIds = expanded;
  }

  private readonly onGraphSelect = (event: GraphSelectEvent) => {
    const { node, alertIds } = event.detail;
    this.graphAlertIds = new Set(alertIds);
    // A new selection in the graph replaces the story's choice unless it is that very alert; a
    // cleared one leaves the choice to show again.
    const replacesChoice = node !== null && !(node.kind === 'alert' && node.alert.id === this.chosenAlertId);
    if (replacesChoice) this.chosenAlertId = null;
    const first = this.alertsTask.value?.find((alert) => this.graphAlertIds.has(alert.id));
    this.#scrollTarget = first?.id;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-attack-story': SocAttackStory;
  }
}
