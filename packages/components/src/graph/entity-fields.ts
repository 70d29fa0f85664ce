import type { Entity } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { graphMessages } from './messages.js';

type L10n = Localizer<typeof graphMessages>;

/** One line of an entity's details: a label and its value as text; `href` when the value is a link. */
export interface EntityField {
  /** In the reader's language, unless `dataLabel` (a property name of evidence the kit does not model). */
  label: string;
  dataLabel?: boolean;
  /** Data from the API, unless `translated` (words in the reader's language). */
  value: string;
  translated?: boolean;
  /** The raw URL, for a value that may become a link (only when it is http or https). */
  url?: string;
}

/** Values from the API, listed as they came: the same separator in every language. */
const list = (values: readonly string[] | undefined) => (values?.length ? values.join(', ') : '');

/** Unit symbols, the same in every language the kit ships. */
const SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

const sizeFormats = new Map<string, Intl.NumberFormat>();

function sizeFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    sizeFormats.set(key, format);
  }
  return format;
}

/** "1.4 MB": a file size in the largest unit that keeps it at least 1, in the language of `l10n`. */
export function formatFileSize(bytes: number, l10n: L10n): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return l10n.t('fileSize.bytes', { count: value });
  return l10n.t('fileSize', { size: sizeFormat(l10n.locale, value < 10 ? 1 : 0).format(value), unit: SIZE_UNITS[unit]! });
}

/** Text of a value of unknown evidence: strings as they are, anything else as JSON. */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

/** At most this many properties of unknown evidence are shown. */
const MAX_UNKNOWN_FIELDS = 12;

/** The main fields of an entity, by its type, in the portal's words (those of `l10n`); empty values are left out. */
export function entityFields(entity: Entity, l10n: L10n): EntityField[] {
  const yesNo = (value: boolean) => l10n.t(value ? 'value.yes' : 'value.no');
  const fields: EntityField[] = (() => {
    switch (entity.type) {
      case 'device':
        return [
          { label: l10n.t('field.dnsName'), value: entity.deviceDnsName },
          { label: l10n.t('field.osPlatform'), value: entity.osPlatform },
          { label: l10n.t('field.osBuild'), value: entity.osBuild },
          { label: l10n.t('field.riskScore'), value: l10n.t(`riskScore.${entity.riskScore}`), translated: true },
          { label: l10n.t('field.healthState'), value: l10n.t(`healthStatus.${entity.healthStatus}`), translated: true },
          { label: l10n.t('field.onboardingStatus'), value: l10n.t(`onboardingStatus.${entity.onboardingStatus}`), translated: true },
          { label: l10n.t('field.isolated'), value: yesNo(entity.isolated), translated: true },
          { label: l10n.t('field.ipAddresses'), value: list(entity.ipAddresses) },
          { label: l10n.t('field.loggedOnUsers'), value: list(entity.loggedOnUsers) },
          { label: l10n.t('field.deviceId'), value: entity.mdeDeviceId },
        ];
      case 'user':
        return [
          { label: l10n.t('field.userPrincipalName'), value: entity.userPrincipalName },
          {
            label: l10n.t('field.account'),
            value: entity.domainName ? `${entity.domainName}\\${entity.accountName}` : entity.accountName,
          },
          { label: l10n.t('field.department'), value: entity.department },
          { label: l10n.t('field.riskLevel'), value: l10n.t(`riskLevel.${entity.riskLevel}`), translated: true },
          { label: l10n.t('field.accountEnabled'), value: yesNo(entity.accountEnabled), translated: true },
          { label: l10n.t('field.entraObjectId'), value: entity.azureAdUserId },
        ];
      case 'mailbox':
        return [
          { label: l10n.t('field.primaryAddress'), value: entity.primaryAddress },
          { label: l10n.t('field.userPrincipalName'), value: entity.userPrincipalName },
        ];
      case 'ip':
        return [
          { label: l10n.t('field.address'), value: entity.ipAddress },
          { label: l10n.t('field.country'), value: entity.countryLetterCode },
        ];
      case 'url':
        return [{ label: l10n.t('field.url'), value: entity.url, url: entity.url }];
      case 'file':
        return [
          { label: l10n.t('field.fileName'), value: entity.fileName },
          { label: l10n.t('field.path'), value: entity.filePath },
          { label: l10n.t('field.sha256'), value: entity.sha256 },
          { label: l10n.t('field.sha1'), value: entity.sha1 },
          { label: l10n.t('field.size'), value: entity.fileSize ? formatFileSize(entity.fileSize, l10n) : '', translated: true },
        ];
      case 'process':
        return [
          { label: l10n.t('field.processId'), value: entity.processId ? String(entity.processId) : '' },
          { label: l10n.t('field.commandLine'), value: entity.processCommandLine },
          { label: l10n.t('field.imageFile'), value: entity.imageFileName },
          { label: l10n.t('field.parentProcessId'), value: entity.parentProcessId ? String(entity.parentProcessId) : '' },
          { label: l10n.t('field.userAccount'), value: entity.userAccount },
        ];
      case 'cloudApplication':
        return [
          { label: l10n.t('field.appId'), value: entity.appId ? String(entity.appId) : '' },
          { label: l10n.t('field.instance'), value: entity.instanceName },
        ];
      case 'azureResource':
        return [
          { label: l10n.t('field.resourceName'), value: entity.resourceName },
          { label: l10n.t('field.resourceType'), value: entity.resourceType },
          { label: l10n.t('field.resourceId'), value: entity.resourceId },
        ];
      case 'registryKey':
        return [
          { label: l10n.t('field.hive'), value: entity.registryHive },
          { label: l10n.t('field.key'), value: entity.registryKey },
        ];
      case 'registryValue':
        return [
          { label: l10n.t('field.hive'), value: entity.registryHive },
          { label: l10n.t('field.key'), value: entity.registryKey },
          { label: l10n.t('field.valueName'), value: entity.registryValueName },
          { label: l10n.t('field.valueData'), value: entity.registryValue },
          { label: l10n.t('field.valueType'), value: entity.registryValueType },
        ];
      case 'unknown':
        return [
          { label: l10n.t('field.evidenceType'), value: entity.odataType.replace(/^#?microsoft\.graph\.security\./, '') },
          ...Object.entries(entity.additionalData ?? {})
            .slice(0, MAX_UNKNOWN_FIELDS)
            .map(([label, value]) => ({ label, value: describeValue(value), dataLabel: true })),
        ];
      default:
        return [];
    }
  })();
  return fields.filter((field) => typeof field.value === 'string' && field.value !== '');
}
