import { expect } from '@open-wc/testing';
import type { AlertInput, IncidentInput } from './ingestion.js';
import { IncidentService } from './incident-service.js';
import { checkInvariants } from './invariants.js';
import { MAX_MERGED_ALERTS, MAX_MERGED_INCIDENTS } from './merge.js';
import { admin, createTestService, expectServiceError, reader, responder, snapshotOf } from './testing.js';

const MINUTE = 60_000;

function alert(overrides: Partial<AlertInput> = {}): AlertInput {
  return {
    title: 'Suspicious PowerShell command line',
    severity: 'low',
    category: 'Execution',
    mitreTechniques: ['T1059.001'],
    serviceSource: 'microsoftDefenderForEndpoint',
    detectionSource: 'antivirus',
    ...overrides,
  };
}

function create(service: IncidentService, overrides: Partial<IncidentInput> = {}) {
  return service.createIncident(responder, { displayName: 'Test incident', alerts: [alert()], ...overrides });
}

/** The service's state for the incidents involved, and how many writes it has journaled. */
function stateOf(service: IncidentService, ids: readonly string[]): string {
  return JSON.stringify({ journal: service.journal.length, incidents: ids.map((id) => snapshotOf(service, id)) });
}

describe('merging incidents', () => {
  it('moves the sources’ alerts, comments and tasks to the target and redirects the sources', () => {
    const { service, clock } = createTestService();
    const target = create(service, { displayName: 'Phishing wave' });
    service.addComment(responder, target.id, 'Looking into the sender.');
    const device = { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'merge-ws-01.contoso.com', osPlatform: 'Windows11' };
    const source = create(service, {
      alerts: [
        alert({ title: 'Credential dumping', severity: 'high', category: 'CredentialAccess', mitreTechniques: ['T1003.001'], evidence: [device] }),
        alert({ title: 'Lateral movement', severity: 'medium', category: 'LateralMovement', mitreTechniques: ['T1021.002'], serviceSource: 'microsoftDefenderForIdentity' }),
      ],
    });
    clock.advance(MINUTE);
    service.addComment(responder, source.id, 'Same user as the phishing wave.');
    service.saveTask(responder, source.id, { title: 'Reset the password' });
    const other = create(service);
    clock.advance(MINUTE);

    const result = service.mergeIncidents(responder, { targetId: target.id, sourceIds: [source.id, other.id], displayName: '  Phishing wave with credential theft  ' });

    const merged = result.incident;
    expect(merged.id).to.equal(target.id);
    expect(merged.displayName).to.equal('Phishing wave with credential theft');
    expect(merged.alertCount).to.equal(4);
    expect(merged.activeAlertCount).to.equal(4);
    expect(merged.severity).to.equal('high');
    expect(merged.categories).to.have.members(['Execution', 'CredentialAccess', 'LateralMovement']);
    expect(merged.mitreTechniques).to.deep.equal(['T1003.001', 'T1021.002', 'T1059.001']);
    expect(merged.tactics).to.include.members(['credentialAccess', 'lateralMovement', 'execution']);
    expect(merged.serviceSources).to.have.members(['microsoftDefenderForEndpoint', 'microsoftDefenderForIdentity']);
    expect(merged.impactedAssets.devices).to.equal(1);
    expect(merged.osPlatforms).to.deep.equal(['Windows11']);
    expect(merged.etag).not.to.equal(target.etag);
    expect(service.getIncident(target.id)).to.deep.equal(merged);

    expect(result.redirected.map((incident) => incident.id)).to.deep.equal([source.id, other.id]);
    for (const [before, after] of [[source, result.redirected[0]!], [other, result.redirected[1]!]] as const) {
      expect(after).to.include({ status: 'redirected', redirectIncidentId: target.id, alertCount: 0, activeAlertCount: 0 });
      expect(after.etag).not.to.equal(before.etag);
      expect(service.listIncidentAlerts(after.id)).to.deep.equal([]);
      expect(service.listComments(after.id)).to.deep.equal([]);
      expect(service.listTasks(after.id)).to.deep.equal([]);
      expect(service.listActivity(after.id).at(-1)).to.include({ actor: responder.id, detail: `Merged into incident ${target.id}` });
    }

    const alerts = service.listIncidentAlerts(target.id);
    expect(alerts).to.have.length(4);
    for (const moved of alerts) {
      expect(moved.incidentId).to.equal(target.id);
      expect(service.getAlert(moved.id)).to.deep.equal(moved);
    }
    const evidence = service.listEvidence(target.id);
    expect(evidence.find((entity) => entity.displayName.toLowerCase().startsWith('merge-ws-01'))?.alertIds).to.have.length(1);

    const comments = service.listComments(target.id);
    expect(comments.map((comment) => comment.comment)).to.deep.equal(['Looking into the sender.', 'Same user as the phishing wave.']);
    expect(new Set(comments.map((comment) => comment.id)).size).to.equal(2);
    expect(comments.every((comment) => comment.incidentId === target.id)).to.equal(true);
    const [task] = service.listTasks(target.id);
    expect(task).to.include({ title: 'Reset the password', incidentId: target.id });
    expect(service.saveTask(responder, target.id, { id: task!.id, title: task!.title, status: 'completed' }).status).to.equal('completed');
    expect(service.addComment(responder, source.id, 'Still reachable.').id).not.to.be.oneOf(comments.map((comment) => comment.id));

    expect(service.listActivity(target.id).find((entry) => entry.detail?.startsWith('Merged'))).to.include({
      actor: responder.id,
      detail: `Merged incidents ${source.id} and ${other.id} into this incident`,
    });
    expect(service.journal.filter((entry) => entry.op === 'mergeIncidents')).to.have.length(1);
  });

  it('keeps the queue, its filters and the figures right', () => {
    const { service, clock } = createTestService();
    const target = create(service, { displayName: 'Merge target', alerts: [alert({ severity: 'low' })] });
    const source = create(service, { displayName: 'Merge source', alerts: [alert({ severity: 'high' })] });
    const created = Date.parse(source.createdDateTime);
    const range = { from: new Date(created - MINUTE).toISOString(), to: new Date(created + MINUTE).toISOString() };
    const open = () => service.getIncidentMetrics(range).open.reduce((sum, entry) => sum + entry.count, 0);
    const openBefore = open();
    clock.advance(MINUTE);
    service.mergeIncidents(responder, { targetId: target.id, sourceIds: [source.id] });

    const ids = (query: Parameters<IncidentService['listIncidents']>[0]) => service.listIncidents({ top: 500, ...query }).items.map((incident) => incident.id);
    expect(ids({ status: ['redirected'] })).to.include(source.id);
    expect(ids({ status: ['active', 'inProgress'] })).not.to.include(source.id);
    expect(ids({ severity: ['high'] })).to.include(target.id);
    expect(open(), 'a merged incident is no longer open').to.equal(openBefore - 1);
  });

  it('merges generated incidents and tells one story afterwards', () => {
    const { service } = createTestService();
    const [target, source] = service.listIncidents({ status: ['active'], top: 2 }).items;
    for (const incident of [target!, source!]) service.updateIncident(responder, incident.id, { assignedTo: null, classification: 'unknown' });
    const alertIds = [...service.listIncidentAlerts(target!.id), ...service.listIncidentAlerts(source!.id)].map((moved) => moved.id);

    const { incident } = service.mergeIncidents(responder, { targetId: target!.id, sourceIds: [source!.id] });

    expect(incident.alertCount).to.equal(alertIds.length);
    expect(service.listIncidentAlerts(target!.id).map((moved) => moved.id)).to.have.members(alertIds);
    for (const id of alertIds) expect(service.getAlert(id).incidentId).to.equal(target!.id);
    expect(checkInvariants(service, { incidentIds: [target!.id, source!.id], now: Date.now() })).to.deep.equal([]);
  });

  it('keeps the invariants over many merges of generated incidents, a merged target merged again included', () => {
    const { service } = createTestService({ size: 200 });
    const open = service.listIncidents({ status: ['active', 'inProgress'], top: 12 }).items.map((incident) => incident.id);
    expect(open).to.have.length(12);
    for (const id of open) service.updateIncident(admin, id, { assignedTo: null, classification: 'unknown' });
    for (let i = 0; i < 12; i += 3) service.mergeIncidents(responder, { targetId: open[i]!, sourceIds: [open[i + 1]!, open[i + 2]!] });
    const { incident } = service.mergeIncidents(responder, { targetId: open[0]!, sourceIds: [open[3]!, open[6]!] });
    expect(incident.alertCount).to.equal(service.listIncidentAlerts(open[0]!).length);
    for (const moved of service.listIncidentAlerts(open[0]!)) expect(service.getAlert(moved.id).incidentId).to.equal(open[0]);
    expect(checkInvariants(service, { incidentIds: open, now: Date.now() })).to.deep.equal([]);
  });

  it('takes over the one owner, classification and determination the incidents agree on', () => {
    const { service } = createTestService();
    const target = create(service);
    const source = create(service, { assignedTo: 'adele.vance@contoso.com' });
    service.updateIncident(responder, source.id, { classification: 'truePositive', determination: 'malware' });
    const { incident } = service.mergeIncidents(responder, { targetId: target.id, sourceIds: [source.id] });
    expect(incident).to.include({ assignedTo: source.assignedTo, classification: 'truePositive', determination: 'malware' });
  });

  it('survives a reload: replaying the journal merges again', () => {
    const { service, clock } = createTestService();
    const target = create(service);
    const source = create(service, { alerts: [alert({ severity: 'medium' }), alert({ title: 'Second' })] });
    service.addComment(responder, source.id, 'Before the merge.');
    clock.advance(MINUTE);
    service.mergeIncidents(responder, { targetId: target.id, sourceIds: [source.id], displayName: 'Merged' });
    clock.advance(MINUTE);
    service.addComment(responder, target.id, 'After the merge.');

    const restored = IncidentService.restore({ ...service.options, clock: clock.now }, service.journal);
    expect(stateOf(restored, [target.id, source.id])).to.equal(stateOf(service, [target.id, source.id]));
    expect(restored.getAlert(service.listIncidentAlerts(target.id).at(-1)!.id).incidentId).to.equal(target.id);
  });

  describe('refuses, changing nothing', () => {
    function refused(code: 'validation' | 'forbidden' | 'notFound', field: string | undefined, setup: (service: IncidentService, ids: string[]) => () => unknown) {
      const { service } = createTestService();
      const ids = [create(service).id, create(service).id, create(service).id];
      const attempt = setup(service, ids);
      const before = stateOf(service, ids);
      const error = expectServiceError(attempt, code, field);
      expect(stateOf(service, ids)).to.equal(before);
      return { message: error.message, ids };
    }

    it('without a source', () => {
      refused('validation', 'sourceIds', (service, [a]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [] }));
    });

    it('with a source named twice', () => {
      const { message, ids } = refused('validation', 'sourceIds', (service, [a, b]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!, b!] }));
      expect(message).to.contain(ids[1]!);
    });

    it('with the target among the sources', () => {
      const { message, ids } = refused('validation', 'sourceIds', (service, [a, b]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!, a!] }));
      expect(message).to.contain(ids[0]!);
    });

    it('naming an incident that does not exist', () => {
      const { message } = refused('notFound', undefined, (service, [a, b]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!, '999999'] }));
      expect(message).to.contain('999999');
    });

    it('with a resolved incident', () => {
      const { message, ids } = refused('validation', 'sourceIds', (service, [a, b]) => {
        service.updateIncident(responder, b!, { status: 'resolved', classification: 'falsePositive' });
        return () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!] });
      });
      expect(message).to.contain(`Incident ${ids[1]!} is resolved`);
    });

    it('with an incident already merged', () => {
      const { message, ids } = refused('validation', 'targetId', (service, [a, b, c]) => {
        service.mergeIncidents(responder, { targetId: b!, sourceIds: [a!] });
        return () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [c!] });
      });
      expect(message).to.contain(`Incident ${ids[0]!} was already merged into incident ${ids[1]!}`);
    });

    it('with incidents owned by different people', () => {
      refused('validation', 'sourceIds', (service, [a, b]) => {
        service.updateIncident(responder, a!, { assignedTo: 'adele.vance@contoso.com' });
        service.updateIncident(responder, b!, { assignedTo: 'lee.gu@contoso.com' });
        return () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!] });
      });
    });

    it(`with more than ${MAX_MERGED_INCIDENTS} incidents`, () => {
      refused('validation', 'sourceIds', (service, [a, b, c]) => {
        const many = [b!, c!, ...Array.from({ length: MAX_MERGED_INCIDENTS - 2 }, () => create(service).id)];
        return () => service.mergeIncidents(responder, { targetId: a!, sourceIds: many });
      });
    });

    it(`when the merged incident would have more than ${MAX_MERGED_ALERTS} alerts`, () => {
      const { message } = refused('validation', 'sourceIds', (service, [a]) => {
        const half = Array.from({ length: MAX_MERGED_ALERTS / 2 + 1 }, () => alert());
        const b = create(service, { alerts: half }).id;
        const c = create(service, { alerts: half }).id;
        return () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b, c] });
      });
      expect(message).to.contain(String(MAX_MERGED_ALERTS));
    });

    it('for a reader', () => {
      refused('forbidden', undefined, (service, [a, b]) => () => service.mergeIncidents(reader, { targetId: a!, sourceIds: [b!] }));
    });

    it('with a blank or too long name', () => {
      refused('validation', 'displayName', (service, [a, b]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!], displayName: '   ' }));
      refused('validation', 'displayName', (service, [a, b]) => () => service.mergeIncidents(admin, { targetId: a!, sourceIds: [b!], displayName: 'x'.repeat(501) }));
    });

    it('with a field the request does not have', () => {
      refused('validation', undefined, (service, [a, b]) => () => service.mergeIncidents(responder, { targetId: a!, sourceIds: [b!], reason: 'x' } as never));
    });
  });
});
