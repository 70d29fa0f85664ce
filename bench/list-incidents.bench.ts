/**
 * Listing the incident queue at 100,000 incidents: the service's indexed listing against a
 * naive filter + sort of the same incidents, in the same run. Also how long the service takes
 * to generate the tenant, and what the first query of each kind costs (it builds the index).
 */
import type { Incident, IncidentQuery, IncidentSortField } from '@soc-kit/components/api';
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { ms, timeRuns } from './support/stats.js';

const SIZE = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');

interface Case {
  name: string;
  query: IncidentQuery;
}

const CASES: Case[] = [
  {
    name: 'active+inProgress, high, Sentinel; by severity',
    query: { status: ['active', 'inProgress'], severity: ['high'], serviceSources: ['microsoftSentinel'], sort: { field: 'severity', direction: 'desc' }, top: 50 },
  },
  {
    name: 'active+inProgress, high; by last activity',
    query: { status: ['active', 'inProgress'], severity: ['high'], sort: { field: 'lastActivityDateTime', direction: 'desc' }, top: 50 },
  },
  { name: 'default queue (last update, newest first)', query: { top: 50 } },
  { name: 'deep page: skip 40,000 by last activity', query: { sort: { field: 'lastActivityDateTime', direction: 'asc' }, skip: 40_000, top: 50 } },
  { name: 'deep page: skip 40,000 of resolved, by name', query: { status: ['resolved'], sort: { field: 'displayName', direction: 'asc' }, skip: 40_000, top: 50 } },
  { name: 'search "powershell"', query: { search: 'powershell', top: 50 } },
  { name: 'owner + tag + last 30 days', query: { assignedTo: ['megan.bowen@contoso.com'], tags: ['VIP'], createdAfter: new Date(NOW - 30 * 86_400_000).toISOString(), top: 50 } },
  { name: 'device group + OS platform; by severity', query: { deviceGroups: ['Finance workstations'], osPlatforms: ['Windows11'], sort: { field: 'severity', direction: 'desc' }, top: 50 } },
  {
    name: 'investigation state + threat + data sensitivity',
    query: { investigationState: ['pendingApproval', 'successfullyRemediated'], threats: ['Cobalt Strike'], sensitivityLabels: ['Highly confidential'], top: 50 },
  },
];

/** The entity filter looks entities up by name or ID; the naive listing has no evidence to compare with. */
const ENTITY_QUERY: IncidentQuery = { entities: ['CONTOSO-DC-0105', 'user-3'], top: 50 };

const SEVERITY = { unknown: 0, informational: 1, low: 2, medium: 3, high: 4 } as const;

/** A straightforward mock backend: filter the array, sort what is left, slice a page. */
function naiveList(all: readonly Incident[], query: IncidentQuery): { items: Incident[]; totalCount: number } {
  const has = <T>(values: readonly T[] | undefined, actual: readonly T[]) => !values?.length || values.some((value) => actual.includes(value));
  const term = query.search?.toLowerCase();
  const matching = all.filter(
    (incident) =>
      has(query.status, [incident.status]) &&
      has(query.severity, [incident.severity]) &&
      has(query.serviceSources, incident.serviceSources) &&
      has(query.assignedTo, [incident.assignedTo ?? '']) &&
      has(query.tags, incident.customTags) &&
      has(query.deviceGroups, incident.deviceGroups) &&
      has(query.osPlatforms, incident.osPlatforms) &&
      has(query.investigationState, [incident.investigationState]) &&
      has(query.threats, incident.threats) &&
      has(query.sensitivityLabels, incident.sensitivityLabels) &&
      (!query.createdAfter || incident.createdDateTime >= query.createdAfter) &&
      (!term || incident.displayName.toLowerCase().includes(term) || incident.id.startsWith(term)),
  );
  const field: IncidentSortField = query.sort?.field ?? 'lastUpdateDateTime';
  const sign = (query.sort?.direction ?? 'desc') === 'desc' ? -1 : 1;
  const key = (incident: Incident): string | number =>
    field === 'severity' ? SEVERITY[incident.severity] : field === 'displayName' ? incident.displayName.toLowerCase() : (incident[field as 'lastActivityDateTime'] as string);
  matching.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return sign * (ka < kb ? -1 : ka > kb ? 1 : Number(a.id) - Number(b.id));
  });
  const skip = query.skip ?? 0;
  return { items: matching.slice(skip, skip + (query.top ?? 50)), totalCount: matching.length };
}


export default function run() {
  const construction = timeRuns(3, () => new IncidentService({ seed: 1, size: SIZE, now: NOW, clock: () => NOW }));
  const service = new IncidentService({ seed: 1, size: SIZE, now: NOW, clock: () => NOW });

  const all: Incident[] = [];
  let cursor: string | null = null;
  const firstQuery = timeRuns(1, () => service.listIncidents({ top: 500, sort: { field: 'id', direction: 'asc' } }));
  do {
    const page = service.listIncidents({ top: 500, sort: { field: 'id', direction: 'asc' }, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);

  const rows = CASES.map(({ name, query }) => {
    const cold = timeRuns(1, () => service.listIncidents(query));
    const indexed = timeRuns(300, () => service.listIncidents(query));
    const naive = timeRuns(15, () => naiveList(all, query));
    const expected = naiveList(all, query);
    const actual = service.listIncidents(query);
    if (actual.totalCount !== expected.totalCount || actual.items.map((i) => i.id).join() !== expected.items.map((i) => i.id).join()) {
      throw new Error(`"${name}": the indexed listing and the naive one disagree`);
    }
    return {
      case: name,
      matches: actual.totalCount,
      'first call ms': ms(cold.median),
      'indexed median ms': ms(indexed.median),
      'indexed p95 ms': ms(indexed.p95),
      'naive median ms': ms(naive.median),
      'naive p95 ms': ms(naive.p95),
      'speed-up': `${Math.round(naive.median / indexed.median)}×`,
    };
  });

  const entityCold = timeRuns(1, () => service.listIncidents(ENTITY_QUERY));
  const entity = timeRuns(300, () => service.listIncidents(ENTITY_QUERY));

  return {
    title: `Incident listing at ${SIZE.toLocaleString('en-US')} incidents`,
    notes: [
      `Service construction (generating ${SIZE.toLocaleString('en-US')} incident records): median ${ms(construction.median)} ms of 3`,
      `First query of the id order (builds that order): ${ms(firstQuery.median)} ms`,
      'Indexed: 300 runs per case after one cold call; naive: 15 runs of filter + sort + slice over the same incidents.',
      `Entity filter (${ENTITY_QUERY.entities!.join(', ')}; ${service.listIncidents(ENTITY_QUERY).totalCount} matches): ` +
        `first call ${ms(entityCold.median)} ms (builds the name index), then median ${ms(entity.median)} ms, p95 ${ms(entity.p95)} ms`,
    ],
    rows,
  };
}
