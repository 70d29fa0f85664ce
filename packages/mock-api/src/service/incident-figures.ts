import {
  type ActivityChange,
  type Classification,
  CLASSIFICATIONS,
  type Determination,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  type IncidentStatus,
  SEVERITIES,
  type Severity,
  type Tactic,
  UNASSIGNED,
} from '@soc-kit/components/api';
import type { IncidentRecord } from './incident-record.js';
import { Random } from './random.js';
import { SortedTimes } from './trend.js';

const MINUTE = 60_000;

const positions = <K extends string>(values: readonly K[]) => Object.fromEntries(values.map((value, i) => [value, i])) as Readonly<Record<K, number>>;
const SEVERITY_POSITION = positions<Severity>(SEVERITIES);
const STATUS_POSITION = positions<IncidentStatus>(INCIDENT_STATUSES);
const CLASSIFICATION_POSITION = positions<Classification>(CLASSIFICATIONS);
const DETERMINATION_POSITION = positions<Determination>(DETERMINATIONS);

/**
 * The incidents as columns, by position: times in epoch ms (NaN for none), enumerations as their
 * positions in the model's lists (`SEVERITIES`, `INCIDENT_STATUSES`, ...), owners and tactic lists
 * as positions in `owners` and `tacticLists`. A pass over these touches no record. Read, never
 * write; valid until the next write.
 */
export interface IncidentColumns {
  count: number;
  created: Float64Array;
  acknowledged: Float64Array;
  resolved: Float64Array;
  severity: Uint8Array;
  status: Uint8Array;
  classification: Uint8Array;
  determination: Uint8Array;
  owner: Int32Array;
  tactics: Int32Array;
  owners: readonly string[];
  tacticLists: readonly (readonly Tactic[])[];
}

/**
 * What the queue's trend and the incident metrics are counted from, kept up to date by every
 * write (as the queue's index is) so that neither builds incidents nor generates their details:
 * when each incident and each alert was created, the fields the metrics group by, and when each
 * incident was acknowledged and resolved.
 *
 * The audit trail (`listActivity`) is the truth. An incident is acknowledged at the first entry
 * of its trail that changes its owner or its status, and resolved at the latest entry that
 * changes its status to resolved. An incident ingested already assigned, in progress or resolved
 * has no such entry for that state (its trail only says it was created), so it counts as
 * acknowledged or resolved only once a later change says so.
 */
export class IncidentFigures {
  /** Creation times of every incident. */
  readonly incidentTimes: SortedTimes;
  /** Creation times of every alert. */
  readonly alertTimes: SortedTimes;
  private readonly columns: IncidentColumns;
  private readonly ownerIds = new Map<string, number>([[UNASSIGNED, 0]]);
  private readonly tacticListIds = new Map<readonly Tactic[], number>();
  /** Incident positions in order of creation, for the incidents of a range. */
  private byCreation: Int32Array;
  private byCreationSorted = true;

  constructor(
    private readonly seed: number,
    capacity: number,
  ) {
    const size = Math.max(16, capacity);
    this.incidentTimes = new SortedTimes(size);
    this.alertTimes = new SortedTimes(size * 2);
    this.byCreation = new Int32Array(size);
    this.columns = {
      count: 0,
      created: new Float64Array(size).fill(NaN),
      acknowledged: new Float64Array(size).fill(NaN),
      resolved: new Float64Array(size).fill(NaN),
      severity: new Uint8Array(size),
      status: new Uint8Array(size),
      classification: new Uint8Array(size),
      determination: new Uint8Array(size),
      owner: new Int32Array(size),
      tactics: new Int32Array(size),
      owners: [UNASSIGNED],
      tacticLists: [],
    };
  }

  /** Puts the generated times in order, so that the first trend or metrics call does not pay for it. */
  settle(): void {
    this.incidentTimes.countBetween(0, 0);
    this.alertTimes.countBetween(0, 0);
    this.createdBetween(0, 0);
  }

  /** A generated incident as generated, with its alerts' creation times. */
  generated(record: IncidentRecord, alertTimes: readonly number[]): void {
    this.added(record, alertTimes);
    const { acknowledged, resolved } = seededMilestones(record, this.seed);
    this.columns.acknowledged[record.n] = acknowledged;
    this.columns.resolved[record.n] = resolved;
  }

  /** A new incident at the end of the record array, with its alerts' creation times; its milestones come from later audit entries. */
  added(record: IncidentRecord, alertTimes: readonly number[]): void {
    const n = record.n;
    if (n >= this.columns.created.length) this.grow(n + 1);
    const columns = this.columns;
    columns.count = Math.max(columns.count, n + 1);
    columns.created[n] = record.created;
    const last = n > 0 && this.byCreationSorted ? columns.created[this.byCreation[n - 1]!]! : -Infinity;
    if (record.created < last) this.byCreationSorted = false;
    this.byCreation[n] = n;
    this.incidentTimes.add(record.created);
    for (const time of alertTimes) this.alertTimes.add(time);
    this.changed(record);
  }

