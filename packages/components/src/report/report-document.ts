import { withoutIsolates } from '../i18n/isolate.js';
import type { ActivityEntry, Evidence } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { reportTime, type IncidentReport, type ReportSection } from './incident-report.js';
import type { ReportMessages } from './messages.js';

/**
 * A report as plain blocks of text. The Markdown file and the printable page are two renderings
 * of the same blocks, so they cannot drift apart; every value stays text until a renderer
 * escapes it for its format.
 */
export type ReportBlock =
  /** `name` is the incident's name within `text`, for renderers that isolate data for right-to-left. */
  | { kind: 'title'; text: string; name: string }
  | { kind: 'heading'; text: string }
  | { kind: 'facts'; items: [label: string, value: string][] }
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'paragraph'; text: string }
  | { kind: 'comment'; author: string; time: string; text: string }
  | { kind: 'empty'; text: string };

/** The report's words and formats: the Export element's localizer, or `new Localizer(reportCatalog, tag)`. */
export type ReportLocalizer = Localizer<ReportMessages>;

const SECTION_KEYS = {
  Alerts: 'section.alerts',
  Evidence: 'section.evidence',
  'Actions taken': 'section.actionsTaken',
  'Playbook runs': 'section.playbookRuns',
  Comments: 'section.comments',
  Activity: 'section.activity',
} as const satisfies Record<ReportSection, keyof ReportMessages>;

/** Values joined as the language lists them ("a, b, c" in English); '—' for none. */
const list = (values: readonly string[], l10n: ReportLocalizer) => (values.length > 0 ? l10n.list(values, 'unit') : '—');

function entityName(item: Evidence): string {
  return item.displayName || item.id;
}

function describeChange(entry: ActivityEntry, l10n: ReportLocalizer): string {
  const changes = entry.changes.map((change) =>
    l10n.t('activity.change', { field: change.field, from: formatValue(change.from, l10n), to: formatValue(change.to, l10n) }),
  );
  return [entry.detail, ...changes].filter(Boolean).join('; ') || entry.action;
}

function formatValue(value: unknown, l10n: ReportLocalizer): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return list(value.map(String), l10n);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The report's blocks, every word in the language of `l10n`; data from the backend stays as it is. */
export function reportDocument(report: IncidentReport, l10n: ReportLocalizer): ReportBlock[] {
  const { incident } = report;
  const t = l10n.t.bind(l10n);
  const blocks: ReportBlock[] = [
    { kind: 'title', text: t('title', { name: incident.displayName }), name: incident.displayName },
    {
      kind: 'facts',
      items: [
        [t('idLabel'), incident.id],
        [t('severity'), t(`severity.${incident.severity}`)],
        [t('status'), t(`status.${incident.status}`)],
        [t('classification'), t(`classification.${incident.classification}`)],
        [t('determination'), t(`determination.${incident.determination}`)],
        [t('assignedTo'), incident.assignedTo ?? t('state.unassigned')],
        [t('created'), reportTime(incident.createdDateTime)],
        [t('firstActivity'), reportTime(incident.firstActivityDateTime)],
        [t('lastActivity'), reportTime(incident.lastActivityDateTime)],
        [t('lastUpdate'), reportTime(incident.lastUpdateDateTime)],
        [t('tags'), list([...incident.customTags, ...incident.systemTags], l10n)],
        [t('categories'), list(incident.categories.map((category) => withoutIsolates(l10n.category(category))), l10n)],
        [t('tactics'), list(incident.tactics.map((tactic) => t(`tactic.${tactic}`)), l10n)],
        [t('techniques'), list(incident.mitreTechniques, l10n)],
        [t('serviceSources'), list(incident.serviceSources.map((source) => t(`serviceSource.${source}`)), l10n)],
        [t('generated'), reportTime(report.generatedAt)],
      ],
    },
  ];
  if (incident.description) blocks.push({ kind: 'heading', text: t('summary') }, { kind: 'paragraph', text: incident.description });
  if (incident.resolvingComment) {
    blocks.push({ kind: 'heading', text: t('resolvingComment') }, { kind: 'paragraph', text: incident.resolvingComment });
  }

  /** Says why a section is missing, when it is. */
  const gapText = (name: ReportSection): string | undefined => {
    const gap = report.gaps.find((g) => g.section === name);
    if (!gap) return undefined;
    const reason = 'error' in gap ? describeApiError(gap.error, { action: t('actionRead') }, l10n).message : t('notProvided');
    return t('notIncluded', { reason });
  };

  const section = (name: ReportSection, rows: string[][], columns: string[], none: string) => {
    blocks.push({ kind: 'heading', text: t(SECTION_KEYS[name]) });
    const gap = gapText(name);
    if (gap) blocks.push({ kind: 'empty', text: gap });
    else if (rows.length === 0) blocks.push({ kind: 'empty', text: none });
    else blocks.push({ kind: 'table', columns, rows });
  };

  section(
    'Alerts',
    report.alerts.map((alert) => [
      reportTime(alert.firstActivityDateTime),
      t(`severity.${alert.severity}`),
      alert.title,
      t('alerts.sources', {
        service: t(`serviceSource.${alert.serviceSource}`),
        detection: t(`detectionSource.${alert.detectionSource}`),
      }),
      list(alert.mitreTechniques, l10n),
    ]),
    [t('alerts.firstActivity'), t('alerts.severity'), t('alerts.alert'), t('alerts.source'), t('alerts.techniques')],
    t('alerts.none'),
  );
  section(
    'Evidence',
    report.evidence.map((item) => [
      entityName(item),
      t(`entityType.${item.type}`),
      t(`verdict.${item.verdict}`),
      t(`remediationStatus.${item.remediationStatus}`),
    ]),
    [t('evidence.entity'), t('evidence.type'), t('evidence.verdict'), t('evidence.remediationStatus')],
    t('evidence.none'),
  );
  section(
    'Actions taken',
    report.remediationActions.map((action) => [
      reportTime(action.createdDateTime),
      t(`actionType.${action.type}`),
      action.entityName,
      t(`actionStatus.${action.status}`),
      action.decidedBy ?? '—',
      action.comment ?? '',
    ]),
    [t('actions.created'), t('actions.action'), t('actions.entity'), t('actions.status'), t('actions.decidedBy'), t('actions.comment')],
    t('actions.none'),
  );
  section(
    'Playbook runs',
    report.playbookRuns.map((run) => [
      reportTime(run.startedAt),
      run.playbookName,
      t(`playbookRunStatus.${run.status}`),
      run.triggeredBy,
      reportTime(run.finishedAt),
    ]),
    [t('playbooks.started'), t('playbooks.playbook'), t('playbooks.status'), t('playbooks.triggeredBy'), t('playbooks.finished')],
    t('playbooks.none'),
  );

  blocks.push({ kind: 'heading', text: t(SECTION_KEYS.Comments) });
  const commentGap = gapText('Comments');
  if (commentGap) blocks.push({ kind: 'empty', text: commentGap });
  else if (report.comments.length === 0) blocks.push({ kind: 'empty', text: t('comments.none') });
  else {
    for (const comment of report.comments) {
      blocks.push({ kind: 'comment', author: comment.createdBy, time: reportTime(comment.createdDateTime), text: comment.comment });
    }
  }

  section(
    'Activity',
    report.activity.map((entry) => [reportTime(entry.time), entry.actor, describeChange(entry, l10n)]),
    [t('activity.time'), t('activity.by'), t('activity.what')],
    t('activity.none'),
  );
  return blocks;
}
