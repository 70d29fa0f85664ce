import { isolate } from '../i18n/isolate.js';
import { html, type TemplateResult } from 'lit';
import type { Incident, IncidentSortField, SortDirection } from '../api/model.js';
import { Localizer } from '../i18n/localizer.js';
import { queueCatalog, queueMessages } from './messages.js';
import { renderFirstValues } from './queue-grid.js';

type QueueLocalizer = Localizer<typeof queueMessages>;

/** For callers without a locale (the benchmark's plain list); elements pass their own. */
const english: QueueLocalizer = new Localizer(queueCatalog, 'en');

/** The queue's columns in their default order (SPEC §6.1). */
export const QUEUE_COLUMN_IDS = [
  'name',
  'id',
  'tags',
  'severity',
  'investigationState',
  'categories',
  'impactedAssets',
  'activeAlerts',
  'serviceSources',
  'detectionSources',
  'firstActivity',
  'lastActivity',
  'lastUpdate',
  'status',
  'assignedTo',
  'classification',
  'determination',
] as const;
export type QueueColumnId = (typeof QUEUE_COLUMN_IDS)[number];

interface ColumnSpec {
  id: QueueColumnId;
  sortField: IncidentSortField;
  /** Direction of the first click on the header: newest and largest first for dates and counts. */
  firstDirection: SortDirection;
  width: number;
  /** The cell's content in the language of `l10n`; every string is bound as text. */
  cell(incident: Incident, l10n: QueueLocalizer): TemplateResult | string;
  /** Whether `cell` may give markup; a column without it always gives text, which the row sets as its cell's text. */
  markup?: boolean;
  /** The whole value, for a tooltip when the cell truncates it. */
  title?(incident: Incident, l10n: QueueLocalizer): string;
  /** Whether the cell shows nothing but user data (an ID, a UPN): the cell then takes its direction from that text. */
  userData?(incident: Incident): boolean;
}

/** A column of the queue. Elements show the header `l10n.t(`column.${id}`)` and pass their localizer to `cell` and `title`. */
export interface QueueColumn extends ColumnSpec {
  /** The English header, for code without a locale. */
  label: string;
  /** The cell's content in the language of `l10n` (English without one); every string is bound as text. */
  cell(incident: Incident, l10n?: QueueLocalizer): TemplateResult | string;
  title?(incident: Incident, l10n?: QueueLocalizer): string;
}

function column(spec: ColumnSpec): QueueColumn {
  const { cell, title } = spec;
  return {
    ...spec,
    label: queueMessages[`column.${spec.id}`],
    cell: (incident, l10n = english) => cell(incident, l10n),
    title: title && ((incident, l10n = english) => title(incident, l10n)),
  };
}

function list(values: string[], l10n: QueueLocalizer): string {
  return values.length > 0 ? values.join(l10n.t('valueSeparator')) : '—';
}

function allTags(incident: Incident): string[] {
  return [...incident.customTags, ...incident.systemTags];
}

function severityCell(incident: Incident, l10n: QueueLocalizer): TemplateResult {
  return html`<span class="severity" data-severity=${incident.severity}
    ><span class="marker" aria-hidden="true"></span>${l10n.t(`severity.${incident.severity}`)}</span
  >`;
}

function timeCell(iso: string | null | undefined, l10n: QueueLocalizer): TemplateResult | string {
  return iso ? html`<time datetime=${iso}>${l10n.dateTime(iso)}</time>` : '—';
}

