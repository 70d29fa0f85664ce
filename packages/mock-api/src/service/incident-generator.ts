import {
  type AlertStatus,
  type Classification,
  type DetectionSource,
  type Determination,
  type ImpactedAssets,
  type IncidentStatus,
  type InvestigationState,
  type RemediationActionStatus,
  type RemediationActionType,
  SENSITIVITY_LABELS,
  type SensitivityLabel,
  type ServiceSource,
  type Severity,
  type Tactic,
  TACTICS,
} from '@soc-kit/components/api';
import { ALERT_TEMPLATES, type AlertTemplate, type CastPart, CUSTOM_TAGS, type Scenario, SCENARIOS, SENTINEL_RULES } from './alert-catalog.js';
import type { FileKind } from './entity-catalog.js';
import { type EntityPool, HISTORY_MS } from './entity-pool.js';
import { type IncidentRecord, incidentIdOf, Interner } from './incident-record.js';
import { closingComments, fitting, roleOfPart, type TextRole, type TextTemplate } from './incident-texts.js';
import { tacticLabel, tacticOfCategory, tacticsOf } from './mitre.js';
import { ASSIGNEES } from './people.js';
import { mix, Random } from './random.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { unknown: 0, informational: 1, low: 2, medium: 3, high: 4 };
const SEVERITY_BY_RANK: readonly Severity[] = ['unknown', 'informational', 'low', 'medium', 'high'];

export interface PlannedAlert {
  template: AlertTemplate;
  serviceSource: ServiceSource;
  detectionSource: DetectionSource;
  severity: Severity;
  status: AlertStatus;
  created: number;
  first: number;
  last: number;
  /** Global pool numbers of the entities the alert names. */
  evidence: readonly number[];
}

export interface PlannedAction {
  type: RemediationActionType;
  entity: number;
  status: RemediationActionStatus;
}

export interface PlannedInvestigation {
  state: InvestigationState;
  started: number;
  ended: number | null;
  /** The end of its work: when it ended or, for one still awaiting approval, the time its actions are dated before. */
  horizon: number;
  actions: readonly PlannedAction[];
}

/** An investigation before its times are placed: delays from the last alert, in ms. */
interface InvestigationDraft {
  state: InvestigationState;
  startsAfter: number;
  runsFor: number;
  actions: readonly PlannedAction[];
}

/** Everything the generator decides about one incident; details are built from it on demand. */
export interface IncidentPlan {
  record: IncidentRecord;
  alerts: readonly PlannedAlert[];
  /** Distinct pool entity numbers named by the alerts. */
  entities: readonly number[];
  /** The part each of `entities` plays. */
  parts: readonly CastPart[];
  /** What the incident's texts may refer to. */
  roles: ReadonlySet<TextRole>;
  investigation: PlannedInvestigation | null;
}

/** Entity status a planned remediation action leaves behind. */
export function remediationStatusAfter(action: PlannedAction): 'pendingApproval' | 'remediated' | 'blocked' | 'failed' | 'declined' | undefined {
  switch (action.status) {
    case 'pending':
      return 'pendingApproval';
    case 'completed':
      if (action.type === 'collectInvestigationPackage' || action.type === 'runAntivirusScan') return undefined;
      return action.type === 'blockUrl' ? 'blocked' : 'remediated';
    case 'failed':
      return 'failed';
    case 'rejected':
      return 'declined';
    default:
      return undefined;
  }
}

/** What an incident's alerts are: everything derived from it is computed once per distinct shape. */
interface Shape {
  templates: readonly AlertTemplate[];
  serviceSources: readonly ServiceSource[];
  detectionSources: readonly DetectionSource[];
  alertServiceSources: readonly ServiceSource[];
  alertDetectionSources: readonly DetectionSource[];
  /** The cast parts the alerts name, each once, in order of first mention. */
  parts: readonly CastPart[];
  /** For each alert, positions in `parts`. */
  alertParts: readonly (readonly number[])[];
  categories: readonly string[];
  mitreTechniques: readonly string[];
  tactics: readonly Tactic[];
  impactedAssets: Readonly<ImpactedAssets>;
  /** The incident name, or for a single device alert the text before " on <host>". */
  name: string;
  namedAfterDevice: boolean;
  description: string;
  /** What the incident's texts may refer to. */
  roles: ReadonlySet<TextRole>;
  /** Closing comments that fit, by classification (filled on first use). */
  closing: Map<Classification, readonly TextTemplate[]>;
  /**
   * Whether the alerts need a computer rather than a phone: phones show up in sign-in and cloud
   * app alerts, never in ones naming processes, files, registry entries or a second device.
   */
  computerOnly: boolean;
}

