import { expect } from '@open-wc/testing';
import type { Alert, AlertQuery, Incident } from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, NOW, responder } from './testing.js';

/** Every incident, and every alert the way each incident lists its own. */
function everything(service: IncidentService): { incidents: Incident[]; alerts: Alert[] } {
  const incidents: Incident[] = [];
  for (let skip = 0; ; skip += 500) {
    const page = service.listIncidents({ top: 500, skip });
    incidents.push(...page.items);
    if (page.items.length < 500) break;
  }
  const alerts = incidents.filter((incident) => incident.status !== 'redirected').flatMap((incident) => service.listIncidentAlerts(incident.id));
  return { incidents, alerts };
}

/** Every page of a query, by cursor. */
function allPages(service: IncidentService, query: AlertQuery): Alert[] {
  const items: Alert[] = [];
  let cursor: string | undefined;
  do {
    const page = service.listAlerts({ ...query, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

const byCreationDesc = (a: Alert, b: Alert) =>
  a.createdDateTime < b.createdDateTime ? 1 : a.createdDateTime > b.createdDateTime ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

describe('the alert queue', () => {
  it('lists every alert of every incident but redirected ones, newest first, ties by id, the same as each incident lists them', () => {
    const { service } = createTestService();
    const { incidents, alerts } = everything(service);
    const expected = [...alerts].sort(byCreationDesc);
    const page = service.listAlerts({ top: 500 });
    expect(page.totalCount).to.equal(expected.length);
    expect(page.items.map((alert) => alert.id)).to.deep.equal(expected.slice(0, 500).map((alert) => alert.id));
    expect(page.items[0]).to.deep.equal(expected[0]);
    const redirected = incidents.filter((incident) => incident.status === 'redirected').map((incident) => incident.id);
    expect(redirected.length, 'the test tenant has redirected incidents').to.be.greaterThan(0);
    expect(page.items.some((alert) => redirected.includes(alert.incidentId))).to.equal(false);
  });

  it('gives alerts owners, tags, the incident’s investigation state, no comments and a last update', () => {
    const { service } = createTestService();
    const { incidents, alerts } = everything(service);
    const byId = new Map(incidents.map((incident) => [incident.id, incident]));
    const assigned = alerts.filter((alert) => byId.get(alert.incidentId)!.assignedTo !== null);
    const shared = assigned.filter((alert) => alert.assignedTo === byId.get(alert.incidentId)!.assignedTo);
    expect(shared.length / assigned.length, 'most alerts of assigned incidents share the owner').to.be.within(0.7, 0.97);
    for (const alert of alerts) {
      const incident = byId.get(alert.incidentId)!;
      expect(alert.investigationState).to.equal(incident.investigationState);
      expect(alert.comments).to.deep.equal([]);
      expect(alert.tags).to.deep.equal(incident.systemTags);
      expect(Date.parse(alert.lastUpdateDateTime)).to.be.at.least(Date.parse(alert.createdDateTime));
      expect(Date.parse(alert.lastUpdateDateTime)).to.be.at.most(NOW);
    }
    const again = new IncidentService({ ...service.options });
    expect(again.listAlerts({ top: 500 }).items).to.deep.equal(service.listAlerts({ top: 500 }).items);
  });

  it('pages by cursor and by skip through the same order, ascending and descending', () => {
    const { service } = createTestService();
    const sorts = [undefined, { field: 'title', direction: 'asc' }, { field: 'severity', direction: 'desc' }, { field: 'assignedTo', direction: 'asc' }] as const;
    for (const sort of sorts) {
      const whole = service.listAlerts({ top: 500, sort });
      const paged = allPages(service, { top: 7, sort });
      expect(paged.map((alert) => alert.id), JSON.stringify(sort)).to.deep.equal(whole.items.map((alert) => alert.id));
      const skipped = service.listAlerts({ top: 7, skip: 14, sort });
      expect(skipped.items.map((alert) => alert.id)).to.deep.equal(whole.items.slice(14, 21).map((alert) => alert.id));
    }
    const titles = service.listAlerts({ top: 500, sort: { field: 'title', direction: 'asc' } }).items.map((alert) => alert.title.toLowerCase());
    expect(titles).to.deep.equal([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('filters (any value of a filter, all filters) and searches titles, ids and evidence names', () => {
    const { service } = createTestService();
    const { alerts } = everything(service);
    const check = (query: AlertQuery, expected: (alert: Alert) => boolean) => {
      const found = allPages(service, { ...query, top: 100 }).map((alert) => alert.id).sort();
      const wanted = alerts.filter(expected).map((alert) => alert.id).sort();
      expect(found, JSON.stringify(query)).to.deep.equal(wanted);
      return found.length;
    };
    expect(check({ status: ['new', 'inProgress'], severity: ['high'] }, (a) => a.status !== 'resolved' && a.severity === 'high')).to.be.greaterThan(0);
    expect(check({ assignedTo: [''] }, (a) => a.assignedTo === null)).to.be.greaterThan(0);
    const owner = alerts.find((alert) => alert.assignedTo !== null)!.assignedTo!;
    check({ assignedTo: [owner.toUpperCase()] }, (a) => a.assignedTo === owner);
    const category = alerts[0]!.category;
    check({ categories: [category.toLowerCase()] }, (a) => a.category === category);
    const incidentIds = [alerts[0]!.incidentId, alerts[5]!.incidentId];
    check({ incidentIds }, (a) => incidentIds.includes(a.incidentId));
    check({ investigationState: ['pendingApproval'] }, (a) => a.investigationState === 'pendingApproval');
    const middle = [...alerts].sort(byCreationDesc)[20]!.createdDateTime;
    check({ createdBefore: middle }, (a) => a.createdDateTime < middle);
    check({ createdAfter: middle, classification: ['truePositive'] }, (a) => a.createdDateTime >= middle && a.classification === 'truePositive');

    const part = alerts[3]!.title.slice(2, 12).toLowerCase();
    const named = (a: Alert, term: string) => a.evidence.some((e) => e.displayName.toLowerCase().includes(term));
    check({ search: `  ${part.toUpperCase()} ` }, (a) => a.title.toLowerCase().includes(part) || named(a, part));
    expect(service.listAlerts({ search: alerts[3]!.id }).items.map((alert) => alert.id)).to.include(alerts[3]!.id);
    const entity = alerts[1]!.evidence.find((item) => item.type === 'device' || item.type === 'user')!;
    const term = entity.displayName.toLowerCase();
    const found = allPages(service, { search: term, top: 100 });
    expect(found.map((alert) => alert.id)).to.include(alerts[1]!.id);
    for (const alert of found) {
      expect(alert.title.toLowerCase().includes(term) || alert.id.startsWith(term) || named(alert, term)).to.equal(true);
    }
  });

  it('refuses bad queries with a validation error naming the parameter', () => {
    const { service } = createTestService();
    const bad: [unknown, string][] = [
      [{ sort: { field: 'riskScore', direction: 'asc' } }, 'sort.field'],
      [{ sort: { field: 'title', direction: 'up' } }, 'sort.direction'],
      [{ status: ['open'] }, 'status'],
      [{ severity: 'high' }, 'severity'],
      [{ investigationState: ['sleeping'] }, 'investigationState'],
      [{ top: 0 }, 'top'],
      [{ top: 501 }, 'top'],
      [{ skip: -1 }, 'skip'],
      [{ createdAfter: 'yesterday' }, 'createdAfter'],
      [{ createdBefore: '2025-13-45' }, 'createdBefore'],
      [{ cursor: 'not-a-cursor!' }, 'cursor'],
      [{ riskScore: 3 }, 'riskScore'],
      [{ search: 3 }, 'search'],
    ];
    for (const [query, field] of bad) expectServiceError(() => service.listAlerts(query as AlertQuery), 'validation', field);
    const cursor = service.listAlerts({ top: 2 }).nextCursor!;
    expectServiceError(() => service.listAlerts({ top: 2, cursor, sort: { field: 'title', direction: 'asc' } }), 'validation', 'cursor');
  });

  it('sees every change: a resolved incident’s alerts, a new incident’s alerts, a merge', () => {
    const { service, clock } = createTestService();
    const before = service.listAlerts({ status: ['new', 'inProgress'], top: 1 });
    const [first] = service.listAlerts({ top: 1 }).items;
    const open = service.listIncidents({ status: ['active'], top: 1 }).items[0]!;
    const openAlerts = service.listIncidentAlerts(open.id).filter((alert) => alert.status !== 'resolved').length;
    clock.advance(60_000);
    service.updateIncident(responder, open.id, { status: 'resolved', classification: 'falsePositive' });
    expect(service.listAlerts({ status: ['new', 'inProgress'], top: 1 }).totalCount).to.equal(before.totalCount - openAlerts);
    const resolvedHere = service.listAlerts({ incidentIds: [open.id], top: 50 }).items;
    for (const alert of resolvedHere) expect(alert).to.include({ status: 'resolved', classification: 'falsePositive' });

    clock.advance(60_000);
    const created = service.createIncident(responder, { displayName: 'Phoned in', alerts: [{ title: 'Brand new alert' }] });
    const newest = service.listAlerts({ top: 1 }).items[0]!;
    expect(newest).to.include({ incidentId: created.id, title: 'Brand new alert' });
    expect(newest.id).not.to.equal(first!.id);
  });

  it('stays right when an incident’s details are built between changes, and when alerts trade places between incidents', () => {
    const { service, clock } = createTestService();
    const byTitle = { sort: { field: 'title', direction: 'asc' }, top: 500 } as const;
    const total = service.listAlerts(byTitle).totalCount;
    // An alert whose incident's details were not built yet: the oldest incident's.
    const oldest = service.listIncidents({ status: ['active'], sort: { field: 'createdDateTime', direction: 'asc' }, top: 1 }).items[0]!;
    const alert = service.listIncidentAlerts(oldest.id).find((candidate) => candidate.status !== 'resolved')!;
    clock.advance(60_000);
    service.updateAlert(responder, alert.id, { assignedTo: null, comment: 'Checked' });
    const listed = service.listAlerts(byTitle).items.find((candidate) => candidate.id === alert.id);
    expect(listed?.comments.map((comment) => comment.comment)).to.deep.equal(['Checked']);

    // Three links, each incident losing one alert and gaining another: the same counts, other alerts.
    const [a, b, c] = ['A', 'B', 'C'].map((name) =>
      service.createIncident(responder, { displayName: name, alerts: [{ title: `${name} first` }, { title: `${name} second` }] }),
    );
    service.listAlerts(byTitle);
    const first = (incident: Incident) => service.listIncidentAlerts(incident.id)[0]!.id;
    const [x, y, z] = [first(a!), first(c!), first(b!)];
    service.linkAlerts(responder, { alertIds: [x], targetIncidentId: b!.id });
    service.linkAlerts(responder, { alertIds: [y], targetIncidentId: a!.id });
    service.linkAlerts(responder, { alertIds: [z], targetIncidentId: c!.id });
    const inA = service.listAlerts({ ...byTitle, incidentIds: [a!.id] }).items.map((item) => item.title);
    expect(inA).to.deep.equal(['A second', 'C first']);
    expect(service.listAlerts(byTitle).totalCount).to.equal(total + 6);
  });

  it('reads a large tenant quickly, and pages of the same query reuse its sorted list', () => {
    const service = new IncidentService({ seed: 5, size: 70_000, now: NOW, clock: () => NOW + 60_000 });
    let start = performance.now();
    const first = service.listAlerts({ top: 100, sort: { field: 'title', direction: 'asc' } });
    const firstTime = performance.now() - start;
    expect(first.totalCount).to.be.greaterThan(100_000);
    start = performance.now();
    let cursor = first.nextCursor;
    for (let i = 0; i < 20 && cursor; i++) cursor = service.listAlerts({ top: 100, sort: { field: 'title', direction: 'asc' }, cursor }).nextCursor;
    const later = (performance.now() - start) / 20;
    expect(firstTime, 'the first page').to.be.below(15_000);
    expect(later, 'a later page').to.be.below(Math.max(50, firstTime / 5));
  });
});
