import {
  type Entity,
  type EntityType,
  EVIDENCE_ROLES,
  type EvidenceRole,
  REMEDIATION_STATUSES,
  type RemediationStatus,
  VERDICTS,
  type Verdict,
} from '../model.js';
import { enumValue as member } from '../enum-value.js';

/**
 * Microsoft Graph `alertEvidence` JSON → SOC Kit entity. Pure and tolerant: enum values match
 * in any letter case, unknown members become 'unknown' (or the type's neutral value when the
 * model has no 'unknown'), missing properties become empty values, and evidence of a type the
 * kit does not model is kept whole as an 'unknown' entity. It never throws.
 */

type Json = Record<string, unknown>;

/** Graph evidence type (the part after `#microsoft.graph.security.`, lower-cased) → kit entity type. */
const TYPES: Readonly<Record<string, Exclude<EntityType, 'unknown'>>> = {
  deviceevidence: 'device',
  userevidence: 'user',
  mailboxevidence: 'mailbox',
  ipevidence: 'ip',
  urlevidence: 'url',
  fileevidence: 'file',
  processevidence: 'process',
  cloudapplicationevidence: 'cloudApplication',
  azureresourceevidence: 'azureResource',
  registrykeyevidence: 'registryKey',
  registryvalueevidence: 'registryValue',
};

/** Properties every evidence type has; an unknown entity keeps all the others in `additionalData`. */
const COMMON_PROPERTIES = ['@odata.type', 'createdDateTime', 'verdict', 'remediationStatus', 'roles', 'detailedRoles', 'tags'];

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');
const integer = (value: unknown): number => {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? Math.trunc(number) : 0;
};
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string') : []);
const child = (value: unknown): Json => (isObject(value) ? value : {});

