import { expect } from '@open-wc/testing';
import type { Incident, LinkAlertsRequest } from '@soc-kit/components/api';
import { MAX_LINKED_ALERTS } from './alert-links.js';
import { IncidentService } from './incident-service.js';
import type { AlertInput } from './ingestion.js';
import { checkInvariants } from './invariants.js';
import { admin, createTestService, expectServiceError, reader, responder, snapshotOf } from './testing.js';

const MINUTE = 60_000;

function alert(title: string, overrides: Partial<AlertInput> = {}): AlertInput {
  return { title, severity: 'low', category: 'Execution', serviceSource: 'microsoftDefenderForEndpoint', detectionSource: 'antivirus', ...overrides };
}

function create(service: IncidentService, name: string, alerts: AlertInput[], assignedTo: string | null = null): Incident {
  return service.createIncident(responder, { displayName: name, alerts, ...(assignedTo ? { assignedTo } : {}) });
}

const device = (name: string) => ({ '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: name, roles: ['compromised'] });

describe('linking alerts to other incidents', () => {
  it('moves alerts to an existing incident; both sides recompute, audit the move with the comment, and the queue follows', () => {
    const { service, clock } = createTestService();
    const target = create(service, 'Target', [alert('Target alert')]);
    const source = create(service, 'Source', [
      alert('Stays', { severity: 'low' }),
      alert('Moves', { severity: 'high', category: 'Exfiltration', evidence: [device('ws-link-01.contoso.com')] }),
    ]);
    const [stays, moves] = service.listIncidentAlerts(source.id);
    clock.advance(MINUTE);

    const result = service.linkAlerts(responder, { alertIds: [moves!.id], targetIncidentId: target.id, comment: 'Same campaign' });

    expect(result.incident).to.include({ id: target.id, alertCount: 2, activeAlertCount: 2, severity: 'high' });
    expect(result.incident.categories).to.have.members(['Execution', 'Exfiltration']);
    expect(result.incident.impactedAssets.devices).to.equal(1);
    expect(result.sources).to.have.length(1);
    expect(result.sources[0]).to.include({ id: source.id, status: 'active', alertCount: 1, activeAlertCount: 1, severity: 'low' });
    expect(result.sources[0]!.categories).to.deep.equal(['Execution']);
    expect(result.sources[0]!.impactedAssets.devices).to.equal(0);
    expect(service.getIncident(target.id)).to.deep.equal(result.incident);
    const moved = service.getAlert(moves!.id);
    expect(moved).to.include({ incidentId: target.id, lastUpdateDateTime: new Date(clock.time).toISOString() });
    expect(moved.comments.map((c) => c.comment)).to.deep.equal(['Same campaign']);
    expect(service.listIncidentAlerts(target.id).map((a) => a.id)).to.include(moves!.id);
    expect(service.listIncidentAlerts(source.id).map((a) => a.id)).to.deep.equal([stays!.id]);
    expect(service.listEvidence(target.id).map((e) => e.displayName)).to.include('ws-link-01');
    for (const id of [target.id, source.id]) {
      const entry = service.listActivity(id).at(-1)!;
      expect(entry).to.include({ actor: responder.id });
      expect(entry.detail).to.include('Same campaign');
    }
    expect(service.listAlerts({ incidentIds: [target.id] }).items.map((a) => a.id)).to.include(moves!.id);
    expect(service.listIncidents({ search: 'ws-link-01' }).items.map((i) => i.id)).to.include(target.id);
    expect(service.journal.at(-1)).to.include({ op: 'linkAlerts' });
    expect(checkInvariants(service, { incidentIds: [target.id, source.id], now: clock.time })).to.deep.equal([]);
  });

  it('moves alerts into a new incident, named after the first alert or as asked; an emptied source redirects to it', () => {
    const { service, clock } = createTestService();
    const owner = 'adele.vance@contoso.com';
    const first = create(service, 'First', [alert('Odd logon'), alert('Odd process')], owner);
    const second = create(service, 'Second', [alert('Odd share access')]);
    service.addComment(responder, second.id, 'Looked at the share.');
    const ids = [...service.listIncidentAlerts(first.id).slice(1), ...service.listIncidentAlerts(second.id)].map((a) => a.id);
    clock.advance(MINUTE);

    const result = service.linkAlerts(responder, { alertIds: ids });
    expect(result.incident).to.include({ displayName: 'Odd process', status: 'active', alertCount: 2, assignedTo: owner });
    expect(Number(result.incident.id)).to.be.greaterThan(Number(second.id));
    expect(result.sources.map((s) => s.id)).to.deep.equal([first.id, second.id]);
    expect(result.sources[0]).to.include({ status: 'active', alertCount: 1 });
    expect(result.sources[1]).to.include({ status: 'redirected', redirectIncidentId: result.incident.id, alertCount: 0, activeAlertCount: 0 });
    expect(service.listComments(result.incident.id).map((c) => c.comment)).to.deep.equal(['Looked at the share.']);
    expect(service.listActivity(result.incident.id)[0]).to.include({ action: 'created' });
    expect(service.listAlerts({ incidentIds: [result.incident.id] }).totalCount).to.equal(2);
    expect(service.listAlerts({ incidentIds: [second.id] }).totalCount).to.equal(0);

    const named = service.linkAlerts(responder, { alertIds: [ids[0]!], displayName: '  Lateral movement  ' });
    expect(named.incident).to.include({ displayName: 'Lateral movement', alertCount: 1 });
    const ingested = [first.id, second.id, result.incident.id, named.incident.id];
    expect(checkInvariants(service, { incidentIds: ingested, now: clock.time })).to.deep.equal([]);
  });

  it('resolves an incident left with only resolved alerts, and builds a resolved incident from resolved alerts', () => {
    const { service } = createTestService();
    const target = create(service, 'Target', [alert('Target alert')]);
    const source = create(service, 'Source', [alert('Done'), alert('Open')]);
    const [done, open] = service.listIncidentAlerts(source.id);
    service.updateAlert(responder, done!.id, { status: 'resolved', classification: 'falsePositive' });
    const { sources } = service.linkAlerts(responder, { alertIds: [open!.id], targetIncidentId: target.id });
    expect(sources[0]).to.include({ status: 'resolved', classification: 'falsePositive', activeAlertCount: 0 });
    const { incident } = service.linkAlerts(responder, { alertIds: [done!.id] });
    expect(incident).to.include({ status: 'resolved', classification: 'falsePositive', activeAlertCount: 0 });
  });

  it('moves generated alerts and keeps the queue, indexes and similarity in step', () => {
    const { service, clock } = createTestService();
    const [target, source] = service.listIncidents({ status: ['active'], assignedTo: [''], top: 2 }).items;
    const moving = service.listIncidentAlerts(source!.id).map((a) => a.id);
    clock.advance(MINUTE);
    const { incident, sources } = service.linkAlerts(admin, { alertIds: moving, targetIncidentId: target!.id });
    expect(incident.alertCount).to.equal(target!.alertCount + moving.length);
    expect(sources[0]).to.include({ status: 'redirected', redirectIncidentId: target!.id });
    expect(service.listIncidents({ status: ['redirected'], top: 500 }).items.map((i) => i.id)).to.include(source!.id);
    expect(service.listSimilarIncidents(target!.id).map((s) => s.incident.id)).not.to.include(source!.id);
    for (const id of moving) expect(service.getAlert(id).incidentId).to.equal(target!.id);
    expect(checkInvariants(service, { incidentIds: [target!.id, source!.id], now: clock.time })).to.deep.equal([]);
  });

  it('refuses, changing nothing', () => {
    const { service } = createTestService();
    const target = create(service, 'Target', [alert('Target alert')]);
    const source = create(service, 'Source', [alert('A'), alert('B')]);
    const owned = create(service, 'Owned', [alert('C')], 'adele.vance@contoso.com');
    const otherOwner = create(service, 'Other owner', [alert('D')], 'diego.siciliani@contoso.com');
    const resolved = create(service, 'Resolved', [alert('E')]);
    service.updateIncident(responder, resolved.id, { status: 'resolved', classification: 'falsePositive' });
    const redirected = service.listIncidents({ status: ['redirected'], top: 1 }).items[0]!;
    const redirectedAlert = service.listIncidentAlerts(redirected.id)[0]!;
    const [a, b] = service.listIncidentAlerts(source.id).map((x) => x.id);
    const c = service.listIncidentAlerts(owned.id)[0]!.id;
    const ids = [target.id, source.id, owned.id, otherOwner.id, resolved.id, redirected.id];
    const before = ids.map((id) => snapshotOf(service, id));
    const journal = service.journal.length;

    const bad: [unknown, string][] = [
      [{ alertIds: [] }, 'alertIds'],
      [{ alertIds: [a, a], targetIncidentId: target.id }, 'alertIds'],
      [{ alertIds: 'da1_0' }, 'alertIds'],
      [{ alertIds: Array.from({ length: MAX_LINKED_ALERTS + 1 }, (_, i) => `da1001_${i}`) }, 'alertIds'],
      [{ alertIds: [a], targetIncidentId: source.id }, 'alertIds'],
      [{ alertIds: [a], targetIncidentId: resolved.id }, 'targetIncidentId'],
      [{ alertIds: [a], targetIncidentId: redirected.id }, 'targetIncidentId'],
      [{ alertIds: [a], targetIncidentId: target.id, displayName: 'New name' }, 'displayName'],
      [{ alertIds: [a], displayName: '   ' }, 'displayName'],
      [{ alertIds: [a], comment: ' ' }, 'comment'],
      [{ alertIds: [a], targetIncidentId: otherOwner.id, reason: 'x' }, 'reason'],
      [{ alertIds: [c], targetIncidentId: otherOwner.id }, 'targetIncidentId'],
      [{ alertIds: [redirectedAlert.id], targetIncidentId: target.id }, 'alertIds'],
    ];
    for (const [request, field] of bad) expectServiceError(() => service.linkAlerts(responder, request as LinkAlertsRequest), 'validation', field);
    expectServiceError(() => service.linkAlerts(responder, { alertIds: [a!, 'da999999_0'], targetIncidentId: target.id }), 'notFound');
    expectServiceError(() => service.linkAlerts(responder, { alertIds: [a!], targetIncidentId: '999999' }), 'notFound');
    expectServiceError(() => service.linkAlerts(reader, { alertIds: [a!], targetIncidentId: target.id }), 'forbidden');
    expect(ids.map((id) => snapshotOf(service, id))).to.deep.equal(before);
    expect(service.journal.length).to.equal(journal);
    expect(b).to.be.a('string');
  });

  it('replays links from the journal', () => {
    const { service, clock } = createTestService();
    const target = create(service, 'Target', [alert('Target alert')]);
    const source = create(service, 'Source', [alert('A'), alert('B')]);
    const [a, b] = service.listIncidentAlerts(source.id).map((x) => x.id);
    clock.advance(MINUTE);
    service.linkAlerts(responder, { alertIds: [a!], targetIncidentId: target.id, comment: 'Why not' });
    clock.advance(MINUTE);
    const { incident } = service.linkAlerts(responder, { alertIds: [b!], displayName: 'Split off' });
    clock.advance(MINUTE);
    service.updateAlert(responder, a!, { status: 'resolved', classification: 'truePositive' });
    const restored = IncidentService.restore({ ...service.options, clock: clock.now }, service.journal);
    for (const id of [target.id, source.id, incident.id]) expect(snapshotOf(restored, id)).to.equal(snapshotOf(service, id));
    expect(restored.listAlerts({ top: 5 })).to.deep.equal(service.listAlerts({ top: 5 }));
  });
});
