import type {
  Classification,
  DetectionSource,
  Determination,
  ImpactedAssets,
  Incident,
  IncidentStatus,
  InvestigationState,
  SensitivityLabel,
  ServiceSource,
  Severity,
  Tactic,
} from '@soc-kit/components/api';
import { hexDigits, mix } from './random.js';
import { isoTime } from './iso-time.js';

/**
 * An incident as the service holds it: times as epoch milliseconds (cheap to sort and to
 * generate by the hundred thousand) and a version number instead of an etag. Arrays are never
 * changed in place, so records may share them and a shallow copy is a snapshot.
 */
export interface IncidentRecord {
  /** Dense position in the service's incident array, used by the indexes. */
  readonly n: number;
  readonly id: string;
  displayName: string;
  description: string;
  severity: Severity;
  status: IncidentStatus;
  classification: Classification;
  determination: Determination;
  assignedTo: string | null;
  customTags: readonly string[];
  systemTags: readonly string[];
  created: number;
  lastUpdate: number;
  firstActivity: number;
  lastActivity: number;
  resolvingComment: string | null;
  redirectIncidentId: string | null;
  serviceSources: readonly ServiceSource[];
  detectionSources: readonly DetectionSource[];
  categories: readonly string[];
  mitreTechniques: readonly string[];
  tactics: readonly Tactic[];
  alertCount: number;
  activeAlertCount: number;
  impactedAssets: Readonly<ImpactedAssets>;
  investigationState: InvestigationState;
  deviceGroups: readonly string[];
  osPlatforms: readonly string[];
  threats: readonly string[];
  sensitivityLabels: readonly SensitivityLabel[];
  version: number;
}

/** Incident ids are numbers, as in Defender; the first generated incident is 1001. */
export const FIRST_INCIDENT_NUMBER = 1001;

export function incidentIdOf(n: number): string {
  return String(FIRST_INCIDENT_NUMBER + n);
}

/** The dense position of an incident id, or `undefined` when the id is not one the service mints. */
export function positionOfIncidentId(id: string): number | undefined {
  if (!/^[1-9]\d{0,9}$/.test(id)) return undefined;
  const n = Number(id) - FIRST_INCIDENT_NUMBER;
  return n >= 0 ? n : undefined;
}

export function etagOf(record: IncidentRecord, seed: number): string {
  return `"${record.version.toString(36)}-${hexDigits(mix(seed, record.n, record.version), 10)}"`;
}

export function toIncident(record: IncidentRecord, seed: number): Incident {
  return {
    id: record.id,
    displayName: record.displayName,
    description: record.description,
    severity: record.severity,
    status: record.status,
    classification: record.classification,
    determination: record.determination,
    assignedTo: record.assignedTo,
    customTags: [...record.customTags],
    systemTags: [...record.systemTags],
    createdDateTime: isoTime(record.created),
    lastUpdateDateTime: isoTime(record.lastUpdate),
    firstActivityDateTime: isoTime(record.firstActivity),
    lastActivityDateTime: isoTime(record.lastActivity),
    resolvingComment: record.resolvingComment,
    redirectIncidentId: record.redirectIncidentId,
    serviceSources: [...record.serviceSources],
    detectionSources: [...record.detectionSources],
    categories: [...record.categories],
    mitreTechniques: [...record.mitreTechniques],
    tactics: [...record.tactics],
    alertCount: record.alertCount,
    activeAlertCount: record.activeAlertCount,
    impactedAssets: { ...record.impactedAssets },
    investigationState: record.investigationState,
    deviceGroups: [...record.deviceGroups],
    osPlatforms: [...record.osPlatforms],
    threats: [...record.threats],
    sensitivityLabels: [...record.sensitivityLabels],
    etag: etagOf(record, seed),
  };
}

/** Shares equal arrays and objects between records, which keeps 100,000 incidents small. */
export class Interner {
  private readonly values = new Map<string, unknown>();

  array<T>(items: readonly T[]): readonly T[] {
    return this.share(`a:${items.join('\u0001')}`, () => Object.freeze([...items]));
  }

  assets(assets: ImpactedAssets): Readonly<ImpactedAssets> {
    const key = `i:${assets.devices},${assets.users},${assets.mailboxes},${assets.apps},${assets.ips},${assets.cloudResources}`;
    return this.share(key, () => Object.freeze({ ...assets }));
  }

  private share<T>(key: string, create: () => T): T {
    let value = this.values.get(key) as T | undefined;
    if (value === undefined) {
      value = create();
      if (this.values.size < 50_000) this.values.set(key, value);
    }
    return value;
  }
}
