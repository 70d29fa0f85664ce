import {
  CLASSIFICATIONS,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  type IncidentSortField,
  INVESTIGATION_STATES,
  LIST_FIELDS,
} from '@soc-kit/components/api';
import { BitSet } from './bitset.js';
import { SEVERITY_RANK } from './incident-generator.js';
import { type CheckedQuery, encodeListCursor, EVIDENCE_FILTERS, type Facet, FACETS } from './incident-query.js';
import type { IncidentRecord } from './incident-record.js';
import { findAssignee } from './people.js';
import { SortedOrder, type SortKey } from './sorted-order.js';

const rankIn = (values: readonly string[]) => {
  const ranks = new Map(values.map((value, index) => [value, index]));
  return (value: string) => ranks.get(value) ?? -1;
};
const statusRank = rankIn(INCIDENT_STATUSES);
const investigationRank = rankIn(INVESTIGATION_STATES);
const classificationRank = rankIn(CLASSIFICATIONS);
const determinationRank = rankIn(DETERMINATIONS);
const joined = (values: readonly string[]) => values.join(', ').toLowerCase();

/**
 * How each column sorts. Enumerations sort in the order of their values in the model
 * (severity from unknown up to high); text sorts case-insensitively by UTF-16 code units; list
 * columns sort by their values joined with ", "; "Assigned to" by the owner's display name,
 * unassigned first; "Impacted assets" by the total count. Ties are broken by incident id.
 */
export const SORT_KEYS: Readonly<Record<IncidentSortField, (record: IncidentRecord) => SortKey>> = {
  displayName: (record) => record.displayName.toLowerCase(),
  id: (record) => record.n,
  severity: (record) => SEVERITY_RANK[record.severity],
  status: (record) => statusRank(record.status),
  investigationState: (record) => investigationRank(record.investigationState),
  categories: (record) => joined(record.categories),
  impactedAssets: ({ impactedAssets: a }) => a.devices + a.users + a.mailboxes + a.apps + a.ips + a.cloudResources,
  activeAlertCount: (record) => record.activeAlertCount,
  serviceSources: (record) => joined(record.serviceSources),
  detectionSources: (record) => joined(record.detectionSources),
  firstActivityDateTime: (record) => record.firstActivity,
  lastActivityDateTime: (record) => record.lastActivity,
  lastUpdateDateTime: (record) => record.lastUpdate,
  createdDateTime: (record) => record.created,
  assignedTo: (record) => (record.assignedTo === null ? '' : (findAssignee(record.assignedTo)?.displayName ?? record.assignedTo).toLowerCase()),
  classification: (record) => classificationRank(record.classification),
  determination: (record) => determinationRank(record.determination),
  customTags: (record) => joined(record.customTags),
};

/** A record's values of each facet, as `INCIDENT_QUERY_FIELDS` compares them. */
const FACET_VALUES = {} as Record<Facet, (record: IncidentRecord) => readonly string[]>;
for (const field of LIST_FIELDS) if (!field.ofEvidence) FACET_VALUES[field.name] = field.valuesOf;

/** The positions of the incidents whose alerts involve an asset whose name contains `term` (lower case). */
export type AssetSearch = (term: string) => Iterable<number>;

/**
 * The positions of the incidents whose evidence has an entity with one of `values` (as
 * `INCIDENT_QUERY_FIELDS` compares them: lower-cased names and IDs) for the evidence filter `filter`.
 */
export type EvidenceSearch = (filter: Facet, values: readonly string[]) => Iterable<number>;

export interface IndexedPage {
  positions: number[];
  totalCount: number;
  nextCursor: string | null;
}

/**
 * The incident queue's indexes over the service's record array: a bit set per facet value,
 * an order per sort field, lower-cased names for search. Each is built on first use and then
 * kept up to date by `added` and `changed`, so a query never filters or sorts everything.
 */
export class IncidentIndex {
  private facets: Map<Facet, Map<string, BitSet>> | null = null;
  private readonly orders = new Map<IncidentSortField, SortedOrder>();
  private lowerNames: string[] | null = null;
  private searchCache: { term: string; matches: BitSet } | null = null;

  constructor(
    private readonly records: readonly IncidentRecord[],
    private readonly assetSearch: AssetSearch = () => [],
    private readonly evidenceSearch: EvidenceSearch = () => [],
  ) {}

  /** Call after appending `record` to the record array. */
  added(record: IncidentRecord): void {
    if (this.facets) for (const facet of FACETS) this.addToFacet(facet, record);
    for (const [field, order] of this.orders) order.insert(record.n, SORT_KEYS[field](record));
    if (this.lowerNames) this.lowerNames[record.n] = record.displayName.toLowerCase();
    this.searchCache = null;
  }

