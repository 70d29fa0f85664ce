import type { Entity, EntityType, Evidence } from '../api/model.js';
import { ENTITY_TYPE_LABELS } from '../internal/labels.js';
import { EVIDENCE_ROLE_LABELS, HEALTH_STATUS_LABELS, RISK_LEVEL_LABELS, RISK_SCORE_LABELS } from './asset-labels.js';

/** The groups of the Assets tab, in the portal's order; `other` takes every type no other group names. */
export const ASSET_GROUP_KEYS = ['devices', 'users', 'mailboxes', 'apps', 'ips', 'cloudResources', 'other'] as const;
export type AssetGroupKey = (typeof ASSET_GROUP_KEYS)[number];

export interface AssetColumn {
  heading: string;
  value: (entity: Entity) => string;
}

export interface AssetGroup {
  key: AssetGroupKey;
  label: string;
  /** The entity type the group holds; `undefined` for the group of everything else. */
  type?: EntityType;
  /** Columns after name, verdict, remediation status and roles. */
  columns: AssetColumn[];
}

/** Reads a type-specific field, so that a column never shows another type's property. */
function field<T extends Entity['type']>(type: T, read: (entity: Extract<Entity, { type: T }>) => string) {
  return (entity: Entity) => (entity.type === type ? read(entity as Extract<Entity, { type: T }>) || '—' : '—');
}

export const ASSET_GROUPS: readonly AssetGroup[] = [
  {
    key: 'devices',
    label: 'Devices',
    type: 'device',
    columns: [
      { heading: 'OS platform', value: field('device', (d) => d.osPlatform) },
      { heading: 'Risk score', value: field('device', (d) => RISK_SCORE_LABELS[d.riskScore] ?? d.riskScore) },
      { heading: 'Health', value: field('device', (d) => HEALTH_STATUS_LABELS[d.healthStatus] ?? d.healthStatus) },
    ],
  },
  {
    key: 'users',
    label: 'Users',
    type: 'user',
    columns: [
      { heading: 'User principal name', value: field('user', (u) => u.userPrincipalName) },
      { heading: 'Department', value: field('user', (u) => u.department) },
      { heading: 'Risk level', value: field('user', (u) => RISK_LEVEL_LABELS[u.riskLevel] ?? u.riskLevel) },
      { heading: 'Account enabled', value: field('user', (u) => (u.accountEnabled ? 'Yes' : 'No')) },
    ],
  },
  {
    key: 'mailboxes',
    label: 'Mailboxes',
    type: 'mailbox',
    columns: [{ heading: 'Primary address', value: field('mailbox', (m) => m.primaryAddress) }],
  },
  {
    key: 'apps',
    label: 'Apps',
    type: 'cloudApplication',
    columns: [{ heading: 'Instance', value: field('cloudApplication', (a) => a.instanceName) }],
  },
  {
    key: 'ips',
    label: 'IP addresses',
    type: 'ip',
    columns: [{ heading: 'Country', value: field('ip', (ip) => ip.countryLetterCode) }],
  },
  {
    key: 'cloudResources',
    label: 'Cloud resources',
    type: 'azureResource',
    columns: [{ heading: 'Resource type', value: field('azureResource', (r) => r.resourceType) }],
  },
  {
    key: 'other',
    label: 'Other evidence',
    columns: [
      {
        heading: 'Type',
        value: (entity) =>
          entity.type === 'unknown' && entity.odataType
            ? entity.odataType.replace(/^#?microsoft\.graph\.security\./, '')
            : ENTITY_TYPE_LABELS[entity.type] ?? entity.type,
      },
    ],
  },
];

/** The group an entity is listed under. */
export function groupOf(entity: Entity): AssetGroupKey {
  return ASSET_GROUPS.find((group) => group.type === entity.type)?.key ?? 'other';
}

/** The evidence of each group, every group present (empty when the incident has none of it). */
export function groupEvidence(evidence: readonly Evidence[]): Map<AssetGroupKey, Evidence[]> {
  const groups = new Map<AssetGroupKey, Evidence[]>(ASSET_GROUP_KEYS.map((key) => [key, []]));
  for (const item of evidence) groups.get(groupOf(item))!.push(item);
  return groups;
}

export function rolesText(entity: Entity): string {
  return entity.roles.length ? entity.roles.map((role) => EVIDENCE_ROLE_LABELS[role] ?? role).join(', ') : '—';
}
