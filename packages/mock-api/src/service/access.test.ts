import { expect } from '@open-wc/testing';
import type { AutomationRuleDraft, Principal, Role } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, findIncident, snapshotOf } from './testing.js';

const draft: AutomationRuleDraft = {
  displayName: 'Tag VIP incidents',
  order: 10,
  enabled: true,
  expiration: null,
  triggersOn: 'incidents',
  triggersWhen: 'created',
  conditions: [{ kind: 'property', property: 'tags', operator: 'equals', values: ['VIP'] }],
  actions: [{ kind: 'modifyProperties', severity: 'high' }],
};

/** Every write of the service, ready to call on a fresh tenant. */
function writes(service: IncidentService): Record<string, (actor: Principal) => unknown> {
  const incident = findIncident(service, { status: ['active'] });
  const pending = service.listRemediationActions({ status: ['pending'] })[0]!;
  const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device') ?? service.getEntity('device-0');
  const rule = service.listAutomationRules()[0]!;
  return {
    createIncident: (actor) => service.createIncident(actor, { displayName: 'Manual incident' }),
    updateIncident: (actor) => service.updateIncident(actor, incident.id, { customTags: ['checked'] }),
    updateIncidents: (actor) => service.updateIncidents(actor, [incident.id], { customTags: ['bulk'] }),
    addComment: (actor) => service.addComment(actor, incident.id, 'Looking into it.'),
    decideRemediationAction: (actor) => service.decideRemediationAction(actor, pending.id, 'approve'),
    runRemediationAction: (actor) => service.runRemediationAction(actor, device.id, 'collectInvestigationPackage'),
    runLiveResponseCommand: (actor) => service.runLiveResponseCommand(actor, device.id, 'help'),
    runPlaybook: (actor) => service.runPlaybook(actor, 'pb-notify-teams', { kind: 'incident', id: incident.id }),
    saveAutomationRule: (actor) => service.saveAutomationRule(actor, draft),
    deleteAutomationRule: (actor) => service.deleteAutomationRule(actor, rule.id),
    saveTask: (actor) => service.saveTask(actor, incident.id, { title: 'Call the user' }),
  };
}

const WRITES = Object.keys(writes(createTestService({ size: 200 }, { keepRules: true }).service));
const ADMIN_ONLY = ['saveAutomationRule', 'deleteAutomationRule'];
const principal = (roles: Role[]): Principal => ({ id: 'alex.wilber@contoso.com', displayName: 'Alex Wilber', roles });

describe('roles', () => {
  it('covers all eleven writes', () => {
    expect(WRITES).to.have.length(11);
  });

  for (const write of WRITES) {
    it(`refuses ${write} to a reader, naming the role, and changes nothing`, () => {
      const { service } = createTestService({ size: 200 }, { keepRules: true });
      const call = writes(service)[write]!;
      const incident = findIncident(service, { status: ['active'] });
      const before = snapshotOf(service, incident.id);
      const rules = JSON.stringify(service.listAutomationRules());
      const error = expectServiceError(() => call(principal(['reader'])), 'forbidden');
      expect(error.message).to.contain('reader');
      expect(snapshotOf(service, incident.id)).to.equal(before);
      expect(JSON.stringify(service.listAutomationRules())).to.equal(rules);
      expect(service.journal).to.have.length(0);
    });

    const responderMay = !ADMIN_ONLY.includes(write);
    it(`${responderMay ? 'allows' : 'refuses'} ${write} to a responder`, () => {
      const { service } = createTestService({ size: 200 }, { keepRules: true });
      const call = writes(service)[write]!;
      if (responderMay) {
        call(principal(['responder']));
        expect(service.journal.map((entry) => entry.op)).to.deep.equal([write]);
      } else {
        const error = expectServiceError(() => call(principal(['responder'])), 'forbidden');
        expect(error.message).to.contain('responder');
        expect(service.journal).to.have.length(0);
      }
    });

    it(`allows ${write} to an admin`, () => {
      const { service } = createTestService({ size: 200 }, { keepRules: true });
      writes(service)[write]!(principal(['admin']));
      expect(service.journal.map((entry) => entry.op)).to.deep.equal([write]);
    });
  }

  it('acts on the strongest of several roles', () => {
    const { service } = createTestService({ size: 200 }, { keepRules: true });
    expect(() => writes(service)['saveAutomationRule']!(principal(['reader', 'admin']))).not.to.throw();
  });

  it('refuses a principal without roles', () => {
    const { service } = createTestService({ size: 200 }, { keepRules: true });
    expectServiceError(() => writes(service)['addComment']!(principal([])), 'forbidden');
  });

  it('lets every role read', () => {
    const { service } = createTestService({ size: 200 }, { keepRules: true });
    expect(service.listIncidents({}).items.length).to.be.greaterThan(0);
    expect(service.principalFor('reader')).to.deep.equal({ id: 'alex.wilber@contoso.com', displayName: 'Alex Wilber', roles: ['reader'] });
  });
});