  /** Call after a record changed; `before` is a shallow copy taken before the change. */
  changed(before: IncidentRecord, after: IncidentRecord): void {
    if (this.facets) {
      for (const facet of FACETS) {
        const old = FACET_VALUES[facet](before);
        const now = FACET_VALUES[facet](after);
        if (old === now || (old.length === now.length && old.every((value, i) => value === now[i]))) continue;
        const sets = this.facets.get(facet)!;
        for (const value of old) sets.get(value)?.delete(after.n);
        this.addToFacet(facet, after);
      }
    }
    for (const [field, order] of this.orders) order.update(after.n, SORT_KEYS[field](after));
    if (before.displayName !== after.displayName) {
      if (this.lowerNames) this.lowerNames[after.n] = after.displayName.toLowerCase();
      this.searchCache = null;
    }
  }

  /** Call after the entities some incidents' evidence names changed (alerts moved between incidents). */
  evidenceChanged(): void {
    this.searchCache = null;
  }

  query(query: CheckedQuery): IndexedPage {
    const matches = this.matching(query);
    const order = this.order(query.field);
    const positions = order.positions;
    const count = positions.length;
    const ascending = query.direction === 'asc';
    const step = ascending ? 1 : -1;

    let index: number;
    let toSkip = query.skip;
    if (query.cursor) {
      const after = order.lowerBound(query.cursor.key, query.cursor.position);
      const exact = after < count && positions[after] === query.cursor.position && order.keyAt(query.cursor.position) === query.cursor.key;
      index = ascending ? after + (exact ? 1 : 0) : after - 1;
      toSkip = 0;
    } else {
      index = ascending ? 0 : count - 1;
    }
    if (!matches && toSkip > 0) {
      index += step * toSkip;
      toSkip = 0;
    }

    const page: number[] = [];
    let hasMore = false;
    for (; index >= 0 && index < count; index += step) {
      const position = positions[index]!;
      if (matches && !matches.has(position)) continue;
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      if (page.length === query.top) {
        hasMore = true;
        break;
      }
      page.push(position);
    }
    const last = page[page.length - 1];
    return {
      positions: page,
      totalCount: matches ? matches.size : this.records.length,
      nextCursor:
        hasMore && last !== undefined
          ? encodeListCursor({ field: query.field, direction: query.direction, key: order.keyAt(last), position: last })
          : null,
    };
  }

  /** The positions matching every filter, or `null` when nothing is filtered. */
  private matching(query: CheckedQuery): BitSet | null {
    let result: BitSet | null = null;
    const narrow = (set: BitSet) => {
      result = result ? result.intersectWith(set) : set.clone();
    };
    for (const facet of FACETS) {
      const values = query.filters[facet];
      if (!values) continue;
      const sets = this.facetSets(facet);
      const union = new BitSet(this.records.length);
      for (const value of values) {
        const set = sets.get(value);
        if (set) union.unionWith(set);
      }
      narrow(union);
    }
    for (const filter of EVIDENCE_FILTERS) {
      const values = query.filters[filter];
      if (!values) continue;
      const found = new BitSet(this.records.length);
      for (const n of this.evidenceSearch(filter, values)) found.add(n);
      narrow(found);
    }
    if (query.createdAfter !== null || query.createdBefore !== null) narrow(this.createdBetween(query.createdAfter, query.createdBefore));
    if (query.search !== null) narrow(this.searchMatches(query.search));
    return result;
  }

  private createdBetween(after: number | null, before: number | null): BitSet {
    const order = this.order('createdDateTime');
    const start = after === null ? 0 : order.firstWithKeyAtLeast(after);
    const end = before === null ? order.positions.length : order.firstWithKeyAtLeast(before);
    const set = new BitSet(this.records.length);
    for (let i = start; i < end; i++) set.add(order.positions[i]!);
    return set;
  }

  /** As `matchesSearch`: the name contains the term, the id starts with it, or an impacted asset's name contains it. */
  private searchMatches(term: string): BitSet {
    if (this.searchCache?.term === term) return this.searchCache.matches;
    this.lowerNames ??= this.records.map((record) => record.displayName.toLowerCase());
    const names = this.lowerNames;
    const matches = new BitSet(this.records.length);
    for (let n = 0; n < names.length; n++) {
      if (names[n]!.includes(term) || this.records[n]!.id.toLowerCase().startsWith(term)) matches.add(n);
    }
    for (const n of this.assetSearch(term)) matches.add(n);
    this.searchCache = { term, matches };
    return matches;
  }

  private order(field: IncidentSortField): SortedOrder {
    let order = this.orders.get(field);
    if (!order) {
      order = new SortedOrder(this.records.map(SORT_KEYS[field]));
      this.orders.set(field, order);
    }
    return order;
  }

  private facetSets(facet: Facet): Map<string, BitSet> {
    if (!this.facets) {
      this.facets = new Map(FACETS.map((name) => [name, new Map()]));
      for (const record of this.records) for (const name of FACETS) this.addToFacet(name, record);
    }
    return this.facets.get(facet)!;
  }

  private addToFacet(facet: Facet, record: IncidentRecord): void {
    const sets = this.facets!.get(facet)!;
    for (const value of FACET_VALUES[facet](record)) {
      let set = sets.get(value);
      if (!set) {
        set = new BitSet(this.records.length);
        sets.set(value, set);
      }
      set.add(record.n);
    }
  }
}
