import type {
  AzureResourceEntity,
  CloudApplicationEntity,
  DeviceEntity,
  Entity,
  EntityType,
  EvidenceRole,
  FileEntity,
  IpEntity,
  MailboxEntity,
  ProcessEntity,
  RegistryKeyEntity,
  RegistryValueEntity,
  RemediationStatus,
  UrlEntity,
  UserEntity,
  Verdict,
} from '@soc-kit/components/api';
import {
  AZURE_RESOURCE_KINDS,
  CLOUD_APPS,
  COUNTRY_CODES,
  FILE_FOLDERS,
  FILE_KINDS,
  FILE_NAMES,
  type FileKind,
  PROCESS_IMAGES,
  PUBLIC_FIRST_OCTETS,
  REGISTRY_KEYS,
  REGISTRY_VALUES,
  SUBSCRIPTION_IDS,
  URL_BRANDS,
  URL_PATHS,
  URL_TLDS,
  URL_WORDS,
} from './entity-catalog.js';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES } from './people.js';
import { guid, hashString, hexDigits, mix, Random } from './random.js';
import { isoTime } from './iso-time.js';

export const POOL_TYPES = [
  'device',
  'user',
  'mailbox',
  'ip',
  'url',
  'file',
  'process',
  'cloudApplication',
  'azureResource',
  'registryKey',
  'registryValue',
] as const satisfies readonly EntityType[];
export type PoolType = (typeof POOL_TYPES)[number];

/** The short type names in entity ids: `device-12`, `app-3`, `regkey-0`. */
export const ENTITY_ID_PREFIXES: Readonly<Record<EntityType, string>> = {
  device: 'device',
  user: 'user',
  mailbox: 'mailbox',
  ip: 'ip',
  url: 'url',
  file: 'file',
  process: 'process',
  cloudApplication: 'app',
  azureResource: 'azure',
  registryKey: 'regkey',
  registryValue: 'regvalue',
  unknown: 'unknown',
};

const TYPE_BY_PREFIX = new Map(Object.entries(ENTITY_ID_PREFIXES).map(([type, prefix]) => [prefix, type as EntityType]));
const POOL_ID = /^([a-z]+)-(\d+)$/;
const SERVER_ROLES = ['DC', 'SQL', 'FILE', 'WEB', 'APP', 'EXCH'] as const;
const SERVER_GROUPS: Readonly<Record<(typeof SERVER_ROLES)[number], string>> = {
  DC: 'Domain controllers',
  SQL: 'Database servers',
  FILE: 'File servers',
  WEB: 'Web servers',
  APP: 'Application servers',
  EXCH: 'Exchange servers',
};

/** The random stream `generate` draws a device from. */
const DEVICE_STREAM = hashString('device');

type DeviceKind = 'workstation' | 'laptop' | 'server' | 'linux' | 'mac' | 'iphone' | 'android';

export interface DeviceFacts {
  osPlatform: string;
  group: string;
  osPlatforms: readonly string[];
  groups: readonly string[];
}

/** The OS platform and build of a device of `kind`; draws the same numbers from `random` whatever the kind. */
function deviceOs(kind: DeviceKind, random: Random): readonly [string, string] {
  const os: Record<DeviceKind, readonly [string, string]> = {
    workstation: random.pick([['Windows11', '22631'], ['Windows11', '26100'], ['Windows10', '19045']] as const),
    laptop: random.pick([['Windows11', '22631'], ['Windows10', '19045']] as const),
    server: random.pick([['WindowsServer2022', '20348'], ['WindowsServer2019', '17763']] as const),
    linux: ['Linux', 'Ubuntu 22.04'],
    mac: ['macOS', '14.5'],
    iphone: ['iOS', '17.5.1'],
    android: ['Android', '14'],
  };
  return os[kind];
}

const DAY_MS = 86_400_000;

/** The generated data spans this long before the anchor time. */
export const HISTORY_MS = 182 * DAY_MS;

function scaled(size: number, share: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Math.round(size * share)));
}

/** How many entities of each type a generated tenant of `size` incidents has. */
export function poolCounts(size: number): Readonly<Record<PoolType, number>> {
  return {
    device: scaled(size, 0.12, 24, 4000),
    user: scaled(size, 0.1, 24, 4000),
    mailbox: scaled(size, 0.1, 24, 4000),
    ip: scaled(size, 0.1, 24, 5000),
    url: scaled(size, 0.06, 16, 3000),
    file: scaled(size, 0.08, 24, 4000),
    process: Math.ceil(scaled(size, 0.1, 34, 5100) / PROCESS_IMAGES.length) * PROCESS_IMAGES.length,
    cloudApplication: CLOUD_APPS.length,
    azureResource: scaled(size, 0.02, 12, 800),
    registryKey: REGISTRY_KEYS.length,
    registryValue: REGISTRY_VALUES.length,
  };
}