const PART_ASSETS: Partial<Record<string, keyof ImpactedAssets>> = {
  device: 'devices',
  device2: 'devices',
  user: 'users',
  mailbox: 'mailboxes',
  cloudApplication: 'apps',
  ip: 'ips',
  azureResource: 'cloudResources',
};

const NONE: readonly never[] = Object.freeze([]);
const SENSITIVITY_ALONE = Object.fromEntries(SENSITIVITY_LABELS.map((label) => [label, Object.freeze([label])])) as Record<
  SensitivityLabel,
  readonly SensitivityLabel[]
>;
const SCENARIO_WEIGHTS = SCENARIOS.map((scenario) => scenario.weight);
const SCENARIO_CHAINS = SCENARIOS.map((scenario) => scenario.chain.map((key) => ALERT_TEMPLATES[key] as AlertTemplate));
const SENTINEL_TEMPLATES: readonly AlertTemplate[] = SENTINEL_RULES.map((rule) => ({ ...rule, serviceSource: 'microsoftSentinel', detectionSources: ['scheduledAlerts', 'nrtAlerts'] }));

/**
 * Plans incidents: a pure function of (seed, anchor time, pool, position), so the service can
 * materialise only records up front and rebuild any incident's alerts and evidence later.
 */
export class IncidentGenerator {
  private readonly interner = new Interner();
  private readonly shapes = new Map<number, Shape>();
  private readonly tagSets = new Map<number, readonly string[]>();
  /** Scratch space of `plan`, per alert: first activity, last activity and creation offsets; status; severity rank. */
  private offsets = new Float64Array(24);
  private readonly statuses: AlertStatus[] = [];
  private readonly severities: number[] = [];

  constructor(
    private readonly seed: number,
    private readonly anchor: number,
    private readonly pool: EntityPool,
  ) {}

