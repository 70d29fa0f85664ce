import type { EntityType, SimilarityReason } from '@soc-kit/components/api';
import type { EntityPool } from './entity-pool.js';
import { rejectUnknownFields, requireInteger, requireObject } from './validation.js';

/**
 * What one shared value adds to the score of two incidents. Entities count most, and the ones
 * that name a person or a machine more than addresses, which many unrelated incidents touch; an
 * alert title (the same detection) counts more than a technique, which whole families of
 * detections share.
 */
export const ENTITY_WEIGHTS: Readonly<Record<EntityType, number>> = {
  device: 5,
  user: 5,
  mailbox: 5,
  file: 3,
  process: 3,
  cloudApplication: 3,
  azureResource: 3,
  registryKey: 3,
  registryValue: 3,
  ip: 2,
  url: 2,
  unknown: 2,
};
export const ALERT_TITLE_WEIGHT = 2;
export const TECHNIQUE_WEIGHT = 1;

export const DEFAULT_SIMILAR_TOP = 10;
export const MAX_SIMILAR_TOP = 50;

export function checkSimilarQuery(query: unknown): { top: number } {
  const input = requireObject('query', query ?? {});
  rejectUnknownFields('the similar incidents query', input, ['top']);
  return { top: input['top'] === undefined ? DEFAULT_SIMILAR_TOP : requireInteger('top', input['top'], 1, MAX_SIMILAR_TOP) };
}

/** What an incident's alerts name, by value: entity ids, alert titles and technique IDs. */
export interface IncidentTraits {
  entities: readonly string[];
  titles: readonly string[];
  techniques: readonly string[];
}

/** The traits of stored alerts (as the service keeps them). */
export function traitsOf(
  alerts: readonly { title: string; mitreTechniques: readonly string[]; evidenceIds: readonly string[] }[],
): IncidentTraits {
  return {
    entities: [...new Set(alerts.flatMap((alert) => alert.evidenceIds))],
    titles: [...new Set(alerts.map((alert) => alert.title))],
    techniques: [...new Set(alerts.flatMap((alert) => alert.mitreTechniques))],
  };
}

/** A generated alert as the generator plans it: a template and the pool entities it names. */
export interface PlannedTraits {
  template: { title: string; mitreTechniques: readonly string[] };
  evidence: readonly number[];
}

export interface SimilarityHooks {
  /** The planned alerts of generated incident `n` (planned again, which is cheap; details are not built). */
  plannedAlerts(n: number): readonly PlannedTraits[];
  /** The type and display name of an entity that is not a pool entity (one that arrived with an ingested incident). */
  entity(id: string): { type: EntityType; displayName: string } | undefined;
  /** A pool entity's display name. */
  poolName(entityNumber: number): string;
}

export interface SimilarMatch {
  n: number;
  score: number;
  reasons: SimilarityReason[];
}

const KIND_ENTITY = 0;
const KIND_TITLE = 1;
const KIND_TECHNIQUE = 2;

/**
 * Which incidents name which entity, alert title and technique, so that finding the incidents
 * like one walks only the lists of its own traits and never builds another incident's details.
 *
 * Traits are numbered: pool entities by their pool number, every other value (titles,
 * techniques, entities that arrived with ingested incidents) from `pool.total` on. Generated
 * incidents are recorded as pairs while generating and laid out by trait on first use; an
 * incident created or changed later (`set`) is kept in a map that replaces what generation said
 * about it.
 */
export class SimilarityIndex {
  private pairs = new Int32Array(4096);
  private pairCount = 0;
  private generated: { offsets: Int32Array; incidents: Int32Array } | null = null;
  private generatedCount = 0;
  private readonly valueIds = new Map<string, number>();
  private readonly values: { kind: number; value: string }[] = [];
  private readonly templateIds = new WeakMap<object, { title: number; techniques: number[] }>();
  /** Incidents whose traits `set` replaced (or gave, for created ones). */
  private readonly replaced = new Map<number, Int32Array>();
  private replacedGenerated = new Uint8Array(0);
  private readonly later = new Map<number, Set<number>>();
  private scores = new Int32Array(0);
  private touched = new Int32Array(0);

