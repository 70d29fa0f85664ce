import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Entity, EntityInsights, IncidentRef } from '../api/model.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { RequestCloseEvent } from '../events/request-close.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { entityIcon } from '../internal/entity-icons.js';
import { formatCount, formatDateTime, formatRelative, safeHref } from '../internal/format.js';
import {
  ENTITY_TYPE_LABELS,
  INCIDENT_STATUS_LABELS,
  REMEDIATION_STATUS_LABELS,
} from '../internal/labels.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { styleProps } from '../internal/style-props.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { entityFields, type EntityField } from './entity-details.js';
import { entityPageStyles } from './entity-page.styles.js';

const backIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M7.35 3.15a.5.5 0 0 1 0 .7L3.71 7.5H13.5a.5.5 0 0 1 0 1H3.7l3.65 3.65a.5.5 0 0 1-.7.7l-4.5-4.5a.5.5 0 0 1 0-.7l4.5-4.5a.5.5 0 0 1 .7 0Z" />
</svg>`;


/** Only web addresses from data become links; `safeHref` alone would also let `mailto:` through. */
function webHref(url: string): string | undefined {
  const href = safeHref(url);
  return href && /^https?:/i.test(href) ? href : undefined;
}

/**
 * The page of one entity (a device, a user, a mailbox, a file, ...): who or what it is on the
 * left, its timeline in the centre, and what is known around it on the right — when it was first
 * and last seen, the incidents that name it, and its most frequent activities. Three columns on a
 * wide screen, one above the other when narrow.
 *
 * The page needs `soc-entity-timeline` registered for its centre column (its `define` module
 * registers both) and an `IncidentApi` with the `entityPages` capability from an enclosing
 * `<soc-api-provider>`.
 *
 * @summary Entity details, timeline and insights.
 *
 * @fires soc-request-close - The back button was pressed (shown when `backLabel` is set); the host navigates back.
 * @fires soc-incident-open - A related incident was pressed; `detail.incident` names it (ID, name, severity, status).
 *
 * @csspart back-button - The back button at the top.
 * @csspart header - Icon, name, type, verdict, remediation status and tags.
 * @csspart details - The "Overview" column.
 * @csspart timeline - The centre column holding the timeline.
 * @csspart insights - The "Insights" column.
 * @csspart playbooks - "Run playbook" on the entity and its runs (a client with playbooks).
 * @csspart incident-button - A related incident's button.
 *
 * @cssproperty --soc-color-background - Page and column background.
 * @cssproperty --soc-color-border - Column borders and dividers.
 * @cssproperty --soc-color-accent - Links, related incidents and activity bars.
 * @cssproperty --soc-color-danger - Marker of a malicious verdict; error headings.
 * @cssproperty --soc-color-warning - Marker of a suspicious verdict.
 * @cssproperty --soc-color-success - Marker of a verdict of no threats found.
 * @cssproperty --soc-color-severity-high - Marker of high-severity incidents.
 * @cssproperty --soc-color-severity-medium - Marker of medium-severity incidents.
 * @cssproperty --soc-color-severity-low - Marker of low-severity incidents.
 * @cssproperty --soc-color-severity-informational - Marker of informational incidents.
 */
export class SocEntityPage extends SocElement {
  static override styles = [verdictMarkerStyles, baseStyles, skeletonStyles, severityMarkerStyles, entityPageStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the entity to show (as in `Entity.id`). */
  @property({ attribute: 'entity-id' }) entityId?: string;

  /** The current time, for relative times and the timeline's ranges; a host may pin it (stories, tests). */
  @property({ attribute: false }) clock: () => number = Date.now;

  /** Text of a back button at the top (e.g. "Back to incident"); without it there is no back button. */
  @property({ attribute: 'back-label' }) backLabel?: string;

  private get supported(): boolean {
    return this.api?.capabilities.has('entityPages') ?? false;
  }

  private readonly entityTask = new Task(this, {
    task: ([api, id, supported], { signal }) => (api && id && supported ? api.getEntity(id, { signal }) : initialState),
    args: () => [this.api, this.entityId, this.supported] as const,
  });

  private readonly insightsTask = new Task(this, {
    task: ([api, id, supported], { signal }) =>
      api && id && supported ? api.getEntityInsights(id, { signal }) : initialState,
    args: () => [this.api, this.entityId, this.supported] as const,
  });

  /** Loads the entity and its insights again. */
  refresh(): void {
    void this.entityTask.run();
    void this.insightsTask.run();
  }

  override render() {
    return html`${this.renderBack()}${this.renderBody()}`;
  }

  private renderBack() {
    if (!this.backLabel) return nothing;
    return html`<div class="back-row">
      <button type="button" class="back" part="back-button" @click=${() => this.emit(new RequestCloseEvent())}>
        ${backIcon}<span>${this.backLabel}</span>
      </button>
    </div>`;
  }

  private renderBody() {
    if (!this.entityId) {
      return html`<div class="state"><p class="muted">No entity selected.</p></div>`;
    }
    if (this.api && !this.supported) {
      return html`<div class="state" role="status">
        <h1>Entity pages aren't available</h1>
        <p>The connected incident service doesn't provide entity details, timelines or insights.</p>
      </div>`;
    }
    return this.entityTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (entity) => this.renderEntity(entity),
    });
  }

  private renderLoading() {
    return html`<div class="skeleton page-skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading entity…</p>
      <div class="skeleton-header"><span></span><span></span></div>
      <div class="columns">
        <div class="column"><span></span><span></span><span></span><span></span><span></span></div>
        <div class="column"><span></span><span></span><span></span></div>
        <div class="column"><span></span><span></span><span></span><span></span></div>
      </div>
    </div>`;
  }

  private renderError(error: unknown) {
    if (ApiError.is(error, 'notFound')) {
      return html`<div class="state error" role="alert">
        <h1>Entity not found</h1>
        <p>${error.message}</p>
        <p class="muted">It may have been removed, or the link that led here is out of date.</p>
      </div>`;
    }
    const described = describeApiError(error, { action: 'view entities', loading: 'the entity' });
    return html`<div class="state error" role="alert">
      <h1>${described.title}</h1>
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Retry</button>` : nothing}
    </div>`;
  }

  private renderEntity(entity: Entity) {
    return html`${this.renderHeader(entity)}
      <div class="columns">
        <section class="column details" part="details" aria-labelledby="details-heading">
          <h2 id="details-heading">Overview</h2>
          ${this.renderFields(entityFields(entity))}
        </section>
        <div class="column timeline" part="timeline">${this.renderTimeline(entity)} ${this.renderPlaybooks(entity)}</div>
        <section class="column insights" part="insights" aria-labelledby="insights-heading">
          <h2 id="insights-heading">Insights</h2>
          ${this.renderInsightsState()}
        </section>
      </div>`;
  }

  /** "Run playbook" on this entity, offering the playbooks that run on its type, and its runs. */
  private renderPlaybooks(entity: Entity) {
    if (!this.api?.capabilities.has('playbooks')) return nothing;
    return html`<soc-playbook-runner
      class="playbooks"
      part="playbooks"
      .target=${{ kind: 'entity', id: entity.id }}
      .entityType=${entity.type}
      target-name=${entity.displayName || entity.id}
    ></soc-playbook-runner>`;
  }

  private renderHeader(entity: Entity) {
    const typeLabel = ENTITY_TYPE_LABELS[entity.type] ?? entity.type;
    return html`<header part="header">
      <div class="title-row">
        <span class="type-badge">${entityIcon(entity.type)}</span>
        <div class="title">
          <h1>${entity.displayName || entity.id}</h1>
          <span class="type">${typeLabel}</span>
        </div>
      </div>
      <dl class="facts">
        <div>
          <dt>Verdict</dt>
          <dd>${verdictMarker(entity.verdict)}</dd>
        </div>
        <div>
          <dt>Remediation status</dt>
          <dd class="remediation-status">
            ${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}
          </dd>
        </div>
      </dl>
      ${entity.tags.length === 0
        ? nothing
        : html`<ul class="tags" aria-label="Tags">
            ${entity.tags.map((tag) => html`<li>${tag}</li>`)}
          </ul>`}
    </header>`;
  }

  private renderFields(fields: EntityField[]) {
    return html`<dl class="fields">
      ${fields.map(
        (field) => html`<div class="field">
          <dt>${field.label}</dt>
          <dd>${this.renderFieldValue(field)}</dd>
        </div>`,
      )}
    </dl>`;
  }

  private renderFieldValue(field: EntityField) {
    if (field.kind === 'list') {
      return field.values.length === 0
        ? html`<span class="none">—</span>`
        : html`<ul class="values">
            ${field.values.map((value) => html`<li>${value}</li>`)}
          </ul>`;
    }
    if (!field.value) return html`<span class="none">—</span>`;
    if (field.kind === 'code') return html`<code>${field.value}</code>`;
    if (field.kind === 'url') {
      const href = webHref(field.value);
      return href
        ? html`<a class="url" href=${href} target="_blank" rel="noopener noreferrer nofollow">${field.value}</a>`
        : html`<code>${field.value}</code>`;
    }
    return field.value;
  }

  private renderTimeline(entity: Entity) {
    if (!this.api?.capabilities.has('entityTimeline')) {
      return html`<h2>Timeline</h2>
        <p class="muted">The connected incident service doesn't provide entity timelines.</p>`;
    }
    return html`<soc-entity-timeline .entityId=${entity.id} .clock=${this.clock}></soc-entity-timeline>`;
  }

  private renderInsightsState() {
    return this.insightsTask.render({
      initial: () => this.renderInsightsLoading(),
      pending: () => this.renderInsightsLoading(),
      error: (error) => this.renderInsightsError(error),
      complete: (insights) => this.renderInsights(insights),
    });
  }

  private renderInsightsLoading() {
    return html`<div class="skeleton insights-skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">Loading insights…</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderInsightsError(error: unknown) {
    const described = describeApiError(error, { action: 'view entity insights', loading: 'insights' });
    return html`<div class="inline-error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => void this.insightsTask.run()}>Retry</button>`
        : nothing}
    </div>`;
  }

  private renderInsights(insights: EntityInsights) {
    const now = this.clock();
    return html`<dl class="seen">
        <div>
          <dt>First seen</dt>
          <dd class="first-seen">
            ${formatDateTime(insights.firstSeen)}
            <span class="relative">${formatRelative(insights.firstSeen, now)}</span>
          </dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd class="last-seen">
            ${formatDateTime(insights.lastSeen)}
            <span class="relative">${formatRelative(insights.lastSeen, now)}</span>
          </dd>
        </div>
      </dl>
      <section class="related" aria-labelledby="related-heading">
        <h3 id="related-heading">
          Related incidents <span class="count">${insights.relatedIncidents.length}</span>
        </h3>
        ${insights.relatedIncidents.length === 0
          ? html`<p class="muted">No incidents name this entity.</p>`
          : html`<ul class="incidents">
              ${insights.relatedIncidents.map((incident) => this.renderRelatedIncident(incident))}
            </ul>`}
      </section>
      <section class="activities" aria-labelledby="activities-heading">
        <h3 id="activities-heading">Most frequent activities</h3>
        ${this.renderActivities(insights.mostFrequentActivities)}
      </section>`;
  }

  private renderRelatedIncident(incident: IncidentRef) {
    return html`<li>
      <button
        type="button"
        class="incident"
        part="incident-button"
        data-incident-id=${incident.id}
        @click=${() => this.emit(new IncidentOpenEvent(incident))}
      >
        <span class="incident-name">${incident.displayName || incident.id}</span>
        <span class="incident-facts">
          ${severityMarker(incident.severity)}
          <span class="incident-status">${INCIDENT_STATUS_LABELS[incident.status] ?? incident.status}</span>
          <span class="incident-id">ID ${incident.id}</span>
        </span>
      </button>
    </li>`;
  }

  private renderActivities(activities: EntityInsights['mostFrequentActivities']) {
    if (activities.length === 0) return html`<p class="muted">No recent activity.</p>`;
    const most = Math.max(...activities.map((activity) => activity.count), 1);
    return html`<ol class="activity-list">
      ${activities.map(
        (activity) => html`<li>
          <span class="activity-title">${activity.title}</span>
          <span class="activity-count">${formatCount(activity.count)}</span>
          <span class="bar" aria-hidden="true"
            ><span ${styleProps({ width: `${Math.max(2, (activity.count / most) * 100)}%` })}></span
          ></span>
        </li>`,
      )}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-entity-page': SocEntityPage;
  }
}