export function entityTypeOfId(id: string): EntityType | undefined {
  return TYPE_BY_PREFIX.get(id.slice(0, id.indexOf('-')));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? name);
}

/**
 * The shared population of entities incidents draw their evidence from. Every entity is a pure
 * function of (seed, type, index), generated on first use; a global number per entity lets the
 * generator record which incidents name which entities in compact arrays.
 */
export class EntityPool {
  readonly counts: Readonly<Record<PoolType, number>>;
  private readonly offsets: Record<PoolType, number>;
  readonly total: number;
  private readonly deviceNames: string[] = [];
  private readonly deviceFacts: DeviceFacts[] = [];
  /** Per device: 0 not known yet, 1 a computer, 2 a phone. */
  private readonly phones: Uint8Array;

  constructor(
    private readonly seed: number,
    size: number,
    private readonly anchor: number,
  ) {
    this.counts = poolCounts(size);
    let offset = 0;
    const offsets = {} as Record<PoolType, number>;
    for (const type of POOL_TYPES) {
      offsets[type] = offset;
      offset += this.counts[type];
    }
    this.offsets = offsets;
    this.total = offset;
    this.phones = new Uint8Array(this.counts.device);
  }

  idOf(type: PoolType, index: number): string {
    return `${ENTITY_ID_PREFIXES[type]}-${index}`;
  }

  numberOf(type: PoolType, index: number): number {
    return this.offsets[type] + index;
  }

  /** The (type, index) of a global entity number. */
  locate(entityNumber: number): { type: PoolType; index: number } {
    for (let i = POOL_TYPES.length - 1; i >= 0; i--) {
      const type = POOL_TYPES[i]!;
      if (entityNumber >= this.offsets[type]) return { type, index: entityNumber - this.offsets[type] };
    }
    throw new RangeError(`No pool entity number ${entityNumber}`);
  }

  idOfNumber(entityNumber: number): string {
    const { type, index } = this.locate(entityNumber);
    return this.idOf(type, index);
  }

  /** The global number of a pool entity id, or `undefined` for any other id. */
  numberOfId(id: string): number | undefined {
    const match = POOL_ID.exec(id);
    if (!match) return undefined;
    const type = TYPE_BY_PREFIX.get(match[1]!);
    const index = Number(match[2]);
    if (!type || type === 'unknown' || String(index) !== match[2] || index >= this.counts[type]) return undefined;
    return this.numberOf(type, index);
  }

  /** When the entity was first seen: before any incident that names it. */
  firstSeen(entityId: string): number {
    return this.anchor - HISTORY_MS - (1 + (mix(this.seed, hashString(entityId)) % 60)) * DAY_MS;
  }

  /** Pool index of a process running `image`. */
  processIndexOf(image: string, random: Random): number {
    const imageIndex = Math.max(0, PROCESS_IMAGES.findIndex((candidate) => candidate.image === image));
    const perImage = this.counts.process / PROCESS_IMAGES.length;
    return imageIndex + PROCESS_IMAGES.length * random.skewed(perImage);
  }

  /** Pool index of a file of `kind`. */
  fileIndexOf(kind: FileKind, random: Random): number {
    const kindIndex = FILE_KINDS.indexOf(kind);
    const perKind = Math.floor(this.counts.file / FILE_KINDS.length);
    return kindIndex + FILE_KINDS.length * random.skewed(perKind);
  }

  generate(type: PoolType, index: number, remediationStatus: RemediationStatus = 'none'): Entity {
    const random = new Random(this.seed, hashString(type), index);
    const id = this.idOf(type, index);
    const base = {
      id,
      remediationStatus,
      detailedRoles: [] as string[],
      tags: [] as string[],
      createdDateTime: isoTime(this.firstSeen(id)),
    };
    switch (type) {
      case 'device':
        return this.device(index, random, base);
      case 'user':
        return this.user(index, random, base);
      case 'mailbox':
        return this.mailbox(index, base);
      case 'ip':
        return this.ip(index, random, base);
      case 'url':
        return this.url(index, random, base);
      case 'file':
        return this.file(index, random, base);
      case 'process':
        return this.process(index, random, base);
      case 'cloudApplication':
        return this.cloudApplication(index, base);
      case 'azureResource':
        return this.azureResource(index, random, base);
      case 'registryKey':
        return this.registryKey(index, base);
      case 'registryValue':
        return this.registryValue(index, base);
    }
  }

