import { html, type TemplateResult } from 'lit';
import type { Incident, IncidentSortField, SortDirection } from '../api/model.js';
import { formatDateTime } from '../internal/format.js';
import {
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  INVESTIGATION_STATE_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  categoryLabel,
  impactedAssetsText,
} from '../internal/labels.js';

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

export interface QueueColumn {
  id: QueueColumnId;
  label: string;
  sortField: IncidentSortField;
  /** Direction of the first click on the header: newest and largest first for dates and counts. */
  firstDirection: SortDirection;
  width: number;
  /** The cell's content; every string is bound as text. */
  cell(incident: Incident): TemplateResult | string;
  /** The whole value, for a tooltip when the cell truncates it. */
  title?(incident: Incident): string;
}

function list(values: string[]): string {
  return values.length > 0 ? values.join(', ') : '—';
}

function allTags(incident: Incident): string[] {
  return [...incident.customTags, ...incident.systemTags];
}

const VISIBLE_TAGS = 2;

function tagsCell(incident: Incident): TemplateResult | string {
  const tags = allTags(incident);
  if (tags.length === 0) return '—';
  const hidden = tags.length - VISIBLE_TAGS;
  return html`${tags.slice(0, VISIBLE_TAGS).map((tag) => html`<span class="tag">${tag}</span>`)}${hidden > 0
    ? html`<span class="more">+${hidden}</span>`
    : ''}`;
}

function severityCell(incident: Incident): TemplateResult {
  return html`<span class="severity" data-severity=${incident.severity}
    ><span class="marker" aria-hidden="true"></span>${SEVERITY_LABELS[incident.severity]}</span
  >`;
}

const text =
  (read: (incident: Incident) => string) =>
  (incident: Incident): string =>
    read(incident);

export const QUEUE_COLUMNS: Record<QueueColumnId, QueueColumn> = {
  name: {
    id: 'name',
    label: 'Incident name',
    sortField: 'displayName',
    firstDirection: 'asc',
    width: 320,
    cell: text((incident) => incident.displayName),
    title: (incident) => incident.displayName,
  },
  id: {
    id: 'id',
    label: 'Incident ID',
    sortField: 'id',
    firstDirection: 'asc',
    width: 112,
    cell: text((incident) => incident.id),
  },
  tags: {
    id: 'tags',
    label: 'Tags',
    sortField: 'customTags',
    firstDirection: 'asc',
    width: 200,
    cell: tagsCell,
    title: (incident) => allTags(incident).join(', '),
  },
  severity: {
    id: 'severity',
    label: 'Severity',
    sortField: 'severity',
    firstDirection: 'desc',
    width: 128,
    cell: severityCell,
  },
  investigationState: {
    id: 'investigationState',
    label: 'Investigation state',
    sortField: 'investigationState',
    firstDirection: 'asc',
    width: 176,
    cell: text((incident) => INVESTIGATION_STATE_LABELS[incident.investigationState]),
  },
  categories: {
    id: 'categories',
    label: 'Categories',
    sortField: 'categories',
    firstDirection: 'asc',
    width: 180,
    cell: text((incident) => list(incident.categories.map(categoryLabel))),
    title: (incident) => incident.categories.map(categoryLabel).join(', '),
  },
  impactedAssets: {
    id: 'impactedAssets',
    label: 'Impacted assets',
    sortField: 'impactedAssets',
    firstDirection: 'desc',
    width: 200,
    cell: text((incident) => impactedAssetsText(incident.impactedAssets)),
    title: (incident) => impactedAssetsText(incident.impactedAssets),
  },
  activeAlerts: {
    id: 'activeAlerts',
    label: 'Active alerts',
    sortField: 'activeAlertCount',
    firstDirection: 'desc',
    width: 120,
    cell: text((incident) => `${incident.activeAlertCount}/${incident.alertCount}`),
  },
  serviceSources: {
    id: 'serviceSources',
    label: 'Service sources',
    sortField: 'serviceSources',
    firstDirection: 'asc',
    width: 220,
    cell: text((incident) => list(incident.serviceSources.map((source) => SERVICE_SOURCE_LABELS[source]))),
    title: (incident) => incident.serviceSources.map((source) => SERVICE_SOURCE_LABELS[source]).join(', '),
  },
  detectionSources: {
    id: 'detectionSources',
    label: 'Detection sources',
    sortField: 'detectionSources',
    firstDirection: 'asc',
    width: 200,
    cell: text((incident) => list(incident.detectionSources.map((source) => DETECTION_SOURCE_LABELS[source]))),
    title: (incident) => incident.detectionSources.map((source) => DETECTION_SOURCE_LABELS[source]).join(', '),
  },
  firstActivity: {
    id: 'firstActivity',
    label: 'First activity',
    sortField: 'firstActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: text((incident) => formatDateTime(incident.firstActivityDateTime)),
  },
  lastActivity: {
    id: 'lastActivity',
    label: 'Last activity',
    sortField: 'lastActivityDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: text((incident) => formatDateTime(incident.lastActivityDateTime)),
  },
  lastUpdate: {
    id: 'lastUpdate',
    label: 'Last update time',
    sortField: 'lastUpdateDateTime',
    firstDirection: 'desc',
    width: 176,
    cell: text((incident) => formatDateTime(incident.lastUpdateDateTime)),
  },
  status: {
    id: 'status',
    label: 'Status',
    sortField: 'status',
    firstDirection: 'asc',
    width: 120,
    cell: text((incident) => INCIDENT_STATUS_LABELS[incident.status]),
  },
  assignedTo: {
    id: 'assignedTo',
    label: 'Assigned to',
    sortField: 'assignedTo',
    firstDirection: 'asc',
    width: 200,
    cell: text((incident) => incident.assignedTo ?? 'Unassigned'),
    title: (incident) => incident.assignedTo ?? 'Unassigned',
  },
  classification: {
    id: 'classification',
    label: 'Classification',
    sortField: 'classification',
    firstDirection: 'asc',
    width: 200,
    cell: text((incident) => CLASSIFICATION_LABELS[incident.classification]),
  },
  determination: {
    id: 'determination',
    label: 'Determination',
    sortField: 'determination',
    firstDirection: 'asc',
    width: 200,
    cell: text((incident) => DETERMINATION_LABELS[incident.determination]),
  },
};
