import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert } from '../api/model.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { RequestAlertActionEvent, type AlertAction } from '../events/request-alert-action.js';
import { RequestCloseEvent } from '../events/request-close.js';
import { LocaleController } from '../i18n/localizer.js';
import { severityMarker, severityMarkerStyles } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles } from '../styles/tokens.js';
import { alertSummaryStyles } from './alert-summary.styles.js';
import { alertQueueCatalog } from './messages.js';

const closeIcon = html`<svg viewBox="0 0 16 16" aria-hidden="true">
  <path d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;

/**
 * The summary pane of one alert, as beside the portal's alert queue: what happened, its severity,
 * status and classification, its evidence, the incident it belongs to, recommended actions, and
 * the ways on: "Manage alert", "Link alert to another incident" and "Run playbook". Actions the
 * backend lacks (`updateAlerts`, `linkAlerts`, `playbooks`) are not offered; `readOnly` (a reader)
 * leaves out the two that change the alert.
 *
 * @summary Summary pane for the selected alert of the alert queue.
 *
 * @fires soc-request-alert-action - "Manage alert" (`detail.action` 'manage') or "Link alert to another incident" ('link') was pressed; `detail.alerts` holds this alert. Cancelable.
 * @fires soc-incident-open - The alert's name (`detail.alertId` set: open the incident page on the alert) or its incident was chosen. `detail.incident.id`.
 * @fires soc-request-close - The close button was pressed; the owner hides the pane. Cancelable.
 *
 * @csspart pane - The summary.
 * @csspart header - Severity, status, name and the action buttons.
 * @csspart close-button - The close button.
 */
export class SocAlertSummary extends SocElement {
  static override styles = [baseStyles, severityMarkerStyles, alertSummaryStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** The alert to show. */
  @property({ attribute: false }) alert?: Alert;

  /** The person may only read: "Manage alert" and "Link alert…" are not offered. */
  @property({ type: Boolean, attribute: 'read-only' }) readOnly = false;

  private readonly l10n = new LocaleController(this, alertQueueCatalog);

  /** Puts focus on the close button, where keyboard users start in a freshly opened pane. */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus(options);
  }

  override render() {
    const alert = this.alert;
    if (!alert) return nothing;
    const l10n = this.l10n;
    const truePositive = alert.classification === 'truePositive';
    return html`<article class="pane" part="pane" aria-labelledby="name">
      <header part="header">
        <div class="eyebrow">
          ${severityMarker(alert.severity, l10n)}
          <span>${l10n.t(`alertStatus.${alert.status}`)}</span>
          <span>${l10n.t('alertId', { id: alert.id })}</span>
        </div>
        <button
          type="button"
          class="icon close"
          part="close-button"
          aria-label=${l10n.t('closeSummary')}
          title=${l10n.t('action.close')}
          @click=${() => this.emit(new RequestCloseEvent())}
        >
          ${closeIcon}
        </button>
        <h2 id="name">
          <button type="button" class="title-link" dir="auto" title=${l10n.t('openIncidentOnAlert')} @click=${this.#openOnAlert}>
            ${alert.title}
          </button>
        </h2>
        ${this.#renderActions(alert)}
      </header>
      <section aria-labelledby="what-heading">
        <h3 id="what-heading">${l10n.t('whatHappened')}</h3>
        ${alert.description
          ? html`<p class="prose" dir="auto">${alert.description}</p>`
          : html`<p class="muted">${l10n.t('state.noDescription')}</p>`}
      </section>
      <section aria-labelledby="details-heading">
        <h3 id="details-heading">${l10n.t('detailsHeading')}</h3>
        <dl>
          <dt>${l10n.t('field.severity')}</dt>
          <dd>${severityMarker(alert.severity, l10n)}</dd>
          <dt>${l10n.t('field.status')}</dt>
          <dd>${l10n.t(`alertStatus.${alert.status}`)}</dd>
          <dt>${l10n.t('field.classification')}</dt>
          <dd>${l10n.t(`classification.${alert.classification}`)}</dd>
          ${truePositive || alert.determination !== 'unknown'
            ? html`<dt>${l10n.t('field.determination')}</dt>
                <dd>${l10n.t(`determination.${alert.determination}`)}</dd>`
            : nothing}
          <dt>${l10n.t('column.assignedTo')}</dt>
          <dd>${alert.assignedTo ? html`<bdi>${alert.assignedTo}</bdi>` : l10n.t('state.unassigned')}</dd>
          <dt>${l10n.t('field.category')}</dt>
          <dd>${alert.category ? l10n.category(alert.category) : '—'}</dd>
          <dt>${l10n.t('field.detectionSource')}</dt>
          <dd>${l10n.t(`detectionSource.${alert.detectionSource}`)}</dd>
          <dt>${l10n.t('field.serviceSource')}</dt>
          <dd>${l10n.t(`serviceSource.${alert.serviceSource}`)}</dd>
          <dt>${l10n.t('field.firstActivity')}</dt>
          <dd>${this.#time(alert.firstActivityDateTime)}</dd>
          <dt>${l10n.t('field.lastActivity')}</dt>
          <dd>${this.#time(alert.lastActivityDateTime)}</dd>
        </dl>
        ${alert.tags.length > 0
          ? html`<ul class="chips" aria-label=${l10n.t('field.tags')}>
              ${alert.tags.map((tag) => html`<li class="system"><bdi>${tag}</bdi></li>`)}
            </ul>`
          : nothing}
      </section>
      <section aria-labelledby="incident-heading">
        <h3 id="incident-heading">${l10n.t('incidentHeading')}</h3>
        <button type="button" class="link" data-action="open-incident" @click=${this.#openIncident}>
          ${l10n.markup('incidentLink', { id: html`<bdi>${alert.incidentId}</bdi>` })}
        </button>
      </section>
      <section aria-labelledby="evidence-heading">
        <h3 id="evidence-heading">${l10n.t('field.evidence')}</h3>
        ${alert.evidence.length === 0
          ? html`<p class="muted">${l10n.t('state.noEvidence')}</p>`
          : html`<ul class="evidence">
              ${alert.evidence.map(
                (entity) => html`<li>
                  <span class="evidence-name" dir="auto">${entity.displayName}</span>
                  <span class="muted">${l10n.t(`entityType.${entity.type}`)}</span>
                  <span class="muted">${l10n.t(`verdict.${entity.verdict}`)}</span>
                </li>`,
              )}
            </ul>`}
      </section>
      <section aria-labelledby="actions-heading">
        <h3 id="actions-heading">${l10n.t('field.recommendedActions')}</h3>
        ${alert.recommendedActions
          ? html`<p class="prose" dir="auto">${alert.recommendedActions}</p>`
          : html`<p class="muted">${l10n.t('state.noRecommendedActions')}</p>`}
      </section>
      ${!this.api || this.api.capabilities.has('playbooks')
        ? html`<section class="playbooks" aria-label=${l10n.t('playbooksLabel')}>
            <soc-playbook-runner .target=${{ kind: 'alert', id: alert.id }} incident-id=${alert.incidentId} target-name=${alert.title}></soc-playbook-runner>
          </section>`
        : nothing}
    </article>`;
  }

  #renderActions(alert: Alert) {
    const capabilities = this.api?.capabilities;
    const can = (capability: 'updateAlerts' | 'linkAlerts') => !capabilities || capabilities.has(capability);
    const action = (name: AlertAction, label: string, primary: boolean) =>
      html`<button type="button" class=${primary ? 'primary' : ''} data-action=${name} @click=${() => this.#request(name, alert)}>
        ${label}
      </button>`;
    const manage = !this.readOnly && can('updateAlerts');
    const link = !this.readOnly && can('linkAlerts');
    if (!manage && !link) return nothing;
    return html`<div class="actions">
      ${manage ? action('manage', this.l10n.t('manageAlert'), true) : nothing}
      ${link ? action('link', this.l10n.t('linkAlert'), !manage) : nothing}
    </div>`;
  }

  #request(action: AlertAction, alert: Alert): void {
    this.emit(new RequestAlertActionEvent(action, [alert]));
  }

  #openOnAlert(): void {
    if (this.alert) this.emit(new IncidentOpenEvent({ id: this.alert.incidentId }, this.alert.id));
  }

  #openIncident(): void {
    if (this.alert) this.emit(new IncidentOpenEvent({ id: this.alert.incidentId }));
  }

  #time(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-alert-summary': SocAlertSummary;
  }
}
