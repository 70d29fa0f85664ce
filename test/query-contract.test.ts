import { expect } from '@open-wc/testing';
import {
  type Evidence,
  HttpIncidentApi,
  INCIDENT_PAGING_PARAMS,
  INCIDENT_QUERY_FIELDS,
  type Incident,
  type IncidentQuery,
  UNASSIGNED,
} from '@soc-kit/components/api';
import type { MockBackend } from '@soc-kit/mock-api';
import type { SetupWorker } from 'msw/browser';
import { graphListPlan } from '../packages/components/src/api/graph/graph-query.js';
import { activeFilters, matchesIncidentQuery } from '../packages/components/src/api/local-incident-query.js';
import { SEVERITY_TO_SENTINEL, STATUS_TO_SENTINEL } from '../packages/components/src/api/sentinel/sentinel-incident.js';
import { sentinelListPlan } from '../packages/components/src/api/sentinel/sentinel-query.js';
import { DEFAULT_SORT, FILTER_NAMES, type QueueFilters, toIncidentQuery } from '../packages/components/src/queue/queue-filters.js';
import { readViewState, writeViewState } from '../packages/components/src/queue/url-state.js';
import { parseODataFilter } from './support/graph-imitation.js';
import { BASE_URL, startTestBackend, TEST_NOW } from './support/test-backend.js';

/**
 * One query, one answer: every filter the queue offers, and the tag and asset searches, give the
 * same incidents through the mock service, the HTTP client over the mock REST API, and the local
 * filter the Graph and Sentinel adapters apply; and the `$filter` those adapters send, read as
 * Graph and Sentinel read it, plus what they filter locally, selects the same incidents too.
 */

type Json = Record<string, unknown>;

/** The incident properties Graph's "List incidents" documents as filterable. */
const GRAPH_FILTERABLE = ['assignedTo', 'classification', 'createdDateTime', 'determination', 'lastUpdateDateTime', 'severity', 'status'];
/** The incident properties Sentinel's REST API filters on. */
const SENTINEL_FILTERABLE = ['properties/status', 'properties/severity', 'properties/createdTimeUtc', 'properties/lastModifiedTimeUtc', 'properties/title'];

/** An incident as Sentinel's `$filter` reads it. */
function sentinelProperty(incident: Json, property: string): unknown {
  const kit = incident as unknown as Incident;
  switch (property) {
    case 'properties/status':
      return STATUS_TO_SENTINEL[kit.status];
    case 'properties/severity':
      return SEVERITY_TO_SENTINEL[kit.severity];
    case 'properties/createdTimeUtc':
      return kit.createdDateTime;
    case 'properties/lastModifiedTimeUtc':
      return kit.lastUpdateDateTime;
    default:
      return kit.displayName;
  }
}

const SIZE = 500;
const ids = (incidents: readonly Incident[]): string[] => incidents.map((incident) => incident.id).sort();

