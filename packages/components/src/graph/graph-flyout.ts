import { html, nothing } from 'lit';
import { ALERT_STATUS_LABELS } from '../alerts/alert-order.js';
import type { Alert, Evidence } from '../api/model.js';
import { EVIDENCE_ROLE_LABELS } from '../assets/asset-labels.js';
import { alertIcon, entityIcon } from '../internal/entity-icons.js';
import { formatDateTime, safeHref } from '../internal/format.js';
import {
  DETECTION_SOURCE_LABELS,
  ENTITY_TYPE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  categoryLabel,
} from '../internal/labels.js';
import { severityMarker } from '../internal/severity-marker.js';
import { verdictMarker } from '../internal/verdict-marker.js';
import { entityFields, type EntityField } from './entity-fields.js';
import { alertKey, entityKey } from './graph-model.js';

/**
 * The flyout of the selected node: the entity's details (type, name, verdict, remediation status,
 * roles, its main fields, the alerts it appears in) or the alert's (title, severity, status,
 * sources, times, its entities). Every value from the API is bound as text; a URL becomes a link
 * only when it is http or https.
 */

export interface FlyoutHandlers {
  close: () => void;
  /** Select another node of the graph (an alert or entity the flyout lists). */
  select: (key: string) => void;
  /** Present only when the client can open entity pages. */
  openEntity?: (entity: Evidence) => void;
}

const closeIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <path
    d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z"
    fill="currentColor"
  />
</svg>`;

/** Only http(s) URLs open; anything else (javascript:, data:, mailto:) stays text. */
function webHref(url: string | undefined): string | undefined {
  const href = safeHref(url);
  return href && /^https?:/i.test(href) ? href : undefined;
}

function renderField(field: EntityField) {
  const href = field.url === undefined ? undefined : webHref(field.url);
  return html`<dt>${field.label}</dt>
    <dd>
      ${href
        ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${field.value}</a>`
        : html`<span class="value">${field.value}</span>`}
    </dd>`;
}

function header(eyebrow: unknown, title: string, handlers: FlyoutHandlers) {
  return html`<header>
    <div class="eyebrow">${eyebrow}</div>
    <button type="button" class="icon-button close" aria-label="Close details" title="Close" @click=${handlers.close}>
      ${closeIcon}
    </button>
    <h2 id="flyout-title" tabindex="-1">${title}</h2>
  </header>`;
}

export function renderEntityFlyout(entity: Evidence, alerts: Alert[], handlers: FlyoutHandlers) {
  const roles = entity.roles.map((role) => EVIDENCE_ROLE_LABELS[role] ?? role).join(', ');
  return html`<section class="flyout" id="flyout" part="flyout" aria-labelledby="flyout-title">
    ${header(
      html`${entityIcon(entity.type)}<span>${ENTITY_TYPE_LABELS[entity.type] ?? entity.type}</span>`,
      entity.displayName || entity.id,
      handlers,
    )}
    <div class="flyout-body">
      <div class="summary">
        ${verdictMarker(entity.verdict)}
        <span class="muted">Remediation: ${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}</span>
      </div>
      ${handlers.openEntity
        ? html`<button type="button" class="primary" part="open-entity" @click=${() => handlers.openEntity!(entity)}>
            Open entity page
          </button>`
        : nothing}
      <dl>
        <dt>Verdict</dt>
        <dd>${verdictMarker(entity.verdict)}</dd>
        <dt>Remediation status</dt>
        <dd>${REMEDIATION_STATUS_LABELS[entity.remediationStatus] ?? entity.remediationStatus}</dd>
        <dt>Roles</dt>
        <dd>${roles || 'None'}</dd>
        ${entity.detailedRoles.length
          ? html`<dt>Detailed roles</dt>
              <dd>${entity.detailedRoles.join(', ')}</dd>`
          : nothing}
        ${entity.tags.length
          ? html`<dt>Tags</dt>
              <dd>${entity.tags.join(', ')}</dd>`
          : nothing}
        ${entityFields(entity).map(renderField)}
        <dt>First seen</dt>
        <dd>${formatDateTime(entity.createdDateTime)}</dd>
      </dl>
      <h3 id="flyout-alerts">Alerts (${alerts.length})</h3>
      ${alerts.length === 0
        ? html`<p class="muted">No alert of this incident names it.</p>`
        : html`<ul class="related" aria-labelledby="flyout-alerts">
            ${alerts.map(
              (alert) => html`<li>
                <button type="button" class="link" @click=${() => handlers.select(alertKey(alert.id))}>${alert.title}</button>
                <span class="related-meta">${severityMarker(alert.severity)}
                  <span>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</span></span
                >
              </li>`,
            )}
          </ul>`}
    </div>
  </section>`;
}

export function renderAlertFlyout(alert: Alert, entities: Evidence[], handlers: FlyoutHandlers) {
  return html`<section class="flyout" id="flyout" part="flyout" aria-labelledby="flyout-title">
    ${header(html`${alertIcon()}<span>Alert</span>`, alert.title, handlers)}
    <div class="flyout-body">
      <div class="summary">
        ${severityMarker(alert.severity)}
        <span class="muted">${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</span>
      </div>
      <dl>
        <dt>Severity</dt>
        <dd>${severityMarker(alert.severity)}</dd>
        <dt>Status</dt>
        <dd>${ALERT_STATUS_LABELS[alert.status] ?? alert.status}</dd>
        <dt>Category</dt>
        <dd>${categoryLabel(alert.category) || '—'}</dd>
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
      </dl>
      ${alert.description ? html`<p class="prose">${alert.description}</p>` : nothing}
      <h3 id="flyout-entities">Entities (${entities.length})</h3>
      ${entities.length === 0
        ? html`<p class="muted">This alert names no entity.</p>`
        : html`<ul class="related" aria-labelledby="flyout-entities">
            ${entities.map(
              (entity) => html`<li>
                <span class="related-icon">${entityIcon(entity.type)}</span>
                <button type="button" class="link" @click=${() => handlers.select(entityKey(entity.id))}>
                  ${entity.displayName || entity.id}
                </button>
                <span class="related-meta">${verdictMarker(entity.verdict)}</span>
              </li>`,
            )}
          </ul>`}
    </div>
  </section>`;
}
