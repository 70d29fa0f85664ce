import type { IncidentApi } from '../api/incident-api.js';
import type {
  ActivityEntry,
  Alert,
  Comment,
  Evidence,
  Incident,
  PlaybookRun,
  RemediationAction,
} from '../api/model.js';

/** Everything an incident report holds, gathered once so both renderings say the same. */
export interface IncidentReport {
  incident: Incident;
  /** Oldest first: the report's timeline. */
  alerts: Alert[];
  evidence: Evidence[];
  remediationActions: RemediationAction[];
  playbookRuns: PlaybookRun[];
  /** Oldest first. */
  comments: Comment[];
  /** Oldest first. */
  activity: ActivityEntry[];
  generatedAt: string;
  /** Sections the backend could not provide: the report says so instead of looking complete. */
  gaps: ReportGap[];
}

/** A section left out: its reading failed with `error`, or, without one, the backend does not provide it. */
export interface ReportGap {
  section: ReportSection;
  error?: unknown;
}

/** A section of the report, named in English; the report shows its name in the reader's language. */
export type ReportSection = 'Alerts' | 'Evidence' | 'Actions taken' | 'Playbook runs' | 'Comments' | 'Activity';

const byTime =
  <T>(time: (item: T) => string) =>
  (a: T, b: T) =>
    Date.parse(time(a)) - Date.parse(time(b));

/**
 * Reads what a report needs through the client. The incident itself must load; every other
 * section is best effort (a backend without remediation still gets a report), and a section that
 * failed or is not supported is listed in `gaps`.
 */
export async function gatherIncidentReport(
  api: IncidentApi,
  incidentId: string,
  { signal, now = Date.now() }: { signal?: AbortSignal; now?: number } = {},
): Promise<IncidentReport> {
  const can = (capability: Parameters<typeof api.capabilities.has>[0]) => api.capabilities.has(capability);
  const gaps: IncidentReport['gaps'] = [];
  async function section<T>(name: ReportSection, supported: boolean, load: () => Promise<T[]>): Promise<T[]> {
    if (!supported) {
      gaps.push({ section: name });
      return [];
    }
    try {
      return await load();
    } catch (error) {
      if (signal?.aborted) throw error;
      gaps.push({ section: name, error });
      return [];
    }
  }

  const incident = await api.getIncident(incidentId, { signal });
  const [alerts, evidence, remediationActions, playbookRuns, comments, activity] = await Promise.all([
    section('Alerts', true, () => api.listIncidentAlerts(incidentId, { signal })),
    section('Evidence', can('evidence'), () => api.listEvidence(incidentId, { signal })),
    section('Actions taken', can('remediation'), () => api.listRemediationActions({ incidentId }, { signal })),
    section('Playbook runs', can('playbooks'), () => api.listPlaybookRuns({ kind: 'incident', id: incidentId }, { signal })),
    section('Comments', true, () => api.listComments(incidentId, { signal })),
    section('Activity', can('activity'), () => api.listActivity(incidentId, { signal })),
  ]);
  return {
    incident,
    alerts: alerts.sort(byTime((alert) => alert.firstActivityDateTime)),
    evidence,
    remediationActions: remediationActions.sort(byTime((action) => action.createdDateTime)),
    playbookRuns: playbookRuns.sort(byTime((run) => run.startedAt)),
    comments: comments.sort(byTime((comment) => comment.createdDateTime)),
    activity: activity.sort(byTime((entry) => entry.time)),
    generatedAt: new Date(now).toISOString(),
    gaps,
  };
}

/** A report's timestamps: UTC, minutes, unambiguous for readers in any time zone. */
export function reportTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '—';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The file name a downloaded report gets: the incident's ID, nothing from free text. */
export function reportFileName(incident: Incident, extension: string): string {
  const id = incident.id.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64) || 'incident';
  return `incident-${id}-report.${extension}`;
}
