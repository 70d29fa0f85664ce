import { expect } from '@open-wc/testing';
import {
  CLASSIFICATIONS,
  DETERMINATIONS,
  type Incident,
  INCIDENT_SORT_FIELDS,
  INCIDENT_STATUSES,
  type IncidentQuery,
  type IncidentSortField,
  INVESTIGATION_STATES,
  type SensitivityLabel,
  type SortDirection,
  UNASSIGNED,
} from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import type { IncidentInput } from './ingestion.js';
import { createTestService, expectServiceError, NOW, responder } from './testing.js';

const SEVERITY_ORDER = ['unknown', 'informational', 'low', 'medium', 'high'];

/** Every incident of the service, read page by page with the largest page size. */
function everything(service: IncidentService): Incident[] {
  const all: Incident[] = [];
  let cursor: string | undefined;
  do {
    const page = service.listIncidents({ top: 500, sort: { field: 'id', direction: 'asc' }, ...(cursor ? { cursor } : {}) });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** The queue as a naive backend computes it: filter everything, then sort everything. */
function reference(service: IncidentService, all: Incident[], query: IncidentQuery): string[] {
  const names = new Map(service.listAssignees().map((assignee) => [assignee.id, assignee.displayName.toLowerCase()]));
  const any = <T>(values: readonly T[] | undefined, actual: readonly T[]) => !values || values.length === 0 || values.some((value) => actual.includes(value));
  const lower = (values: readonly string[] | undefined) => values?.map((value) => value.toLowerCase());
  const entityKeys = (incident: Incident) => service.listEvidence(incident.id).flatMap((entity) => [entity.id.toLowerCase(), entity.displayName.toLowerCase()]);
  const term = query.search?.trim().toLowerCase();
  const matching = all.filter(
    (incident) =>
      any(query.status, [incident.status]) &&
      any(query.severity, [incident.severity]) &&
      any(query.serviceSources, incident.serviceSources) &&
      any(query.detectionSources, incident.detectionSources) &&
      any(query.assignedTo, [incident.assignedTo ?? UNASSIGNED]) &&
      any(query.classification, [incident.classification]) &&
      any(query.determination, [incident.determination]) &&
      any(query.tags, incident.customTags) &&
      any(query.categories, incident.categories) &&
      any(query.investigationState, [incident.investigationState]) &&
      any(lower(query.deviceGroups), lower(incident.deviceGroups)!) &&
      any(query.osPlatforms, incident.osPlatforms) &&
      any(lower(query.threats), lower(incident.threats)!) &&
      any(query.sensitivityLabels, incident.sensitivityLabels) &&
      (!query.entities?.length || any(lower(query.entities), entityKeys(incident))) &&
      (!query.createdAfter || Date.parse(incident.createdDateTime) >= Date.parse(query.createdAfter)) &&
      (!query.createdBefore || Date.parse(incident.createdDateTime) < Date.parse(query.createdBefore)) &&
      (!term || incident.displayName.toLowerCase().includes(term) || (/^\d+$/.test(term) && incident.id.startsWith(term))),
  );
  const field = query.sort?.field ?? 'lastUpdateDateTime';
  const direction = query.sort ? (query.sort.direction ?? 'asc') : 'desc';
  const key = (incident: Incident): number | string => {
    const joined = (values: readonly string[]) => values.join(', ').toLowerCase();
    const assets = incident.impactedAssets;
    switch (field) {
      case 'displayName': return incident.displayName.toLowerCase();
      case 'id': return Number(incident.id);
      case 'severity': return SEVERITY_ORDER.indexOf(incident.severity);
      case 'status': return INCIDENT_STATUSES.indexOf(incident.status);
      case 'investigationState': return INVESTIGATION_STATES.indexOf(incident.investigationState);
      case 'classification': return CLASSIFICATIONS.indexOf(incident.classification);
      case 'determination': return DETERMINATIONS.indexOf(incident.determination);
      case 'categories': return joined(incident.categories);
      case 'serviceSources': return joined(incident.serviceSources);
      case 'detectionSources': return joined(incident.detectionSources);
      case 'customTags': return joined(incident.customTags);
      case 'impactedAssets': return assets.devices + assets.users + assets.mailboxes + assets.apps + assets.ips + assets.cloudResources;
      case 'activeAlertCount': return incident.activeAlertCount;
      case 'assignedTo': return incident.assignedTo === null ? '' : (names.get(incident.assignedTo) ?? incident.assignedTo);
      case 'firstActivityDateTime': return Date.parse(incident.firstActivityDateTime);
      case 'lastActivityDateTime': return Date.parse(incident.lastActivityDateTime);
      case 'lastUpdateDateTime': return Date.parse(incident.lastUpdateDateTime);
      case 'createdDateTime': return Date.parse(incident.createdDateTime);
    }
  };
  const sorted = matching
    .map((incident) => ({ id: incident.id, key: key(incident) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : Number(a.id) - Number(b.id)))
    .map((entry) => entry.id);
  return direction === 'desc' ? sorted.reverse() : sorted;
}

/** All pages of a query, by cursor. */
function byCursor(service: IncidentService, query: IncidentQuery, top: number): { ids: string[]; totals: number[] } {
  const ids: string[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  do {
    const page = service.listIncidents({ ...query, top, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((incident) => incident.id));
    totals.push(page.totalCount);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, totals };
}

/** All pages of a query, by skip. */
function bySkip(service: IncidentService, query: IncidentQuery, top: number): string[] {
  const ids: string[] = [];
  for (let skip = 0; ; skip += top) {
    const page = service.listIncidents({ ...query, top, skip });
    ids.push(...page.items.map((incident) => incident.id));
    if (page.items.length < top) return ids;
  }
}

/** Compares the first page with the reference; returns how many incidents match. */
function expectSameAsReference(service: IncidentService, query: IncidentQuery, top = 500): number {
  const expected = reference(service, everything(service), query);
  const first = service.listIncidents({ ...query, top });
  expect(first.totalCount, JSON.stringify(query)).to.equal(expected.length);
  expect(first.items.map((incident) => incident.id), JSON.stringify(query)).to.deep.equal(expected.slice(0, top));
  return expected.length;
}

/** A tenant where writes have moved things around, so the indexes have work to do. */
function busyService(): IncidentService {
  const { service, clock } = createTestService({ size: 300 });
  const some = service.listIncidents({ sort: { field: 'id', direction: 'asc' }, top: 40 }).items;
  some.forEach((incident, i) => {
    clock.advance(1000);
    if (i % 4 === 0) service.updateIncident(responder, incident.id, { severity: i % 8 === 0 ? 'high' : 'informational' });
    if (i % 4 === 1) service.updateIncident(responder, incident.id, { customTags: [...incident.customTags, `batch ${i % 3}`] });
    if (i % 4 === 2) service.updateIncident(responder, incident.id, { assignedTo: i % 8 === 2 ? null : 'lee.gu@contoso.com' });
    if (i % 4 === 3) service.updateIncident(responder, incident.id, { displayName: `Renamed incident ${i}` });
  });
  service.createIncident(responder, { displayName: 'Ingested for the listing test', customTags: ['batch 0'], alerts: [{ title: 'x', serviceSource: 'microsoftSentinel', detectionSource: 'scheduledAlerts', category: 'Impact' }] });
  service.createIncident(responder, LAB_INCIDENT);
  return service;
}

/** An ingested incident with a device of its own group and platform, a threat and a sensitivity label. */
const LAB_INCIDENT: IncidentInput = {
  displayName: 'Ingested lab incident',
  // Ingestion reads enumerations in any letter case.
  sensitivityLabels: ['highly CONFIDENTIAL' as SensitivityLabel],
  alerts: [
    {
      title: 'Sliver implant',
      threatFamilyName: 'Sliver',
      evidence: [
        { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'lab-07.contoso.com', hostName: 'LAB-07', osPlatform: 'Linux', rbacGroupName: 'Lab devices' },
      ],
    },
  ],
};

/** Entities of a few incidents, as the entity filter names them. */
function someEntities(service: IncidentService, all: readonly Incident[]): string[] {
  const [device, user] = [all[3]!, all[11]!].map((incident) => service.listEvidence(incident.id));
  return [device!.find((entity) => entity.type === 'device')?.displayName ?? device![0]!.displayName, user![0]!.id.toUpperCase()];
}

describe('incident listing', () => {
  describe('sorting', () => {
    const service = busyService();
    for (const field of INCIDENT_SORT_FIELDS) {
      for (const direction of ['asc', 'desc'] as SortDirection[]) {
        it(`sorts by ${field} ${direction} like a full sort does`, () => {
          expectSameAsReference(service, { sort: { field, direction } });
        });
      }
    }

    it('sorts by last update time, newest first, by default', () => {
      expectSameAsReference(service, {});
      const edited = service.listIncidents({ sort: { field: 'id', direction: 'desc' }, top: 1 }).items[0]!;
      service.updateIncident(responder, edited.id, { customTags: ['just edited'] });
      expect(service.listIncidents({ top: 1 }).items[0]!.id).to.equal(edited.id);
    });
  });

  describe('filtering', () => {
    const service = busyService();
    const all = everything(service);
    const first = all[5]!;
    const queries: [string, IncidentQuery][] = [
      ['status', { status: ['active', 'inProgress'] }],
      ['severity', { severity: ['high'] }],
      ['service sources', { serviceSources: ['microsoftSentinel', 'microsoftDefenderForOffice365'] }],
      ['detection sources', { detectionSources: ['antivirus'] }],
      ['owner', { assignedTo: ['lee.gu@contoso.com'] }],
      ['no owner', { assignedTo: [UNASSIGNED] }],
      ['owner or none', { assignedTo: [UNASSIGNED, 'adele.vance@contoso.com'] }],
      ['classification', { classification: ['truePositive', 'falsePositive'] }],
      ['determination', { determination: ['phishing', 'malware'] }],
      ['tags', { tags: ['batch 0', 'VIP'] }],
      ['categories', { categories: ['InitialAccess'] }],
      ['entities by name and ID', { entities: someEntities(service, all) }],
      ['an ingested device by name', { entities: ['lab-07'] }],
      ['device groups', { deviceGroups: ['Domain controllers', 'FINANCE WORKSTATIONS'] }],
      ['an ingested device group', { deviceGroups: ['lab devices'] }],
      ['OS platforms', { osPlatforms: ['WindowsServer2022', 'macOS', 'Linux'] }],
      ['investigation state', { investigationState: ['pendingApproval', 'benign'] }],
      ['threats', { threats: ['qakbot', 'Emotet', 'SLIVER'] }],
      ['sensitivity labels', { sensitivityLabels: ['Highly confidential'] }],
      ['devices, threats and sensitivity at once', { osPlatforms: ['Windows11', 'Windows10'], threats: ['Cobalt Strike'], sensitivityLabels: ['Confidential', 'Highly confidential'] }],
      ['created after', { createdAfter: new Date(NOW - 7 * 86_400_000).toISOString() }],
      ['created before', { createdBefore: new Date(NOW - 30 * 86_400_000).toISOString() }],
      ['created between', { createdAfter: new Date(NOW - 60 * 86_400_000).toISOString(), createdBefore: new Date(NOW - 30 * 86_400_000).toISOString() }],
      ['a name', { search: 'PowerShell' }],
      ['a renamed name', { search: 'renamed incident' }],
      ['an id', { search: first.id }],
      ['an id prefix', { search: first.id.slice(0, 3) }],
      ['nothing that exists', { search: 'no such incident anywhere' }],
      ['empty filters', { status: [], tags: [], search: '  ' }],
      ['several at once', { status: ['active', 'inProgress', 'resolved'], severity: ['medium', 'high'], classification: ['unknown', 'truePositive'], sort: { field: 'severity', direction: 'desc' } }],
    ];
    for (const [name, query] of queries) {
      it(`filters by ${name} like a full filter does`, () => {
        const matches = expectSameAsReference(service, query);
        if (name === 'nothing that exists') expect(matches).to.equal(0);
        else expect(matches, 'a filter that matches something').to.be.within(1, all.length - 1 + (name === 'empty filters' ? 1 : 0));
      });
    }

    it('finds a case-insensitive substring of names', () => {
      const page = service.listIncidents({ search: 'pOwErShElL', top: 500 });
      expect(page.totalCount).to.be.greaterThan(0);
      expect(page.items.every((incident) => incident.displayName.toLowerCase().includes('powershell'))).to.be.true;
    });

    it('derives device groups, OS platforms, threats and sensitivity from what an ingested incident carries', () => {
      const lab = service.listIncidents({ search: 'Ingested lab incident' }).items[0]!;
      expect(lab).to.include({ investigationState: 'unsupportedAlertType' });
      expect(lab.deviceGroups).to.deep.equal(['Lab devices']);
      expect(lab.osPlatforms).to.deep.equal(['Linux']);
      expect(lab.threats).to.deep.equal(['Sliver']);
      expect(lab.sensitivityLabels).to.deep.equal(['Highly confidential']);
      for (const query of [{ entities: ['LAB-07'] }, { deviceGroups: ['LAB DEVICES'] }, { threats: ['sliver'] }, { sensitivityLabels: ['Highly confidential' as const] }]) {
        expect(service.listIncidents({ ...query, top: 500 }).items.map((incident) => incident.id), JSON.stringify(query)).to.include(lab.id);
      }
    });

    it('finds an incident by its exact id', () => {
      expect(service.listIncidents({ search: first.id }).items.map((incident) => incident.id)).to.include(first.id);
    });
  });

  describe('paging', () => {
    const service = busyService();
    const queries: IncidentQuery[] = [
      {},
      { sort: { field: 'severity', direction: 'asc' } },
      { status: ['active', 'inProgress'], sort: { field: 'displayName', direction: 'desc' } },
      { search: 'incident', sort: { field: 'customTags', direction: 'asc' } },
    ];
    for (const query of queries) {
      it(`pages ${JSON.stringify(query)} by skip and by cursor, with exact totals`, () => {
        const expected = reference(service, everything(service), query);
        expect(bySkip(service, query, 37)).to.deep.equal(expected);
        const { ids, totals } = byCursor(service, query, 37);
        expect(ids).to.deep.equal(expected);
        expect(new Set(totals)).to.deep.equal(new Set([expected.length]));
        expect(totals).to.have.length(Math.max(1, Math.ceil(expected.length / 37)));
      });
    }

    it('ends with a null cursor and an empty page past the end', () => {
      const total = service.listIncidents({}).totalCount;
      const last = service.listIncidents({ skip: total - 3, top: 10 });
      expect(last.items).to.have.length(3);
      expect(last.nextCursor).to.equal(null);
      const past = service.listIncidents({ skip: total + 5 });
      expect(past.items).to.be.empty;
      expect(past.totalCount).to.equal(total);
    });

    it('lets a cursor win over skip and keeps going when the last item of a page changes', () => {
      const page = service.listIncidents({ top: 10, sort: { field: 'severity', direction: 'desc' } });
      const expectedNext = service.listIncidents({ top: 10, skip: 10, sort: { field: 'severity', direction: 'desc' } }).items.map((incident) => incident.id);
      const next = service.listIncidents({ top: 10, skip: 100, cursor: page.nextCursor!, sort: { field: 'severity', direction: 'desc' } });
      expect(next.items.map((incident) => incident.id)).to.deep.equal(expectedNext);
      service.updateIncident(responder, page.items[9]!.id, { severity: 'low' });
      const after = service.listIncidents({ top: 10, cursor: page.nextCursor!, sort: { field: 'severity', direction: 'desc' } });
      expect(after.items.map((incident) => incident.id)).to.deep.equal(expectedNext);
    });
  });

  describe('indexes after writes', () => {
    it('stay right after updates, bulk updates and ingestion', () => {
      const { service, clock } = createTestService({ size: 250 });
      const fields: IncidentSortField[] = ['lastUpdateDateTime', 'severity', 'status', 'assignedTo', 'customTags', 'displayName', 'activeAlertCount', 'classification', 'determination', 'investigationState'];
      const check = () => {
        for (const field of fields) expectSameAsReference(service, { sort: { field, direction: 'desc' } });
        expectSameAsReference(service, { status: ['resolved'], tags: ['Escalated'] });
        expect(expectSameAsReference(service, { assignedTo: ['megan.bowen@contoso.com', UNASSIGNED], severity: ['high'] })).to.be.greaterThan(0);
        expectSameAsReference(service, { search: 'after the writes' });
        expect(expectSameAsReference(service, { classification: ['falsePositive'], determination: ['unknown'] })).to.be.greaterThan(0);
        expectSameAsReference(service, { investigationState: ['pendingApproval', 'running', 'successfullyRemediated'] });
      };
      check();
      const targets = service.listIncidents({ status: ['active'], classification: ['unknown'], top: 12 }).items;
      for (const [i, incident] of targets.entries()) {
        clock.advance(10_000);
        service.updateIncident(responder, incident.id, {
          severity: i % 2 ? 'high' : 'low',
          customTags: i % 3 ? ['Escalated'] : [],
          assignedTo: i % 4 ? 'megan.bowen@contoso.com' : null,
          displayName: i % 5 ? incident.displayName : `Named after the writes ${i}`,
          ...(i % 2 ? { status: 'resolved' as const, classification: 'falsePositive' as const } : {}),
        });
        check();
      }
      service.updateIncidents(responder, targets.slice(0, 6).map((incident) => incident.id), { status: 'active', severity: 'medium', customTags: ['Escalated', 'Bulk'] });
      service.createIncident(responder, { displayName: 'Ingested after the writes', severity: 'high', customTags: ['Escalated'], status: 'resolved', classification: 'falsePositive' });
      check();
      // An approved action moves its investigation on, which the investigation state filter follows.
      const waiting = service.listIncidents({ investigationState: ['pendingApproval'], top: 1 }).items[0]!;
      for (const action of service.listRemediationActions({ incidentId: waiting.id, status: ['pending'] })) {
        service.decideRemediationAction(responder, action.id, 'approve');
      }
      clock.advance(3_600_000);
      check();
      expect(service.getIncident(waiting.id).investigationState).to.not.equal('pendingApproval');
      const stillWaiting = service.listIncidents({ investigationState: ['pendingApproval'], top: 500 }).items.map((incident) => incident.id);
      expect(stillWaiting).to.not.include(waiting.id);
      expect(service.listIncidents({ status: ['resolved'], tags: ['Escalated'] }).totalCount).to.be.greaterThan(1);
      expect(service.listIncidents({ search: 'after the writes' }).totalCount).to.be.greaterThan(1);
    });
  });

  describe('query validation', () => {
    const { service } = createTestService();
    const cases: [unknown, string][] = [
      [{ status: ['open'] }, 'status'],
      [{ severity: 'high' }, 'severity'],
      [{ serviceSources: ['splunk'] }, 'serviceSources'],
      [{ detectionSources: ['x'] }, 'detectionSources'],
      [{ classification: ['maybe'] }, 'classification'],
      [{ determination: ['x'] }, 'determination'],
      [{ tags: [1] }, 'tags'],
      [{ entities: 'device-1' }, 'entities'],
      [{ deviceGroups: [null] }, 'deviceGroups'],
      [{ osPlatforms: ['Windows95'] }, 'osPlatforms'],
      [{ investigationState: ['done'] }, 'investigationState'],
      [{ threats: [42] }, 'threats'],
      [{ sensitivityLabels: ['Top secret'] }, 'sensitivityLabels'],
      [{ sort: { field: 'colour', direction: 'asc' } }, 'sort.field'],
      [{ sort: { field: 'id', direction: 'up' } }, 'sort.direction'],
      [{ top: 0 }, 'top'],
      [{ top: 501 }, 'top'],
      [{ top: 2.5 }, 'top'],
      [{ skip: -1 }, 'skip'],
      [{ createdAfter: 'last week' }, 'createdAfter'],
      [{ cursor: 'not-a-cursor' }, 'cursor'],
      [{ cursor: service.listIncidents({ top: 1 }).nextCursor, sort: { field: 'id', direction: 'asc' } }, 'cursor'],
      [{ colour: 'red' }, 'colour'],
    ];
    for (const [query, field] of cases) {
      it(`refuses ${JSON.stringify(query).slice(0, 60)}`, () => {
        const error = expectServiceError(() => service.listIncidents(query as IncidentQuery), 'validation', field);
        expect(error.message.length).to.be.greaterThan(10);
      });
    }

    it('accepts the page size limits', () => {
      expect(service.listIncidents({ top: 1 }).items).to.have.length(1);
      expect(service.listIncidents({ top: 500 }).items).to.have.length(80);
    });
  });
});
