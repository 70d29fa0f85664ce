import {
  type EntityType,
  type Severity,
  TIMELINE_KINDS,
  type TimelineBucket,
  type TimelineEvent,
  type TimelineKind,
  type TimelinePage,
} from '@soc-kit/components/api';
import { decodeOpaque, encodeOpaque } from './incident-query.js';
import { hashString, mix, mixUnit, Random } from './random.js';
import { invalid } from './validation.js';
import { isoTime } from './iso-time.js';

const HOUR = 3_600_000;
export const HISTOGRAM_BUCKETS = 60;
export const DEFAULT_TIMELINE_LIMIT = 200;
export const MAX_TIMELINE_LIMIT = 1000;

/** Kinds in the order that breaks ties between events at the same millisecond. */
const KIND_RANK: Readonly<Record<TimelineKind, number>> = { alert: 0, activity: 1, bookmark: 2, anomaly: 3 };
const GENERATED_KINDS = ['activity', 'bookmark', 'anomaly'] as const;
type GeneratedKind = (typeof GENERATED_KINDS)[number];
const KIND_SHARE: Readonly<Record<GeneratedKind, number>> = { activity: 0.93, bookmark: 0.02, anomaly: 0.05 };

/** Activity by hour of day (UTC): busier in working hours; mean 1. */
const DIURNAL = (() => {
  const raw = [0.3, 0.25, 0.2, 0.2, 0.25, 0.4, 0.7, 1.1, 1.5, 1.7, 1.7, 1.6, 1.4, 1.6, 1.7, 1.6, 1.4, 1.1, 0.8, 0.6, 0.5, 0.45, 0.4, 0.35];
  const mean = raw.reduce((sum, value) => sum + value, 0) / raw.length;
  return raw.map((value) => value / mean);
})();

/** An alert that names the entity: a real event among the generated ones. */
export interface AlertOnTimeline {
  time: number;
  alertId: string;
  incidentId: string;
  title: string;
  severity: Severity;
  category: string;
  serviceSource: string;
}

/** What a timeline is computed from; nothing of it is stored between calls. */
export interface TimelineSource {
  seed: number;
  entityId: string;
  entityType: EntityType;
  eventsPerDay: number;
  /** Generated events exist in [start, end): from the entity's first sighting up to now. */
  start: number;
  end: number;
  /** Sorted by time, then alert id. */
  alerts: readonly AlertOnTimeline[];
}

export interface TimelineWindow {
  from: number;
  to: number;
  kinds: readonly TimelineKind[];
  limit: number;
  /** Events strictly before this key (time, kind rank, index) in the timeline's order. */
  before: EventKey | null;
}

type EventKey = readonly [time: number, kindRank: number, index: number];

const compareKeys = (a: EventKey, b: EventKey) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * A procedural entity timeline. Each (entity, hour, kind) has an event count derived from a
 * hash, and the j-th event of n lies in the j-th n-th of the hour, so the number of events
 * before any instant is arithmetic: windows, totals and histograms cost one hash per hour
 * and kind, and only the hours a page shows are generated event by event.
 */
export class ProceduralTimeline {
  private readonly entityHash: number;

  constructor(private readonly source: TimelineSource) {
    this.entityHash = mix(source.seed, hashString(source.entityId));
  }

  page(window: TimelineWindow): TimelinePage {
    const generated = GENERATED_KINDS.filter((kind) => window.kinds.includes(kind));
    const withAlerts = window.kinds.includes('alert');
    const histogram = this.histogram(window.from, window.to, generated, withAlerts);
    const totalCount = histogram.reduce((sum, bucket) => sum + bucket.count, 0);
    const items: TimelineEvent[] = [];
    let last: EventKey | null = null;
    let hasMore = false;

    // Walk back hour by hour from the end of the window, but only over hours that can hold events.
    const upper = window.before ? Math.min(window.before[0] + 1, window.to) : window.to;
    const alerts = withAlerts ? this.alertsBetween(window.from, upper) : [];
    const generatedFrom = generated.length > 0 ? Math.max(window.from, this.source.start) : Infinity;
    const generatedTo = generated.length > 0 ? Math.min(upper, this.source.end) : -Infinity;
    const low = Math.min(generatedFrom, alerts[0]?.time ?? Infinity);
    const high = Math.max(generatedFrom < generatedTo ? generatedTo : -Infinity, (alerts.at(-1)?.time ?? -Infinity) + 1);
    if (low < high) {
      for (let hour = Math.floor((high - 1) / HOUR); hour >= Math.floor(low / HOUR) && !hasMore; hour--) {
        for (const event of this.eventsOfHour(hour, window, generated, alerts)) {
          if (items.length === window.limit) {
            hasMore = true;
            break;
          }
          items.push(event.build());
          last = event.key;
        }
      }
    }
    return {
      items,
      totalCount,
      nextCursor: hasMore && last ? encodeOpaque(['t', ...last]) : null,
      histogram,
    };
  }

