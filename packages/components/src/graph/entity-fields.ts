import type { Entity } from '../api/model.js';
import { HEALTH_STATUS_LABELS, RISK_LEVEL_LABELS, RISK_SCORE_LABELS } from '../assets/asset-labels.js';

/** One line of an entity's details: a label and its value as text; `href` when the value is a link. */
export interface EntityField {
  label: string;
  value: string;
  /** The raw URL, for a value that may become a link (only when it is http or https). */
  url?: string;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const list = (values: readonly string[] | undefined) => (values?.length ? values.join(', ') : '');

const ONBOARDING_LABELS: Record<string, string> = {
  onboarded: 'Onboarded',
  canBeOnboarded: 'Can be onboarded',
  unsupported: 'Unsupported',
};

const SIZE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** "1.4 MB": a file size in the largest unit that keeps it at least 1. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} ${value === 1 ? 'byte' : 'bytes'}` : `${value.toFixed(value < 10 ? 1 : 0)} ${SIZE_UNITS[unit]}`;
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

/** The main fields of an entity, by its type, in the portal's words; empty values are left out. */
export function entityFields(entity: Entity): EntityField[] {
  const fields: EntityField[] = (() => {
    switch (entity.type) {
      case 'device':
        return [
          { label: 'DNS name', value: entity.deviceDnsName },
          { label: 'OS platform', value: entity.osPlatform },
          { label: 'OS build', value: entity.osBuild },
          { label: 'Risk score', value: RISK_SCORE_LABELS[entity.riskScore] ?? entity.riskScore },
          { label: 'Health state', value: HEALTH_STATUS_LABELS[entity.healthStatus] ?? entity.healthStatus },
          { label: 'Onboarding status', value: ONBOARDING_LABELS[entity.onboardingStatus] ?? entity.onboardingStatus },
          { label: 'Isolated', value: yesNo(entity.isolated) },
          { label: 'IP addresses', value: list(entity.ipAddresses) },
          { label: 'Logged-on users', value: list(entity.loggedOnUsers) },
          { label: 'Device ID', value: entity.mdeDeviceId },
        ];
      case 'user':
        return [
          { label: 'User principal name', value: entity.userPrincipalName },
          { label: 'Account', value: entity.domainName ? `${entity.domainName}\\${entity.accountName}` : entity.accountName },
          { label: 'Department', value: entity.department },
          { label: 'Risk level', value: RISK_LEVEL_LABELS[entity.riskLevel] ?? entity.riskLevel },
          { label: 'Account enabled', value: yesNo(entity.accountEnabled) },
          { label: 'Entra object ID', value: entity.azureAdUserId },
        ];
      case 'mailbox':
        return [
          { label: 'Primary address', value: entity.primaryAddress },
          { label: 'User principal name', value: entity.userPrincipalName },
        ];
      case 'ip':
        return [
          { label: 'Address', value: entity.ipAddress },
          { label: 'Country', value: entity.countryLetterCode },
        ];
      case 'url':
        return [{ label: 'URL', value: entity.url, url: entity.url }];
      case 'file':
        return [
          { label: 'File name', value: entity.fileName },
          { label: 'Path', value: entity.filePath },
          { label: 'SHA-256', value: entity.sha256 },
          { label: 'SHA-1', value: entity.sha1 },
          { label: 'Size', value: entity.fileSize ? formatFileSize(entity.fileSize) : '' },
        ];
      case 'process':
        return [
          { label: 'Process ID', value: entity.processId ? String(entity.processId) : '' },
          { label: 'Command line', value: entity.processCommandLine },
          { label: 'Image file', value: entity.imageFileName },
          { label: 'Parent process ID', value: entity.parentProcessId ? String(entity.parentProcessId) : '' },
          { label: 'User account', value: entity.userAccount },
        ];
      case 'cloudApplication':
        return [
          { label: 'App ID', value: entity.appId ? String(entity.appId) : '' },
          { label: 'Instance', value: entity.instanceName },
        ];
      case 'azureResource':
        return [
          { label: 'Resource name', value: entity.resourceName },
          { label: 'Resource type', value: entity.resourceType },
          { label: 'Resource ID', value: entity.resourceId },
        ];
      case 'registryKey':
        return [
          { label: 'Hive', value: entity.registryHive },
          { label: 'Key', value: entity.registryKey },
        ];
      case 'registryValue':
        return [
          { label: 'Hive', value: entity.registryHive },
          { label: 'Key', value: entity.registryKey },
          { label: 'Value name', value: entity.registryValueName },
          { label: 'Value data', value: entity.registryValue },
          { label: 'Value type', value: entity.registryValueType },
        ];
      case 'unknown':
        return [
          { label: 'Evidence type', value: entity.odataType.replace(/^#?microsoft\.graph\.security\./, '') },
          ...Object.entries(entity.additionalData ?? {})
            .slice(0, MAX_UNKNOWN_FIELDS)
            .map(([label, value]) => ({ label, value: describeValue(value) })),
        ];
      default:
        return [];
    }
  })();
  return fields.filter((field) => typeof field.value === 'string' && field.value !== '');
}