/** The kit entity type for a Graph `@odata.type`, or 'unknown'. */
export function entityTypeOfGraphEvidence(odataType: unknown): EntityType {
  if (typeof odataType !== 'string') return 'unknown';
  const name = odataType.replace(/^#/, '').split('.').pop()!.toLowerCase();
  return TYPES[name] ?? 'unknown';
}

/** `DOMAIN\account` from a Graph userAccount, or the UPN, or ''. */
function accountLabel(account: Json): string {
  const name = text(account['accountName']);
  const domain = text(account['domainName']);
  if (name) return domain ? `${domain}\\${name}` : name;
  return text(account['userPrincipalName']);
}

/** A short stable fingerprint of a string (FNV-1a), for ids of evidence without a natural key. */
function fingerprint(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function safeStringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

export interface GraphEvidenceOptions {
  /** `createdDateTime` to use when the evidence has none (Graph always sends one). */
  fallbackTime?: string;
}

/**
 * Maps one Graph evidence object to an entity whose id is derived from its natural key
 * (`device:<mdeDeviceId>`, `user:<upn>`, ...), so the same device or user gets the same id in
 * every alert and every incident.
 */
export function entityFromGraphEvidence(json: Record<string, unknown>, options: GraphEvidenceOptions = {}): Entity {
  const source: Json = isObject(json) ? json : {};
  const type = entityTypeOfGraphEvidence(source['@odata.type']);
  const created = text(source['createdDateTime']);
  const base = {
    verdict: member<Verdict>(source['verdict'], VERDICTS, 'unknown'),
    remediationStatus: member<RemediationStatus>(source['remediationStatus'], REMEDIATION_STATUSES, 'none'),
    roles: strings(source['roles']).map((role) => member<EvidenceRole>(role, EVIDENCE_ROLES, 'unknown')),
    detailedRoles: strings(source['detailedRoles']),
    tags: strings(source['tags']),
    createdDateTime: created && !Number.isNaN(Date.parse(created)) ? created : (options.fallbackTime ?? ''),
  };
  const entity = build(type, source, base);
  const keys = naturalKeysOf(entity);
  entity.id = keys[0] ?? `${type}:${fingerprint(safeStringify(source))}`;
  return entity;
}

type Base = Pick<Entity, 'verdict' | 'remediationStatus' | 'roles' | 'detailedRoles' | 'tags' | 'createdDateTime'>;

function build(type: EntityType, source: Json, base: Base): Entity {
  const id = '';
  switch (type) {
    case 'device': {
      const dnsName = text(source['deviceDnsName']);
      const mdeDeviceId = text(source['mdeDeviceId']);
      return {
        ...base,
        id,
        type,
        displayName: text(source['hostName']) || dnsName.split('.')[0] || mdeDeviceId || text(source['azureAdDeviceId']) || 'Unknown device',
        deviceDnsName: dnsName,
        mdeDeviceId,
        osPlatform: text(source['osPlatform']),
        osBuild: text(source['osBuild']),
        ...(text(source['rbacGroupName']) ? { rbacGroupName: text(source['rbacGroupName']) } : {}),
        riskScore: member(source['riskScore'], ['none', 'informational', 'low', 'medium', 'high'] as const, 'none'),
        healthStatus: member(source['healthStatus'], ['active', 'inactive', 'impairedCommunication', 'noSensorData'] as const, 'noSensorData'),
        onboardingStatus: member(source['onboardingStatus'], ['onboarded', 'canBeOnboarded', 'unsupported'] as const, 'unsupported'),
        isolated: false,
        ipAddresses: strings(source['ipInterfaces']),
        loggedOnUsers: Array.isArray(source['loggedOnUsers'])
          ? source['loggedOnUsers'].map((user) => (typeof user === 'string' ? user : accountLabel(child(user)))).filter(Boolean)
          : [],
      };
    }
    case 'user': {
      const account = child(source['userAccount']);
      const upn = text(account['userPrincipalName']);
      return {
        ...base,
        id,
        type,
        displayName: text(account['displayName']) || upn || accountLabel(account) || 'Unknown user',
        userPrincipalName: upn,
        accountName: text(account['accountName']),
        domainName: text(account['domainName']),
        azureAdUserId: text(account['azureAdUserId']),
        department: text(source['department']),
        riskLevel: member(source['riskLevel'], ['none', 'low', 'medium', 'high'] as const, 'none'),
        accountEnabled: source['accountEnabled'] !== false,
      };
    }
    case 'mailbox': {
      const account = child(source['userAccount']);
      const address = text(source['primaryAddress']);
      return {
        ...base,
        id,
        type,
        displayName: text(source['displayName']) || address || 'Unknown mailbox',
        primaryAddress: address,
        userPrincipalName: text(account['userPrincipalName']) || address,
      };
    }
    case 'ip': {
      const address = text(source['ipAddress']);
      return {
        ...base,
        id,
        type,
        displayName: address || 'Unknown address',
        ipAddress: address,
        countryLetterCode: text(source['countryLetterCode']) || text(child(source['location'])['countryCode']),
      };
    }
    case 'url': {
      const url = text(source['url']);
      return { ...base, id, type, displayName: url || 'Unknown URL', url };
    }
    case 'file': {
      const file = child(source['fileDetails']);
      return { ...base, id, type, ...fileFields(file), displayName: text(file['fileName']) || text(file['sha256']) || 'Unknown file' };
    }
    case 'process': {
      const image = child(source['imageFile']);
      const imageFileName = text(image['fileName']);
      const processId = integer(source['processId']);
      return {
        ...base,
        id,
        type,
        displayName: imageFileName || (processId ? `Process ${processId}` : 'Unknown process'),
        processId,
        processCommandLine: text(source['processCommandLine']),
        imageFileName,
        parentProcessId: integer(source['parentProcessId']),
        userAccount: accountLabel(child(source['userAccount'])),
      };
    }
    case 'cloudApplication': {
      const appId = integer(source['appId']);
      const instanceName = text(source['instanceName']);
      return {
        ...base,
        id,
        type,
        displayName: text(source['displayName']) || instanceName || (appId ? `App ${appId}` : 'Unknown app'),
        appId,
        instanceName,
      };
    }
    case 'azureResource': {
      const resourceId = text(source['resourceId']);
      const resourceName = text(source['resourceName']) || resourceId.split('/').pop() || '';
      return {
        ...base,
        id,
        type,
        displayName: resourceName || resourceId || 'Unknown resource',
        resourceId,
        resourceName,
        resourceType: text(source['resourceType']),
      };
    }
    case 'registryKey': {
      const hive = text(source['registryHive']);
      const key = text(source['registryKey']);
      return { ...base, id, type, displayName: [hive, key].filter(Boolean).join('\\') || 'Unknown registry key', registryHive: hive, registryKey: key };
    }
    case 'registryValue': {
      const valueName = text(source['registryValueName']);
      return {
        ...base,
        id,
        type,
        displayName: valueName || text(source['registryKey']) || 'Unknown registry value',
        registryHive: text(source['registryHive']),
        registryKey: text(source['registryKey']),
        registryValueName: valueName,
        registryValue: text(source['registryValue']),
        registryValueType: text(source['registryValueType']),
      };
    }
    case 'unknown': {
      const odataType = text(source['@odata.type']);
      const additionalData: Json = {};
      for (const [key, value] of Object.entries(source)) if (!COMMON_PROPERTIES.includes(key)) additionalData[key] = value;
      return {
        ...base,
        id,
        type,
        displayName: text(source['displayName']) || odataType.replace(/^#/, '').split('.').pop() || 'Unknown evidence',
        odataType,
        additionalData,
      };
    }
  }
}

function fileFields(file: Json) {
  return {
    fileName: text(file['fileName']),
    filePath: text(file['filePath']),
    sha256: text(file['sha256']).toLowerCase(),
    sha1: text(file['sha1']).toLowerCase(),
    fileSize: integer(file['fileSize']),
  };
}

/**
 * The keys that identify the same real-world thing across evidence, most specific first: a
 * device by its Defender id or DNS name, a user by UPN, Entra object id or DOMAIN\account, a
 * file by hash, and so on. Empty for evidence that has nothing to match on.
 */
export function naturalKeysOf(entity: Entity): string[] {
  const keys: string[] = [];
  const add = (kind: string, value: string) => {
    if (value) keys.push(`${entity.type}:${kind}${value.toLowerCase()}`);
  };
  switch (entity.type) {
    case 'device':
      add('mde:', entity.mdeDeviceId);
      add('dns:', entity.deviceDnsName);
      break;
    case 'user':
      add('upn:', entity.userPrincipalName);
      add('aad:', entity.azureAdUserId);
      if (entity.accountName) add('account:', `${entity.domainName}\\${entity.accountName}`);
      break;
    case 'mailbox':
      add('', entity.primaryAddress);
      break;
    case 'ip':
      add('', entity.ipAddress);
      break;
    case 'url':
      add('', entity.url);
      break;
    case 'file':
      add('sha256:', entity.sha256);
      add('sha1:', entity.sha1);
      if (!entity.sha256 && !entity.sha1 && entity.fileName) add('path:', `${entity.filePath}\\${entity.fileName}`);
      break;
    case 'process':
      if (entity.processId || entity.processCommandLine) add('', `${entity.processId}|${entity.imageFileName}|${entity.processCommandLine}`);
      break;
    case 'cloudApplication':
      if (entity.appId) add('app:', String(entity.appId));
      else add('name:', entity.instanceName || entity.displayName);
      break;
    case 'azureResource':
      add('', entity.resourceId);
      break;
    case 'registryKey':
      if (entity.registryKey) add('', `${entity.registryHive}\\${entity.registryKey}`);
      break;
    case 'registryValue':
      if (entity.registryKey || entity.registryValueName) add('', `${entity.registryHive}\\${entity.registryKey}\\${entity.registryValueName}`);
      break;
    case 'unknown':
      break;
  }
  return keys;
}
