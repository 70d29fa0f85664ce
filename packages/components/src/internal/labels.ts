import type {
  AlertStatus,
  Classification,
  ConditionOperator,
  ConditionProperty,
  ImpactedAssets,
  DetectionSource,
  DeviceEntity,
  Determination,
  EntityType,
  EvidenceRole,
  IncidentStatus,
  InvestigationState,
  PlaybookRunStatus,
  PlaybookTriggerKind,
  RemediationActionStatus,
  RemediationActionType,
  RemediationStatus,
  ServiceSource,
  Role,
  Severity,
  Tactic,
  TaskStatus,
  TimelineKind,
  UserEntity,
  Verdict,
} from '../api/model.js';

/** The portal's own words for every enum value shown on screen. */

export const SEVERITY_LABELS: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  informational: 'Informational',
  unknown: 'Unknown',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  active: 'Active',
  inProgress: 'In progress',
  resolved: 'Resolved',
  redirected: 'Redirected',
};

export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  unknown: 'Not set',
  truePositive: 'True positive',
  falsePositive: 'False positive',
  informationalExpectedActivity: 'Informational, expected activity',
};

export const DETERMINATION_LABELS: Record<Determination, string> = {
  multiStagedAttack: 'Multistage attack',
  maliciousUserActivity: 'Malicious user activity',
  compromisedAccount: 'Compromised account',
  malware: 'Malware',
  phishing: 'Phishing',
  unwantedSoftware: 'Unwanted software',
  apt: 'APT',
  securityTesting: 'Security testing',
  securityPersonnel: 'Security personnel',
  confirmedActivity: 'Confirmed activity',
  lineOfBusinessApplication: 'Line-of-business application',
  notMalicious: 'Not malicious',
  notEnoughDataToValidate: 'Not enough data to validate',
  other: 'Other',
  unknown: 'Not set',
};

export const SERVICE_SOURCE_LABELS: Record<ServiceSource, string> = {
  unknown: 'Unknown',
  microsoftDefenderForEndpoint: 'Microsoft Defender for Endpoint',
  microsoftDefenderForIdentity: 'Microsoft Defender for Identity',
  microsoftDefenderForCloudApps: 'Microsoft Defender for Cloud Apps',
  microsoftDefenderForOffice365: 'Microsoft Defender for Office 365',
  microsoft365Defender: 'Microsoft Defender XDR',
  azureAdIdentityProtection: 'Microsoft Entra ID Protection',
  microsoftAppGovernance: 'App governance',
  dataLossPrevention: 'Microsoft Data Loss Prevention',
  microsoftDefenderForCloud: 'Microsoft Defender for Cloud',
  microsoftSentinel: 'Microsoft Sentinel',
  microsoftInsiderRiskManagement: 'Microsoft Insider Risk Management',
};

export const DETECTION_SOURCE_LABELS: Record<DetectionSource, string> = {
  unknown: 'Unknown',
  microsoftDefenderForEndpoint: 'EDR',
  antivirus: 'Antivirus',
  smartScreen: 'SmartScreen',
  customTi: 'Custom TI',
  microsoftDefenderForOffice365: 'Microsoft Defender for Office 365',
  automatedInvestigation: 'Automated investigation',
  microsoftThreatExperts: 'Microsoft Defender Experts',
  customDetection: 'Custom detection',
  microsoftDefenderForIdentity: 'Microsoft Defender for Identity',
  cloudAppSecurity: 'Microsoft Defender for Cloud Apps',
  microsoft365Defender: 'Microsoft Defender XDR',
  azureAdIdentityProtection: 'Microsoft Entra ID Protection',
  manual: 'Manual',
  microsoftDataLossPrevention: 'Microsoft Data Loss Prevention',
  appGovernancePolicy: 'App governance policy',
  appGovernanceDetection: 'App governance detection',
  microsoftDefenderForCloud: 'Microsoft Defender for Cloud',
  microsoftDefenderForServers: 'Defender for Servers',
  microsoftDefenderForStorage: 'Defender for Storage',
  microsoftDefenderForKeyVault: 'Defender for Key Vault',
  nrtAlerts: 'NRT analytics rule',
  scheduledAlerts: 'Scheduled analytics rule',
  microsoftDefenderThreatIntelligenceAnalytics: 'Threat intelligence analytics',
  builtInMl: 'Built-in ML',
  microsoftInsiderRiskManagement: 'Microsoft Insider Risk Management',
  microsoftSentinel: 'Microsoft Sentinel',
};

