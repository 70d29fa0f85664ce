import type { DeviceEntity, EvidenceRole, UserEntity } from '../api/model.js';

/** Evidence roles in the portal's words. */
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

export const RISK_SCORE_LABELS: Record<DeviceEntity['riskScore'], string> = {
  none: 'None',
  informational: 'Informational',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

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
