import type { Entity } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { entityPageMessages } from './messages.js';

type L10n = Localizer<typeof entityPageMessages>;

/**
 * One line of an entity's "Overview": a label and its value. `code` values (hashes, paths,
 * command lines) are shown in a fixed-width font and break anywhere; a `url` value becomes a link
 * only when it is http(s). Empty values are '' and the page shows them as a dash. Labels are in
 * the reader's language, except `dataLabel` ones: property names of evidence the kit does not model.
 */
export type EntityField = (
  | { label: string; kind: 'text' | 'code' | 'url'; value: string }
  | { label: string; kind: 'list'; values: string[] }
) & { dataLabel?: true };

const text = (label: string, value: string): EntityField => ({ label, kind: 'text', value });
const code = (label: string, value: string): EntityField => ({ label, kind: 'code', value });
const list = (label: string, values: string[]): EntityField => ({ label, kind: 'list', values });
/** Graph sends 0 for a number it does not know (a process ID, an app ID). */
const plain = (value: number) => (value ? String(value) : '');

/** Unit symbols, the same in every language the kit ships. */
const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];

const scaledFormats = new Map<string, Intl.NumberFormat>();

/** "2.4 MB (2,516,582 bytes)" in the language of `l10n`; '' for an unknown size. */
export function fileSizeText(bytes: number, l10n: L10n): string {
  if (!Number.isFinite(bytes) || bytes <= 0) return '';
  const exact = l10n.t('fileSize.bytes', { count: bytes });
  if (bytes < 1024) return exact;
  const exponent = Math.min(Math.floor(Math.log(bytes) / Math.log(1024)), units.length - 1);
  const scaled = bytes / 1024 ** exponent;
  let format = scaledFormats.get(l10n.locale);
  if (!format) {
    format = new Intl.NumberFormat(l10n.locale, { maximumFractionDigits: 1 });
    scaledFormats.set(l10n.locale, format);
  }
  return l10n.t('sizeScaled', { size: format.format(scaled), unit: units[exponent]!, bytes: exact });
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/** "Netherlands (NL)" for a two-letter country code, in the language of `l10n`; the code alone when the browser has no name for it. */
export function countryText(code: string, l10n: L10n): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    if (!regionNames.has(l10n.locale)) regionNames.set(l10n.locale, new Intl.DisplayNames(l10n.locale, { type: 'region' }));
    const name = regionNames.get(l10n.locale)?.of(code.toUpperCase());
    return name && name.toUpperCase() !== code.toUpperCase() ? l10n.t('countryWithCode', { name, code: code.toUpperCase() }) : code;
  } catch {
    regionNames.set(l10n.locale, null);
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
  const field =
    Array.isArray(value) && value.every(isScalar)
      ? list(key, value.map(anyValueText))
      : isScalar(value) || value === null || value === undefined
        ? text(key, anyValueText(value))
        : code(key, anyValueText(value));
  return { ...field, dataLabel: true };
}

/** The fields the portal shows for each entity type, in its order. */
function typeFields(entity: Entity, l10n: L10n): EntityField[] {
  const label = (name: Parameters<L10n['t']>[0] & `field.${string}`) => l10n.t(name);
  const yesNo = (value: boolean) => l10n.t(value ? 'value.yes' : 'value.no');
  switch (entity.type) {
    case 'device':
      return [
        text(label('field.dnsName'), entity.deviceDnsName),
        text(label('field.osPlatform'), entity.osPlatform),
        text(label('field.osBuild'), entity.osBuild),
        text(label('field.riskLevel'), l10n.t(`riskScore.${entity.riskScore}`)),
        text(label('field.healthState'), l10n.t(`healthStatus.${entity.healthStatus}`)),
        text(label('field.onboardingStatus'), l10n.t(`onboardingStatus.${entity.onboardingStatus}`)),
        text(label('field.isolated'), yesNo(entity.isolated)),
        list(label('field.ipAddresses'), entity.ipAddresses),
        list(label('field.loggedOnUsers'), entity.loggedOnUsers),
        code(label('field.deviceId'), entity.mdeDeviceId),
      ];
    case 'user':
      return [
        text(label('field.userPrincipalName'), entity.userPrincipalName),
        text(label('field.accountName'), entity.accountName),
        text(label('field.domain'), entity.domainName),
        text(label('field.department'), entity.department),
        text(label('field.riskLevel'), l10n.t(`riskLevel.${entity.riskLevel}`)),
        text(label('field.accountEnabled'), yesNo(entity.accountEnabled)),
        code(label('field.entraObjectId'), entity.azureAdUserId),
      ];
    case 'mailbox':
      return [
        text(label('field.primaryAddress'), entity.primaryAddress),
        text(label('field.userPrincipalName'), entity.userPrincipalName),
      ];
    case 'ip':
      return [
        text(label('field.ipAddress'), entity.ipAddress),
        text(label('field.country'), countryText(entity.countryLetterCode, l10n)),
      ];
    case 'url':
      return [{ label: label('field.url'), kind: 'url', value: entity.url }];
    case 'file':
      return [
        text(label('field.fileName'), entity.fileName),
        code(label('field.filePath'), entity.filePath),
        code(label('field.sha256'), entity.sha256),
        code(label('field.sha1'), entity.sha1),
        text(label('field.size'), fileSizeText(entity.fileSize, l10n)),
      ];
    case 'process':
      return [
        text(label('field.imageFileName'), entity.imageFileName),
        text(label('field.processId'), plain(entity.processId)),
        text(label('field.parentProcessId'), plain(entity.parentProcessId)),
        code(label('field.commandLine'), entity.processCommandLine),
        text(label('field.userAccount'), entity.userAccount),
      ];
    case 'cloudApplication':
      return [text(label('field.appId'), plain(entity.appId)), text(label('field.instanceName'), entity.instanceName)];
    case 'azureResource':
      return [
        text(label('field.resourceName'), entity.resourceName),
        text(label('field.resourceType'), entity.resourceType),
        code(label('field.resourceId'), entity.resourceId),
      ];
    case 'registryKey':
      return [text(label('field.registryHive'), entity.registryHive), code(label('field.registryKey'), entity.registryKey)];
    case 'registryValue':
      return [
        text(label('field.registryHive'), entity.registryHive),
        code(label('field.registryKey'), entity.registryKey),
        text(label('field.valueName'), entity.registryValueName),
        text(label('field.valueType'), entity.registryValueType),
        code(label('field.valueData'), entity.registryValue),
      ];
    case 'unknown':
      return [
        code(label('field.evidenceType'), entity.odataType),
        ...Object.entries(entity.additionalData ?? {}).map(([key, value]) => additionalField(key, value)),
      ];
  }
}

/** Everything the "Overview" lists for `entity`: its type's fields, then its roles, in the language of `l10n`. */
export function entityFields(entity: Entity, l10n: L10n): EntityField[] {
  const fields = typeFields(entity, l10n) ?? [];
  const roles = entity.roles.map((role) => l10n.t(`evidenceRole.${role}`));
  return [
    ...fields,
    list(l10n.t('field.roles'), roles),
    ...(entity.detailedRoles.length ? [list(l10n.t('field.detailedRoles'), entity.detailedRoles)] : []),
  ];
}