  /** The account name of pool user `index`, as `CONTOSO\name`. */
  accountOf(userIndex: number): string {
    return `CONTOSO\\${this.personOf(userIndex).accountName}`;
  }

  private personOf(index: number): { first: string; last: string; upn: string; accountName: string } {
    // A bijection onto (first, last) pairs for the first 48 × 42 people that still varies the
    // last name between neighbours (the most active people have the lowest indexes).
    const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
    const round = Math.floor(index / (FIRST_NAMES.length * LAST_NAMES.length));
    const last = LAST_NAMES[(Math.floor(index / FIRST_NAMES.length) + 5 * index) % LAST_NAMES.length]!;
    const suffix = round > 0 ? String(round + 1) : '';
    const local = `${first}.${last}${suffix}`.toLowerCase();
    return { first, last, upn: `${local}@contoso.com`, accountName: `${first.charAt(0)}${last}${suffix}`.toLowerCase() };
  }

  /** Host name of pool device `index`; cheap, since incident names mention it. */
  deviceNameOf(index: number): string {
    return (this.deviceNames[index] ??= this.deviceProfile(index).name);
  }

  /** Whether pool device `index` is a phone, which runs no processes or files an endpoint alert could name. */
  isMobileDevice(index: number): boolean {
    let phone = this.phones[index];
    if (phone === 0) {
      const kind = this.deviceKindOf(index);
      phone = this.phones[index] = kind === 'iphone' || kind === 'android' ? 2 : 1;
    }
    return phone === 2;
  }

  /**
   * The OS platform (as Graph spells it) and device group of pool device `index`, also as the
   * one-item lists an incident with only this device has; cheap, since every incident lists them.
   */
  deviceFactsOf(index: number): DeviceFacts {
    let facts = this.deviceFacts[index];
    if (!facts) {
      const { kind, serverRole } = this.deviceProfile(index);
      const osPlatform = deviceOs(kind, new Random(this.seed, DEVICE_STREAM, index))[0];
      const group = this.deviceGroup(index, kind, serverRole);
      facts = { osPlatform, group, osPlatforms: Object.freeze([osPlatform]), groups: Object.freeze([group]) };
      this.deviceFacts[index] = facts;
    }
    return facts;
  }

  /** Servers by role, Linux servers, phones; workstations, laptops and Macs by their user's department ("Finance workstations"). */
  private deviceGroup(index: number, kind: DeviceKind, serverRole: (typeof SERVER_ROLES)[number]): string {
    switch (kind) {
      case 'server':
        return SERVER_GROUPS[serverRole];
      case 'linux':
        return 'Linux servers';
      case 'iphone':
      case 'android':
        return 'Mobile devices';
      default:
        return `${this.departmentOf(this.deviceUserOf(index))} workstations`;
    }
  }

  /** The pool user who uses device `index`. */
  private deviceUserOf(index: number): number {
    return (index * 7) % this.counts.user;
  }

  private departmentOf(userIndex: number): string {
    return DEPARTMENTS[mix(this.seed, userIndex, 0xd3) % DEPARTMENTS.length]!;
  }

  private deviceKindOf(index: number): DeviceKind {
    const roll = mix(this.seed, 0xde7, index) % 100;
    return roll < 55 ? 'workstation' : roll < 77 ? 'laptop' : roll < 79 ? 'iphone' : roll < 80 ? 'android' : roll < 94 ? 'server' : roll < 97 ? 'linux' : 'mac';
  }

  private deviceProfile(index: number): { kind: DeviceKind; serverRole: (typeof SERVER_ROLES)[number]; name: string } {
    const number = pad(index + 101, 4);
    const kind = this.deviceKindOf(index);
    const serverRole = SERVER_ROLES[mix(this.seed, 0x5e7, index) % SERVER_ROLES.length]!;
    const names: Record<DeviceKind, string> = {
      workstation: `CONTOSO-WS-${number}`,
      laptop: `CONTOSO-LT-${number}`,
      server: `CONTOSO-${serverRole}-${number}`,
      linux: `ubuntu-web-${number}`,
      mac: `CONTOSO-MAC-${number}`,
      iphone: `iPhone-${number}`,
      android: `android-${number}`,
    };
    return { kind, serverRole, name: names[kind] };
  }

