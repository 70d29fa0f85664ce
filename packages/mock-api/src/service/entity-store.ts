import type { Entity, RemediationStatus, Verdict } from '@soc-kit/components/api';
import { IMPACTED_ASSET_TYPES, naturalKeysOf } from '@soc-kit/components/api';
import { ENTITY_ID_PREFIXES, type EntityPool, POOL_TYPES, type PoolType } from './entity-pool.js';

const isPoolType = (type: string): type is PoolType => (POOL_TYPES as readonly string[]).includes(type);
import { ServiceError } from './service-error.js';

const VERDICT_WEIGHT: Readonly<Record<Verdict, number>> = { unknown: 0, noThreatsFound: 1, suspicious: 2, malicious: 3 };

/**
 * Every entity of the tenant: pool entities materialised on first use (then kept, since
 * remediation changes them), entities that arrived with ingested incidents, and which
 * incidents name which entity.
 */
export class EntityStore {
  private readonly entities = new Map<string, Entity>();
  private readonly initialStatus = new Map<number, RemediationStatus>();
  private linkPairs = new Int32Array(4096);
  private linkCount = 0;
  private linksByNumber: { offsets: Int32Array; incidents: Int32Array } | null = null;
  private readonly laterLinks = new Map<string, number[]>();
  private keyIndex: Map<string, string> | null = null;
  private assetNameIndex: Map<string, string> | null = null;
  /** Lower-cased display name → ids of the entities with that name; `namedCount` stored entities are in it. */
  private nameIndex: Map<string, string[]> | null = null;
  private namedCount = 0;
  private ingested = 0;

  constructor(readonly pool: EntityPool) {}

  /** Records, while generating, that incident `n` names these pool entities. */
  recordLinks(n: number, entityNumbers: readonly number[]): void {
    if (this.linkCount + entityNumbers.length * 2 > this.linkPairs.length) {
      const grown = new Int32Array(Math.max(this.linkPairs.length * 2, this.linkCount + entityNumbers.length * 2));
      grown.set(this.linkPairs);
      this.linkPairs = grown;
    }
    for (const entity of entityNumbers) {
      this.linkPairs[this.linkCount++] = entity;
      this.linkPairs[this.linkCount++] = n;
    }
  }

  /** The remediation status generated history left on a pool entity (the latest incident wins). */
  setInitialStatus(entityNumber: number, status: RemediationStatus): void {
    this.initialStatus.set(entityNumber, status);
  }

  get(id: string): Entity | undefined {
    let entity = this.entities.get(id);
    if (!entity) {
      const number = this.pool.numberOfId(id);
      if (number === undefined) return undefined;
      const { type, index } = this.pool.locate(number);
      entity = this.pool.generate(type, index, this.initialStatus.get(number));
      this.entities.set(id, entity);
    }
    return entity;
  }

  require(id: string): Entity {
    const entity = typeof id === 'string' ? this.get(id) : undefined;
    if (!entity) throw new ServiceError('notFound', `No entity with id "${String(id)}".`);
    return entity;
  }

  /** Positions of the incidents that name the entity, ascending. */
  incidentsNaming(id: string): number[] {
    const found: number[] = [];
    const number = this.pool.numberOfId(id);
    if (number !== undefined) {
      const links = this.links();
      for (let i = links.offsets[number]!; i < links.offsets[number + 1]!; i++) found.push(links.incidents[i]!);
    }
    found.push(...(this.laterLinks.get(id) ?? []));
    return [...new Set(found)].sort((a, b) => a - b);
  }

  /**
   * Positions of the incidents naming an impacted asset (`IMPACTED_ASSET_TYPES`) whose display
   * name contains `term` (lower case), for the incident search.
   */
  incidentsWithAssetMatching(term: string): number[] {
    const found = new Set<number>();
    for (const [id, name] of this.assetNames()) {
      if (name.includes(term)) for (const n of this.incidentsNaming(id)) found.add(n);
    }
    return [...found];
  }

  /**
   * Positions of the incidents naming an entity, of any type, whose ID or display name is one of
   * `keys` (lower case), for the entity filter.
   */
  incidentsNamingAny(keys: readonly string[]): number[] {
    const names = this.names();
    const found = new Set<number>();
    for (const key of keys) {
      for (const id of [key, ...(names.get(key) ?? [])]) for (const n of this.incidentsNaming(id)) found.add(n);
    }
    return [...found];
  }

  /** The ids of the entities, of any type, whose display name contains `term` (lower case), for the alert search. */
  entitiesNamedLike(term: string): Set<string> {
    const found = new Set<string>();
    for (const [name, ids] of this.names()) if (name.includes(term)) for (const id of ids) found.add(id);
    return found;
  }

  /** Records that incident `n` (created after generation) names the entity. */
  link(id: string, n: number): void {
    const list = this.laterLinks.get(id) ?? [];
    if (!list.includes(n)) list.push(n);
    this.laterLinks.set(id, list);
  }