  /** The titles of the generated activity in [from, to), most frequent first. */
  frequentActivities(from: number, to: number, top: number): { title: string; count: number }[] {
    const counts = new Map<string, number>();
    const titles = ACTIVITY[this.source.entityType];
    for (let hour = Math.floor(from / HOUR); hour * HOUR < to; hour++) {
      const n = this.countOf(hour, 'activity');
      for (let j = 0; j < n; j++) {
        const time = this.timeOf(hour, 'activity', j, n);
        if (time < from || time >= to || time < this.source.start || time >= this.source.end) continue;
        const title = titles[this.titleIndex(hour, 'activity', j, titles.length)]!.title;
        counts.set(title, (counts.get(title) ?? 0) + 1);
      }
    }
    return [...counts]
      .map(([title, count]) => ({ title, count }))
      .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title))
      .slice(0, top);
  }

  /** The time of the latest event before `end`, or `null`. */
  lastEventBefore(end: number): number | null {
    const alert = this.source.alerts.filter((a) => a.time < end).pop()?.time ?? null;
    for (let hour = Math.floor((end - 1) / HOUR); hour * HOUR >= this.source.start - HOUR && hour > Math.floor((end - 1) / HOUR) - 24 * 400; hour--) {
      let latest: number | null = null;
      for (const kind of GENERATED_KINDS) {
        const n = this.countOf(hour, kind);
        for (let j = n - 1; j >= 0; j--) {
          const time = this.timeOf(hour, kind, j, n);
          if (time < end && time >= this.source.start) {
            latest = Math.max(latest ?? time, time);
            break;
          }
        }
      }
      if (latest !== null) return alert === null ? latest : Math.max(alert, latest);
    }
    return alert;
  }

  private histogram(from: number, to: number, kinds: readonly GeneratedKind[], withAlerts: boolean): TimelineBucket[] {
    const span = to - from;
    const bucketCount = Math.max(1, Math.min(HISTOGRAM_BUCKETS, span));
    const boundary = (i: number) => from + Math.floor((i * span) / bucketCount);
    const counts = new Array<number>(bucketCount).fill(0);
    const low = Math.max(from, this.source.start);
    const high = Math.min(to, this.source.end);
    if (kinds.length > 0 && low < high) {
      let bucket = 0;
      for (let hour = Math.floor(low / HOUR); hour * HOUR < high; hour++) {
        const hourStart = Math.max(hour * HOUR, low);
        const hourEnd = Math.min((hour + 1) * HOUR, high);
        while (boundary(bucket + 1) <= hourStart) bucket++;
        for (const kind of kinds) {
          const n = this.countOf(hour, kind);
          if (n === 0) continue;
          // Split the hour at every bucket boundary inside it.
          let segmentStart = hourStart;
          let b = bucket;
          while (segmentStart < hourEnd) {
            const segmentEnd = Math.min(hourEnd, boundary(b + 1));
            counts[b]! += this.countBefore(hour, kind, n, segmentEnd) - this.countBefore(hour, kind, n, segmentStart);
            segmentStart = segmentEnd;
            b++;
          }
        }
      }
    }
    if (withAlerts) {
      for (const alert of this.source.alerts) {
        if (alert.time < from || alert.time >= to) continue;
        let b = Math.min(bucketCount - 1, Math.floor(((alert.time - from) * bucketCount) / span));
        while (b > 0 && boundary(b) > alert.time) b--;
        while (b < bucketCount - 1 && boundary(b + 1) <= alert.time) b++;
        counts[b]!++;
      }
    }
    return counts.map((count, i) => ({ start: isoTime(boundary(i)), count }));
  }

  /** Alerts in [from, to), with their position in the timeline's alert list (their tie-breaker). */
  private alertsBetween(from: number, to: number): { time: number; index: number; alert: AlertOnTimeline }[] {
    const alerts = this.source.alerts;
    let low = 0;
    let high = alerts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (alerts[mid]!.time < from) low = mid + 1;
      else high = mid;
    }
    const found: { time: number; index: number; alert: AlertOnTimeline }[] = [];
    for (let index = low; index < alerts.length && alerts[index]!.time < to; index++) found.push({ time: alerts[index]!.time, index, alert: alerts[index]! });
    return found;
  }

  /** Events of one hour inside the window and before the cursor, newest first. */
  private eventsOfHour(
    hour: number,
    window: TimelineWindow,
    kinds: readonly GeneratedKind[],
    alerts: readonly { time: number; index: number; alert: AlertOnTimeline }[],
  ): { key: EventKey; build: () => TimelineEvent }[] {
    const low = Math.max(window.from, hour * HOUR);
    const high = Math.min(window.to, (hour + 1) * HOUR);
    const events: { key: EventKey; build: () => TimelineEvent }[] = [];
    const accept = (key: EventKey) => !window.before || compareKeys(key, window.before) < 0;
    if (high > this.source.start && low < this.source.end) {
      for (const kind of kinds) {
        const n = this.countOf(hour, kind);
        for (let j = 0; j < n; j++) {
          const time = this.timeOf(hour, kind, j, n);
          if (time < low || time >= high || time < this.source.start || time >= this.source.end) continue;
          const key: EventKey = [time, KIND_RANK[kind], j];
          if (accept(key)) events.push({ key, build: () => this.generatedEvent(hour, kind, j, time) });
        }
      }
    }
    let first = 0;
    let last = alerts.length;
    while (first < last) {
      const mid = (first + last) >>> 1;
      if (alerts[mid]!.time < low) first = mid + 1;
      else last = mid;
    }
    for (let i = first; i < alerts.length && alerts[i]!.time < high; i++) {
      const { time, index, alert } = alerts[i]!;
      const key: EventKey = [time, KIND_RANK.alert, index];
      if (accept(key)) events.push({ key, build: () => this.alertEvent(alert) });
    }
    return events.sort((a, b) => compareKeys(b.key, a.key));
  }

  private countOf(hour: number, kind: GeneratedKind): number {
    const kindSalt = KIND_RANK[kind];
    const variation = 0.6 + 0.8 * mixUnit(this.entityHash, hour, kindSalt, 1);
    const hourOfDay = ((hour % 24) + 24) % 24;
    const mean = (this.source.eventsPerDay / 24) * KIND_SHARE[kind] * DIURNAL[hourOfDay]! * variation;
    return Math.floor(mean + mixUnit(this.entityHash, hour, kindSalt, 2));
  }

  private timeOf(hour: number, kind: GeneratedKind, j: number, n: number): number {
    return hour * HOUR + Math.floor(((j + mixUnit(this.entityHash, hour, KIND_RANK[kind], j, 3)) * HOUR) / n);
  }

  /** How many of the hour's n events of `kind` are before the absolute time `instant`. */
  private countBefore(hour: number, kind: GeneratedKind, n: number, instant: number): number {
    const offset = instant - hour * HOUR;
    if (offset <= 0) return 0;
    if (offset >= HOUR) return n;
    const m = Math.min(n, Math.floor((offset * n) / HOUR));
    return m < n && this.timeOf(hour, kind, m, n) < instant ? m + 1 : m;
  }

  private titleIndex(hour: number, kind: GeneratedKind, j: number, count: number): number {
    // Squared to make a few activities much more common than the rest, as in real telemetry.
    return Math.floor(Math.pow(mixUnit(this.entityHash, hour, KIND_RANK[kind], j, 4), 2) * count);
  }

  private generatedEvent(hour: number, kind: GeneratedKind, j: number, time: number): TimelineEvent {
    const catalogue = kind === 'activity' ? ACTIVITY[this.source.entityType] : kind === 'anomaly' ? ANOMALIES : BOOKMARKS;
    const template = catalogue[this.titleIndex(hour, kind, j, catalogue.length)]!;
    const random = new Random(this.entityHash, hour, KIND_RANK[kind], j);
    const event: TimelineEvent = {
      id: `${this.source.entityId}~${hour}~${kind}~${j}`,
      entityId: this.source.entityId,
      time: isoTime(time),
      kind,
      title: template.title,
      properties: template.properties(random),
    };
    if (kind === 'anomaly') event.severity = random.pick(['low', 'medium', 'medium', 'high'] as const);
    return event;
  }

  private alertEvent(alert: AlertOnTimeline): TimelineEvent {
    return {
      id: `${this.source.entityId}~alert~${alert.alertId}`,
      entityId: this.source.entityId,
      time: isoTime(alert.time),
      kind: 'alert',
      title: alert.title,
      severity: alert.severity,
      properties: { Category: alert.category, ServiceSource: alert.serviceSource },
      alertId: alert.alertId,
      incidentId: alert.incidentId,
    };
  }
}