describe('The incident query contract', () => {
  let backend: MockBackend;
  let worker: SetupWorker;
  let http: HttpIncidentApi;
  let incidents: Incident[];
  let evidence: Map<string, Evidence[]>;
  /** Read before the worker starts, which would otherwise intercept it. */
  let document: string;
  const evidenceOf = (incident: Incident): readonly Evidence[] => evidence.get(incident.id) ?? [];

  before(async () => {
    document = await (await fetch('/packages/mock-api/openapi.yaml')).text();
    ({ backend, worker } = await startTestBackend({ size: SIZE }));
    http = new HttpIncidentApi({ baseUrl: BASE_URL });
    incidents = backend.service.listIncidents({ top: SIZE }).items;
    evidence = new Map(incidents.map((incident) => [incident.id, backend.service.listEvidence(incident.id)]));
  });
  after(() => worker.stop());

  const fromService = (query: IncidentQuery): string[] => ids(backend.service.listIncidents({ ...query, top: SIZE }).items);
  const overHttp = async (query: IncidentQuery): Promise<string[]> => ids((await http.listIncidents({ ...query, top: SIZE })).items);
  const locally = (query: IncidentQuery): string[] =>
    ids(incidents.filter((incident) => matchesIncidentQuery(incident, query, activeFilters(query), evidenceOf)));

  function throughGraph(query: IncidentQuery): string[] {
    const plan = graphListPlan(query, false);
    const filter = plan.params.get('$filter');
    const served = filter ? parseODataFilter(filter, GRAPH_FILTERABLE) : () => true;
    for (const key of ['search', 'entities', 'deviceGroups', 'osPlatforms', 'threats'] as const) {
      if (plan.localFilters.includes(key)) expect(plan.expandAlerts, `${key} reads the alerts`).to.be.true;
    }
    return ids(
      incidents.filter((incident) => served(incident as unknown as Json) && matchesIncidentQuery(incident, query, plan.localFilters, evidenceOf)),
    );
  }

  function throughSentinel(query: IncidentQuery): string[] {
    const plan = sentinelListPlan(query, 50);
    const filter = plan.params.get('$filter');
    const served = filter ? parseODataFilter(filter, SENTINEL_FILTERABLE, sentinelProperty) : () => true;
    return ids(
      incidents.filter((incident) => served(incident as unknown as Json) && matchesIncidentQuery(incident, query, plan.localFilters, evidenceOf)),
    );
  }

  const now = new Date(TEST_NOW);
  const someOf = <T>(values: T[]) => [...new Set(values)].sort().slice(0, 2);
  /** Queue views, one per filter the queue offers and then some, chosen so that each narrows the list. */
  function queueViews(): [string, QueueFilters, string][] {
    const owner = incidents.find((incident) => incident.assignedTo)!.assignedTo!;
    const customTag = incidents.flatMap((incident) => incident.customTags)[0]!;
    const file = incidents.flatMap(evidenceOf).find((item) => item.type === 'file')!;
    const user = incidents.flatMap(evidenceOf).find((item) => item.type === 'user')!;
    return [
      ['status', { status: ['active', 'inProgress'] }, ''],
      ['severity', { severity: ['high'] }, ''],
      ['serviceSources', { serviceSources: someOf(incidents.flatMap((incident) => incident.serviceSources)) }, ''],
      ['detectionSources', { detectionSources: someOf(incidents.flatMap((incident) => incident.detectionSources)) }, ''],
      ['assignedTo (an owner, in other case)', { assignedTo: [owner.toUpperCase()] }, ''],
      ['assignedTo (unassigned)', { assignedTo: [UNASSIGNED] }, ''],
      ['classification', { classification: ['truePositive', 'falsePositive'] }, ''],
      ['tags (a system tag)', { tags: ['Credential theft'] }, ''],
      ['tags (a custom tag, in capitals)', { tags: ['EXECUTIVE'] }, ''],
      ['tags (a custom tag, in lower case)', { tags: [customTag.toLowerCase()] }, ''],
      ['categories', { categories: someOf(incidents.flatMap((incident) => incident.categories)) }, ''],
      ['entities (a file by name, in capitals, and a user by ID)', { entities: [file.displayName.toUpperCase(), user.id] }, ''],
      ['deviceGroups (in lower case)', { deviceGroups: ['domain controllers', 'finance workstations'] }, ''],
      ['osPlatforms', { osPlatforms: ['macOS', 'Linux'] }, ''],
      ['investigationState', { investigationState: ['pendingApproval', 'benign'] }, ''],
      ['threats (in capitals)', { threats: ['QAKBOT', 'Cobalt Strike'] }, ''],
      ['sensitivityLabels', { sensitivityLabels: ['Highly confidential'] }, ''],
      ['time range (preset)', { timeRange: '1w' }, ''],
      ['time range (custom)', { timeRange: { from: new Date(TEST_NOW - 20 * 864e5).toISOString().slice(0, 10), to: new Date(TEST_NOW - 5 * 864e5).toISOString().slice(0, 10) } }, ''],
      ['search (name)', {}, incidents[7]!.displayName.split(' ').slice(0, 2).join(' ').toUpperCase()],
      ['search (ID prefix)', {}, incidents[0]!.id.slice(0, -1)],
      ['everything at once', { status: ['active', 'inProgress', 'resolved'], severity: ['high', 'medium'], tags: ['CREDENTIAL THEFT'], timeRange: '6m' }, ''],
    ];
  }

  it('is what openapi.yaml documents for GET /incidents', async () => {
    const start = document.indexOf('\n  /incidents:\n');
    const item = document.slice(start, start + document.slice(start + 1).search(/\n {2}\//) + 1);
    const documented = [...item.matchAll(/^ {8}- name: (\w+)$/gm)].map((match) => match[1]);
    const paging = INCIDENT_PAGING_PARAMS.flatMap((name) => (name === 'sort' ? ['sort', 'order'] : [name]));
    expect(documented).to.have.members([...INCIDENT_QUERY_FIELDS.map((field) => field.name), ...paging]);
    for (const field of INCIDENT_QUERY_FIELDS) {
      const entry = item.slice(item.indexOf(`- name: ${field.name}\n`)).split(/\n {8}- /)[0]!;
      if (field.kind === 'list' && field.caseInsensitive) expect(entry, field.name).to.include('without regard to case');
    }
  });

  it('offers every queue filter in the set', () => {
    const covered = new Set(queueViews().flatMap(([, filters]) => Object.keys(filters)));
    expect([...covered].sort()).to.deep.equal([...FILTER_NAMES].sort());
  });

  async function expectSameEverywhere(label: string, query: IncidentQuery): Promise<string[]> {
    const expected = fromService(query);
    expect(expected.length, `${label}: some incidents match`).to.be.greaterThan(0);
    expect(await overHttp(query), `${label}: HTTP client over the REST API`).to.deep.equal(expected);
    expect(locally(query), `${label}: local filter`).to.deep.equal(expected);
    expect(throughGraph(query), `${label}: Graph $filter plus local filters`).to.deep.equal(expected);
    expect(throughSentinel(query), `${label}: Sentinel $filter plus local filters`).to.deep.equal(expected);
    return expected;
  }

  it('gives the same incidents for every queue view, on every path, and the view survives its URL', async () => {
    for (const [label, filters, search] of queueViews()) {
      const params = new URLSearchParams();
      writeViewState(params, { filters, search, sort: DEFAULT_SORT });
      const shared = readViewState(new URLSearchParams(params.toString()));
      expect(shared.filters, `${label}: the URL keeps the filters`).to.deep.equal(filters);
      const query = toIncidentQuery(shared.filters, shared.search, shared.sort, now);
      const found = await expectSameEverywhere(label, query);
      expect(found.length, `${label}: the filter narrows the list`).to.be.lessThan(SIZE);
    }
  });

  it('matches system and custom tags without regard to case', async () => {
    const credentialTheft = await expectSameEverywhere('Credential theft', { tags: ['Credential theft'] });
    expect(credentialTheft).to.deep.equal(ids(incidents.filter((incident) => incident.systemTags.includes('Credential theft'))));
    const executive = await expectSameEverywhere('EXECUTIVE', { tags: ['EXECUTIVE'] });
    expect(executive).to.deep.equal(ids(incidents.filter((incident) => incident.customTags.includes('Executive'))));
  });

  it('finds by determination, which the queue does not offer', async () => {
    const determination = incidents.find((incident) => incident.determination !== 'unknown')!.determination;
    await expectSameEverywhere('determination', { determination: [determination] });
  });

  it('finds incidents by an entity of their evidence, by ID or display name, without regard to case', async () => {
    const device = incidents.flatMap(evidenceOf).find((item) => item.type === 'device')!;
    const naming = ids(incidents.filter((incident) => evidenceOf(incident).some((item) => item.id === device.id)));
    expect(await expectSameEverywhere('device by ID', { entities: [device.id.toUpperCase()] })).to.deep.equal(naming);
    const sameName = ids(incidents.filter((incident) => evidenceOf(incident).some((item) => item.displayName === device.displayName)));
    expect(await expectSameEverywhere('device by name', { entities: [device.displayName.toLowerCase()] })).to.deep.equal(sameName);
    expect(backend.service.listIncidents({ entities: [device.displayName.slice(0, -1)] }).totalCount, 'a part of a name is not a name').to.equal(0);
  });

  it('finds the incidents an impacted device is involved in by the device name', async () => {
    const devices = incidents.flatMap((incident) => backend.service.listEvidence(incident.id)).filter((evidence) => evidence.type === 'device');
    const relatedTo = (id: string) => backend.service.getEntityInsights(id).relatedIncidents;
    // A device some of whose incidents do not name it, so that names alone cannot find them.
    const device = devices.find((item) => relatedTo(item.id).some((incident) => !incident.displayName.toLowerCase().includes(item.displayName.toLowerCase())))!;
    const found = await expectSameEverywhere('device name', { search: device.displayName.toUpperCase() });
    expect(found, 'every incident the device page lists').to.include.members(relatedTo(device.id).map((incident) => incident.id));
  });

  it('finds an incident by a user it involves', async () => {
    const user = incidents.flatMap((incident) => backend.service.listEvidence(incident.id)).find((evidence) => evidence.type === 'user')!;
    const found = await expectSameEverywhere('user name', { search: user.displayName });
    expect(found, 'every incident the user page lists').to.include.members(
      backend.service.getEntityInsights(user.id).relatedIncidents.map((incident) => incident.id),
    );
  });
});