export const INVESTIGATION_STATE_LABELS: Record<InvestigationState, string> = {
  unknown: 'Unknown',
  terminated: 'Terminated by system',
  successfullyRemediated: 'Remediated',
  benign: 'No threats found',
  failed: 'Failed',
  partiallyRemediated: 'Partially remediated',
  running: 'Running',
  pendingApproval: 'Pending approval',
  pendingResource: 'Pending resource',
  queued: 'Queued',
  innerFailure: 'Partially investigated',
  preexistingAlert: 'Benign',
  unsupportedOs: 'Unsupported OS',
  unsupportedAlertType: 'Unsupported alert type',
  suppressedAlert: 'Suppressed alert',
};

export const TACTIC_LABELS: Record<Tactic, string> = {
  reconnaissance: 'Reconnaissance',
  resourceDevelopment: 'Resource development',
  initialAccess: 'Initial access',
  execution: 'Execution',
  persistence: 'Persistence',
  privilegeEscalation: 'Privilege escalation',
  defenseEvasion: 'Defense evasion',
  credentialAccess: 'Credential access',
  discovery: 'Discovery',
  lateralMovement: 'Lateral movement',
  collection: 'Collection',
  commandAndControl: 'Command and control',
  exfiltration: 'Exfiltration',
  impact: 'Impact',
};

export const VERDICT_LABELS: Record<Verdict, string> = {
  malicious: 'Malicious',
  suspicious: 'Suspicious',
  noThreatsFound: 'No threats found',
  unknown: 'Unknown',
};

export const REMEDIATION_STATUS_LABELS: Record<RemediationStatus, string> = {
  none: 'None',
  pendingApproval: 'Pending approval',
  running: 'Running',
  remediated: 'Remediated',
  prevented: 'Prevented',
  blocked: 'Blocked',
  notFound: 'Not found',
  declined: 'Declined',
  failed: 'Failed',
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  device: 'Device',
  user: 'User',
  mailbox: 'Mailbox',
  ip: 'IP address',
  url: 'URL',
  file: 'File',
  process: 'Process',
  cloudApplication: 'App',
  azureResource: 'Cloud resource',
  registryKey: 'Registry key',
  registryValue: 'Registry value',
  unknown: 'Other evidence',
};

/** An alert's own status (an incident's is `INCIDENT_STATUS_LABELS`). */
export const ALERT_STATUS_LABELS: Record<AlertStatus, string> = {
  new: 'New',
  inProgress: 'In progress',
  resolved: 'Resolved',
};

/** What an entity did or underwent in an alert, as the evidence lists name it. */
export const EVIDENCE_ROLE_LABELS: Record<EvidenceRole, string> = {
  unknown: 'Unknown',
  contextual: 'Contextual',
  scanned: 'Scanned',
  source: 'Source',
  destination: 'Destination',
  created: 'Created',
  added: 'Added',
  compromised: 'Compromised',
  edited: 'Edited',
  attacked: 'Attacked',
  attacker: 'Attacker',
  commandAndControl: 'Command and control',
  loaded: 'Loaded',
  suspicious: 'Suspicious',
  policyViolator: 'Policy violator',
};