/** Reads the cursor of a previous timeline page. */
export function decodeTimelineCursor(cursor: unknown): EventKey {
  const value = decodeOpaque(cursor);
  if (Array.isArray(value) && value.length === 4 && value[0] === 't' && value.slice(1).every((part) => Number.isInteger(part))) {
    return [value[1], value[2], value[3]];
  }
  return invalid('cursor', 'The cursor is not one this service issued.');
}

export const ALL_TIMELINE_KINDS: readonly TimelineKind[] = TIMELINE_KINDS;

interface EventTemplate {
  title: string;
  properties: (random: Random) => Record<string, string>;
}

const ip = (random: Random) => `${random.pick([20, 40, 52, 104, 185, 45, 91])}.${random.between(1, 254)}.${random.between(0, 255)}.${random.between(1, 254)}`;
const internalIp = (random: Random) => `10.${random.between(1, 40)}.${random.between(0, 255)}.${random.between(2, 254)}`;
const account = (random: Random) => `CONTOSO\\${random.pick(['adams', 'bkim', 'cpatel', 'dlopez', 'esato', 'svc-backup', 'svc-sql'])}`;
const processName = (random: Random) => random.pick(['svchost.exe', 'msedge.exe', 'OUTLOOK.EXE', 'Teams.exe', 'powershell.exe', 'cmd.exe', 'explorer.exe', 'OneDrive.exe']);
const country = (random: Random) => random.pick(['US', 'NL', 'DE', 'GB', 'FR', 'IN', 'BR', 'SG']);
const app = (random: Random) => random.pick(['Office 365', 'Microsoft Teams', 'SharePoint Online', 'Exchange Online', 'Azure Portal', 'Salesforce']);