export const QUEUE_COLUMNS: Record<QueueColumnId, QueueColumn> = {
  name: column({
    id: 'name',
    sortField: 'displayName',
    firstDirection: 'asc',
    width: 320,
    cell: (incident) => incident.displayName,
    // One name alone: nothing around it for its direction to upset.
    title: (incident) => incident.displayName,
    userData: () => true,
  }),
  id: column({
    id: 'id',
    sortField: 'id',
    firstDirection: 'asc',
    width: 112,
    cell: (incident) => incident.id,
    userData: () => true,
  }),
  tags: column({
    id: 'tags',
    sortField: 'customTags',
    firstDirection: 'asc',
    width: 200,
    cell: (incident, l10n) => renderFirstValues(allTags(incident), l10n.t('valueSeparator'), (count) => l10n.t('moreTags', { count }), true),
    markup: true,
    title: (incident, l10n) => allTags(incident).map(isolate).join(l10n.t('valueSeparator')),
  }),
  severity: column({
    id: 'severity',
    sortField: 'severity',
    firstDirection: 'desc',
    width: 128,
    cell: severityCell,
    markup: true,
  }),
  investigationState: column({
    id: 'investigationState',
    sortField: 'investigationState',
    firstDirection: 'asc',
    width: 176,
    cell: (incident, l10n) => l10n.t(`investigationState.${incident.investigationState}`),
  }),
  categories: column({
    id: 'categories',
    sortField: 'categories',
    firstDirection: 'asc',
    width: 180,
    // Tactics in words; other categories are free text, isolated for right-to-left (`l10n.category`).
    cell: (incident, l10n) => list(incident.categories.map((category) => l10n.category(category)), l10n),
    title: (incident, l10n) => incident.categories.map((category) => l10n.category(category)).join(l10n.t('valueSeparator')),
  }),
  impactedAssets: column({
    id: 'impactedAssets',
    sortField: 'impactedAssets',
    firstDirection: 'desc',
    width: 200,
    cell: (incident, l10n) => l10n.impactedAssets(incident.impactedAssets),
    title: (incident, l10n) => l10n.impactedAssets(incident.impactedAssets),
  }),
  activeAlerts: column({
    id: 'activeAlerts',
    sortField: 'activeAlertCount',
    firstDirection: 'desc',
    width: 120,
    cell: (incident, l10n) => `${l10n.count(incident.activeAlertCount)}/${l10n.count(incident.alertCount)}`,
  }),
  serviceSources: column({
    id: 'serviceSources',
    sortField: 'serviceSources',
    firstDirection: 'asc',
    width: 220,
    cell: (incident, l10n) => list(incident.serviceSources.map((source) => l10n.t(`serviceSource.${source}`)), l10n),
    title: (incident, l10n) => incident.serviceSources.map((source) => l10n.t(`serviceSource.${source}`)).join(l10n.t('valueSeparator')),
  }),
  detectionSources: column({
    id: 'detectionSources',
    sortField: 'detectionSources',
    firstDirection: 'asc',
    width: 200,
    cell: (incident, l10n) => list(incident.detectionSources.map((source) => l10n.t(`detectionSource.${source}`)), l10n),
    title: (incident, l10n) => incident.detectionSources.map((source) => l10n.t(`detectionSource.${source}`)).join(l10n.t('valueSeparator')),
  }),
  firstActivity: column({
    id: 'firstActivity',
    sortField: 'firstActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: (incident, l10n) => timeCell(incident.firstActivityDateTime, l10n),
    markup: true,
  }),
  lastActivity: column({
    id: 'lastActivity',
    sortField: 'lastActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: (incident, l10n) => timeCell(incident.lastActivityDateTime, l10n),
    markup: true,
  }),
  lastUpdate: column({
    id: 'lastUpdate',
    sortField: 'lastUpdateDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: (incident, l10n) => timeCell(incident.lastUpdateDateTime, l10n),
    markup: true,
  }),
  status: column({
    id: 'status',
    sortField: 'status',
    firstDirection: 'asc',
    width: 120,
    cell: (incident, l10n) => l10n.t(`status.${incident.status}`),
  }),
  assignedTo: column({
    id: 'assignedTo',
    sortField: 'assignedTo',
    firstDirection: 'asc',
    width: 200,
    cell: (incident, l10n) => incident.assignedTo ?? l10n.t('state.unassigned'),
    title: (incident, l10n) => (incident.assignedTo ? isolate(incident.assignedTo) : l10n.t('state.unassigned')),
    userData: (incident) => !!incident.assignedTo,
  }),
  classification: column({
    id: 'classification',
    sortField: 'classification',
    firstDirection: 'asc',
    width: 200,
    cell: (incident, l10n) => l10n.t(`classification.${incident.classification}`),
  }),
  determination: column({
    id: 'determination',
    sortField: 'determination',
    firstDirection: 'asc',
    width: 200,
    cell: (incident, l10n) => l10n.t(`determination.${incident.determination}`),
  }),
};
