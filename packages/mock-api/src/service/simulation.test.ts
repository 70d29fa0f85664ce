import { expect } from '@open-wc/testing';
import type { DeviceEntity, RemediationAction, UserEntity } from '@soc-kit/components/api';
import type { IncidentInput } from './ingestion.js';
import type { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, findIncident, responder, snapshotOf } from './testing.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

function pendingAction(service: IncidentService): RemediationAction {
  const action = service.listRemediationActions({ status: ['pending'] })[0];
  expect(action, 'a pending action in the generated data').to.exist;
  return action!;
}

/** An ingested incident whose endpoint alert names a malicious file, so Defender investigates it. */
const malwareIncident = (fileVerdict: string): IncidentInput => ({
  displayName: 'Suspicious file on CONTOSO-LAB-01',
  alerts: [
    {
      title: 'Suspicious file dropped and launched',
      serviceSource: 'microsoftDefenderForEndpoint',
      detectionSource: 'microsoftDefenderForEndpoint',
      category: 'Execution',
      mitreTechniques: ['T1204.002'],
      evidence: [
        { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'contoso-lab-01.contoso.com', mdeDeviceId: 'aa11', verdict: 'unknown', onboardingStatus: 'onboarded' },
        { '@odata.type': '#microsoft.graph.security.fileEvidence', verdict: fileVerdict, fileDetails: { fileName: 'dropper.exe', sha256: `${fileVerdict}`.padEnd(64, '0') } },
      ],
    },
  ],
});

