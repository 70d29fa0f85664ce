import {
  ALERT_STATUSES,
  type AlertStatus,
  CLASSIFICATIONS,
  type Classification,
  DETECTION_SOURCES,
  type DetectionSource,
  DETERMINATIONS,
  type Determination,
  type Entity,
  INCIDENT_STATUSES,
  type IncidentStatus,
  SERVICE_SOURCES,
  type ServiceSource,
  SENSITIVITY_LABELS,
  type SensitivityLabel,
  SEVERITIES,
  type Severity,
} from '@soc-kit/components/api';
import {
  invalid,
  LIMITS,
  normaliseTags,
  optionalText,
  rejectUnknownFields,
  requireAssignee,
  requireDisplayName,
  requireEnumIgnoringCase,
  requireObject,
  requireStringArray,
  requireText,
  requireTime,
} from './validation.js';

/**
 * Microsoft Graph `alertEvidence` JSON: `@odata.type` names the kind
 * (`#microsoft.graph.security.deviceEvidence`, ...), the other properties are Graph's.
 */
export interface GraphEvidenceInput {
  '@odata.type': string;
  [property: string]: unknown;
}

/** An alert of an incident sent for ingestion, in Graph's shape. */
export interface AlertInput {
  title: string;
  description?: string;
  severity?: Severity;
  status?: AlertStatus;
  serviceSource?: ServiceSource;
  detectionSource?: DetectionSource;
  category?: string;
  mitreTechniques?: string[];
  recommendedActions?: string;
  firstActivityDateTime?: string;
  lastActivityDateTime?: string;
  /** The threat the alert names ("Qakbot"); the incident's threats are its alerts'. */
  threatDisplayName?: string;
  /** The threat's family, read when there is no `threatDisplayName`. */
  threatFamilyName?: string;
  evidence?: GraphEvidenceInput[];
}

/**
 * An incident sent for ingestion (`POST /incidents`), in Graph's shape. Enumeration values
 * are accepted in any letter case; everything the incident summarises (sources, categories,
 * techniques, tactics, counts, impacted assets, device groups and OS platforms of its devices,
 * threats) is derived from its alerts. `sensitivityLabels` is the kit's own: Graph has none.
 */
export interface IncidentInput {
  displayName: string;
  description?: string;
  severity?: Severity;
  status?: IncidentStatus;
  classification?: Classification;
  determination?: Determination;
  assignedTo?: string | null;
  customTags?: string[];
  sensitivityLabels?: SensitivityLabel[];
  alerts?: AlertInput[];
}

export interface CheckedAlertInput {
  title: string;
  description: string;
  severity: Severity;
  status: AlertStatus;
  serviceSource: ServiceSource;
  detectionSource: DetectionSource;
  category: string;
  mitreTechniques: string[];
  recommendedActions: string;
  firstActivity: number | null;
  lastActivity: number | null;
  /** `threatDisplayName`, else `threatFamilyName`; '' for none. */
  threat: string;
  evidence: Record<string, unknown>[];
}

export interface CheckedIncidentInput {
  displayName: string;
  description: string;
  severity: Severity | null;
  status: IncidentStatus;
  classification: Classification;
  determination: Determination;
  assignedTo: string | null;
  customTags: string[];
  sensitivityLabels: SensitivityLabel[];
  alerts: CheckedAlertInput[];
}

const INCIDENT_FIELDS = [
  'displayName', 'description', 'severity', 'status', 'classification', 'determination', 'assignedTo', 'customTags', 'sensitivityLabels', 'alerts',
];
const ALERT_FIELDS = [
  'title', 'description', 'severity', 'status', 'serviceSource', 'detectionSource', 'category', 'mitreTechniques',
  'recommendedActions', 'firstActivityDateTime', 'lastActivityDateTime', 'threatDisplayName', 'threatFamilyName', 'evidence',
];
const THREAT_NAME_LENGTH = 200;

/** The device groups and OS platforms of an incident's devices, each once, in order of first mention. */
export function deviceFactsOf(entities: readonly Entity[]): { deviceGroups: string[]; osPlatforms: string[] } {
  const devices = entities.filter((entity) => entity.type === 'device');
  return {
    deviceGroups: [...new Set(devices.map((device) => device.rbacGroupName ?? '').filter(Boolean))],
    osPlatforms: [...new Set(devices.map((device) => device.osPlatform).filter(Boolean))],
  };
}
const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;