  /** The incident at position `n`; with `detailed` false the plan has no alerts (cheaper, for the eager pass). */
  plan(n: number, detailed = true): IncidentPlan {
    const random = new Random(this.seed, 0x1c1d, n);
    const created = this.anchor - 10 * MINUTE - Math.floor((HISTORY_MS - DAY) * Math.pow(random.next(), 1.4));
    const sentinelRule = random.chance(0.15) ? random.int(SENTINEL_RULES.length) : -1;
    const scenarioIndex = sentinelRule >= 0 ? -1 : random.weighted(SCENARIO_WEIGHTS);
    const shape = sentinelRule >= 0 ? this.sentinelShape(sentinelRule, random) : this.scenarioShape(scenarioIndex, random);
    const scenario = scenarioIndex >= 0 ? SCENARIOS[scenarioIndex]! : undefined;

    const castNumbers: number[] = [];
    for (const part of shape.parts) castNumbers.push(this.castEntity(part, shape, castNumbers, random));
    const cast = (part: CastPart) => {
      const position = shape.parts.indexOf(part);
      return position < 0 || position >= castNumbers.length ? undefined : castNumbers[position];
    };

    const status = this.pickStatus(created, random);
    // Alert times are drawn as offsets from the first alert's first activity, then the whole
    // story (alerts, then the investigation) is compressed, if need be, to end before the anchor.
    const start = created - random.between(5, 180) * MINUTE;
    const count = shape.templates.length;
    if (this.offsets.length < count * 3) this.offsets = new Float64Array(count * 3);
    const offsets = this.offsets;
    const statuses = this.statuses;
    const severities = this.severities;
    let offset = 0;
    let maxSeverity = 0;
    let activeAlerts = 0;
    for (let k = 0; k < count; k++) {
      const template = shape.templates[k]!;
      offsets[k * 3] = offset;
      offsets[k * 3 + 1] = offset + random.between(0, 240) * MINUTE;
      const severityRank = SEVERITY_RANK[template.severity] - (random.chance(0.2) && template.severity !== 'informational' ? 1 : 0);
      offsets[k * 3 + 2] = offset + random.between(1, 20) * MINUTE;
      const alertStatus = this.alertStatus(status, k === count - 1 && activeAlerts === 0, random);
      if (alertStatus !== 'resolved') activeAlerts++;
      maxSeverity = Math.max(maxSeverity, severityRank);
      statuses[k] = alertStatus;
      severities[k] = severityRank;
      offset += random.between(2, 36 * 60) * MINUTE;
    }

    const classification = this.pickClassification(status, random);
    const determinations = scenario ? scenario.determinations : [SENTINEL_RULES[sentinelRule]!.determination];
    const determination: Determination = classification === 'truePositive' ? random.pick(determinations) : 'unknown';
    const lastUpdateDraw = random.next();
    const assignedTo = this.pickOwner(status, random);
    const draft = scenario?.automatedInvestigation ? this.planInvestigation(status, shape.parts, castNumbers, random) : null;

    let alertsEnd = 0;
    let lastCreated = 0;
    for (let k = 0; k < count; k++) {
      alertsEnd = Math.max(alertsEnd, offsets[k * 3 + 1]!, offsets[k * 3 + 2]!);
      lastCreated = Math.max(lastCreated, offsets[k * 3 + 2]!);
    }
    const storyEnd = draft ? Math.max(alertsEnd, lastCreated + draft.startsAfter + draft.runsFor) : alertsEnd;
    const scale = Math.min(1, (this.anchor - 2 * MINUTE - start) / Math.max(1, storyEnd));
    const at = (ms: number) => start + Math.floor(ms * scale);
    let firstActivity = Infinity;
    let lastActivity = -Infinity;
    const alerts: PlannedAlert[] = [];
    for (let k = 0; k < count; k++) {
      const first = at(offsets[k * 3]!);
      const last = at(offsets[k * 3 + 1]!);
      firstActivity = Math.min(firstActivity, first);
      lastActivity = Math.max(lastActivity, last);
      if (detailed) {
        alerts.push({
          template: shape.templates[k]!,
          serviceSource: shape.alertServiceSources[k]!,
          detectionSource: shape.alertDetectionSources[k]!,
          severity: SEVERITY_BY_RANK[severities[k]!]!,
          status: statuses[k]!,
          created: at(offsets[k * 3 + 2]!),
          first,
          last,
          evidence: shape.alertParts[k]!.map((part) => castNumbers[part]!),
        });
      }
    }
    let investigation: PlannedInvestigation | null = null;
    if (draft) {
      // Defender investigates once the incident exists and its alerts are in.
      const started = Math.max(created, at(lastCreated + draft.startsAfter));
      const horizon = Math.max(started, Math.min(this.anchor - MINUTE, started + Math.floor(draft.runsFor * scale)));
      investigation = { state: draft.state, started, ended: draft.state === 'pendingApproval' ? null : horizon, horizon, actions: draft.actions };
    }

    const settled = Math.max(created, lastActivity, investigation?.horizon ?? -Infinity);
    const closed = status === 'resolved' || status === 'redirected';
    const lastUpdate = settled + Math.floor((closed ? Math.min(10 * DAY, this.anchor - settled) : this.anchor - settled) * Math.pow(lastUpdateDraw, closed ? 1 : 2));
    const device = cast('device');
    const devices = this.deviceFacts(shape.parts, castNumbers);
    const { threats, sensitivityLabels } = this.dataFacts(n, scenario);

    const record: IncidentRecord = {
      n,
      id: incidentIdOf(n),
      displayName: shape.namedAfterDevice && device !== undefined ? `${shape.name} on ${this.pool.deviceNameOf(device - this.pool.numberOf('device', 0))}` : shape.name,
      description: shape.description,
      severity: SEVERITY_BY_RANK[maxSeverity]!,
      status,
      classification,
      determination,
      assignedTo,
      customTags: this.pickTags(random),
      systemTags: this.systemTags(scenarioIndex, random.chance(0.03)),
      created,
      lastUpdate,
      firstActivity,
      lastActivity,
      resolvingComment: status === 'resolved' && random.chance(0.6) ? random.pick(this.closingFor(shape, classification)).text : null,
      redirectIncidentId: status === 'redirected' ? incidentIdOf(random.int(n)) : null,
      serviceSources: shape.serviceSources,
      detectionSources: shape.detectionSources,
      categories: shape.categories,
      mitreTechniques: shape.mitreTechniques,
      tactics: shape.tactics,
      alertCount: count,
      activeAlertCount: activeAlerts,
      impactedAssets: shape.impactedAssets,
      investigationState: investigation?.state ?? 'unsupportedAlertType',
      deviceGroups: devices.deviceGroups,
      osPlatforms: devices.osPlatforms,
      threats,
      sensitivityLabels,
      version: 1,
    };
    return { record, alerts, entities: castNumbers, parts: shape.parts, roles: shape.roles, investigation };
  }

