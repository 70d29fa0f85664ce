import { consume } from '@lit/context';
import { initialState, Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Entity, EntityInsights, IncidentRef } from '../api/model.js';
import { HeadingFocusController } from '../controllers/heading-focus-controller.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { RequestCloseEvent } from '../events/request-close.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { entityIcon } from '../internal/entity-icons.js';
import { safeHref } from '../internal/format.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { styleProps } from '../internal/style-props.js';
import { verdictMarker, verdictMarkerStyles } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { entityFields, type EntityField } from './entity-details.js';
import { entityPageStyles } from './entity-page.styles.js';
import { entityPageCatalog } from './messages.js';

const backIcon = html`<svg class="back-icon" viewBox="0 0 16 16" aria-hidden="true">
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
 * A host that opens the page calls `focusHeading()`: focus goes to the page's `h1` (the entity's
 * name, or what went wrong) as soon as it shows.
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

  /**
   * Text of a back button at the top (e.g. "Back to incident"), in the reader's language: the host
   * supplies it, and it is shown as given (isolated, like data). Without it there is no back button.
   */
  @property({ attribute: 'back-label' }) backLabel?: string;

  private readonly l10n = new LocaleController(this, entityPageCatalog);

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

  private readonly headingFocus = new HeadingFocusController(this, () => this.renderRoot.querySelector<HTMLElement>('h1'));

  /** Loads the entity and its insights again. */
  refresh(): void {
    void this.entityTask.run();
    void this.insightsTask.run();
  }

  /**
   * Moves focus to the page's heading — the entity's name, or what went wrong — now, or once the
   * entity has loaded (unless focus has moved elsewhere by then). A host calls it when it opens the page.
   */
  focusHeading(): void {
    this.headingFocus.focus();
  }

  override render() {
    return html`${this.renderBack()}${this.renderBody()}`;
  }

  private renderBack() {
    if (!this.backLabel) return nothing;
    return html`<div class="back-row">
      <button type="button" class="back" part="back-button" @click=${() => this.emit(new RequestCloseEvent())}>
        ${backIcon}<bdi>${this.backLabel}</bdi>
      </button>
    </div>`;
  }

  private renderBody() {
    if (!this.entityId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('noEntity')}</p></div>`;
    }
    if (this.api && !this.supported) {
      return html`<div class="state" role="status">
        <h1 tabindex="-1">${this.l10n.t('unsupportedTitle')}</h1>
        <p>${this.l10n.t('unsupportedBody')}</p>
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
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
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
        <h1 tabindex="-1">${this.l10n.t('notFound')}</h1>
        <p dir="auto">${error.message}</p>
        <p class="muted">${this.l10n.t('notFoundHint')}</p>
      </div>`;
    }
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingEntity') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h1 tabindex="-1">${described.title}</h1>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderEntity(entity: Entity) {
    return html`${this.renderHeader(entity)}
      <div class="columns">
        <section class="column details" part="details" aria-labelledby="details-heading">
          <h2 id="details-heading">${this.l10n.t('overview')}</h2>
          ${this.renderFields(entityFields(entity, this.l10n))}
        </section>
        <div class="column timeline" part="timeline">${this.renderTimeline(entity)} ${this.renderPlaybooks(entity)}</div>
        <section class="column insights" part="insights" aria-labelledby="insights-heading">
          <h2 id="insights-heading">${this.l10n.t('insights')}</h2>
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
    const typeLabel = this.l10n.t(`entityType.${entity.type}`);
    return html`<header part="header">
      <div class="title-row">
        <span class="type-badge">${entityIcon(entity.type)}</span>
        <div class="title">
          <h1 dir="auto" tabindex="-1">${entity.displayName || entity.id}</h1>
          <span class="type">${typeLabel}</span>
        </div>
      </div>
      <dl class="facts">
        <div>
          <dt>${this.l10n.t('field.verdict')}</dt>
          <dd>${verdictMarker(entity.verdict, this.l10n)}</dd>
        </div>
        <div>
          <dt>${this.l10n.t('field.remediationStatus')}</dt>
          <dd class="remediation-status">${this.l10n.t(`remediationStatus.${entity.remediationStatus}`)}</dd>
        </div>
      </dl>
      ${entity.tags.length === 0
        ? nothing
        : html`<ul class="tags" aria-label=${this.l10n.t('field.tags')}>
            ${entity.tags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
          </ul>`}
    </header>`;
  }

  private renderFields(fields: EntityField[]) {
    return html`<dl class="fields">
      ${fields.map(
        (field) => html`<div class="field">
          <dt>${field.dataLabel ? html`<bdi>${field.label}</bdi>` : field.label}</dt>
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
            ${field.values.map((value) => html`<li><bdi>${value}</bdi></li>`)}
          </ul>`;
    }
    if (!field.value) return html`<span class="none">—</span>`;
    if (field.kind === 'code') return html`<code dir="auto">${field.value}</code>`;
    if (field.kind === 'url') {
      const href = webHref(field.value);
      return href
        ? html`<a class="url" href=${href} target="_blank" rel="noopener noreferrer nofollow" dir="auto">${field.value}</a>`
        : html`<code dir="auto">${field.value}</code>`;
    }
    return html`<bdi>${field.value}</bdi>`;
  }

  private renderTimeline(entity: Entity) {
    if (!this.api?.capabilities.has('entityTimeline')) {
      return html`<h2>${this.l10n.t('timeline')}</h2>
        <p class="muted">${this.l10n.t('noTimelines')}</p>`;
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
      <p class="visually-hidden" role="status">${this.l10n.t('loadingInsights')}</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderInsightsError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionViewInsights'), loading: this.l10n.t('loadingInsightsWhat') },
      this.l10n,
    );
    return html`<div class="inline-error" role="alert">
      <h3>${described.title}</h3>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => void this.insightsTask.run()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderInsights(insights: EntityInsights) {
    const now = this.clock();
    return html`<dl class="seen">
        <div>
          <dt>${this.l10n.t('field.firstSeen')}</dt>
          <dd class="first-seen">
            ${this.renderTime(insights.firstSeen)}
            <span class="relative">${this.l10n.relative(insights.firstSeen, now)}</span>
          </dd>
        </div>
        <div>
          <dt>${this.l10n.t('lastSeen')}</dt>
          <dd class="last-seen">
            ${this.renderTime(insights.lastSeen)}
            <span class="relative">${this.l10n.relative(insights.lastSeen, now)}</span>
          </dd>
        </div>
      </dl>
      <section class="related" aria-labelledby="related-heading">
        <h3 id="related-heading">
          ${this.l10n.t('relatedIncidents')} <span class="count">${this.l10n.count(insights.relatedIncidents.length)}</span>
        </h3>
        ${insights.relatedIncidents.length === 0
          ? html`<p class="muted">${this.l10n.t('noRelatedIncidents')}</p>`
          : html`<ul class="incidents">
              ${insights.relatedIncidents.map((incident) => this.renderRelatedIncident(incident))}
            </ul>`}
      </section>
      <section class="activities" aria-labelledby="activities-heading">
        <h3 id="activities-heading">${this.l10n.t('mostFrequentActivities')}</h3>
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
        <span class="incident-name" dir="auto">${incident.displayName || incident.id}</span>
        <span class="incident-facts">
          ${severityMarker(incident.severity, this.l10n)}
          <span class="incident-status">${this.l10n.t(`status.${incident.status}`)}</span>
          <span class="incident-id">${this.l10n.t('incidentId', { id: incident.id })}</span>
        </span>
      </button>
    </li>`;
  }

  private renderTime(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
  }

  private renderActivities(activities: EntityInsights['mostFrequentActivities']) {
    if (activities.length === 0) return html`<p class="muted">${this.l10n.t('noActivity')}</p>`;
    const most = Math.max(...activities.map((activity) => activity.count), 1);
    return html`<ol class="activity-list">
      ${activities.map(
        (activity) => html`<li>
          <span class="activity-title" dir="auto">${activity.title}</span>
          <span class="activity-count">${this.l10n.count(activity.count)}</span>
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
