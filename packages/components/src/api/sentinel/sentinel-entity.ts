import type { Entity, Evidence } from '../model.js';
import { child, type Json, objects, propertiesOf, resourceName, text } from './sentinel-json.js';

/**
 * Sentinel entities (from `POST .../incidents/{id}/entities`) as kit entities. The entity's ID is
 * its Sentinel name, so that the same ID opens its timeline (`POST .../entities/{id}/getTimeline`).
 * Entities refer to one another (a process to its image file and account, a file to its hashes, a
 * registry value to its key); those references are followed within the same response. Kinds the
 * kit has no model for are kept whole as `unknown` entities (`odataType` is the Sentinel kind).
 *
 * Sentinel has no verdict, remediation status, roles or tags on incident entities, and does not
 * say which alert names which entity: those stay empty.
 */

const integer = (value: unknown): number => {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? Math.trunc(number) : 0;
};

/** Entities by every name a reference may use: the full resource ID and the bare name. */
type Index = ReadonlyMap<string, Json>;

function indexOf(resources: Json[]): Index {
  const index = new Map<string, Json>();
  for (const resource of resources) {
    index.set(resourceName(resource), resource);
    if (typeof resource.id === 'string') index.set(resource.id, resource);
  }
  return index;
}

const referenced = (index: Index, id: unknown): Json => propertiesOf(index.get(text(id)) ?? {});

function accountLabel(account: Json): string {
  const name = text(account.accountName);
  const domain = text(account.ntDomain);
  if (name) return domain ? `${domain}\\${name}` : name;
  return text(account.displayName) || text(account.friendlyName);
}

function hashes(properties: Json, index: Index): { sha256: string; sha1: string } {
  const found = { sha256: '', sha1: '' };
  for (const id of Array.isArray(properties.fileHashEntityIds) ? properties.fileHashEntityIds : []) {
    const hash = referenced(index, id);
    const algorithm = text(hash.algorithm).toLowerCase();
    if (algorithm === 'sha256' || algorithm === 'sha1') found[algorithm] = text(hash.hashValue).toLowerCase();
  }
  return found;
}

function entityFrom(resource: Json, index: Index): Entity {
  const properties = propertiesOf(resource);
  const kind = text(resource.kind);
  const base = {
    id: resourceName(resource),
    verdict: 'unknown' as const,
    remediationStatus: 'none' as const,
    roles: [],
    detailedRoles: [],
    tags: [],
    createdDateTime: '',
  };
  const friendly = text(properties.friendlyName);
  switch (kind.toLowerCase()) {
    case 'account': {
      const suffix = text(properties.upnSuffix);
      const name = text(properties.accountName);
      const upn = name && suffix ? `${name}@${suffix}` : '';
      return {
        ...base,
        type: 'user',
        displayName: text(properties.displayName) || friendly || upn || accountLabel(properties) || 'Unknown user',
        userPrincipalName: upn,
        accountName: name,
        domainName: text(properties.ntDomain) || text(properties.dnsDomain),
        azureAdUserId: text(properties.aadUserId),
        department: '',
        riskLevel: 'none',
        accountEnabled: true,
      };
    }
    case 'host': {
      const host = text(properties.hostName);
      const domain = text(properties.dnsDomain);
      return {
        ...base,
        type: 'device',
        displayName: host || friendly || text(properties.netBiosName) || 'Unknown device',
        deviceDnsName: host && domain ? `${host}.${domain}` : host,
        mdeDeviceId: '',
        osPlatform: text(properties.osFamily),
        osBuild: text(properties.osVersion),
        riskScore: 'none',
        healthStatus: 'noSensorData',
        onboardingStatus: 'unsupported',
        isolated: false,
        ipAddresses: [],
        loggedOnUsers: [],
      };
    }
    case 'ip': {
      const address = text(properties.address);
      return {
        ...base,
        type: 'ip',
        displayName: address || friendly || 'Unknown address',
        ipAddress: address,
        countryLetterCode: text(child(properties.location).countryCode),
      };
    }
    case 'url': {
      const url = text(properties.url);
      return { ...base, type: 'url', displayName: url || friendly || 'Unknown URL', url };
    }
    case 'file': {
      const fileName = text(properties.fileName);
      return {
        ...base,
        type: 'file',
        displayName: fileName || friendly || 'Unknown file',
        fileName,
        filePath: text(properties.directory),
        ...hashes(properties, index),
        fileSize: 0,
      };
    }
    case 'process': {
      const image = referenced(index, properties.imageFileEntityId);
      const processId = integer(properties.processId);
      const imageFileName = text(image.fileName);
      return {
        ...base,
        type: 'process',
        displayName: imageFileName || friendly || (processId ? `Process ${processId}` : 'Unknown process'),
        processId,
        processCommandLine: text(properties.commandLine),
        imageFileName,
        parentProcessId: integer(referenced(index, properties.parentProcessEntityId).processId),
        userAccount: accountLabel(referenced(index, properties.accountEntityId)),
      };
    }
    case 'mailbox': {
      const address = text(properties.mailboxPrimaryAddress);
      return {
        ...base,
        type: 'mailbox',
        displayName: text(properties.displayName) || friendly || address || 'Unknown mailbox',
        primaryAddress: address,
        userPrincipalName: text(properties.upn) || address,
      };
    }
    case 'azureresource': {
      const resourceId = text(properties.resourceId);
      const resourceName = resourceId.split('/').pop() ?? '';
      return {
        ...base,
        type: 'azureResource',
        displayName: resourceName || friendly || 'Unknown resource',
        resourceId,
        resourceName,
        resourceType: resourceId.match(/\/providers\/([^/]+\/[^/]+)\//i)?.[1] ?? '',
      };
    }
    case 'cloudapplication': {
      const appId = integer(properties.appId);
      const instanceName = text(properties.instanceName);
      return {
        ...base,
        type: 'cloudApplication',
        displayName: text(properties.appName) || friendly || instanceName || (appId ? `App ${appId}` : 'Unknown app'),
        appId,
        instanceName,
      };
    }
    case 'registrykey': {
      const hive = text(properties.hive);
      const key = text(properties.key);
      return {
        ...base,
        type: 'registryKey',
        displayName: [hive, key].filter(Boolean).join('\\') || friendly || 'Unknown registry key',
        registryHive: hive,
        registryKey: key,
      };
    }
    case 'registryvalue': {
      const key = referenced(index, properties.keyEntityId);
      const valueName = text(properties.valueName);
      return {
        ...base,
        type: 'registryValue',
        displayName: valueName || friendly || 'Unknown registry value',
        registryHive: text(key.hive),
        registryKey: text(key.key),
        registryValueName: valueName,
        registryValue: text(properties.valueData),
        registryValueType: text(properties.valueType),
      };
    }
    default:
      return {
        ...base,
        type: 'unknown',
        displayName: friendly || kind || 'Unknown entity',
        odataType: kind,
        additionalData: properties,
      };
  }
}

/** The entities of a `POST .../incidents/{id}/entities` answer as evidence of the incident. */
export function evidenceFromSentinel(body: Json): Evidence[] {
  const resources = objects(body.entities);
  const index = indexOf(resources);
  return resources.map((resource) => ({ ...entityFrom(resource, index), alertIds: [] }));
}