  /** The device groups and OS platforms of the devices an incident names. */
  private deviceFacts(parts: readonly CastPart[], cast: readonly number[]): { deviceGroups: readonly string[]; osPlatforms: readonly string[] } {
    const first = this.pool.numberOf('device', 0);
    const one = parts.indexOf('device');
    if (one < 0) return { deviceGroups: NONE, osPlatforms: NONE };
    const facts = this.pool.deviceFactsOf(cast[one]! - first);
    const two = parts.indexOf('device2');
    if (two < 0) return { deviceGroups: facts.groups, osPlatforms: facts.osPlatforms };
    const other = this.pool.deviceFactsOf(cast[two]! - first);
    return {
      deviceGroups: this.interner.array(unique([facts.group, other.group])),
      osPlatforms: this.interner.array(unique([facts.osPlatform, other.osPlatform])),
    };
  }

  /**
   * The threats and the data sensitivity an incident of `scenario` shows. Drawn from a stream of
   * their own, so that they leave everything else the generator decides as it was.
   */
  private dataFacts(n: number, scenario: Scenario | undefined): { threats: readonly string[]; sensitivityLabels: readonly SensitivityLabel[] } {
    if (!scenario?.threats && !scenario?.sensitivity) return { threats: NONE, sensitivityLabels: NONE };
    // One hash is draw enough: a byte for each of the four decisions.
    const bits = mix(this.seed, 0x7e2a, n);
    const byte = (k: number) => (bits >>> (8 * k)) & 0xff;
    const { threats, sensitivity } = scenario;
    return {
      threats: threats && byte(0) < 205 ? threats[byte(1) % threats.length]! : NONE,
      sensitivityLabels: sensitivity && byte(2) < 180 ? SENSITIVITY_ALONE[sensitivity[byte(3) % sensitivity.length]!] : NONE,
    };
  }

  private scenarioShape(scenarioIndex: number, random: Random): Shape {
    const scenario = SCENARIOS[scenarioIndex]!;
    const chain = SCENARIO_CHAINS[scenarioIndex]!;
    const count = random.chance(0.55) ? 1 : random.between(Math.min(2, chain.length), Math.min(scenario.maxAlerts, chain.length));
    const chosen = [0, ...random.subset(chain.slice(1).map((_, i) => i + 1), count - 1)];
    let detectionBits = 0;
    const detections = chosen.map((position, k) => {
      const options = chain[position]!.detectionSources;
      const pick = random.int(options.length);
      detectionBits |= pick << k;
      return options[pick]!;
    });
    let mask = 0;
    for (const position of chosen) mask |= 1 << position;
    const key = ((scenarioIndex + 1) << 20) | (mask << 10) | detectionBits;
    return this.shape(key, () => chosen.map((position) => chain[position]!), detections, false);
  }

