import { html, type TemplateResult } from 'lit';
import type { Entity, EntityType, Evidence } from '../api/model.js';
import { commonMessages } from '../i18n/common.messages.js';
import type { Localizer } from '../i18n/localizer.js';
import { assetsMessages, type AssetsMessages } from './messages.js';

/** The groups of the Assets tab, in the portal's order; `other` takes every type no other group names. */
export const ASSET_GROUP_KEYS = ['devices', 'users', 'mailboxes', 'apps', 'ips', 'cloudResources', 'other'] as const;
export type AssetGroupKey = (typeof ASSET_GROUP_KEYS)[number];

type AssetsLocalizer = Localizer<AssetsMessages>;

/** The type-specific columns, by the key of their heading: a field label of the common catalog, or the Assets catalog's own. */
export type AssetColumnKey =
  | 'field.osPlatform'
  | 'field.riskScore'
  | 'column.health'
  | 'field.userPrincipalName'
  | 'field.department'
  | 'field.riskLevel'
  | 'field.accountEnabled'
  | 'field.primaryAddress'
  | 'field.instance'
  | 'field.country'
  | 'field.resourceType'
  | 'field.type';

export interface AssetColumn {
  key: AssetColumnKey;
  /** The heading in English; shown through the catalogs (`key`). */
  heading: string;
  /** The cell: words in the language of `l10n`, or data from the backend isolated for right-to-left. */
  value: (entity: Entity, l10n: AssetsLocalizer) => string | TemplateResult;
}

export interface AssetGroup {
  key: AssetGroupKey;
  /** The name in English; shown through the common catalog (`entityTypePlural.<type>`, `.unknown` for `other`). */
  label: string;
  /** The entity type the group holds; `undefined` for the group of everything else. */
  type?: EntityType;
  /** Columns after name, verdict, remediation status and roles. */
  columns: AssetColumn[];
}

/** Reads a type-specific field in words, so that a column never shows another type's property. */
function field<T extends Entity['type']>(type: T, read: (entity: Extract<Entity, { type: T }>, l10n: AssetsLocalizer) => string) {
  return (entity: Entity, l10n: AssetsLocalizer) =>
    entity.type === type ? read(entity as Extract<Entity, { type: T }>, l10n) || '—' : '—';
}

/** Reads a type-specific field holding data from the backend (a name, an address): isolated as it is. */
function dataField<T extends Entity['type']>(type: T, read: (entity: Extract<Entity, { type: T }>) => string) {
  return (entity: Entity) => {
    const value = entity.type === type ? read(entity as Extract<Entity, { type: T }>) : '';
    return value ? html`<bdi>${value}</bdi>` : '—';
  };
}

const headings = { ...commonMessages, ...assetsMessages };

const column = (key: AssetColumnKey, value: AssetColumn['value']): AssetColumn => ({ key, heading: headings[key], value });

export const ASSET_GROUPS: readonly AssetGroup[] = [
  {
    key: 'devices',
    label: commonMessages['entityTypePlural.device'],
    type: 'device',
    columns: [
      column('field.osPlatform', dataField('device', (d) => d.osPlatform)),
      column('field.riskScore', field('device', (d, l10n) => l10n.t(`riskScore.${d.riskScore}`))),
      column('column.health', field('device', (d, l10n) => l10n.t(`healthStatus.${d.healthStatus}`))),
    ],
  },
  {
    key: 'users',
    label: commonMessages['entityTypePlural.user'],
    type: 'user',
    columns: [
      column('field.userPrincipalName', dataField('user', (u) => u.userPrincipalName)),
      column('field.department', dataField('user', (u) => u.department)),
      column('field.riskLevel', field('user', (u, l10n) => l10n.t(`riskLevel.${u.riskLevel}`))),
      column('field.accountEnabled', field('user', (u, l10n) => l10n.t(u.accountEnabled ? 'value.yes' : 'value.no'))),
    ],
  },
  {
    key: 'mailboxes',
    label: commonMessages['entityTypePlural.mailbox'],
    type: 'mailbox',
    columns: [column('field.primaryAddress', dataField('mailbox', (m) => m.primaryAddress))],
  },
  {
    key: 'apps',
    label: commonMessages['entityTypePlural.cloudApplication'],
    type: 'cloudApplication',
    columns: [column('field.instance', dataField('cloudApplication', (a) => a.instanceName))],
  },
  {
    key: 'ips',
    label: commonMessages['entityTypePlural.ip'],
    type: 'ip',
    columns: [column('field.country', dataField('ip', (ip) => ip.countryLetterCode))],
  },
  {
    key: 'cloudResources',
    label: commonMessages['entityTypePlural.azureResource'],
    type: 'azureResource',
    columns: [column('field.resourceType', dataField('azureResource', (r) => r.resourceType))],
  },
  {
    key: 'other',
    label: commonMessages['entityTypePlural.unknown'],
    columns: [
      // A type Graph names but SOC Kit does not know is shown as Graph spells it.
      column('field.type', (entity, l10n) =>
        entity.type === 'unknown' && entity.odataType
          ? html`<bdi>${entity.odataType.replace(/^#?microsoft\.graph\.security\./, '')}</bdi>`
          : l10n.t(`entityType.${entity.type}`),
      ),
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

/** An entity's roles in words ("Attacked, Compromised"); '—' when it has none. */
export function rolesText(entity: Entity, l10n: AssetsLocalizer): string {
  return entity.roles.length ? l10n.list(entity.roles.map((role) => l10n.t(`evidenceRole.${role}`)), 'unit') : '—';
}
