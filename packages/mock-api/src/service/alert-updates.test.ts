import { expect } from '@open-wc/testing';
import type { AlertPatch, Incident } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { IncidentService as Service } from './incident-service.js';
import { checkInvariants } from './invariants.js';
import { createTestService, expectServiceError, reader, responder, snapshotOf } from './testing.js';

const MINUTE = 60_000;

/** A new active incident with `count` new alerts, unassigned. */
function incidentWithAlerts(service: IncidentService, count: number): Incident {
  return service.createIncident(responder, {
    displayName: 'Alerts to manage',
    alerts: Array.from({ length: count }, (_, i) => ({ title: `Alert ${i + 1}`, severity: 'medium' as const })),
  });
}

describe('updating alerts', () => {
  it('sets status, classification, determination and owner, adds the comment, and audits it on the incident', () => {
    const { service, clock } = createTestService();
    const incident = incidentWithAlerts(service, 2);
    const [alert] = service.listIncidentAlerts(incident.id);
    clock.advance(MINUTE);
    const patch: AlertPatch = {
      status: 'inProgress',
      classification: 'truePositive',
      determination: 'malware',
      assignedTo: 'Adele.Vance@contoso.com',
      comment: 'Looking into it',
    };
    const updated = service.updateAlert(responder, alert!.id, patch);
    const now = new Date(clock.time).toISOString();
    expect(updated).to.include({ status: 'inProgress', classification: 'truePositive', determination: 'malware', lastUpdateDateTime: now });
    expect(updated.assignedTo?.toLowerCase()).to.equal('adele.vance@contoso.com');
    expect(updated.comments).to.deep.equal([{ comment: 'Looking into it', createdBy: responder.id, createdDateTime: now }]);
    expect(service.getAlert(alert!.id)).to.deep.equal(updated);
    const entry = service.listActivity(incident.id).at(-1)!;
    expect(entry).to.include({ actor: responder.id, action: 'updated' });
    expect(entry.detail).to.include(alert!.id).and.include('Looking into it');
    const fields = entry.changes.map((change) => change.field);
    expect(fields).to.have.members(['alert.status', 'alert.classification', 'alert.determination', 'alert.assignedTo']);
    expect(service.journal.at(-1)).to.include({ op: 'updateAlert', id: alert!.id });
    const owned = service.listAlerts({ assignedTo: ['adele.vance@contoso.com'], incidentIds: [incident.id] });
    expect(owned.items.map((a) => a.id)).to.deep.equal([alert!.id]);

    // Changing the classification away from a true positive clears the determination.
    clock.advance(MINUTE);
    const reclassified = service.updateAlert(responder, alert!.id, { classification: 'falsePositive' });
    expect(reclassified).to.include({ classification: 'falsePositive', determination: 'unknown' });
    // A comment alone is a comment.
    clock.advance(MINUTE);
    const commented = service.updateAlert(responder, alert!.id, { comment: 'Second note' });
    expect(commented.comments.map((c) => c.comment)).to.deep.equal(['Looking into it', 'Second note']);
    expect(service.listActivity(incident.id).at(-1)).to.include({ action: 'commented' });
    // A patch that changes nothing writes nothing.
    const journalLength = service.journal.length;
    service.updateAlert(responder, alert!.id, { status: 'inProgress' });
    expect(service.journal.length).to.equal(journalLength);
    expect(checkInvariants(service, { incidentIds: [incident.id], now: clock.time })).to.deep.equal([]);
  });

  it('refuses bad patches, readers and unknown alerts, changing nothing', () => {
    const { service } = createTestService();
    const incident = incidentWithAlerts(service, 1);
    const [alert] = service.listIncidentAlerts(incident.id);
    const before = snapshotOf(service, incident.id);
    const journalLength = service.journal.length;
    const bad: [unknown, string][] = [
      [{ severity: 'high' }, 'severity'],
      [{ status: 'closed' }, 'status'],
      [{ classification: 'maybe' }, 'classification'],
      [{ determination: 'malware' }, 'determination'],
      [{ classification: 'falsePositive', determination: 'malware' }, 'determination'],
      [{ assignedTo: 'nobody@example.com' }, 'assignedTo'],
      [{ comment: '   ' }, 'comment'],
      [{ comment: 'x'.repeat(30_001) }, 'comment'],
      [{ comment: 3 }, 'comment'],
      ['resolved', 'patch'],
    ];
    for (const [patch, field] of bad) expectServiceError(() => service.updateAlert(responder, alert!.id, patch as AlertPatch), 'validation', field);
    expectServiceError(() => service.updateAlert(reader, alert!.id, { status: 'resolved' }), 'forbidden');
    expectServiceError(() => service.updateAlerts(reader, [alert!.id], { status: 'resolved' }), 'forbidden');
    expectServiceError(() => service.updateAlert(responder, 'da999999_0', { status: 'resolved' }), 'notFound');
    expectServiceError(() => service.updateAlerts(responder, [], { status: 'resolved' }), 'validation', 'ids');
    expectServiceError(() => service.updateAlerts(responder, [alert!.id], { status: 'gone' } as unknown as AlertPatch), 'validation', 'status');
    expect(snapshotOf(service, incident.id)).to.equal(before);
    expect(service.journal.length).to.equal(journalLength);
  });

  it('resolves the incident with its last active alert, classified as the alerts agree, else unknown', () => {
    const { service, clock } = createTestService();
    const agreeing = incidentWithAlerts(service, 2);
    const [a, b] = service.listIncidentAlerts(agreeing.id);
    clock.advance(MINUTE);
    service.updateAlert(responder, a!.id, { status: 'resolved', classification: 'truePositive', determination: 'phishing' });
    expect(service.getIncident(agreeing.id)).to.include({ status: 'active', activeAlertCount: 1 });
    service.updateAlert(responder, b!.id, { status: 'resolved', classification: 'truePositive', determination: 'phishing' });
    const resolved = service.getIncident(agreeing.id);
    expect(resolved).to.include({ status: 'resolved', activeAlertCount: 0, classification: 'truePositive', determination: 'phishing' });
    expect(service.listActivity(agreeing.id).at(-1)!.changes).to.deep.include({ field: 'status', from: 'active', to: 'resolved' });

    const differing = incidentWithAlerts(service, 2);
    const alertIds = service.listIncidentAlerts(differing.id).map((alert) => alert.id);
    service.updateAlert(responder, alertIds[0]!, { status: 'resolved', classification: 'falsePositive' });
    service.updateAlert(responder, alertIds[1]!, { status: 'resolved', classification: 'truePositive' });
    expect(service.getIncident(differing.id)).to.include({ status: 'resolved', classification: 'unknown', determination: 'unknown' });

    // A resolved alert of a resolved incident made active again reactivates the incident.
    clock.advance(MINUTE);
    service.updateAlert(responder, a!.id, { status: 'inProgress' });
    expect(service.getIncident(agreeing.id)).to.include({ status: 'active', activeAlertCount: 1, classification: 'truePositive' });
    expect(service.listActivity(agreeing.id).at(-1)!.changes).to.deep.include({ field: 'status', from: 'resolved', to: 'active' });
    expect(checkInvariants(service, { incidentIds: [agreeing.id, differing.id], now: clock.time })).to.deep.equal([]);
  });

  it('updates many alerts, reporting each failure and applying the rest, and the incidents follow', () => {
    const { service, clock } = createTestService();
    const first = incidentWithAlerts(service, 2);
    const second = incidentWithAlerts(service, 1);
    const ids = [...service.listIncidentAlerts(first.id), ...service.listIncidentAlerts(second.id)].map((alert) => alert.id);
    clock.advance(MINUTE);
    const patch: AlertPatch = { status: 'resolved', classification: 'informationalExpectedActivity', comment: 'Expected scan' };
    const result = service.updateAlerts(responder, [...ids, 'da999999_0', ids[0]!], patch);
    expect(result.succeeded.map((alert) => alert.id)).to.deep.equal(ids);
    expect(result.failed).to.have.length(1);
    expect(result.failed[0]).to.deep.include({ id: 'da999999_0' });
    expect(result.failed[0]!.error.kind).to.equal('notFound');
    for (const id of [first.id, second.id]) {
      expect(service.getIncident(id)).to.include({ status: 'resolved', classification: 'informationalExpectedActivity' });
    }
    expect(service.journal.at(-1)).to.include({ op: 'updateAlerts' });
    expect(service.listAlerts({ incidentIds: [first.id, second.id], status: ['resolved'] }).totalCount).to.equal(3);
  });

  it('updates generated alerts and keeps the incident’s counts, indexes and figures in step', () => {
    const { service, clock } = createTestService();
    const incident = service.listIncidents({ status: ['active'], sort: { field: 'activeAlertCount', direction: 'desc' }, top: 1 }).items[0]!;
    const open = service.listIncidentAlerts(incident.id).filter((alert) => alert.status !== 'resolved');
    expect(open.length).to.be.greaterThan(1);
    clock.advance(MINUTE);
    service.updateAlert(responder, open[0]!.id, { status: 'resolved', classification: 'truePositive' });
    const after = service.getIncident(incident.id);
    expect(after.activeAlertCount).to.equal(open.length - 1);
    expect(after.etag).not.to.equal(incident.etag);
    const queue = service.listIncidents({ sort: { field: 'activeAlertCount', direction: 'desc' }, top: 500 }).items;
    expect(queue.find((i) => i.id === incident.id)!.activeAlertCount).to.equal(open.length - 1);
    expect(checkInvariants(service, { incidentIds: [incident.id], now: clock.time })).to.deep.equal([]);
  });

  it('replays alert updates from the journal', () => {
    const { service, clock } = createTestService();
    const incident = incidentWithAlerts(service, 2);
    const [a, b] = service.listIncidentAlerts(incident.id);
    clock.advance(MINUTE);
    service.updateAlert(responder, a!.id, { assignedTo: 'Adele.Vance@contoso.com', comment: 'Mine' });
    clock.advance(MINUTE);
    service.updateAlerts(responder, [a!.id, b!.id], { status: 'resolved', classification: 'falsePositive' });
    const restored = Service.restore({ ...service.options, clock: clock.now }, service.journal);
    expect(snapshotOf(restored, incident.id)).to.equal(snapshotOf(service, incident.id));
    expect(restored.listAlerts({ incidentIds: [incident.id] })).to.deep.equal(service.listAlerts({ incidentIds: [incident.id] }));
  });
});