  constructor(
    private readonly pool: EntityPool,
    private readonly hooks: SimilarityHooks,
  ) {}

  /** Records generated incident `n` (positions arrive in order, before any `set`). */
  addGenerated(n: number, alerts: readonly PlannedTraits[]): void {
    const traits = this.plannedIds(alerts);
    if (this.pairCount + traits.length * 2 > this.pairs.length) {
      const grown = new Int32Array(Math.max(this.pairs.length * 2, this.pairCount + traits.length * 2));
      grown.set(this.pairs);
      this.pairs = grown;
    }
    for (const trait of traits) {
      this.pairs[this.pairCount++] = trait;
      this.pairs[this.pairCount++] = n;
    }
    this.generatedCount = Math.max(this.generatedCount, n + 1);
  }

  /** Gives incident `n` these traits, replacing what it had: for an incident created later, or one whose alerts changed. */
  set(n: number, traits: IncidentTraits): void {
    const previous = this.replaced.get(n);
    if (previous) for (const trait of previous) this.later.get(trait)?.delete(n);
    const ids = new Int32Array([
      ...new Set([
        ...traits.entities.map((id) => this.pool.numberOfId(id) ?? this.valueId(KIND_ENTITY, id)),
        ...traits.titles.map((title) => this.valueId(KIND_TITLE, title)),
        ...traits.techniques.map((technique) => this.valueId(KIND_TECHNIQUE, technique)),
      ]),
    ]);
    this.replaced.set(n, ids);
    if (n < this.generatedCount) {
      if (this.replacedGenerated.length < this.generatedCount) {
        const grown = new Uint8Array(this.generatedCount);
        grown.set(this.replacedGenerated);
        this.replacedGenerated = grown;
      }
      this.replacedGenerated[n] = 1;
    }
    for (const trait of ids) {
      let holders = this.later.get(trait);
      if (!holders) this.later.set(trait, (holders = new Set()));
      holders.add(n);
    }
  }

  /**
   * The incidents most like incident `n` (at most `top`, `count` incidents in all), best first:
   * by score, then by `lastActivity` (latest first), then by position. `skip` leaves incidents out.
   */
  similar(n: number, top: number, count: number, skip: (m: number) => boolean, lastActivity: (m: number) => number): SimilarMatch[] {
    const own = this.traitsOfPosition(n);
    if (this.scores.length < count) {
      this.scores = new Int32Array(count);
      this.touched = new Int32Array(count);
    }
    const { scores, touched } = this;
    let touchedCount = 0;
    const layout = this.layout();
    for (const trait of own) {
      const weight = this.weightOf(trait);
      if (trait + 1 < layout.offsets.length) {
        for (let i = layout.offsets[trait]!; i < layout.offsets[trait + 1]!; i++) {
          const m = layout.incidents[i]!;
          if (this.replacedGenerated[m] === 1) continue;
          if (scores[m] === 0) touched[touchedCount++] = m;
          scores[m]! += weight;
        }
      }
      for (const m of this.later.get(trait) ?? []) {
        if (scores[m] === 0) touched[touchedCount++] = m;
        scores[m]! += weight;
      }
    }

    // The best `top` so far, best first; an insertion keeps it in order.
    const best: { n: number; score: number; last: number }[] = [];
    const before = (a: { n: number; score: number; last: number }, b: { n: number; score: number; last: number }) =>
      a.score !== b.score ? a.score > b.score : a.last !== b.last ? a.last > b.last : a.n < b.n;
    for (let i = 0; i < touchedCount; i++) {
      const m = touched[i]!;
      const score = scores[m]!;
      scores[m] = 0;
      if (m === n) continue;
      const worst = best[best.length - 1];
      if (best.length === top && score < worst!.score) continue;
      if (skip(m)) continue;
      const candidate = { n: m, score, last: lastActivity(m) };
      if (best.length === top && !before(candidate, worst!)) continue;
      let at = best.length;
      while (at > 0 && before(candidate, best[at - 1]!)) at--;
      best.splice(at, 0, candidate);
      if (best.length > top) best.pop();
    }

    const ownSet = new Set(own);
    return best.map(({ n: m, score }) => {
      const shared = [...this.traitsOfPosition(m)].filter((trait) => ownSet.has(trait));
      return { n: m, score, reasons: this.reasons(shared) };
    });
  }