  private device(index: number, random: Random, base: BaseFields): DeviceEntity {
    const { kind, serverRole, name } = this.deviceProfile(index);
    const os = deviceOs(kind, random);
    const user = this.deviceUserOf(index);
    const tags = serverRole === 'DC' && kind === 'server' ? ['Domain Controller'] : random.chance(0.2) ? [random.pick(['VIP', 'Finance', 'Test Machine', 'Kiosk'])] : [];
    return {
      ...base,
      type: 'device',
      displayName: name,
      verdict: pickVerdict(random, [50, 40, 10, 0]),
      roles: pickRoles(random, ['compromised', 'contextual', 'attacked']),
      detailedRoles: random.chance(0.4) ? ['Main device'] : [],
      tags,
      deviceDnsName: `${name.toLowerCase()}.contoso.com`,
      mdeDeviceId: hexDigits(mix(this.seed, 0xde71ce, index), 40),
      osPlatform: os[0],
      osBuild: os[1],
      rbacGroupName: this.deviceFactsOf(index).group,
      riskScore: (['none', 'informational', 'low', 'medium', 'high'] as const)[random.weighted([10, 10, 30, 30, 20])]!,
      healthStatus: (['active', 'inactive', 'impairedCommunication', 'noSensorData'] as const)[random.weighted([88, 6, 3, 3])]!,
      onboardingStatus: random.chance(0.95) ? 'onboarded' : 'canBeOnboarded',
      isolated: false,
      ipAddresses: [`10.${1 + (index % 20)}.${Math.floor(index / 20) % 250}.${10 + (index % 230)}`],
      loggedOnUsers: kind === 'server' || kind === 'linux' ? [] : [this.accountOf(user)],
    };
  }

  private user(index: number, random: Random, base: BaseFields): UserEntity {
    const person = this.personOf(index);
    return {
      ...base,
      type: 'user',
      displayName: `${person.first} ${person.last}`,
      verdict: pickVerdict(random, [60, 35, 5, 0]),
      roles: pickRoles(random, ['compromised', 'contextual', 'attacked']),
      tags: random.chance(0.1) ? [random.pick(['VIP', 'Privileged account', 'Service account'])] : [],
      userPrincipalName: person.upn,
      accountName: person.accountName,
      domainName: 'CONTOSO',
      azureAdUserId: guid(mix(this.seed, 0x05e7, index)),
      department: this.departmentOf(index),
      riskLevel: (['none', 'low', 'medium', 'high'] as const)[random.weighted([40, 30, 20, 10])]!,
      accountEnabled: true,
    };
  }

  private mailbox(index: number, base: BaseFields): MailboxEntity {
    const person = this.personOf(index);
    return {
      ...base,
      type: 'mailbox',
      displayName: `${person.first} ${person.last}`,
      verdict: 'unknown',
      roles: ['attacked'],
      primaryAddress: person.upn,
      userPrincipalName: person.upn,
    };
  }

  private ip(index: number, random: Random, base: BaseFields): IpEntity {
    const internal = index % 5 === 4;
    const address = internal
      ? `10.${random.between(1, 40)}.${random.between(0, 255)}.${random.between(2, 254)}`
      : `${random.pick(PUBLIC_FIRST_OCTETS)}.${random.between(1, 254)}.${random.between(0, 255)}.${random.between(1, 254)}`;
    return {
      ...base,
      type: 'ip',
      displayName: address,
      verdict: internal ? 'unknown' : pickVerdict(random, [40, 35, 25, 0]),
      roles: internal ? ['contextual'] : pickRoles(random, ['attacker', 'commandAndControl', 'source']),
      ipAddress: address,
      countryLetterCode: internal ? '' : random.pick(COUNTRY_CODES),
    };
  }

  private url(index: number, random: Random, base: BaseFields): UrlEntity {
    const host = `${random.pick(URL_BRANDS)}-${random.pick(URL_WORDS)}.${random.pick(URL_TLDS)}`;
    const url = `https://${host}${random.pick(URL_PATHS)}?id=${hexDigits(mix(this.seed, 0x0a1, index), 8)}`;
    return {
      ...base,
      type: 'url',
      displayName: url,
      verdict: pickVerdict(random, [15, 30, 55, 0]),
      roles: ['contextual'],
      url,
    };
  }

  private file(index: number, random: Random, base: BaseFields): FileEntity {
    const kind = FILE_KINDS[index % FILE_KINDS.length]!;
    const fileName = random.pick(FILE_NAMES[kind]);
    const account = this.personOf(random.skewed(this.counts.user)).accountName;
    const filePath = fill(random.pick(FILE_FOLDERS[kind]), { acct: account });
    const hashSeed = mix(this.seed, 0xf11e, index);
    return {
      ...base,
      type: 'file',
      displayName: fileName,
      verdict: kind === 'document' ? pickVerdict(random, [30, 40, 30, 0]) : pickVerdict(random, [5, 25, 70, 0]),
      roles: pickRoles(random, ['created', 'loaded', 'contextual']),
      detailedRoles: random.chance(0.3) ? ['Referred in command line'] : [],
      fileName,
      filePath,
      sha256: hexDigits(hashSeed, 64),
      sha1: hexDigits(mix(hashSeed, 1), 40),
      fileSize: random.between(12_000, 9_000_000),
    };
  }