  private sentinelShape(rule: number, random: Random): Shape {
    const count = 1 + random.weighted([70, 20, 10]);
    const nrt = random.chance(0.2) ? 1 : 0;
    const key = (1 << 30) | (rule << 4) | (count << 1) | nrt;
    const template = SENTINEL_TEMPLATES[rule]!;
    return this.shape(key, () => Array.from({ length: count }, () => template), Array.from({ length: count }, () => template.detectionSources[nrt]!), true);
  }

  private shape(key: number, templatesOf: () => AlertTemplate[], detections: readonly DetectionSource[], sentinel: boolean): Shape {
    const known = this.shapes.get(key);
    if (known) return known;
    const templates = templatesOf();
    const parts: CastPart[] = [];
    const alertParts = templates.map((template) =>
      template.evidence.map((part) => {
        let position = parts.indexOf(part);
        if (position < 0) position = parts.push(part) - 1;
        return position;
      }),
    );
    const impactedAssets: ImpactedAssets = { devices: 0, users: 0, mailboxes: 0, apps: 0, ips: 0, cloudResources: 0 };
    for (const part of parts) {
      const asset = PART_ASSETS[part];
      if (asset) impactedAssets[asset]++;
    }
    const alertServiceSources = templates.map((template) => template.serviceSource);
    const serviceSources = unique(alertServiceSources);
    const categories = unique(templates.map((template) => template.category));
    const mitreTechniques = unique(templates.flatMap((template) => template.mitreTechniques)).sort();
    const tactics = tacticsOf(mitreTechniques, categories);
    const devices = impactedAssets.devices;
    let name: string;
    let namedAfterDevice = false;
    if (sentinel) {
      name = templates[0]!.title;
    } else if (templates.length === 1) {
      name = templates[0]!.incidentName ?? templates[0]!.title;
      namedAfterDevice = !templates[0]!.incidentName && devices === 1;
    } else {
      // Defender names the first two stages of the attack, as the alerts' categories tell them.
      const stages = TACTICS.filter((tactic) => categories.some((category) => tacticOfCategory(category) === tactic));
      const named = stages.length >= 2 ? stages : tactics;
      const involving = named.length >= 2 ? ` involving ${tacticLabel(named[0]!)} & ${tacticLabel(named[1]!)}` : '';
      const scope = devices === 1 ? ' on one endpoint' : devices > 1 ? ' on multiple endpoints' : involving ? '' : parts.includes('user') ? ' involving one user' : '';
      name = `Multi-stage incident${involving}${scope}${serviceSources.length > 1 ? ' reported by multiple sources' : ''}`;
    }
    const shape: Shape = {
      templates,
      serviceSources: this.interner.array(serviceSources),
      detectionSources: this.interner.array(unique(detections)),
      alertServiceSources,
      alertDetectionSources: detections,
      parts,
      alertParts,
      categories: this.interner.array(categories),
      mitreTechniques: this.interner.array(mitreTechniques),
      tactics: this.interner.array(tactics),
      impactedAssets: this.interner.assets(impactedAssets),
      name,
      namedAfterDevice,
      description: templates[0]!.description,
      roles: new Set(parts.map(roleOfPart).filter((role) => role !== undefined)),
      closing: new Map(),
      computerOnly: parts.some((part) => part === 'device2' || part.startsWith('process:') || part.startsWith('file:') || part.startsWith('registry')),
    };
    this.shapes.set(key, shape);
    return shape;
  }

