import type { ActivityChange, ActivityEntry } from '../api/model.js';
import {
  CLASSIFICATION_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  INVESTIGATION_STATE_LABELS,
  REMEDIATION_ACTION_TYPE_LABELS,
  SEVERITY_LABELS,
  TASK_STATUS_LABELS,
} from '../internal/labels.js';

/** How the audit trail's field names read on screen. */
const FIELD_LABELS: Record<string, string> = {
  displayName: 'Incident name',
  severity: 'Severity',
  status: 'Status',
  classification: 'Classification',
  determination: 'Determination',
  assignedTo: 'Assigned to',
  customTags: 'Tags',
  resolvingComment: 'Resolving comment',
  investigationState: 'Investigation state',
  redirectIncidentId: 'Redirected to incident',
  'task.title': 'Task title',
  'task.description': 'Task description',
  'task.status': 'Task status',
};

/** Enum-valued fields: their values in the portal's words. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  severity: SEVERITY_LABELS,
  status: INCIDENT_STATUS_LABELS,
  classification: CLASSIFICATION_LABELS,
  determination: DETERMINATION_LABELS,
  investigationState: INVESTIGATION_STATE_LABELS,
  'task.status': TASK_STATUS_LABELS,
};

/** Free-text fields: quoted, so that where the text starts and ends is plain. */
const TEXT_FIELDS = new Set(['displayName', 'resolvingComment', 'task.title', 'task.description']);

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** "customTags" → "Custom tags"; "task.dueDate" → "Task due date": a field the kit does not know yet. */
function fieldLabel(field: string): string {
  if (Object.hasOwn(FIELD_LABELS, field)) return FIELD_LABELS[field];
  const words = field
    .split('.')
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(field: string, value: unknown): string {
  if (typeof value === 'string') {
    const labels = VALUE_LABELS[field];
    if (labels && Object.hasOwn(labels, value)) return labels[value];
    return TEXT_FIELDS.has(field) ? `"${value}"` : value;
  }
  if (Array.isArray(value)) return value.map((item) => valueText(field, item)).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? String(value);
}

const listOf = (values: unknown[]) => values.map((value) => String(value)).join(', ');

/** One change in the portal's words: "Status changed from Active to In progress". */
export function changeSentence({ field, from, to }: ActivityChange): string {
  if (field === 'assignedTo') {
    if (isEmpty(from)) return `Assigned to ${valueText(field, to)}`;
    if (isEmpty(to)) return `Unassigned from ${valueText(field, from)}`;
    return `Reassigned from ${valueText(field, from)} to ${valueText(field, to)}`;
  }
  if (Array.isArray(from) || Array.isArray(to)) {
    const before = Array.isArray(from) ? from : [];
    const after = Array.isArray(to) ? to : [];
    const added = after.filter((value) => !before.includes(value));
    const removed = before.filter((value) => !after.includes(value));
    const label = fieldLabel(field);
    const parts = [
      added.length > 0 ? `${label} added: ${listOf(added)}` : '',
      removed.length > 0 ? `${label} removed: ${listOf(removed)}` : '',
    ].filter(Boolean);
    return parts.length > 0 ? parts.join('; ') : `${label} reordered`;
  }
  const label = fieldLabel(field);
  if (isEmpty(from)) return `${label} set to ${valueText(field, to)}`;
  if (isEmpty(to)) return `${label} cleared (was ${valueText(field, from)})`;
  return `${label} changed from ${valueText(field, from)} to ${valueText(field, to)}`;
}

/** "isolateDevice on PC-01: completed" → "Isolate device on PC-01: completed". */
function detailText(detail: string): string {
  const type = /^([a-zA-Z]+)(?= on )/.exec(detail)?.[1];
  if (!type || !Object.hasOwn(REMEDIATION_ACTION_TYPE_LABELS, type)) return detail;
  return REMEDIATION_ACTION_TYPE_LABELS[type as keyof typeof REMEDIATION_ACTION_TYPE_LABELS] + detail.slice(type.length);
}

/**
 * What an audit entry says, as sentences: its detail (what happened, for actions that are not
 * field changes) and then one sentence per changed field. A task's status change is left out
 * when the detail already says it ("Task completed: …").
 */
export function entrySentences(entry: ActivityEntry): string[] {
  const sentences = entry.detail ? [detailText(entry.detail)] : [];
  const saidByDetail = (change: ActivityChange) => !!entry.detail && entry.action === 'task' && change.field === 'task.status';
  const changes = entry.changes.filter((change) => !saidByDetail(change));
  sentences.push(...changes.map(changeSentence));
  if (sentences.length === 0) sentences.push(ACTION_FALLBACK[entry.action] ?? 'Incident changed');
  return sentences;
}

const ACTION_FALLBACK: Record<ActivityEntry['action'], string> = {
  created: 'Incident created',
  updated: 'Incident updated',
  commented: 'Comment added',
  remediation: 'Remediation action',
  playbook: 'Playbook run',
  task: 'Task changed',
};