const ACTIVITY: Readonly<Record<EntityType, readonly EventTemplate[]>> = {
  device: [
    { title: 'Process created', properties: (r) => ({ FileName: processName(r), ProcessId: String(r.between(400, 14000)), AccountName: account(r) }) },
    { title: 'Outbound connection', properties: (r) => ({ RemoteIP: ip(r), RemotePort: String(r.pick([443, 80, 445, 3389])), Protocol: 'Tcp' }) },
    { title: 'File created', properties: (r) => ({ FileName: r.pick(['report.xlsx', 'setup.msi', 'update.ps1', 'notes.txt']), FolderPath: 'C:\\Users\\Public\\Downloads' }) },
    { title: 'Logon success', properties: (r) => ({ AccountName: account(r), LogonType: r.pick(['Interactive', 'Network', 'RemoteInteractive']) }) },
    { title: 'DNS query', properties: (r) => ({ QueryName: r.pick(['login.microsoftonline.com', 'outlook.office365.com', 'update.contoso.com', 'cdn.example.net']) }) },
    { title: 'Registry value set', properties: () => ({ RegistryKey: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run' }) },
    { title: 'Image loaded', properties: (r) => ({ FileName: r.pick(['ntdll.dll', 'kernel32.dll', 'amsi.dll', 'clr.dll']) }) },
    { title: 'Antivirus scan completed', properties: (r) => ({ ScanType: r.pick(['Quick', 'Full']), ThreatsFound: '0' }) },
    { title: 'Service installed', properties: (r) => ({ ServiceName: r.pick(['Windows Update Medic', 'Contoso Agent', 'PSEXESVC']) }) },
    { title: 'Logon failed', properties: (r) => ({ AccountName: account(r), FailureReason: 'Wrong password' }) },
  ],
  user: [
    { title: 'Sign-in succeeded', properties: (r) => ({ Application: app(r), IPAddress: ip(r), Country: country(r) }) },
    { title: 'Mailbox accessed', properties: (r) => ({ ClientIP: ip(r), Client: r.pick(['Outlook', 'OWA', 'Mobile']) }) },
    { title: 'File downloaded from SharePoint', properties: (r) => ({ FileName: r.pick(['Budget FY25.xlsx', 'Roadmap.pptx', 'Contract.pdf']) }) },
    { title: 'MFA completed', properties: (r) => ({ Method: r.pick(['Authenticator app', 'FIDO2 key', 'Phone call']) }) },
    { title: 'Teams message sent', properties: () => ({ Channel: 'General' }) },
    { title: 'Sign-in failed', properties: (r) => ({ Application: app(r), IPAddress: ip(r), ErrorCode: '50126' }) },
    { title: 'Password changed', properties: () => ({ Initiator: 'Self-service password reset' }) },
    { title: 'Inbox rule created', properties: (r) => ({ RuleName: r.pick(['Move newsletters', '..', 'Archive']) }) },
    { title: 'Role assigned', properties: (r) => ({ Role: r.pick(['Reports Reader', 'Global Reader']) }) },
  ],
  mailbox: [
    { title: 'Email received', properties: (r) => ({ Sender: r.pick(['billing@fabrikam.com', 'noreply@docusign.net', 'hr@contoso.com']), Subject: r.pick(['Invoice', 'Please review', 'Policy update']) }) },
    { title: 'Email sent', properties: (r) => ({ Recipient: r.pick(['partner@fabrikam.com', 'team@contoso.com']) }) },
    { title: 'Email opened', properties: (r) => ({ Client: r.pick(['Outlook', 'OWA']) }) },
    { title: 'Link clicked', properties: (r) => ({ Url: r.pick(['https://contoso.sharepoint.com/s/doc', 'https://aka.ms/mfa']) }) },
    { title: 'Email moved to Junk', properties: () => ({ Reason: 'Spam filter' }) },
  ],
  ip: [
    { title: 'Inbound connection', properties: (r) => ({ DestinationIP: internalIp(r), DestinationPort: String(r.pick([443, 22, 3389])) }) },
    { title: 'Sign-in attempt from address', properties: (r) => ({ Application: app(r), Result: r.pick(['Success', 'Failure']) }) },
    { title: 'Firewall block', properties: (r) => ({ Rule: r.pick(['Deny-Inbound-RDP', 'Deny-TI-Indicators']) }) },
    { title: 'DNS resolution', properties: (r) => ({ QueryName: r.pick(['cdn.example.net', 'mail.fabrikam.com']) }) },
    { title: 'TLS handshake', properties: (r) => ({ JA3: r.pick(['72a589da586844d7f0818ce684948eea', 'a0e9f5d64349fb13191bc781f81f42e1']) }) },
  ],
  url: [
    { title: 'URL clicked', properties: (r) => ({ AccountName: account(r), Workload: r.pick(['Email', 'Teams']) }) },
    { title: 'URL scanned by Safe Links', properties: (r) => ({ Verdict: r.pick(['Clean', 'Malicious', 'Suspicious']) }) },
    { title: 'URL visited', properties: (r) => ({ Browser: r.pick(['Microsoft Edge', 'Chrome']) }) },
    { title: 'Blocked by SmartScreen', properties: () => ({ Action: 'Blocked' }) },
  ],
  file: [
    { title: 'File observed', properties: (r) => ({ DeviceName: `CONTOSO-WS-${r.between(1000, 1999)}` }) },
    { title: 'File opened', properties: (r) => ({ ProcessName: processName(r) }) },
    { title: 'File executed', properties: (r) => ({ AccountName: account(r) }) },
    { title: 'File scanned', properties: (r) => ({ Result: r.pick(['No threats', 'Suspicious']) }) },
    { title: 'File copied', properties: () => ({ Destination: '\\\\CONTOSO-FILE-01\\Share' }) },
  ],
  process: [
    { title: 'Process started', properties: (r) => ({ ParentProcess: processName(r) }) },
    { title: 'Child process created', properties: (r) => ({ FileName: processName(r) }) },
    { title: 'Network connection', properties: (r) => ({ RemoteIP: ip(r), RemotePort: String(r.pick([443, 80, 8080])) }) },
    { title: 'Module loaded', properties: (r) => ({ FileName: r.pick(['amsi.dll', 'wininet.dll', 'dbghelp.dll']) }) },
    { title: 'Process terminated', properties: () => ({ ExitCode: '0' }) },
  ],
  cloudApplication: [
    { title: 'User sign-in', properties: (r) => ({ AccountName: account(r), IPAddress: ip(r) }) },
    { title: 'File downloaded', properties: (r) => ({ FileName: r.pick(['Q3 plan.docx', 'export.csv']) }) },
    { title: 'File shared externally', properties: () => ({ SharedWith: 'guest@gmail.com' }) },
    { title: 'Admin activity', properties: (r) => ({ Operation: r.pick(['Update policy', 'Add member']) }) },
    { title: 'OAuth consent granted', properties: () => ({ Permission: 'Mail.Read' }) },
  ],
  azureResource: [
    { title: 'Resource read', properties: (r) => ({ Caller: account(r), Operation: 'Microsoft.Resources/read' }) },
    { title: 'Configuration changed', properties: (r) => ({ Caller: account(r), Operation: r.pick(['write', 'action']) }) },
    { title: 'Secret retrieved', properties: (r) => ({ SecretName: r.pick(['sql-admin', 'storage-key', 'api-token']) }) },
    { title: 'Role assignment added', properties: () => ({ Role: 'Contributor' }) },
    { title: 'Deployment', properties: (r) => ({ Template: r.pick(['vm-scale-set', 'web-app']) }) },
  ],
  registryKey: [
    { title: 'Registry key read', properties: (r) => ({ ProcessName: processName(r) }) },
    { title: 'Registry key created', properties: (r) => ({ ProcessName: processName(r) }) },
    { title: 'Registry value set', properties: (r) => ({ ProcessName: processName(r) }) },
  ],
  registryValue: [
    { title: 'Registry value read', properties: (r) => ({ ProcessName: processName(r) }) },
    { title: 'Registry value set', properties: (r) => ({ ProcessName: processName(r) }) },
    { title: 'Registry value deleted', properties: (r) => ({ ProcessName: processName(r) }) },
  ],
  unknown: [{ title: 'Activity observed', properties: () => ({}) }],
};

const ANOMALIES: readonly EventTemplate[] = [
  { title: 'Unusual volume of activity', properties: (r) => ({ Score: String(r.between(60, 99)) }) },
  { title: 'Activity at an unusual hour', properties: (r) => ({ Score: String(r.between(60, 99)) }) },
  { title: 'First activity from a new location', properties: (r) => ({ Country: country(r) }) },
  { title: 'Rare process for this entity', properties: (r) => ({ FileName: processName(r) }) },
  { title: 'Spike in failed operations', properties: (r) => ({ Failures: String(r.between(20, 400)) }) },
];

const BOOKMARKS: readonly EventTemplate[] = [
  { title: 'Bookmark: suspicious sign-in sequence', properties: () => ({ CreatedBy: 'adele.vance@contoso.com' }) },
  { title: 'Bookmark: hunting query result', properties: () => ({ Query: 'DeviceProcessEvents | where FileName =~ "rundll32.exe"' }) },
  { title: 'Bookmark: analyst note', properties: () => ({ CreatedBy: 'diego.siciliani@contoso.com' }) },
];