  /** Picks the entity playing `part`, given the parts already cast (a mailbox goes with its user). */
  private castEntity(part: CastPart, { parts, computerOnly }: Shape, chosen: readonly number[], random: Random): number {
    const cast = (other: CastPart) => {
      const position = parts.indexOf(other);
      return position < 0 || position >= chosen.length ? undefined : chosen[position];
    };
    const pool = this.pool;
    const counts = pool.counts;
    if (part.startsWith('file:')) return pool.numberOf('file', pool.fileIndexOf(part.slice(5) as FileKind, random));
    if (part.startsWith('process:')) return pool.numberOf('process', pool.processIndexOf(part.slice(8), random));
    const computer = (index: number) => {
      while (computerOnly && pool.isMobileDevice(index)) index = (index + 1) % counts.device;
      return index;
    };
    switch (part) {
      case 'device':
        return pool.numberOf('device', computer(random.skewed(counts.device)));
      case 'device2': {
        const firstDevice = cast('device');
        let index = computer(random.skewed(counts.device));
        if (pool.numberOf('device', index) === firstDevice) index = computer((index + 1) % counts.device);
        return pool.numberOf('device', index);
      }
      case 'user': {
        const mailbox = cast('mailbox');
        return pool.numberOf('user', mailbox === undefined ? random.skewed(counts.user) : mailbox - pool.numberOf('mailbox', 0));
      }
      case 'mailbox': {
        const user = cast('user');
        return pool.numberOf('mailbox', user === undefined ? random.skewed(counts.mailbox) : user - pool.numberOf('user', 0));
      }
      case 'ip':
        return pool.numberOf('ip', random.skewed(counts.ip, 1.5));
      case 'url':
        return pool.numberOf('url', random.skewed(counts.url, 1.5));
      case 'cloudApplication':
        return pool.numberOf('cloudApplication', random.skewed(counts.cloudApplication, 1.3));
      case 'azureResource':
        return pool.numberOf('azureResource', random.skewed(counts.azureResource));
      case 'registryKey':
        return pool.numberOf('registryKey', random.int(counts.registryKey));
      case 'registryValue':
        return pool.numberOf('registryValue', random.int(counts.registryValue));
      default:
        throw new Error(`Unknown cast part ${part}`);
    }
  }

  private pickStatus(created: number, random: Random): IncidentStatus {
    const ageDays = (this.anchor - created) / DAY;
    const weights = ageDays < 2 ? [55, 30, 13, 2] : ageDays < 14 ? [30, 30, 37, 3] : [8, 10, 78, 4];
    return (['active', 'inProgress', 'resolved', 'redirected'] as const)[random.weighted(weights)]!;
  }

  /** Alerts of closed incidents are resolved; an open incident keeps at least one alert open. */
  private alertStatus(status: IncidentStatus, mustStayOpen: boolean, random: Random): AlertStatus {
    if (status === 'resolved' || status === 'redirected') return 'resolved';
    const resolved = random.chance(0.1);
    const inProgress = random.chance(0.5);
    if (resolved && !mustStayOpen) return 'resolved';
    return status === 'inProgress' && inProgress ? 'inProgress' : 'new';
  }

  private pickClassification(status: IncidentStatus, random: Random): Classification {
    if (status === 'resolved') return (['truePositive', 'falsePositive', 'informationalExpectedActivity'] as const)[random.weighted([40, 25, 35])]!;
    if (status === 'redirected') return 'unknown';
    return random.chance(0.15) ? 'truePositive' : 'unknown';
  }

  private pickOwner(status: IncidentStatus, random: Random): string | null {
    const assigned = status === 'active' ? random.chance(0.55) : status === 'redirected' ? random.chance(0.5) : status === 'resolved' ? random.chance(0.95) : true;
    return assigned ? ASSIGNEES[random.skewed(ASSIGNEES.length, 1.3)]!.id : null;
  }

  private systemTags(scenarioIndex: number, expert: boolean): readonly string[] {
    const key = -((scenarioIndex + 2) * 2 + (expert ? 1 : 0));
    let tags = this.tagSets.get(key);
    if (!tags) {
      tags = Object.freeze([...(SCENARIOS[scenarioIndex]?.systemTags ?? []), ...(expert ? ['Defender Experts'] : [])]);
      this.tagSets.set(key, tags);
    }
    return tags;
  }

  private pickTags(random: Random): readonly string[] {
    const count = random.weighted([55, 35, 10]);
    const first = count > 0 ? random.int(CUSTOM_TAGS.length) : -1;
    const second = count > 1 ? random.int(CUSTOM_TAGS.length) : -1;
    const key = (first + 1) * 64 + (second + 1);
    let tags = this.tagSets.get(key);
    if (!tags) {
      tags = Object.freeze(unique([first, second].filter((i) => i >= 0).map((i) => CUSTOM_TAGS[i]!)));
      this.tagSets.set(key, tags);
    }
    return tags;
  }

