import { expect } from '@open-wc/testing';
import type { DeviceEntity, Evidence } from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import type { AlertInput, GraphEvidenceInput } from './ingestion.js';
import { checkInvariants, type Violation } from './invariants.js';
import { createTestService, findIncident, ManualClock, NOW, responder } from './testing.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** The violations, grouped by rule with a few examples, so a failure says what broke. */
const summary = (violations: readonly Violation[]) => {
  const byRule: Record<string, string[]> = {};
  for (const { rule, incidentId, detail } of violations) (byRule[rule] ??= []).push(`${incidentId}: ${detail}`);
  return Object.fromEntries(Object.entries(byRule).map(([rule, details]) => [rule, `${details.length} × e.g. ${details.slice(0, 3).join(' | ')}`]));
};

const statusIn = (service: IncidentService, incidentId: string, entityId: string) =>
  service.listEvidence(incidentId).find((row: Evidence) => row.id === entityId)?.remediationStatus;

describe('invariants: the mock tells one story', () => {
  it('hold over the default data set (500 incidents)', () => {
    const service = new IncidentService({ now: NOW, clock: () => NOW });
    expect(service.options.size).to.equal(500);
    const violations = checkInvariants(service);
    expect(summary(violations)).to.deep.equal({});
  });

  it('hold over 10,000 incidents', function () {
    // Reads every incident's details through the public methods: slow on a loaded machine.
    this.timeout(900_000);
    const service = new IncidentService({ seed: 7, size: 10_000, now: NOW, clock: () => NOW });
    const violations = checkInvariants(service);
    expect(summary(violations)).to.deep.equal({});
  });

  it('find a contradiction when there is one', () => {
    const { service } = createTestService();
    const created = service.createIncident(responder, {
      displayName: 'Imported with a status nothing in this tenant caused',
      alerts: [
        {
          title: 'Imported alert',
          serviceSource: 'microsoftSentinel',
          detectionSource: 'scheduledAlerts',
          evidence: [{ '@odata.type': '#microsoft.graph.security.ipEvidence', ipAddress: '203.0.113.9', verdict: 'malicious', remediationStatus: 'remediated' }],
        },
      ],
    });
    const violations = checkInvariants(service, { incidentIds: [created.id], now: Infinity });
    expect(violations.map((violation) => violation.rule)).to.include('remediated-has-action');
  });

  it("give a device the incident's user seen with it, not every user the incident names", () => {
    const { service } = createTestService();
    const device = (name: string, loggedOn: string) => ({
      '@odata.type': '#microsoft.graph.security.deviceEvidence',
      deviceDnsName: `${name}.contoso.com`,
      mdeDeviceId: name.padEnd(40, '0'),
      loggedOnUsers: [{ accountName: loggedOn, domainName: 'CONTOSO' }],
    });
    const user = (name: string) => ({
      '@odata.type': '#microsoft.graph.security.userEvidence',
      userAccount: { accountName: name, domainName: 'CONTOSO', userPrincipalName: `${name}@contoso.com` },
    });
    const alert = (title: string, evidence: GraphEvidenceInput[]): AlertInput => ({
      title,
      serviceSource: 'microsoftDefenderForEndpoint',
      detectionSource: 'microsoftDefenderForEndpoint',
      evidence,
    });
    const created = service.createIncident(responder, {
      displayName: 'Five people, two devices',
      alerts: [
        // Its own account is one of the incident's users: kept as it is.
        alert('Sign-in on ws-own', [device('ws-own', 'ann'), user('ann'), user('bob')]),
        // Its own account is not: the user seen with it is logged on too.
        alert('Sign-in on ws-other', [device('ws-other', 'svc-backup'), user('cem')]),
        alert('Mail to many', [user('dee'), user('eve')]),
      ],
    });
    const loggedOn = (name: string) =>
      (service.listEvidence(created.id).find((entity) => entity.type === 'device' && entity.displayName.startsWith(name)) as DeviceEntity).loggedOnUsers;
    expect(loggedOn('ws-own')).to.deep.equal(['CONTOSO\\ann']);
    expect(loggedOn('ws-other')).to.deep.equal(['CONTOSO\\cem', 'CONTOSO\\svc-backup']);
    expect(summary(checkInvariants(service, { incidentIds: [created.id], now: Infinity }))).to.deep.equal({});
  });

  it('keep remediation per incident while actions are decided and run', () => {
    const clock = new ManualClock();
    const service = new IncidentService({ seed: 3, size: 300, now: NOW, clock: clock.now });
    const pending = service.listRemediationActions({ status: ['pending'] });
    expect(pending.length, 'pending actions in the generated data').to.be.greaterThan(0);
    // An entity awaiting approval in one incident is not awaiting it in another that names it.
    const shared = pending.find((action) => service.getEntityInsights(action.entityId).relatedIncidents.length > 1) ?? pending[0]!;
    const others = service.getEntityInsights(shared.entityId).relatedIncidents.filter((incident) => incident.id !== shared.incidentId);
    for (const other of others) {
      const ownPending = service.listRemediationActions({ incidentId: other.id, status: ['pending'] }).some((action) => action.entityId === shared.entityId);
      if (!ownPending) expect(statusIn(service, other.id, shared.entityId), other.id).to.not.equal('pendingApproval');
    }
    expect(statusIn(service, shared.incidentId!, shared.entityId)).to.equal('pendingApproval');

    service.decideRemediationAction(responder, shared.id, 'approve');
    clock.advance(10 * MINUTE);
    const done = service.listRemediationActions({ incidentId: shared.incidentId! }).find((action) => action.id === shared.id)!;
    expect(done.status).to.be.oneOf(['completed', 'failed']);
    const expected = done.status === 'failed' ? 'failed' : done.type === 'blockUrl' ? 'blocked' : 'remediated';
    expect(statusIn(service, shared.incidentId!, shared.entityId)).to.equal(expected);
    const ids = [shared.incidentId!, ...others.map((incident) => incident.id)];
    expect(summary(checkInvariants(service, { incidentIds: ids, now: clock.time }))).to.deep.equal({});
  });

  it('playbook steps do what their log says: the enrichment comment and the ticket number are on the incident', () => {
    const { service, clock } = createTestService();
    const incident = findIncident(service, {});
    const runs = ['pb-enrich-ti', 'pb-servicenow', 'pb-notify-teams'].flatMap((playbookId) =>
      Array.from({ length: 4 }, () => service.runPlaybook(responder, playbookId, { kind: 'incident', id: incident.id })),
    );
    clock.advance(10 * MINUTE);
    const finished = service.listPlaybookRuns({ kind: 'incident', id: incident.id }).filter((run) => runs.some((started) => started.id === run.id));
    expect(finished.every((run) => run.finishedAt !== null)).to.equal(true);
    const comments = service.listComments(incident.id);
    const enriched = finished.find((run) => run.playbookId === 'pb-enrich-ti' && run.status === 'succeeded');
    expect(enriched, 'a succeeded enrichment run').to.exist;
    expect(comments.some((comment) => comment.createdBy === enriched!.playbookName && comment.comment.startsWith('Threat intelligence enrichment'))).to.equal(true);
    const ticketed = finished.find((run) => run.playbookId === 'pb-servicenow' && run.status === 'succeeded');
    expect(ticketed, 'a succeeded ServiceNow run').to.exist;
    const ticket = /INC\d{7}/.exec(ticketed!.log.find((line) => line.message.startsWith('Record ticket number'))!.message)![0];
    expect(comments.some((comment) => comment.comment.includes(ticket))).to.equal(true);
    expect(service.listActivity(incident.id).some((entry) => entry.action === 'commented' && entry.detail?.includes(ticket))).to.equal(true);
    expect(summary(checkInvariants(service, { incidentIds: [incident.id], now: clock.time }))).to.deep.equal({});
  });

  it("live response lists the processes of the device's incidents, run by their users", () => {
    const service = new IncidentService({ seed: 1, size: 500, now: NOW, clock: () => NOW });
    let checked = 0;
    for (const incident of service.listIncidents({ top: 200 }).items) {
      const evidence = service.listEvidence(incident.id);
      const device = evidence.find((row): row is Evidence & DeviceEntity => row.type === 'device' && row.onboardingStatus === 'onboarded');
      const processes = evidence.filter((row) => row.type === 'process');
      // The console lists the processes of the latest 20 incidents naming the device.
      if (!device || processes.length === 0 || service.getEntityInsights(device.id).relatedIncidents.length > 20) continue;
      const output = service.runLiveResponseCommand(responder, device.id, 'processes').output;
      for (const process of processes) {
        if (process.type !== 'process') continue;
        expect(output, `${device.displayName} in ${incident.id}`).to.contain(process.imageFileName);
        expect(output).to.contain(process.userAccount);
      }
      if (++checked === 5) break;
    }
    expect(checked, 'incidents with a device and processes').to.be.greaterThan(0);
  });
});