/** A device's risk score (Defender for Endpoint). */
export const RISK_SCORE_LABELS: Record<DeviceEntity['riskScore'], string> = {
  none: 'None',
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** A user's risk level (Microsoft Entra ID Protection). */
export const RISK_LEVEL_LABELS: Record<UserEntity['riskLevel'], string> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const HEALTH_STATUS_LABELS: Record<DeviceEntity['healthStatus'], string> = {
  active: 'Active',
  inactive: 'Inactive',
  impairedCommunication: 'Impaired communication',
  noSensorData: 'No sensor data',
};

export const ONBOARDING_STATUS_LABELS: Record<DeviceEntity['onboardingStatus'], string> = {
  onboarded: 'Onboarded',
  canBeOnboarded: 'Can be onboarded',
  unsupported: 'Unsupported',
};

export const REMEDIATION_ACTION_TYPE_LABELS: Record<RemediationActionType, string> = {
  isolateDevice: 'Isolate device',
  releaseDevice: 'Release from isolation',
  disableUser: 'Disable user',
  enableUser: 'Enable user',
  resetPassword: 'Reset password',
  quarantineFile: 'Quarantine file',
  deleteEmail: 'Soft delete email',
  blockUrl: 'Block URL',
  stopAndQuarantine: 'Stop and quarantine file',
  collectInvestigationPackage: 'Collect investigation package',
  runAntivirusScan: 'Run antivirus scan',
};

export const REMEDIATION_ACTION_STATUS_LABELS: Record<RemediationActionStatus, string> = {
  pending: 'Pending approval',
  approved: 'Approved',
  rejected: 'Rejected',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
};

export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  new: 'New',
  completed: 'Completed',
};

export const ROLE_LABELS: Record<Role, string> = {
  reader: 'Reader',
  responder: 'Responder',
  admin: 'Admin',
};

export const PLAYBOOK_RUN_STATUS_LABELS: Record<PlaybookRunStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
};

export const PLAYBOOK_TRIGGER_KIND_LABELS: Record<PlaybookTriggerKind, string> = {
  incident: 'Incident',
  alert: 'Alert',
  entity: 'Entity',
};

/** Kinds of event on an entity's timeline, as the timeline's filters name them. */
export const TIMELINE_KIND_LABELS: Record<TimelineKind, string> = {
  alert: 'Alert',
  activity: 'Activity',
  bookmark: 'Bookmark',
  anomaly: 'Anomaly',
};

/** Singular and plural nouns of each kind of impacted asset. */
export const ASSET_NOUNS: Record<keyof ImpactedAssets, [string, string]> = {
  devices: ['device', 'devices'],
  users: ['user', 'users'],
  mailboxes: ['mailbox', 'mailboxes'],
  apps: ['app', 'apps'],
  ips: ['IP address', 'IP addresses'],
  cloudResources: ['cloud resource', 'cloud resources'],
};

export function impactedAssetsText(assets: ImpactedAssets): string {
  const parts = (Object.keys(ASSET_NOUNS) as (keyof ImpactedAssets)[])
    .filter((kind) => assets[kind] > 0)
    .map((kind) => `${assets[kind]} ${ASSET_NOUNS[kind][assets[kind] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? parts.join(', ') : 'None';
}

/** Categories are free text, mostly MITRE tactics spelled as Graph does ("InitialAccess"): show those in words. */
export function categoryLabel(category: string): string {
  const tactic = category.charAt(0).toLowerCase() + category.slice(1);
  return Object.hasOwn(TACTIC_LABELS, tactic) ? TACTIC_LABELS[tactic as keyof typeof TACTIC_LABELS] : category;
}

/** Automation rule conditions, in the words of the automation rule editor. */
export const CONDITION_PROPERTY_LABELS: Record<ConditionProperty, string> = {
  title: 'Incident title',
  description: 'Description',
  severity: 'Severity',
  status: 'Status',
  owner: 'Owner',
  tags: 'Tag',
  serviceSource: 'Service source',
  detectionSource: 'Detection source',
  tactics: 'Tactics',
  category: 'Category',
};

export const CONDITION_OPERATOR_LABELS: Record<ConditionOperator, string> = {
  equals: 'Equals',
  notEquals: 'Does not equal',
  contains: 'Contains',
  notContains: 'Does not contain',
  startsWith: 'Starts with',
  endsWith: 'Ends with',
};
