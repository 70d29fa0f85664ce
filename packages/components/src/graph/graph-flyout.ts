import { renderIsolated } from '../i18n/isolate.js';
import { html, nothing } from 'lit';
import type { Alert, Evidence } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { alertIcon, entityIcon } from '../internal/entity-icons.js';
import { safeHref } from '../internal/format.js';
import { closeIcon } from '../internal/icons.js';
import { severityMarker } from '../internal/severity-marker.js';
import { verdictMarker } from '../internal/verdict-marker.js';
import { entityFields, type EntityField } from './entity-fields.js';
import { alertKey, entityKey } from './graph-model.js';
import type { graphMessages } from './messages.js';

type L10n = Localizer<typeof graphMessages>;

/**
 * The flyout of the selected node: the entity's details (type, name, verdict, remediation status,
 * roles, its main fields, the alerts it appears in) or the alert's (title, severity, status,
 * sources, times, its entities). Every value from the API is bound as text, isolated for
 * right-to-left text; a URL becomes a link only when it is http or https. Words are those of `l10n`.
 */

export interface FlyoutHandlers {
  close: () => void;
  /** Select another node of the graph (an alert or entity the flyout lists). */
  select: (key: string) => void;
  /** Present only when the client can open entity pages. */
  openEntity?: (entity: Evidence) => void;
}

/** Only http(s) URLs open; anything else (javascript:, data:, mailto:) stays text. */
function webHref(url: string | undefined): string | undefined {
  const href = safeHref(url);
  return href && /^https?:/i.test(href) ? href : undefined;
}