  private process(index: number, random: Random, base: BaseFields): ProcessEntity {
    const image = PROCESS_IMAGES[index % PROCESS_IMAGES.length]!;
    const userIndex = random.skewed(this.counts.user);
    const device = random.skewed(this.counts.device);
    const ipIndex = random.int(this.counts.ip);
    const urlIndex = random.skewed(this.counts.url);
    const url = this.url(urlIndex, new Random(this.seed, hashString('url'), urlIndex), base);
    const processId = random.between(400, 14000);
    const commandLine = fill(random.pick(image.commandLines), {
      url: url.url,
      exe: random.pick(FILE_NAMES.malware),
      ip: `10.${1 + (ipIndex % 40)}.${ipIndex % 250}.${10 + (ipIndex % 200)}`,
      host: `CONTOSO-FILE-${pad(device + 101, 4)}`,
      acct: this.personOf(userIndex).accountName,
      pid: String(random.between(500, 900)),
      task: random.pick(['OneDrive Standalone Update', 'GoogleUpdateTaskMachine', 'WinDefendUpdate', 'MicrosoftEdgeUpdateCore']),
      b64: hexDigits(mix(this.seed, 0xb64, index), 24).replace(/[0-9]/g, (digit) => 'JABzAGUAdwBi'.charAt(Number(digit))),
    });
    return {
      ...base,
      type: 'process',
      displayName: image.image,
      verdict: pickVerdict(random, [20, 55, 25, 0]),
      roles: [],
      processId,
      processCommandLine: commandLine,
      imageFileName: image.image,
      parentProcessId: random.between(300, processId),
      userAccount: this.accountOf(userIndex),
    };
  }

  private cloudApplication(index: number, base: BaseFields): CloudApplicationEntity {
    const app = CLOUD_APPS[index]!;
    return {
      ...base,
      type: 'cloudApplication',
      displayName: app.name,
      verdict: 'unknown',
      roles: ['contextual'],
      appId: app.appId,
      instanceName: app.instanceName,
    };
  }

  private azureResource(index: number, random: Random, base: BaseFields): AzureResourceEntity {
    const kind = AZURE_RESOURCE_KINDS[index % AZURE_RESOURCE_KINDS.length]!;
    const name = `${kind.prefix}${pad(Math.floor(index / AZURE_RESOURCE_KINDS.length) + 1, 2)}`;
    const subscription = SUBSCRIPTION_IDS[index % SUBSCRIPTION_IDS.length]!;
    return {
      ...base,
      type: 'azureResource',
      displayName: name,
      verdict: pickVerdict(random, [50, 40, 10, 0]),
      roles: ['attacked'],
      resourceId: `/subscriptions/${subscription}/resourceGroups/${kind.group}/providers/${kind.type}/${name}`,
      resourceName: name,
      resourceType: kind.type,
    };
  }

  private registryKey(index: number, base: BaseFields): RegistryKeyEntity {
    const key = REGISTRY_KEYS[index]!;
    return {
      ...base,
      type: 'registryKey',
      displayName: `${key.hive}\\${key.key}`,
      verdict: 'suspicious',
      roles: ['edited'],
      registryHive: key.hive,
      registryKey: key.key,
    };
  }

  private registryValue(index: number, base: BaseFields): RegistryValueEntity {
    const value = REGISTRY_VALUES[index]!;
    return {
      ...base,
      type: 'registryValue',
      displayName: value.name,
      verdict: 'suspicious',
      roles: ['edited'],
      registryHive: value.hive,
      registryKey: value.key,
      registryValueName: value.name,
      registryValue: value.value,
      registryValueType: value.type,
    };
  }
}

interface BaseFields {
  id: string;
  remediationStatus: RemediationStatus;
  detailedRoles: string[];
  tags: string[];
  createdDateTime: string;
}

/** Weights for unknown, suspicious, malicious, noThreatsFound. */
function pickVerdict(random: Random, weights: readonly [number, number, number, number]): Verdict {
  return (['unknown', 'suspicious', 'malicious', 'noThreatsFound'] as const)[random.weighted(weights)]!;
}

function pickRoles(random: Random, roles: readonly EvidenceRole[]): EvidenceRole[] {
  return random.chance(0.3) ? [] : [random.pick(roles)];
}
