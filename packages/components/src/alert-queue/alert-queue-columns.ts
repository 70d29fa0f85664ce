import { html, type TemplateResult } from 'lit';
import type { Alert, AlertSortField, EntityType, SortDirection } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { isolate } from '../i18n/isolate.js';
import { renderFirstValues } from '../queue/queue-grid.js';
import type { alertQueueMessages } from './messages.js';

export type AlertQueueLocalizer = Localizer<typeof alertQueueMessages>;

/** The alert queue's columns in the portal's order. */
export const ALERT_COLUMN_IDS = [
  'name',
  'tags',
  'severity',
  'investigationState',
  'status',
  'category',
  'detectionSource',
  'impactedAssets',
  'firstActivity',
  'lastActivity',
  'assignedTo',
  'incident',
] as const;
export type AlertColumnId = (typeof ALERT_COLUMN_IDS)[number];

/** A column of the alert queue; its header is the message `column.<id>`. */
export interface AlertColumn {
  id: AlertColumnId;
  /** What a click on the header sorts by; a column without one (tags, impacted assets) does not sort. */
  sortField?: AlertSortField;
  /** Direction of the first click on the header: newest first for dates, most severe first. */
  firstDirection: SortDirection;
  width: number;
  /** The cell's content in the language of `l10n`; every string is bound as text. */
  cell(alert: Alert, l10n: AlertQueueLocalizer): TemplateResult | string;
  /** Whether `cell` may give markup; a column without it always gives text, which the row sets as its cell's text. */
  markup?: boolean;
  /** The whole value, for a tooltip when the cell truncates it. */
  title?(alert: Alert, l10n: AlertQueueLocalizer): string;
  /** Whether the cell shows nothing but user data (a UPN): the cell then takes its direction from that text. */
  userData?(alert: Alert): boolean;
}

/** The evidence the portal counts as an alert's impacted assets. */
const ASSET_TYPES: readonly EntityType[] = ['device', 'user', 'mailbox'];

/** The names of the devices, users and mailboxes in an alert's evidence, each once. */
export function impactedAssetNames(alert: Alert): string[] {
  return [...new Set(alert.evidence.filter((item) => ASSET_TYPES.includes(item.type)).map((item) => item.displayName))];
}

function timeCell(iso: string | null | undefined, l10n: AlertQueueLocalizer): TemplateResult | string {
  return iso ? html`<time datetime=${iso}>${l10n.dateTime(iso)}</time>` : '—';
}

export const ALERT_COLUMNS: Record<AlertColumnId, AlertColumn> = {
  name: { id: 'name', sortField: 'title', firstDirection: 'asc', width: 320, cell: (alert) => alert.title, title: (alert) => isolate(alert.title) },
  tags: {
    id: 'tags',
    firstDirection: 'asc',
    width: 180,
    cell: (alert, l10n) => renderFirstValues(alert.tags, l10n.t('valueSeparator'), (count) => l10n.t('moreItems', { count }), true),
    markup: true,
    title: (alert, l10n) => alert.tags.map(isolate).join(l10n.t('valueSeparator')),
  },
  severity: {
    id: 'severity',
    sortField: 'severity',
    firstDirection: 'desc',
    width: 128,
    cell: (alert, l10n) =>
      html`<span class="severity" data-severity=${alert.severity}
        ><span class="marker" aria-hidden="true"></span>${l10n.t(`severity.${alert.severity}`)}</span
      >`,
    markup: true,
  },
  investigationState: {
    id: 'investigationState',
    sortField: 'investigationState',
    firstDirection: 'asc',
    width: 176,
    cell: (alert, l10n) => l10n.t(`investigationState.${alert.investigationState}`),
  },
  status: { id: 'status', sortField: 'status', firstDirection: 'asc', width: 120, cell: (alert, l10n) => l10n.t(`alertStatus.${alert.status}`) },
  category: {
    id: 'category',
    sortField: 'category',
    firstDirection: 'asc',
    width: 180,
    cell: (alert, l10n) => (alert.category ? l10n.category(alert.category) : '—'),
  },
  detectionSource: {
    id: 'detectionSource',
    sortField: 'detectionSource',
    firstDirection: 'asc',
    width: 200,
    cell: (alert, l10n) => l10n.t(`detectionSource.${alert.detectionSource}`),
  },
  impactedAssets: {
    id: 'impactedAssets',
    firstDirection: 'asc',
    width: 240,
    cell: (alert, l10n) =>
      renderFirstValues(impactedAssetNames(alert), l10n.t('valueSeparator'), (count) => l10n.t('moreItems', { count }), false),
    markup: true,
    title: (alert, l10n) => impactedAssetNames(alert).map(isolate).join(l10n.t('valueSeparator')),
  },
  firstActivity: {
    id: 'firstActivity',
    sortField: 'firstActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: (alert, l10n) => timeCell(alert.firstActivityDateTime, l10n),
    markup: true,
  },
  lastActivity: {
    id: 'lastActivity',
    sortField: 'lastActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: (alert, l10n) => timeCell(alert.lastActivityDateTime, l10n),
    markup: true,
  },
  assignedTo: {
    id: 'assignedTo',
    sortField: 'assignedTo',
    firstDirection: 'asc',
    width: 200,
    cell: (alert, l10n) => alert.assignedTo ?? l10n.t('state.unassigned'),
    title: (alert, l10n) => (alert.assignedTo ? isolate(alert.assignedTo) : l10n.t('state.unassigned')),
    userData: (alert) => !!alert.assignedTo,
  },
  // Rendered by the queue as a link that opens the incident.
  incident: { id: 'incident', sortField: 'incidentId', firstDirection: 'asc', width: 128, cell: (alert) => alert.incidentId },
};

/** Every column, in order. */
export const TABLE_COLUMNS: readonly AlertColumn[] = ALERT_COLUMN_IDS.map((id) => ALERT_COLUMNS[id]);

/** The columns a compact row has room for: the name over severity, status and last activity. */
export const COMPACT_COLUMNS: readonly AlertColumn[] = (['name', 'severity', 'status', 'lastActivity'] as const).map((id) => ALERT_COLUMNS[id]);