/** Checks an ingested incident completely, before anything is stored. */
export function checkIncidentInput(value: unknown): CheckedIncidentInput {
  const input = requireObject('incident', value);
  rejectUnknownFields('the incident', input, INCIDENT_FIELDS);
  const status = input['status'] === undefined ? 'active' : requireEnumIgnoringCase('status', input['status'], INCIDENT_STATUSES);
  if (status === 'redirected') invalid('status', 'A new incident cannot be redirected; create it active, inProgress or resolved.');
  const classification = input['classification'] === undefined ? 'unknown' : requireEnumIgnoringCase('classification', input['classification'], CLASSIFICATIONS);
  const determination = input['determination'] === undefined ? 'unknown' : requireEnumIgnoringCase('determination', input['determination'], DETERMINATIONS);
  if (determination !== 'unknown' && classification !== 'truePositive') {
    invalid('determination', `A determination can only be set when the classification is truePositive (it is ${classification}).`);
  }
  if (status === 'resolved' && classification === 'unknown') {
    invalid('classification', 'Resolving an incident needs a classification: truePositive, falsePositive or informationalExpectedActivity.');
  }
  const alerts = input['alerts'] === undefined ? [] : input['alerts'];
  if (!Array.isArray(alerts)) invalid('alerts', 'alerts must be an array.');
  if (alerts.length > LIMITS.alertsPerIncident) invalid('alerts', `An incident can have at most ${LIMITS.alertsPerIncident} alerts.`);
  return {
    displayName: requireDisplayName(input['displayName']),
    description: optionalText('description', input['description'], LIMITS.descriptionLength),
    severity: input['severity'] === undefined ? null : requireEnumIgnoringCase('severity', input['severity'], SEVERITIES),
    status,
    classification,
    determination,
    assignedTo: input['assignedTo'] === undefined ? null : requireAssignee(input['assignedTo']),
    customTags: input['customTags'] === undefined ? [] : normaliseTags(input['customTags']),
    sensitivityLabels: input['sensitivityLabels'] === undefined ? [] : checkSensitivityLabels(input['sensitivityLabels']),
    alerts: alerts.map((alert, index) => checkAlert(alert, `alerts[${index}]`)),
  };
}

function checkSensitivityLabels(value: unknown): SensitivityLabel[] {
  if (!Array.isArray(value)) invalid('sensitivityLabels', `sensitivityLabels must be an array of: ${SENSITIVITY_LABELS.join(', ')}.`);
  return [...new Set(value.map((label) => requireEnumIgnoringCase('sensitivityLabels', label, SENSITIVITY_LABELS)))];
}

function checkAlert(value: unknown, path: string): CheckedAlertInput {
  const alert = requireObject(path, value);
  rejectUnknownFields(path, alert, ALERT_FIELDS);
  const techniques = alert['mitreTechniques'] === undefined ? [] : requireStringArray(`${path}.mitreTechniques`, alert['mitreTechniques']);
  for (const technique of techniques) {
    if (!TECHNIQUE_ID.test(technique)) invalid(`${path}.mitreTechniques`, `"${technique}" is not a MITRE ATT&CK technique id such as T1059 or T1059.001.`);
  }
  const firstActivity = alert['firstActivityDateTime'] === undefined ? null : requireTime(`${path}.firstActivityDateTime`, alert['firstActivityDateTime']);
  const lastActivity = alert['lastActivityDateTime'] === undefined ? null : requireTime(`${path}.lastActivityDateTime`, alert['lastActivityDateTime']);
  if (firstActivity !== null && lastActivity !== null && lastActivity < firstActivity) {
    invalid(`${path}.lastActivityDateTime`, 'lastActivityDateTime must not be before firstActivityDateTime.');
  }
  const evidence = alert['evidence'] === undefined ? [] : alert['evidence'];
  if (!Array.isArray(evidence)) invalid(`${path}.evidence`, 'evidence must be an array of Graph alertEvidence objects.');
  if (evidence.length > LIMITS.evidencePerAlert) invalid(`${path}.evidence`, `An alert can have at most ${LIMITS.evidencePerAlert} evidence items.`);
  evidence.forEach((item, index) => requireObject(`${path}.evidence[${index}]`, item));
  const category = optionalText(`${path}.category`, alert['category'], 100);
  const threatDisplayName = optionalText(`${path}.threatDisplayName`, alert['threatDisplayName'], THREAT_NAME_LENGTH);
  const threatFamilyName = optionalText(`${path}.threatFamilyName`, alert['threatFamilyName'], THREAT_NAME_LENGTH);
  return {
    title: requireText(`${path}.title`, alert['title'], 1, LIMITS.displayNameLength),
    description: optionalText(`${path}.description`, alert['description'], LIMITS.descriptionLength),
    severity: alert['severity'] === undefined ? 'medium' : requireEnumIgnoringCase(`${path}.severity`, alert['severity'], SEVERITIES),
    status: alert['status'] === undefined ? 'new' : requireEnumIgnoringCase(`${path}.status`, alert['status'], ALERT_STATUSES),
    serviceSource: alert['serviceSource'] === undefined ? 'unknown' : requireEnumIgnoringCase(`${path}.serviceSource`, alert['serviceSource'], SERVICE_SOURCES),
    detectionSource: alert['detectionSource'] === undefined ? 'unknown' : requireEnumIgnoringCase(`${path}.detectionSource`, alert['detectionSource'], DETECTION_SOURCES),
    category: category.trim(),
    mitreTechniques: [...new Set(techniques)],
    recommendedActions: optionalText(`${path}.recommendedActions`, alert['recommendedActions'], LIMITS.descriptionLength),
    firstActivity,
    lastActivity,
    threat: threatDisplayName.trim() || threatFamilyName.trim(),
    evidence: evidence as Record<string, unknown>[],
  };
}