  /** A record's fields changed. */
  changed(record: IncidentRecord): void {
    const { n } = record;
    const columns = this.columns;
    columns.severity[n] = SEVERITY_POSITION[record.severity];
    columns.status[n] = STATUS_POSITION[record.status];
    columns.classification[n] = CLASSIFICATION_POSITION[record.classification];
    columns.determination[n] = DETERMINATION_POSITION[record.determination];
    const owner = record.assignedTo ?? UNASSIGNED;
    let ownerId = this.ownerIds.get(owner);
    if (ownerId === undefined) {
      ownerId = (columns.owners as string[]).push(owner) - 1;
      this.ownerIds.set(owner, ownerId);
    }
    columns.owner[n] = ownerId;
    // Records share their tactic lists, so most incidents name one of a few dozen.
    let tacticsId = this.tacticListIds.get(record.tactics);
    if (tacticsId === undefined) {
      tacticsId = (columns.tacticLists as (readonly Tactic[])[]).push(record.tactics) - 1;
      this.tacticListIds.set(record.tactics, tacticsId);
    }
    columns.tactics[n] = tacticsId;
  }

  /** An entry appended to the audit trail of the incident at position `n`. */
  audited(n: number, changes: readonly ActivityChange[], time: number): void {
    const { acknowledged, resolved } = this.columns;
    for (const change of changes) {
      if (change.field !== 'assignedTo' && change.field !== 'status') continue;
      if (Number.isNaN(acknowledged[n]!)) acknowledged[n] = time;
      if (change.field === 'status' && change.to === 'resolved') resolved[n] = time;
    }
  }

  /** The incidents as columns (see `IncidentColumns`). */
  view(): Readonly<IncidentColumns> {
    return this.columns;
  }

  /** The positions of the incidents created in [from, to), in position order (a fresh array). */
  createdBetween(from: number, to: number): Int32Array {
    const created = this.columns.created;
    const order = this.byCreation.subarray(0, this.columns.count);
    if (!this.byCreationSorted) {
      order.sort((a, b) => created[a]! - created[b]! || a - b);
      this.byCreationSorted = true;
    }
    const firstAtLeast = (time: number) => {
      let low = 0;
      let high = order.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (created[order[middle]!]! < time) low = middle + 1;
        else high = middle;
      }
      return low;
    };
    const start = firstAtLeast(from);
    // Position order reads the columns front to back.
    return order.slice(start, Math.max(start, firstAtLeast(to))).sort();
  }

  private grow(needed: number): void {
    const length = Math.max(needed, this.columns.created.length * 2);
    const grown = <T extends Float64Array | Uint8Array | Int32Array>(values: T, empty = 0): T => {
      const next = new (values.constructor as new (length: number) => T)(length);
      if (empty !== 0) next.fill(empty);
      next.set(values);
      return next;
    };
    const columns = this.columns;
    columns.created = grown(columns.created, NaN);
    columns.acknowledged = grown(columns.acknowledged, NaN);
    columns.resolved = grown(columns.resolved, NaN);
    columns.severity = grown(columns.severity);
    columns.status = grown(columns.status);
    columns.classification = grown(columns.classification);
    columns.determination = grown(columns.determination);
    columns.owner = grown(columns.owner);
    columns.tactics = grown(columns.tactics);
    this.byCreation = grown(this.byCreation);
  }
}

/**
 * When a generated incident's seeded audit trail acknowledges and resolves it, computed from the
 * record as generated without building the trail. It follows the story `generateDetails` tells:
 * the owner's assignment at 5% of the span from creation to last update, the move to in progress
 * at 15% (always for an incident in progress; for a closed one when the first draw of its details'
 * random sequence says so), and the closing status change at the last update. The metrics tests
 * recount both from `listActivity`, which keeps the two in step.
 */
export function seededMilestones(record: IncidentRecord, seed: number): { acknowledged: number; resolved: number } {
  const settled = record.status === 'resolved' || record.status === 'redirected';
  const span = Math.max(MINUTE, record.lastUpdate - record.created);
  const at = (share: number) => record.created + Math.floor(span * share);
  let acknowledged = NaN;
  const candidate = (time: number) => {
    if (Number.isNaN(acknowledged) || time < acknowledged) acknowledged = time;
  };
  if (record.assignedTo) candidate(at(0.05));
  if (record.status === 'inProgress' || (settled && new Random(seed, 0xde7a, record.n).chance(0.6))) candidate(at(0.15));
  if (settled) candidate(record.lastUpdate);
  return { acknowledged, resolved: record.status === 'resolved' ? record.lastUpdate : NaN };
}
