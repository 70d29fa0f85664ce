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
import { ASSET_KINDS, LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonPageStyles, skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { incidentSummaryStyles } from './incident-summary.styles.js';
import { summaryCatalog } from './messages.js';
import { isRedirected } from '../merge/merge-rules.js';

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
 * @fires soc-incident-open - "Open incident page" was pressed; `detail.incident` is the incident. For an incident merged
 *   into another, the button is "Open incident 456" and `detail.incident` still the merged one: its page leads on to
 *   `redirectIncidentId`.
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
  static override styles = [baseStyles, skeletonStyles, skeletonPageStyles, severityMarkerStyles, incidentSummaryStyles];

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

  private readonly l10n = new LocaleController(this, summaryCatalog);

  private readonly incidentTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.getIncident(id, { signal }) : initialState),
    // The given incident's etag is an argument so that a newer version handed in triggers a refresh.
    args: () => [this.api, this.shownId, this.incident?.etag] as const,
  });

  private readonly alertsTask = new Task(this, {
    task: ([api, id], { signal }) => (api && id ? api.listIncidentAlerts(id, { signal }) : initialState),
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
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
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
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
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
      ${this.renderStateHeader(this.l10n.t('notFound'))}
      <p dir="auto">${error.message}</p>
    </div>`;
  }

  private renderError(error: unknown) {
    const described = describeApiError(error, { action: this.l10n.t('actionView') }, this.l10n);
    return html`<div class="state error" role="alert">
      ${this.renderStateHeader(described.title)}
      <p>${described.message}</p>
      ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>` : nothing}
    </div>`;
  }

  private renderIncident(incident: Incident, refreshFailure: unknown) {
    // A merged incident has nothing left to manage: the pane says where it went and offers to open that.
    const redirectedTo = isRedirected(incident) ? incident.redirectIncidentId! : undefined;
    return html`<article class="pane" part="pane" aria-labelledby="name">
      <header part="header">
        <div class="eyebrow">
          ${severityMarker(incident.severity, this.l10n)}
          <span>${this.l10n.t(`status.${incident.status}`)}</span>
          <span>${this.l10n.t('incidentId', { id: incident.id })}</span>
        </div>
        ${this.renderCloseButton()}
        <h2 id="name"><bdi>${incident.displayName}</bdi></h2>
        <div class="actions">
          ${this.openPage
            ? html`<button
                type="button"
                class="primary"
                part="open-button"
                @click=${() => this.emit(new IncidentOpenEvent(incident))}
              >
                ${redirectedTo ? this.l10n.t('openTarget', { id: redirectedTo }) : this.l10n.t('openPage')}
              </button>`
            : nothing}
          ${redirectedTo
            ? nothing
            : html`<button
                type="button"
                class=${this.openPage ? '' : 'primary'}
                part="manage-button"
                @click=${() => this.emit(new RequestManageEvent([incident]))}
              >
                ${this.l10n.t('manage')}
              </button>`}
        </div>
      </header>
      ${redirectedTo
        ? html`<p class="notice redirect-notice" role="status">
            ${this.l10n.markup('redirected', { from: html`<bdi>${incident.id}</bdi>`, to: html`<bdi>${redirectedTo}</bdi>` })}
          </p>`
        : nothing}
      ${refreshFailure === undefined ? nothing : this.renderRefreshFailure(refreshFailure)}
      ${this.renderDescription(incident)} ${this.renderDetails(incident)} ${this.renderAlerts(incident)} ${this.renderAssets(incident.impactedAssets)}
      ${this.renderTactics(incident)} ${this.renderTags(incident)}
    </article>`;
  }

  private renderCloseButton() {
    return html`<button
      type="button"
      class="icon"
      part="close-button"
      aria-label=${this.l10n.t('action.close')}
      title=${this.l10n.t('action.close')}
      @click=${() => this.emit(new RequestCloseEvent())}
    >
      ${closeIcon}
    </button>`;
  }

  private renderRefreshFailure(error: unknown) {
    const described = describeApiError(error, { action: this.l10n.t('actionView') }, this.l10n);
    return html`<section>
      <p class="inline-error" role="alert">
        <span>${this.l10n.t('refreshFailed', { message: described.message })}</span>
        ${described.canRetry ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>` : nothing}
      </p>
    </section>`;
  }

  /** What the incident is about, and how it was closed: the analyst's words, shown as written. */
  private renderDescription(incident: Incident) {
    return html`<section aria-labelledby="description-heading">
        <h3 id="description-heading">${this.l10n.t('field.description')}</h3>
        ${incident.description
          ? html`<p class="prose description" dir="auto">${incident.description}</p>`
          : html`<p class="muted">${this.l10n.t('state.noDescription')}</p>`}
      </section>
      ${incident.resolvingComment
        ? html`<section aria-labelledby="resolving-comment-heading">
            <h3 id="resolving-comment-heading">${this.l10n.t('resolvingComment')}</h3>
            <p class="prose resolving-comment" dir="auto">${incident.resolvingComment}</p>
          </section>`
        : nothing}`;
  }

  private renderDetails(incident: Incident) {
    const truePositive = incident.classification === 'truePositive';
    return html`<section aria-labelledby="details-heading">
      <h3 id="details-heading">${this.l10n.t('detailsHeading')}</h3>
      <dl>
        <dt>${this.l10n.t('status')}</dt>
        <dd>${this.l10n.t(`status.${incident.status}`)}</dd>
        <dt>${this.l10n.t('severity')}</dt>
        <dd>${severityMarker(incident.severity, this.l10n)}</dd>
        <dt>${this.l10n.t('idLabel')}</dt>
        <dd><bdi>${incident.id}</bdi></dd>
        <dt>${this.l10n.t('assignedTo')}</dt>
        <dd>${incident.assignedTo ? html`<bdi>${incident.assignedTo}</bdi>` : this.l10n.t('state.unassigned')}</dd>
        <dt>${this.l10n.t('classification')}</dt>
        <dd>${this.l10n.t(`classification.${incident.classification}`)}</dd>
        ${truePositive || incident.determination !== 'unknown'
          ? html`<dt>${this.l10n.t('determination')}</dt>
              <dd>${this.l10n.t(`determination.${incident.determination}`)}</dd>`
          : nothing}
        ${incident.categories.length
          ? html`<dt>${this.l10n.t('categories')}</dt>
              <dd>${this.l10n.list(incident.categories.map((category) => this.l10n.category(category)))}</dd>`
          : nothing}
        <dt>${this.l10n.t('firstActivity')}</dt>
        <dd>${this.renderTime(incident.firstActivityDateTime)}</dd>
        <dt>${this.l10n.t('lastActivity')}</dt>
        <dd>${this.renderTime(incident.lastActivityDateTime)}</dd>
      </dl>
    </section>`;
  }

  private renderAlerts(incident: Incident) {
    return html`<section aria-labelledby="alerts-heading">
      <h3 id="alerts-heading">${this.l10n.t('alertsHeading')}</h3>
      <p class="alert-count">
        ${this.l10n.t('activeAlerts', { active: incident.activeAlertCount, count: incident.alertCount })}
      </p>
      ${this.alertsTask.render({
        initial: () => nothing,
        pending: () => html`<p class="muted" role="status">${this.l10n.t('loadingAlerts')}</p>`,
        error: (error) => {
          const described = describeApiError(error, { action: this.l10n.t('actionViewAlerts') }, this.l10n);
          return html`<p class="inline-error" role="alert">
            <span>${this.l10n.t('alertsFailed', { message: described.message })}</span>
            ${described.canRetry
              ? html`<button type="button" @click=${() => void this.alertsTask.run()}>${this.l10n.t('action.retry')}</button>`
              : nothing}
          </p>`;
        },
        complete: (alerts) => this.renderAlertList(alerts),
      })}
    </section>`;
  }

  private renderAlertList(alerts: Alert[]) {
    if (alerts.length === 0) return html`<p class="muted">${this.l10n.t('noAlerts')}</p>`;
    const shown = alerts.slice(0, Math.max(0, this.alertLimit));
    const more = alerts.length - shown.length;
    return html`<ul class="alerts">
        ${shown.map(
          (alert) => html`<li>
            <bdi class="alert-title">${alert.title}</bdi>
            ${severityMarker(alert.severity, this.l10n)}
          </li>`,
        )}
      </ul>
      ${more > 0 ? html`<p class="more">${this.l10n.t('moreAlerts', { count: more })}</p>` : nothing}`;
  }

  private renderAssets(assets: ImpactedAssets) {
    const present = ASSET_KINDS.filter((kind) => assets[kind] > 0);
    return html`<section aria-labelledby="assets-heading">
      <h3 id="assets-heading">${this.l10n.t('assetsHeading')}</h3>
      ${present.length === 0
        ? html`<p class="muted">${this.l10n.t('noAssets')}</p>`
        : html`<ul class="assets">
            ${present.map(
              (kind) => html`<li>${this.l10n.t(`assets.${kind}`, { count: assets[kind] })}</li>`,
            )}
          </ul>`}
    </section>`;
  }

  private renderTactics(incident: Incident) {
    return html`<section aria-labelledby="tactics-heading">
      <h3 id="tactics-heading">${this.l10n.t('tacticsHeading')}</h3>
      ${this.renderChips(
        incident.tactics.map((tactic) => this.l10n.t(`tactic.${tactic}`)),
        this.l10n.t('noTactics'),
      )}
    </section>`;
  }

  private renderTags(incident: Incident) {
    return html`<section aria-labelledby="tags-heading">
      <h3 id="tags-heading">${this.l10n.t('tagsHeading')}</h3>
      ${incident.customTags.length + incident.systemTags.length === 0
        ? html`<p class="muted">${this.l10n.t('noTags')}</p>`
        : html`<ul class="chips">
            ${incident.customTags.map((tag) => html`<li><bdi>${tag}</bdi></li>`)}
            ${incident.systemTags.map((tag) => html`<li class="system" title=${this.l10n.t('systemTag')}><bdi>${tag}</bdi></li>`)}
          </ul>`}
    </section>`;
  }

  private renderTime(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
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