  /**
   * The stored entity for ingested evidence: the existing one with the same natural key (device
   * DNS name or Defender id, UPN, address, hash, ...), with the new roles, tags and a worse
   * verdict merged in; or the candidate itself, stored under a new id.
   */
  merge(candidate: Entity): Entity {
    const keys = naturalKeysOf(candidate);
    const index = this.keys();
    const existingId = keys.map((key) => index.get(key)).find((id) => id !== undefined);
    const existing = existingId === undefined ? undefined : this.get(existingId);
    if (existing && existing.type === candidate.type) {
      existing.roles = [...new Set([...existing.roles, ...candidate.roles])];
      existing.detailedRoles = [...new Set([...existing.detailedRoles, ...candidate.detailedRoles])];
      existing.tags = [...new Set([...existing.tags, ...candidate.tags])];
      if (VERDICT_WEIGHT[candidate.verdict] > VERDICT_WEIGHT[existing.verdict]) existing.verdict = candidate.verdict;
      for (const key of keys) if (!index.has(key)) index.set(key, existing.id);
      return existing;
    }
    const stored = { ...candidate, id: `${ENTITY_ID_PREFIXES[candidate.type]}-i${++this.ingested}` } as Entity;
    this.entities.set(stored.id, stored);
    for (const key of keys) if (!index.has(key)) index.set(key, stored.id);
    return stored;
  }

  /** Entity id → lower-cased display name of every impacted asset; pool names never change, stored ones are added as they arrive. */
  private assetNames(): Map<string, string> {
    if (!this.assetNameIndex) {
      this.assetNameIndex = new Map();
      for (const type of IMPACTED_ASSET_TYPES) {
        if (!isPoolType(type)) continue;
        for (let index = 0; index < this.pool.counts[type]; index++) {
          // Generated, not stored: names only, and a device's name without generating the device.
          const name = type === 'device' ? this.pool.deviceNameOf(index) : this.pool.generate(type, index).displayName;
          this.assetNameIndex.set(this.pool.idOf(type, index), name.toLowerCase());
        }
      }
    }
    for (const entity of this.entities.values()) {
      if ((IMPACTED_ASSET_TYPES as readonly string[]).includes(entity.type) && !this.assetNameIndex.has(entity.id)) {
        this.assetNameIndex.set(entity.id, entity.displayName.toLowerCase());
      }
    }
    return this.assetNameIndex;
  }

  /** The name index over the whole pool (names only: a device's name without generating the device), then stored entities as they arrive. */
  private names(): Map<string, string[]> {
    const add = (name: string, id: string) => {
      const key = name.toLowerCase();
      const ids = this.nameIndex!.get(key);
      if (!ids) this.nameIndex!.set(key, [id]);
      else if (!ids.includes(id)) ids.push(id);
    };
    if (!this.nameIndex) {
      this.nameIndex = new Map();
      for (const type of POOL_TYPES) {
        for (let index = 0; index < this.pool.counts[type]; index++) {
          add(type === 'device' ? this.pool.deviceNameOf(index) : this.pool.generate(type, index).displayName, this.pool.idOf(type, index));
        }
      }
    }
    // Pool entities keep their names; only entities that arrived with ingested incidents are new.
    if (this.ingested > this.namedCount) {
      for (const entity of this.entities.values()) if (this.pool.numberOfId(entity.id) === undefined) add(entity.displayName, entity.id);
      this.namedCount = this.ingested;
    }
    return this.nameIndex;
  }

  private links(): { offsets: Int32Array; incidents: Int32Array } {
    if (!this.linksByNumber) {
      const offsets = new Int32Array(this.pool.total + 1);
      for (let i = 0; i < this.linkCount; i += 2) offsets[this.linkPairs[i]! + 1]!++;
      for (let i = 0; i < this.pool.total; i++) offsets[i + 1]! += offsets[i]!;
      const cursor = offsets.slice(0, this.pool.total);
      const incidents = new Int32Array(this.linkCount / 2);
      for (let i = 0; i < this.linkCount; i += 2) incidents[cursor[this.linkPairs[i]!]!++] = this.linkPairs[i + 1]!;
      this.linksByNumber = { offsets, incidents };
      this.linkPairs = new Int32Array(0);
    }
    return this.linksByNumber;
  }

  /** Natural key → entity id over the whole pool; built on the first ingestion. */
  private keys(): Map<string, string> {
    if (!this.keyIndex) {
      this.keyIndex = new Map();
      for (const type of POOL_TYPES) {
        for (let index = 0; index < this.pool.counts[type]; index++) {
          const entity = this.get(this.pool.idOf(type, index))!;
          for (const key of naturalKeysOf(entity)) if (!this.keyIndex.has(key)) this.keyIndex.set(key, entity.id);
        }
      }
      for (const entity of this.entities.values()) {
        for (const key of naturalKeysOf(entity)) if (!this.keyIndex.has(key)) this.keyIndex.set(key, entity.id);
      }
    }
    return this.keyIndex;
  }
}
