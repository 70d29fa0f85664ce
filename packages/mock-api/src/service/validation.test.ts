import { expect } from '@open-wc/testing';
import type { IncidentService } from './incident-service.js';
import { ifMatchHolds } from './incident-rules.js';
import { admin, createTestService, expectServiceError, findIncident, responder, ruleDraft, snapshotOf } from './testing.js';
import { LIMITS } from './validation.js';

const padded = (text: string, spaces = 5_000) => `${' '.repeat(spaces / 2)}${text}${' '.repeat(spaces / 2)}`;

const draft = ruleDraft;

/** Everything a refused write could have touched, beyond one incident. */
const tenantOf = (service: IncidentService) =>
  JSON.stringify({
    count: service.listIncidents({}).totalCount,
    rules: service.listAutomationRules(),
    journal: service.journal,
  });

/** Runs `write`, expecting a validation error on `field`, and no change to the incident or the tenant. */
function expectRefused(service: IncidentService, incidentId: string, write: () => unknown, field: string) {
  const before = snapshotOf(service, incidentId) + tenantOf(service);
  const error = expectServiceError(write, 'validation', field);
  expect(snapshotOf(service, incidentId) + tenantOf(service)).to.equal(before);
  return error;
}

describe('input validation', () => {
  describe('lengths count what was sent, spaces around it included', () => {
    it('refuses a name padded past its limit, saying that the spaces count', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const name = padded('Ransomware on the file server');
      const create = expectRefused(service, incident.id, () => service.createIncident(responder, { displayName: name }), 'displayName');
      expect(create.message).to.include('256').and.include('spaces').and.include('5,029');
      expectRefused(service, incident.id, () => service.updateIncident(responder, incident.id, { displayName: name }), 'displayName');
      expectRefused(service, incident.id, () => service.updateIncidents(responder, [incident.id], { displayName: name }), 'displayName');
      expectRefused(service, incident.id, () => service.saveAutomationRule(admin, draft({ displayName: name })), 'displayName');
      expectRefused(service, incident.id, () => service.saveTask(responder, incident.id, { title: name }), 'title');
      expectRefused(
        service,
        incident.id,
        () => service.createIncident(responder, { displayName: 'Fine', alerts: [{ title: name }] }),
        'alerts[0].title',
      );
      expectRefused(
        service,
        incident.id,
        () => service.saveAutomationRule(admin, draft({ actions: [{ kind: 'addTask', title: name }] })),
        'actions[0].title',
      );
    });

    it('refuses a tag padded past 64 characters', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const tag = padded('Phishing campaign', 60);
      const error = expectRefused(service, incident.id, () => service.updateIncident(responder, incident.id, { customTags: [tag] }), 'customTags');
      expect(error.message).to.include('64').and.include('spaces');
      expectRefused(
        service,
        incident.id,
        () => service.saveAutomationRule(admin, draft({ actions: [{ kind: 'modifyProperties', labels: [tag] }] })),
        'actions[0].labels',
      );
    });

    it('accepts a padded name within the limit and stores it trimmed', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const longest = 'n'.repeat(LIMITS.displayNameLength - 4);
      expect(service.updateIncident(responder, incident.id, { displayName: `  ${longest}  ` }).displayName).to.equal(longest);
      expect(service.createIncident(responder, { displayName: ' Trimmed ', customTags: [' tag '] })).to.include({ displayName: 'Trimmed' });
      expectServiceError(() => service.updateIncident(responder, incident.id, { displayName: ` ${longest}    ` }), 'validation', 'displayName');
    });
  });

  describe('null where the contract has a string', () => {
    it('refuses a null description of a new incident or alert instead of storing an empty one', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const input = { displayName: 'No description', description: null } as unknown as { displayName: string };
      const error = expectRefused(service, incident.id, () => service.createIncident(responder, input), 'description');
      expect(error.message).to.include('null').and.include('leave it out');
      const alert = { displayName: 'Alert without description', alerts: [{ title: 'Alert', description: null }] } as unknown as { displayName: string };
      expectRefused(service, incident.id, () => service.createIncident(responder, alert), 'alerts[0].description');
      expect(service.createIncident(responder, { displayName: 'Left out' }).description).to.equal('');
    });

    it('refuses a description in an incident patch, null or not: it cannot be changed', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const patch = { description: null } as never;
      expectRefused(service, incident.id, () => service.updateIncident(responder, incident.id, patch), 'description');
      expectRefused(service, incident.id, () => service.updateIncidents(responder, [incident.id], patch), 'description');
    });

    it('refuses a null task description', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const task = { title: 'Check', description: null } as unknown as { title: string };
      expectRefused(service, incident.id, () => service.saveTask(responder, incident.id, task), 'description');
    });
  });

  describe('If-Match lists', () => {
    it('holds when any listed etag is the current one, or for *', () => {
      expect(ifMatchHolds(undefined, '"2-a"')).to.be.true;
      expect(ifMatchHolds('"2-a"', '"2-a"')).to.be.true;
      expect(ifMatchHolds(['"1-x"', '"2-a"'], '"2-a"')).to.be.true;
      expect(ifMatchHolds(['*'], '"2-a"')).to.be.true;
      expect(ifMatchHolds(['"1-x"', '"3-b"'], '"2-a"')).to.be.false;
      expect(ifMatchHolds([], '"2-a"')).to.be.false;
    });

    it('updates when the current etag is among those listed, and refuses a list of stale ones', () => {
      const { service } = createTestService();
      const incident = findIncident(service, { status: ['active'] });
      const updated = service.updateIncident(responder, incident.id, { severity: 'high' }, { ifMatch: ['"stale"', incident.etag] });
      expect(updated.severity).to.equal('high');
      const before = snapshotOf(service, incident.id);
      const error = expectServiceError(
        () => service.updateIncident(responder, incident.id, { severity: 'low' }, { ifMatch: [incident.etag, '"other"'] }),
        'conflict',
      );
      expect(error.details.current).to.deep.equal(updated);
      expect(snapshotOf(service, incident.id)).to.equal(before);
    });
  });
});