  /** The shared traits as reasons, by kind, most telling first (by weight, then name). */
  private reasons(shared: readonly number[]): SimilarityReason[] {
    const entities: { name: string; weight: number }[] = [];
    const titles: string[] = [];
    const techniques: string[] = [];
    for (const trait of shared) {
      if (trait < this.pool.total) {
        entities.push({ name: this.hooks.poolName(trait), weight: this.weightOf(trait) });
        continue;
      }
      const { kind, value } = this.values[trait - this.pool.total]!;
      if (kind === KIND_TITLE) titles.push(value);
      else if (kind === KIND_TECHNIQUE) techniques.push(value);
      else entities.push({ name: this.hooks.entity(value)?.displayName ?? value, weight: this.weightOf(trait) });
    }
    const byText = (a: string, b: string) => a.localeCompare(b, 'en') || (a < b ? -1 : a > b ? 1 : 0);
    const reasons: SimilarityReason[] = [];
    if (entities.length) {
      entities.sort((a, b) => b.weight - a.weight || byText(a.name, b.name));
      reasons.push({ kind: 'entities', values: entities.map((entity) => entity.name) });
    }
    if (titles.length) reasons.push({ kind: 'alertTitles', values: titles.sort(byText) });
    if (techniques.length) reasons.push({ kind: 'techniques', values: techniques.sort(byText) });
    return reasons;
  }

  private weightOf(trait: number): number {
    if (trait < this.pool.total) return ENTITY_WEIGHTS[this.pool.locate(trait).type];
    const { kind, value } = this.values[trait - this.pool.total]!;
    if (kind === KIND_TITLE) return ALERT_TITLE_WEIGHT;
    if (kind === KIND_TECHNIQUE) return TECHNIQUE_WEIGHT;
    return ENTITY_WEIGHTS[this.hooks.entity(value)?.type ?? 'unknown'];
  }

  private traitsOfPosition(n: number): Int32Array {
    return this.replaced.get(n) ?? (n < this.generatedCount ? this.plannedIds(this.hooks.plannedAlerts(n)) : new Int32Array(0));
  }

  private plannedIds(alerts: readonly PlannedTraits[]): Int32Array {
    const ids = new Set<number>();
    for (const alert of alerts) {
      // Templates are shared by many alerts: their titles and techniques are numbered once.
      let template = this.templateIds.get(alert.template);
      if (!template) {
        template = {
          title: this.valueId(KIND_TITLE, alert.template.title),
          techniques: alert.template.mitreTechniques.map((technique) => this.valueId(KIND_TECHNIQUE, technique)),
        };
        this.templateIds.set(alert.template, template);
      }
      ids.add(template.title);
      for (const technique of template.techniques) ids.add(technique);
      for (const entity of alert.evidence) ids.add(entity);
    }
    return new Int32Array(ids);
  }

  private valueId(kind: number, value: string): number {
    const key = `${kind}:${value}`;
    let id = this.valueIds.get(key);
    if (id === undefined) {
      id = this.pool.total + this.values.push({ kind, value }) - 1;
      this.valueIds.set(key, id);
    }
    return id;
  }

  /** Generated incidents by trait, laid out once: traits numbered since have no generated incidents. */
  private layout(): { offsets: Int32Array; incidents: Int32Array } {
    if (!this.generated) {
      const traits = this.pool.total + this.values.length;
      const offsets = new Int32Array(traits + 1);
      for (let i = 0; i < this.pairCount; i += 2) offsets[this.pairs[i]! + 1]!++;
      for (let i = 0; i < traits; i++) offsets[i + 1]! += offsets[i]!;
      const cursor = offsets.slice(0, traits);
      const incidents = new Int32Array(this.pairCount / 2);
      for (let i = 0; i < this.pairCount; i += 2) incidents[cursor[this.pairs[i]!]!++] = this.pairs[i + 1]!;
      this.generated = { offsets, incidents };
      this.pairs = new Int32Array(0);
    }
    return this.generated;
  }
}
