import type { DeviceEntity, Entity } from '../api/model.js';
import { EVIDENCE_ROLE_LABELS, HEALTH_STATUS_LABELS, RISK_LEVEL_LABELS, RISK_SCORE_LABELS } from '../assets/asset-labels.js';

/**
 * One line of an entity's "Overview": a label and its value. `code` values (hashes, paths,
 * command lines) are shown in a fixed-width font and break anywhere; a `url` value becomes a link
 * only when it is http(s). Empty values are '' and the page shows them as a dash.
 */
export type EntityField =
  | { label: string; kind: 'text' | 'code' | 'url'; value: string }
  | { label: string; kind: 'list'; values: string[] };

export const ONBOARDING_STATUS_LABELS: Record<DeviceEntity['onboardingStatus'], string> = {
  onboarded: 'Onboarded',
  canBeOnboarded: 'Can be onboarded',
  unsupported: 'Unsupported',
};

const text = (label: string, value: string): EntityField => ({ label, kind: 'text', value });
const code = (label: string, value: string): EntityField => ({ label, kind: 'code', value });
const list = (label: string, values: string[]): EntityField => ({ label, kind: 'list', values });
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
/** Graph sends 0 for a number it does not know (a process ID, an app ID). */
const plain = (value: number) => (value ? String(value) : '');

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** "2.4 MB (2,516,582 bytes)"; '' for an unknown size. */
export function fileSizeText(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '';
  const exact = `${bytes.toLocaleString()} bytes`;
  if (bytes < 1024) return exact;
  const exponent = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), units.length - 1);
  const scaled = bytes / 1024 ** exponent;
  return `${scaled.toLocaleString(undefined, { maximumFractionDigits: 1 })} ${units[exponent]} (${exact})`;
}

let regionNames: Intl.DisplayNames | undefined;

/** "Netherlands (NL)" for a two-letter country code; the code alone when the browser has no name for it. */
export function countryText(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    regionNames ??= new Intl.DisplayNames(undefined, { type: 'region' });
    const name = regionNames.of(code.toUpperCase());
    return name && name.toUpperCase() !== code.toUpperCase() ? `${name} (${code.toUpperCase()})` : code;
  } catch {
    return code;
  }
}

/** A value of unknown shape as text: strings as they are, anything else as JSON. */
export function anyValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

const isScalar = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);

/** A property of evidence the kit does not model: text, a list of plain values, or else its JSON. */
function additionalField(key: string, value: unknown): EntityField {
  if (Array.isArray(value) && value.every(isScalar)) return list(key, value.map(anyValueText));
  return isScalar(value) || value === null || value === undefined ? text(key, anyValueText(value)) : code(key, anyValueText(value));
}

/** The fields the portal shows for each entity type, in its order. */
function typeFields(entity: Entity): EntityField[] {
  switch (entity.type) {
    case 'device':
      return [
        text('DNS name', entity.deviceDnsName),
        text('OS platform', entity.osPlatform),
        text('OS build', entity.osBuild),
        text('Risk level', RISK_SCORE_LABELS[entity.riskScore] ?? entity.riskScore),
        text('Health state', HEALTH_STATUS_LABELS[entity.healthStatus] ?? entity.healthStatus),
        text('Onboarding status', ONBOARDING_STATUS_LABELS[entity.onboardingStatus] ?? entity.onboardingStatus),
        text('Isolated', yesNo(entity.isolated)),
        list('IP addresses', entity.ipAddresses),
        list('Logged-on users', entity.loggedOnUsers),
        code('Device ID', entity.mdeDeviceId),
      ];
    case 'user':
      return [
        text('User principal name', entity.userPrincipalName),
        text('Account name', entity.accountName),
        text('Domain', entity.domainName),
        text('Department', entity.department),
        text('Risk level', RISK_LEVEL_LABELS[entity.riskLevel] ?? entity.riskLevel),
        text('Account enabled', yesNo(entity.accountEnabled)),
        code('Microsoft Entra object ID', entity.azureAdUserId),
      ];
    case 'mailbox':
      return [text('Primary address', entity.primaryAddress), text('User principal name', entity.userPrincipalName)];
    case 'ip':
      return [text('IP address', entity.ipAddress), text('Country', countryText(entity.countryLetterCode))];
    case 'url':
      return [{ label: 'URL', kind: 'url', value: entity.url }];
    case 'file':
      return [
        text('File name', entity.fileName),
        code('File path', entity.filePath),
        code('SHA-256', entity.sha256),
        code('SHA-1', entity.sha1),
        text('Size', fileSizeText(entity.fileSize)),
      ];
    case 'process':
      return [
        text('Image file name', entity.imageFileName),
        text('Process ID', plain(entity.processId)),
        text('Parent process ID', plain(entity.parentProcessId)),
        code('Command line', entity.processCommandLine),
        text('User account', entity.userAccount),
      ];
    case 'cloudApplication':
      return [text('App ID', plain(entity.appId)), text('Instance name', entity.instanceName)];
    case 'azureResource':
      return [
        text('Resource name', entity.resourceName),
        text('Resource type', entity.resourceType),
        code('Resource ID', entity.resourceId),
      ];
    case 'registryKey':
      return [text('Registry hive', entity.registryHive), code('Registry key', entity.registryKey)];
    case 'registryValue':
      return [
        text('Registry hive', entity.registryHive),
        code('Registry key', entity.registryKey),
        text('Value name', entity.registryValueName),
        text('Value type', entity.registryValueType),
        code('Value data', entity.registryValue),
      ];
    case 'unknown':
      return [
        code('Evidence type', entity.odataType),
        ...Object.entries(entity.additionalData ?? {}).map(([key, value]) => additionalField(key, value)),
      ];
  }
}

/** Everything the "Overview" lists for `entity`: its type's fields, then its roles. */
export function entityFields(entity: Entity): EntityField[] {
  const fields = typeFields(entity) ?? [];
  const roles = entity.roles.map((role) => EVIDENCE_ROLE_LABELS[role] ?? role);
  return [
    ...fields,
    list('Roles', roles),
    ...(entity.detailedRoles.length ? [list('Detailed roles', entity.detailedRoles)] : []),
  ];
}