  private closingFor(shape: Shape, classification: Classification): readonly TextTemplate[] {
    let texts = shape.closing.get(classification);
    if (!texts) {
      texts = fitting(closingComments(classification), shape.roles);
      shape.closing.set(classification, texts);
    }
    return texts;
  }

  private planInvestigation(status: IncidentStatus, parts: readonly CastPart[], entities: readonly number[], random: Random): InvestigationDraft {
    const open = status === 'active' || status === 'inProgress';
    const states: InvestigationState[] = ['pendingApproval', 'successfullyRemediated', 'benign', 'partiallyRemediated', 'failed', 'terminated', 'unsupportedOs'];
    const state = states[random.weighted(open ? [30, 25, 20, 10, 5, 5, 5] : [0, 45, 30, 10, 5, 5, 5])]!;
    const startsAfter = random.between(1, 5) * MINUTE;
    const candidates = this.actionCandidates(parts, entities);
    const actions: PlannedAction[] = [];
    const take = (statusOfAction: RemediationActionStatus, count: number, pendingOnly: boolean) => {
      const eligible = candidates.filter((candidate) => (pendingOnly || !candidate.pendingOnly) && !actions.some((a) => a.entity === candidate.entity));
      for (const candidate of random.subset(eligible, count)) actions.push({ type: candidate.type, entity: candidate.entity, status: statusOfAction });
    };
    switch (state) {
      case 'pendingApproval':
        take('completed', random.int(2), false);
        take('pending', random.between(1, 3), true);
        break;
      case 'successfullyRemediated':
        take('completed', random.between(1, 3), false);
        break;
      case 'partiallyRemediated':
        take('completed', 1, false);
        take(random.chance(0.5) ? 'failed' : 'rejected', 1, false);
        break;
      case 'failed':
        take('failed', random.between(1, 2), false);
        break;
      default:
        break;
    }
    return { state: this.consistentState(state, actions, parts), startsAfter, runsFor: random.between(10, 180) * MINUTE, actions };
  }

  /** The state the actions actually support (an incident with too few entities may lack some). */
  private consistentState(state: InvestigationState, actions: readonly PlannedAction[], parts: readonly CastPart[]): InvestigationState {
    if (state === 'unsupportedOs' && !parts.includes('device')) return 'benign';
    const has = (status: RemediationActionStatus) => actions.some((action) => action.status === status);
    if (state === 'pendingApproval' && !has('pending')) return actions.length ? 'successfullyRemediated' : 'benign';
    if (state === 'successfullyRemediated' && actions.length === 0) return 'benign';
    if (state === 'partiallyRemediated' && !(has('completed') && (has('failed') || has('rejected')))) return actions.length ? 'successfullyRemediated' : 'benign';
    if (state === 'failed' && actions.length === 0) return 'benign';
    return state;
  }

  private actionCandidates(parts: readonly CastPart[], entities: readonly number[]): { type: RemediationActionType; entity: number; pendingOnly: boolean }[] {
    const candidates: { type: RemediationActionType; entity: number; pendingOnly: boolean }[] = [];
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const entity = entities[i]!;
      if (part.startsWith('file:')) candidates.push({ type: 'quarantineFile', entity, pendingOnly: false });
      else if (part.startsWith('process:')) candidates.push({ type: 'stopAndQuarantine', entity, pendingOnly: false });
      else if (part === 'mailbox') candidates.push({ type: 'deleteEmail', entity, pendingOnly: false });
      else if (part === 'url') candidates.push({ type: 'blockUrl', entity, pendingOnly: false });
      else if (part === 'device') candidates.push({ type: 'isolateDevice', entity, pendingOnly: true });
      else if (part === 'device2') candidates.push({ type: 'runAntivirusScan', entity, pendingOnly: false });
      else if (part === 'user') candidates.push({ type: 'resetPassword', entity, pendingOnly: true });
    }
    return candidates;
  }
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
