import type { ActivityEntry, Evidence } from '../api/model.js';
import {
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  ENTITY_TYPE_LABELS,
  INCIDENT_STATUS_LABELS,
  PLAYBOOK_RUN_STATUS_LABELS,
  REMEDIATION_ACTION_STATUS_LABELS,
  REMEDIATION_ACTION_TYPE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  TACTIC_LABELS,
  VERDICT_LABELS,
  categoryLabel,
} from '../internal/labels.js';
import { reportTime, type IncidentReport } from './incident-report.js';

/**
 * A report as plain blocks of text. The Markdown file and the printable page are two renderings
 * of the same blocks, so they cannot drift apart; every value stays text until a renderer
 * escapes it for its format.
 */
export type ReportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'facts'; items: [label: string, value: string][] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'comment'; author: string; time: string; text: string }
  | { kind: 'empty'; text: string };

const label = <K extends string>(labels: Record<K, string>, value: K) => labels[value] ?? value;
const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : '—');

function entityName(item: Evidence): string {
  return item.displayName || item.id;
}

function describeChange(entry: ActivityEntry): string {
  const changes = entry.changes.map((change) => `${change.field}: ${formatValue(change.from)} → ${formatValue(change.to)}`);
  return [entry.detail, ...changes].filter(Boolean).join('; ') || entry.action;
}

function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return list(value.map(String));
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

export function reportDocument(report: IncidentReport): ReportBlock[] {
  const { incident } = report;
  const blocks: ReportBlock[] = [
    { kind: 'title', text: `Incident report: ${incident.displayName}` },
    {
      kind: 'facts',
      items: [
        ['Incident ID', incident.id],
        ['Severity', label(SEVERITY_LABELS, incident.severity)],
        ['Status', label(INCIDENT_STATUS_LABELS, incident.status)],
        ['Classification', label(CLASSIFICATION_LABELS, incident.classification)],
        ['Determination', label(DETERMINATION_LABELS, incident.determination)],
        ['Assigned to', incident.assignedTo ?? 'Unassigned'],
        ['Created', reportTime(incident.createdDateTime)],
        ['First activity', reportTime(incident.firstActivityDateTime)],
        ['Last activity', reportTime(incident.lastActivityDateTime)],
        ['Last update', reportTime(incident.lastUpdateDateTime)],
        ['Tags', list([...incident.customTags, ...incident.systemTags])],
        ['Categories', list(incident.categories.map(categoryLabel))],
        ['MITRE ATT&CK tactics', list(incident.tactics.map((tactic) => label(TACTIC_LABELS, tactic)))],
        ['MITRE ATT&CK techniques', list(incident.mitreTechniques)],
        ['Service sources', list(incident.serviceSources.map((source) => label(SERVICE_SOURCE_LABELS, source)))],
        ['Report generated', reportTime(report.generatedAt)],
      ],
    },
  ];
  if (incident.description) blocks.push({ kind: 'heading', text: 'Summary' }, { kind: 'paragraph', text: incident.description });
  if (incident.resolvingComment) {
    blocks.push({ kind: 'heading', text: 'Resolving comment' }, { kind: 'paragraph', text: incident.resolvingComment });
  }

  const section = (heading: string, rows: string[][], columns: string[], none: string) => {
    blocks.push({ kind: 'heading', text: heading });
    const gap = report.gaps.find((g) => g.section === heading);
    if (gap) blocks.push({ kind: 'empty', text: `Not included: ${gap.reason}` });
    else if (rows.length === 0) blocks.push({ kind: 'empty', text: none });
    else blocks.push({ kind: 'table', columns, rows });
  };

  section(
    'Alerts',
    report.alerts.map((alert) => [
      reportTime(alert.firstActivityDateTime),
      label(SEVERITY_LABELS, alert.severity),
      alert.title,
      `${label(SERVICE_SOURCE_LABELS, alert.serviceSource)} / ${label(DETECTION_SOURCE_LABELS, alert.detectionSource)}`,
      list(alert.mitreTechniques),
    ]),
    ['First activity', 'Severity', 'Alert', 'Source', 'Techniques'],
    'No alerts.',
  );
  section(
    'Evidence',
    report.evidence.map((item) => [
      entityName(item),
      label(ENTITY_TYPE_LABELS, item.type),
      label(VERDICT_LABELS, item.verdict),
      label(REMEDIATION_STATUS_LABELS, item.remediationStatus),
    ]),
    ['Entity', 'Type', 'Verdict', 'Remediation status'],
    'No evidence.',
  );
  section(
    'Actions taken',
    report.remediationActions.map((action) => [
      reportTime(action.createdDateTime),
      label(REMEDIATION_ACTION_TYPE_LABELS, action.type),
      action.entityName,
      label(REMEDIATION_ACTION_STATUS_LABELS, action.status),
      action.decidedBy ?? '—',
      action.comment ?? '',
    ]),
    ['Created', 'Action', 'Entity', 'Status', 'Decided by', 'Comment'],
    'No remediation actions.',
  );
  section(
    'Playbook runs',
    report.playbookRuns.map((run) => [
      reportTime(run.startedAt),
      run.playbookName,
      label(PLAYBOOK_RUN_STATUS_LABELS, run.status),
      run.triggeredBy,
      reportTime(run.finishedAt),
    ]),
    ['Started', 'Playbook', 'Status', 'Triggered by', 'Finished'],
    'No playbook runs.',
  );

  blocks.push({ kind: 'heading', text: 'Comments' });
  const commentGap = report.gaps.find((g) => g.section === 'Comments');
  if (commentGap) blocks.push({ kind: 'empty', text: `Not included: ${commentGap.reason}` });
  else if (report.comments.length === 0) blocks.push({ kind: 'empty', text: 'No comments.' });
  else {
    for (const comment of report.comments) {
      blocks.push({ kind: 'comment', author: comment.createdBy, time: reportTime(comment.createdDateTime), text: comment.comment });
    }
  }

  section(
    'Activity',
    report.activity.map((entry) => [reportTime(entry.time), entry.actor, describeChange(entry)]),
    ['Time', 'By', 'What happened'],
    'No activity.',
  );
  return blocks;
}