describe('simulated time', () => {
  describe('remediation actions', () => {
    it('approved → running → completed or failed, following the clock', () => {
      const { service, clock } = createTestService({ size: 200 });
      const pending = pendingAction(service);
      const approved = service.decideRemediationAction(responder, pending.id, 'approve', 'Go ahead');
      expect(approved).to.include({ status: 'approved', decidedBy: responder.id, comment: 'Go ahead', decidedAt: new Date(clock.time).toISOString() });
      expect(service.getIncident(pending.incidentId!).investigationState).to.equal('running');

      clock.advance(6 * SECOND + 1);
      const running = service.listRemediationActions({ incidentId: pending.incidentId! }).find((action) => action.id === pending.id)!;
      expect(running.status).to.equal('running');

      clock.advance(120 * SECOND);
      const done = service.listRemediationActions({ incidentId: pending.incidentId! }).find((action) => action.id === pending.id)!;
      expect(done.status).to.be.oneOf(['completed', 'failed']);
      const entity = service.getEntity(pending.entityId);
      expect(entity.remediationStatus).to.equal(done.status === 'failed' ? 'failed' : pending.type === 'blockUrl' ? 'blocked' : 'remediated');
      const details = service.listActivity(pending.incidentId!).map((entry) => entry.detail ?? '');
      expect(details.some((detail) => detail.startsWith(`Approved ${pending.type}`))).to.be.true;
      expect(details.some((detail) => detail === `${pending.type} on ${pending.entityName} ${done.status}`)).to.be.true;
    });

    it('updates the investigation and the incident as the actions finish', () => {
      const { service, clock } = createTestService({ size: 200 });
      const pending = pendingAction(service);
      const incidentId = pending.incidentId!;
      const before = service.getIncident(incidentId);
      expect(before.investigationState).to.equal('pendingApproval');
      for (const action of service.listRemediationActions({ incidentId, status: ['pending'] })) service.decideRemediationAction(responder, action.id, 'approve');
      clock.advance(10 * MINUTE);
      const investigation = service.listInvestigations(incidentId).find((candidate) => candidate.id === pending.investigationId)!;
      const actions = service.listRemediationActions({ investigationId: investigation.id });
      const expected = actions.every((action) => action.status === 'completed')
        ? 'successfullyRemediated'
        : actions.some((action) => action.status === 'completed') ? 'partiallyRemediated' : 'failed';
      expect(investigation.state).to.equal(expected);
      expect(investigation.endedDateTime).to.be.a('string');
      const after = service.getIncident(incidentId);
      expect(after.investigationState).to.equal(expected);
      expect(after.etag).to.not.equal(before.etag);
    });

    it('rejecting declines the action and it cannot be decided again', () => {
      const { service } = createTestService({ size: 200 });
      const pending = pendingAction(service);
      const rejected = service.decideRemediationAction(responder, pending.id, 'reject');
      expect(rejected.status).to.equal('rejected');
      expect(service.getEntity(pending.entityId).remediationStatus).to.equal('declined');
      expectServiceError(() => service.decideRemediationAction(responder, pending.id, 'approve'), 'validation', 'decision');
      expectServiceError(() => service.decideRemediationAction(responder, 'ra-missing', 'approve'), 'notFound');
      expectServiceError(() => service.decideRemediationAction(responder, pending.id, 'maybe' as 'approve'), 'validation', 'decision');
    });

    it('fails a small, deterministic share of actions', () => {
      const outcomes = () => {
        const { service, clock } = createTestService({ size: 2000 });
        for (let i = 0; i < 120; i++) service.runRemediationAction(responder, `device-${i}`, 'runAntivirusScan');
        clock.advance(10 * MINUTE);
        return service.listRemediationActions({ status: ['completed', 'failed'] }).filter((action) => action.incidentId === null).map((action) => `${action.id}:${action.status}`).sort();
      };
      const first = outcomes();
      expect(first).to.have.length(120);
      const failed = first.filter((outcome) => outcome.endsWith(':failed')).length;
      expect(failed).to.be.within(2, 30);
      expect(outcomes()).to.deep.equal(first);
    });

    it('isolates and releases a device, auditing the open incidents that name it', () => {
      const { service, clock } = createTestService({ size: 200 });
      const incident = findIncident(service, { status: ['active', 'inProgress'] });
      let device = service.listEvidence(incident.id).find((entity) => entity.type === 'device') as DeviceEntity | undefined;
      device ??= service.getEntity('device-0') as DeviceEntity;
      const isolateUntilDone = (type: 'isolateDevice' | 'releaseDevice') => {
        for (let attempt = 0; attempt < 10; attempt++) {
          const action = service.runRemediationAction(responder, device!.id, type);
          expect(action).to.include({ status: 'approved', incidentId: null, decidedBy: responder.id });
          clock.advance(3 * MINUTE);
          if (service.listRemediationActions({ entityId: device!.id }).find((candidate) => candidate.id === action.id)!.status === 'completed') return;
        }
        expect.fail('no attempt completed');
      };
      isolateUntilDone('isolateDevice');
      expect(service.getEntity(device.id)).to.include({ isolated: true, remediationStatus: 'remediated' });
      expectServiceError(() => service.runRemediationAction(responder, device!.id, 'isolateDevice'), 'validation', 'type');
      isolateUntilDone('releaseDevice');
      expect(service.getEntity(device.id)).to.include({ isolated: false });
      const related = service.getEntityInsights(device.id).relatedIncidents.filter((candidate) => candidate.status === 'active' || candidate.status === 'inProgress');
      for (const open of related) {
        expect(service.listActivity(open.id).some((entry) => entry.action === 'remediation' && entry.detail === `Started isolateDevice on ${device!.displayName}`)).to.be.true;
      }
    });

    it('disables a user account', () => {
      const { service, clock } = createTestService({ size: 200 });
      for (let index = 0; index < 10; index++) {
        const user = service.getEntity(`user-${index}`) as UserEntity;
        service.runRemediationAction(responder, user.id, 'disableUser');
        clock.advance(3 * MINUTE);
        const action = service.listRemediationActions({ entityId: user.id }).find((candidate) => candidate.type === 'disableUser')!;
        if (action.status === 'completed') {
          expect(service.getEntity(user.id)).to.include({ accountEnabled: false });
          return;
        }
      }
      expect.fail('no disable action completed');
    });

    it('refuses an action that does not suit the entity', () => {
      const { service } = createTestService();
      expectServiceError(() => service.runRemediationAction(responder, 'user-0', 'isolateDevice'), 'validation', 'type');
      expectServiceError(() => service.runRemediationAction(responder, 'device-0', 'wipe' as 'isolateDevice'), 'validation', 'type');
      expectServiceError(() => service.runRemediationAction(responder, 'device-99999', 'isolateDevice'), 'notFound');
      expectServiceError(() => service.runRemediationAction(responder, 'user-0', 'enableUser'), 'validation', 'type');
    });
  });

  describe('playbook runs', () => {
    it('queued → running → succeeded or failed, logging each step as it happens', () => {
      const { service, clock } = createTestService();
      const incident = findIncident(service, {});
      const started = service.runPlaybook(responder, 'pb-enrich-ti', { kind: 'incident', id: incident.id });
      expect(started).to.include({ status: 'queued', incidentId: incident.id, triggeredBy: responder.id, finishedAt: null });
      expect(started.log).to.have.length(1);
      clock.advance(5 * SECOND);
      const running = service.listPlaybookRuns({ kind: 'incident', id: incident.id })[0]!;
      expect(running.status).to.equal('running');
      const logLength = running.log.length;
      clock.advance(10 * SECOND);
      const progressed = service.listPlaybookRuns({ kind: 'incident', id: incident.id })[0]!;
      expect(progressed.log.length).to.be.greaterThan(logLength);
      clock.advance(2 * MINUTE);
      const finished = service.listPlaybookRuns({ kind: 'incident', id: incident.id })[0]!;
      expect(finished.status).to.be.oneOf(['succeeded', 'failed']);
      expect(finished.finishedAt).to.be.a('string');
      const times = finished.log.map((line) => line.time);
      expect(times).to.deep.equal([...times].sort());
      const playbookEntries = service.listActivity(incident.id).filter((entry) => entry.action === 'playbook');
      expect(playbookEntries.map((entry) => entry.detail)).to.deep.equal([
        `Playbook "Enrich incident with threat intelligence" started (${started.id})`,
        `Playbook "Enrich incident with threat intelligence" ${finished.status} (${started.id})`,
      ]);
    });

    it('fails some runs, deterministically', () => {
      const statuses = () => {
        const { service, clock } = createTestService();
        const incident = findIncident(service, {});
        for (let i = 0; i < 40; i++) service.runPlaybook(responder, 'pb-servicenow', { kind: 'incident', id: incident.id });
        clock.advance(5 * MINUTE);
        return service.listPlaybookRuns({ kind: 'incident', id: incident.id }).map((run) => run.status);
      };
      const first = statuses();
      expect(first).to.include('succeeded');
      expect(first).to.include('failed');
      expect(statuses()).to.deep.equal(first);
    });

    it('runs alert and entity playbooks on their targets and lists alert runs on the incident', () => {
      const { service } = createTestService();
      const incident = findIncident(service, {});
      const alert = service.listIncidentAlerts(incident.id)[0]!;
      const alertRun = service.runPlaybook(responder, 'pb-alert-geo', { kind: 'alert', id: alert.id });
      expect(alertRun.incidentId).to.equal(incident.id);
      expect(service.listPlaybookRuns({ kind: 'incident', id: incident.id }).map((run) => run.id)).to.include(alertRun.id);
      expect(service.listPlaybookRuns({ kind: 'alert', id: alert.id }).map((run) => run.id)).to.deep.equal([alertRun.id]);
      const entityRun = service.runPlaybook(responder, 'pb-reset-user', { kind: 'entity', id: 'user-0' });
      expect(entityRun.incidentId).to.equal(null);
      expect(service.listPlaybooks().map((playbook) => playbook.triggerKind)).to.include.members(['incident', 'alert', 'entity']);
    });

    it('refuses a playbook on the wrong kind of target', () => {
      const { service } = createTestService();
      const incident = findIncident(service, {});
      expectServiceError(() => service.runPlaybook(responder, 'pb-alert-geo', { kind: 'incident', id: incident.id }), 'validation', 'target.kind');
      expectServiceError(() => service.runPlaybook(responder, 'pb-reset-user', { kind: 'entity', id: 'device-0' }), 'validation', 'target.id');
      expectServiceError(() => service.runPlaybook(responder, 'pb-missing', { kind: 'incident', id: incident.id }), 'notFound');
      expectServiceError(() => service.runPlaybook(responder, 'pb-notify-teams', { kind: 'incident', id: '999999' }), 'notFound');
      expectServiceError(() => service.runPlaybook(responder, 'pb-notify-teams', { kind: 'device' as 'entity', id: 'x' }), 'validation', 'target.kind');
    });
  });

  describe('automated investigations', () => {
    it('run after ingestion, then wait for approval of the actions they propose', () => {
      const { service, clock } = createTestService();
      const created = service.createIncident(responder, malwareIncident('malicious'));
      expect(created.investigationState).to.equal('running');
      const [investigation] = service.listInvestigations(created.id);
      expect(investigation).to.include({ state: 'running', endedDateTime: null });
      clock.advance(MINUTE);
      expect(service.getIncident(created.id).investigationState).to.equal('running');
      clock.advance(4 * MINUTE);
      expect(service.getIncident(created.id).investigationState).to.equal('pendingApproval');
      const [action] = service.listRemediationActions({ incidentId: created.id });
      expect(action).to.include({ type: 'quarantineFile', status: 'pending', entityName: 'dropper.exe' });
      expect(service.getEntity(action!.entityId).remediationStatus).to.equal('pendingApproval');
      service.decideRemediationAction(responder, action!.id, 'approve');
      clock.advance(5 * MINUTE);
      const final = service.getIncident(created.id).investigationState;
      expect(final).to.be.oneOf(['successfullyRemediated', 'failed']);
      expect(service.listInvestigations(created.id)[0]!.endedDateTime).to.be.a('string');
    });

    it('end benign when nothing is malicious', () => {
      const { service, clock } = createTestService();
      const created = service.createIncident(responder, malwareIncident('noThreatsFound'));
      clock.advance(5 * MINUTE);
      expect(service.getIncident(created.id).investigationState).to.equal('benign');
      expect(service.listRemediationActions({ incidentId: created.id })).to.be.empty;
    });
  });

  it('reaches the same state however often it is read along the way', () => {
    const run = (readEvery: number) => {
      const { service, clock } = createTestService({ size: 200 });
      const pending = pendingAction(service);
      const incident = findIncident(service, {});
      service.decideRemediationAction(responder, pending.id, 'approve');
      service.runPlaybook(responder, 'pb-notify-teams', { kind: 'incident', id: incident.id });
      const created = service.createIncident(responder, malwareIncident('malicious'));
      for (let elapsed = 0; elapsed < 10 * MINUTE; elapsed += readEvery) {
        clock.advance(readEvery);
        if (readEvery < 10 * MINUTE) service.listIncidents({});
      }
      return [pending.incidentId!, incident.id, created.id].map((id) => snapshotOf(service, id)).join('\n') + JSON.stringify(service.listPlaybookRuns({ kind: 'incident', id: incident.id }));
    };
    expect(run(SECOND)).to.equal(run(10 * MINUTE));
  });
});