function renderField(field: EntityField) {
  const href = field.url === undefined ? undefined : webHref(field.url);
  return html`<dt>${field.dataLabel ? html`<bdi>${field.label}</bdi>` : field.label}</dt>
    <dd>
      ${href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer" dir="auto">${field.value}</a>`
        : field.translated
          ? html`<span class="value">${field.value}</span>`
          : html`<span class="value" dir="auto">${field.value}</span>`}
    </dd>`;
}

function header(eyebrow: unknown, title: string, handlers: FlyoutHandlers, l10n: L10n) {
  return html`<header>
    <div class="eyebrow">${eyebrow}</div>
    <button
      type="button"
      class="icon-button close"
      aria-label=${l10n.t('closeDetails')}
      title=${l10n.t('action.close')}
      @click=${handlers.close}
    >
      ${closeIcon}
    </button>
    <h2 id="flyout-title" tabindex="-1" dir="auto">${title}</h2>
  </header>`;
}

const renderTime = (iso: string | null | undefined, l10n: L10n) =>
  iso ? html`<time datetime=${iso}>${l10n.dateTime(iso)}</time>` : '—';

/** A MITRE tactic in words; any other category as the data has it, isolated. */
function renderCategory(category: string, l10n: L10n) {
  if (!category) return '—';
  const label = l10n.category(category);
  return renderIsolated(label);
}

export function renderEntityFlyout(entity: Evidence, alerts: Alert[], handlers: FlyoutHandlers, l10n: L10n) {
  const roles = l10n.list(
    entity.roles.map((role) => l10n.t(`evidenceRole.${role}`)),
    'unit',
  );
  const remediation = l10n.t(`remediationStatus.${entity.remediationStatus}`);
  return html`<section class="flyout" id="flyout" part="flyout" aria-labelledby="flyout-title">
    ${header(
      html`${entityIcon(entity.type)}<span>${l10n.t(`entityType.${entity.type}`)}</span>`,
      entity.displayName || entity.id,
      handlers,
      l10n,
    )}
    <div class="flyout-body">
      <div class="summary">
        ${verdictMarker(entity.verdict, l10n)}
        <span class="muted">${l10n.t('field.remediationSummary', { status: remediation })}</span>
      </div>
      ${handlers.openEntity
        ? html`<button type="button" class="primary" part="open-entity" @click=${() => handlers.openEntity!(entity)}>
            ${l10n.t('openEntityPage')}
          </button>`
        : nothing}
      <dl>
        <dt>${l10n.t('field.verdict')}</dt>
        <dd>${verdictMarker(entity.verdict, l10n)}</dd>
        <dt>${l10n.t('field.remediationStatus')}</dt>
        <dd>${remediation}</dd>
        <dt>${l10n.t('field.roles')}</dt>
        <dd>${roles || l10n.t('state.none')}</dd>
        ${entity.detailedRoles.length
          ? html`<dt>${l10n.t('field.detailedRoles')}</dt>
              <dd dir="auto">${entity.detailedRoles.join(', ')}</dd>`
          : nothing}
        ${entity.tags.length
          ? html`<dt>${l10n.t('field.tags')}</dt>
              <dd dir="auto">${entity.tags.join(', ')}</dd>`
          : nothing}
        ${entityFields(entity, l10n).map(renderField)}
        <dt>${l10n.t('field.firstSeen')}</dt>
        <dd>${renderTime(entity.createdDateTime, l10n)}</dd>
      </dl>
      <h3 id="flyout-alerts">${l10n.t('alertsHeading', { count: alerts.length })}</h3>
      ${alerts.length === 0
        ? html`<p class="muted">${l10n.t('noAlertsNaming')}</p>`
        : html`<ul class="related" aria-labelledby="flyout-alerts">
            ${alerts.map(
              (alert) => html`<li>
                <button type="button" class="link" dir="auto" @click=${() => handlers.select(alertKey(alert.id))}>${alert.title}</button>
                <span class="related-meta">${severityMarker(alert.severity, l10n)}
                  <span>${l10n.t(`alertStatus.${alert.status}`)}</span></span
                >
              </li>`,
            )}
          </ul>`}
    </div>
  </section>`;
}

export function renderAlertFlyout(alert: Alert, entities: Evidence[], handlers: FlyoutHandlers, l10n: L10n) {
  const status = l10n.t(`alertStatus.${alert.status}`);
  return html`<section class="flyout" id="flyout" part="flyout" aria-labelledby="flyout-title">
    ${header(html`${alertIcon()}<span>${l10n.t('alert')}</span>`, alert.title, handlers, l10n)}
    <div class="flyout-body">
      <div class="summary">
        ${severityMarker(alert.severity, l10n)}
        <span class="muted">${status}</span>
      </div>
      <dl>
        <dt>${l10n.t('field.severity')}</dt>
        <dd>${severityMarker(alert.severity, l10n)}</dd>
        <dt>${l10n.t('field.status')}</dt>
        <dd>${status}</dd>
        <dt>${l10n.t('field.category')}</dt>
        <dd>${renderCategory(alert.category, l10n)}</dd>
        <dt>${l10n.t('field.serviceSource')}</dt>
        <dd>${l10n.t(`serviceSource.${alert.serviceSource}`)}</dd>
        <dt>${l10n.t('field.detectionSource')}</dt>
        <dd>${l10n.t(`detectionSource.${alert.detectionSource}`)}</dd>
        <dt>${l10n.t('field.mitreTechniques')}</dt>
        <dd>${alert.mitreTechniques.length ? html`<bdi>${alert.mitreTechniques.join(', ')}</bdi>` : l10n.t('state.none')}</dd>
        <dt>${l10n.t('field.firstActivity')}</dt>
        <dd>${renderTime(alert.firstActivityDateTime, l10n)}</dd>
        <dt>${l10n.t('field.lastActivity')}</dt>
        <dd>${renderTime(alert.lastActivityDateTime, l10n)}</dd>
      </dl>
      ${alert.description ? html`<p class="prose" dir="auto">${alert.description}</p>` : nothing}
      <h3 id="flyout-entities">${l10n.t('entitiesHeading', { count: entities.length })}</h3>
      ${entities.length === 0
        ? html`<p class="muted">${l10n.t('noEntities')}</p>`
        : html`<ul class="related" aria-labelledby="flyout-entities">
            ${entities.map(
              (entity) => html`<li>
                <span class="related-icon">${entityIcon(entity.type)}</span>
                <button type="button" class="link" dir="auto" @click=${() => handlers.select(entityKey(entity.id))}>
                  ${entity.displayName || entity.id}
                </button>
                <span class="related-meta">${verdictMarker(entity.verdict, l10n)}</span>
              </li>`,
            )}
          </ul>`}
    </div>
  </section>`;
}
