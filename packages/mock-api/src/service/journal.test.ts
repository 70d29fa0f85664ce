import { expect } from '@open-wc/testing';
import type { Incident } from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import type { JournalEntry } from './journal.js';
import { admin, createTestService, NOW, responder, snapshotOf } from './testing.js';

const MINUTE = 60_000;

function allIncidents(service: IncidentService): Incident[] {
  return service.listIncidents({ top: 500, sort: { field: 'id', direction: 'asc' } }).items;
}

/** Everything observable about the tenant, as JSON. */
function stateOf(service: IncidentService, incidentIds: string[], entityIds: string[]): string {
  return JSON.stringify({
    incidents: allIncidents(service),
    byUpdate: service.listIncidents({ top: 500 }).items.map((incident) => incident.id),
    details: incidentIds.map((id) => snapshotOf(service, id)),
    runs: incidentIds.map((id) => service.listPlaybookRuns({ kind: 'incident', id })),
    entities: entityIds.map((id) => service.getEntity(id)),
    actions: service.listRemediationActions({}),
    rules: service.listAutomationRules(),
  });
}

/** A busy morning: most kinds of writes, spread over simulated time. */
function busyMorning() {
  const { service, clock } = createTestService({ size: 150 }, { keepRules: true });
  const touched: string[] = [];
  const entities: string[] = ['device-0', 'device-1', 'user-0'];
  const step = () => clock.advance(MINUTE + 1234);

  const pending = service.listRemediationActions({ status: ['pending'] })[0]!;
  touched.push(pending.incidentId!);
  entities.push(pending.entityId);
  service.decideRemediationAction(responder, pending.id, 'approve', 'Approved from the action center');
  step();
  const created = service.createIncident(responder, {
    displayName: 'Ransomware precursor on CONTOSO-WS-0101',
    alerts: [
      {
        title: 'File backups were deleted',
        serviceSource: 'microsoftDefenderForEndpoint',
        category: 'Impact',
        mitreTechniques: ['T1490'],
        evidence: [
          { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'contoso-ws-0101.contoso.com', roles: ['compromised'] },
          { '@odata.type': '#microsoft.graph.security.processEvidence', processId: 77, processCommandLine: 'vssadmin.exe delete shadows /all /quiet', imageFile: { fileName: 'vssadmin.exe' }, verdict: 'malicious' },
        ],
      },
    ],
  });
  touched.push(created.id);
  step();
  const [first, second, third] = service.listIncidents({ status: ['active'], classification: ['unknown'], top: 3 }).items as [Incident, Incident, Incident];
  touched.push(first.id, second.id, third.id);
  service.updateIncident(responder, first.id, { severity: 'high', assignedTo: 'lee.gu@contoso.com', customTags: ['Journal test'] }, { ifMatch: first.etag });
  step();
  service.updateIncidents(responder, [second.id, third.id, 'missing'], { status: 'inProgress', customTags: ['Bulk'] });
  step();
  service.addComment(responder, first.id, 'Escalated to Tier 2.');
  service.saveTask(responder, first.id, { title: 'Reimage the device' });
  const task = service.listTasks(first.id).at(-1)!;
  step();
  service.saveTask(responder, first.id, { id: task.id, title: task.title, status: 'completed' });
  service.runRemediationAction(responder, 'device-1', 'isolateDevice');
  service.runLiveResponseCommand(responder, 'device-0', 'isolate');
  service.runPlaybook(responder, 'pb-servicenow', { kind: 'incident', id: second.id });
  step();
  const rule = service.saveAutomationRule(admin, {
    displayName: 'Tag bulk work',
    order: 5,
    enabled: true,
    expiration: null,
    triggersOn: 'incidents',
    triggersWhen: 'updated',
    conditions: [{ kind: 'property', property: 'tags', operator: 'contains', values: ['bulk'] }],
    actions: [{ kind: 'addTask', title: 'Review bulk change' }],
  });
  service.updateIncident(responder, second.id, { customTags: ['Bulk', 'Reviewed'] });
  step();
  service.deleteAutomationRule(admin, service.listAutomationRules()[0]!.id);
  service.saveAutomationRule(admin, { ...rule, displayName: 'Tag bulk work (edited)' });
  service.updateIncident(responder, first.id, { status: 'resolved', classification: 'truePositive', determination: 'malware' });
  clock.advance(10 * MINUTE);
  return { service, clock, touched, entities };
}

describe('the journal', () => {
  it('records each successful write once, as plain JSON', () => {
    const { service } = busyMorning();
    const ops = service.journal.map((entry) => entry.op);
    expect(ops).to.include.members(['decideRemediationAction', 'createIncident', 'updateIncident', 'updateIncidents', 'addComment', 'saveTask', 'runRemediationAction', 'runLiveResponseCommand', 'runPlaybook', 'saveAutomationRule', 'deleteAutomationRule']);
    expect(ops).to.have.length(15);
    expect(JSON.parse(JSON.stringify(service.journal))).to.deep.equal(service.journal);
    expect(service.journal.every((entry) => entry.actor.roles.length > 0 && !Number.isNaN(Date.parse(entry.time)))).to.be.true;
  });

  it('rebuilds the same state when replayed on a fresh service', () => {
    const { service, clock, touched, entities } = busyMorning();
    const journal = JSON.parse(JSON.stringify(service.journal)) as JournalEntry[];
    const restored = IncidentService.restore({ ...service.options, clock: clock.now }, journal);
    const createdEntities = service.listEvidence(touched[1]!).map((entity) => entity.id);
    expect(stateOf(restored, touched, [...entities, ...createdEntities])).to.equal(stateOf(service, touched, [...entities, ...createdEntities]));
    expect(restored.journal).to.deep.equal(service.journal);
  });

  it('keeps both copies in step as time goes on', () => {
    const { service, clock, touched, entities } = busyMorning();
    const restored = IncidentService.restore({ ...service.options, clock: clock.now }, service.journal);
    clock.advance(30 * MINUTE);
    expect(stateOf(restored, touched, entities)).to.equal(stateOf(service, touched, entities));
    restored.addComment(responder, touched[0]!, 'Only on the copy');
    expect(restored.listComments(touched[0]!).length).to.equal(service.listComments(touched[0]!).length + 1);
  });

  it('resolves its options, so they can be saved with the journal', () => {
    const service = new IncidentService({ size: 5 });
    expect(service.options.seed).to.equal(1);
    expect(service.options.size).to.equal(5);
    expect(service.options.timelineEventsPerDay).to.equal(40);
    expect(service.options.now % MINUTE).to.equal(0);
    expect(createTestService().service.options.now).to.equal(NOW);
  });

  it('says which entry it could not replay', () => {
    const { service } = busyMorning();
    const broken = JSON.parse(JSON.stringify(service.journal)) as JournalEntry[];
    broken.splice(3, 0, { time: broken[2]!.time, actor: responder, op: 'updateIncident', id: '999999', patch: { severity: 'low' } });
    expect(() => IncidentService.restore(service.options, broken)).to.throw(/Journal entry 3 \(updateIncident\)/);
  });
});
