import { expect } from '@open-wc/testing';
import { ACTION_TARGETS, IncidentService } from '@soc-kit/mock-api';
import type { DeviceEntity, Entity, RemediationAction, UserEntity } from '../api/model.js';
import { ENTITY_TYPES, REMEDIATION_ACTION_TYPES } from '../api/model.js';
import { isInFlight, manualActionsFor, newestFirst, REMEDIATION_ACTION_EFFECTS, REMEDIATION_ACTION_TARGETS } from './remediation-catalog.js';

const NOW = Date.parse('2024-06-01T12:00:00Z');

describe('remediation catalog', () => {
  it('names the same targets for each action as the mock service accepts', () => {
    expect(REMEDIATION_ACTION_TARGETS).to.deep.equal(ACTION_TARGETS);
    for (const type of REMEDIATION_ACTION_TYPES) expect(REMEDIATION_ACTION_EFFECTS[type], type).to.be.a('string').and.not.empty;
  });

  it('offers only actions the service runs, for an entity of every type it generates', () => {
    const service = new IncidentService({ seed: 11, size: 120, now: NOW, clock: () => NOW + 60_000 });
    const actor = service.principalFor('responder');
    const seen = new Map<Entity['type'], Entity>();
    for (const incident of service.listIncidents({ top: 120 }).items) {
      for (const entity of service.listEvidence(incident.id)) if (!seen.has(entity.type)) seen.set(entity.type, entity);
    }
    expect(seen.size, 'entity types in the generated data').to.be.greaterThan(6);
    for (const entity of seen.values()) {
      for (const type of manualActionsFor(entity)) {
        expect(() => service.runRemediationAction(actor, entity.id, type), `${type} on a ${entity.type}`).not.to.throw();
      }
    }
  });

  it('offers isolation or release, disabling or enabling, as the entity stands', () => {
    const device = { type: 'device', isolated: false } as DeviceEntity;
    expect(manualActionsFor(device)).to.deep.equal(['isolateDevice', 'collectInvestigationPackage', 'runAntivirusScan']);
    expect(manualActionsFor({ ...device, isolated: true })).to.deep.equal(['releaseDevice', 'collectInvestigationPackage', 'runAntivirusScan']);
    const user = { type: 'user', accountEnabled: true } as UserEntity;
    expect(manualActionsFor(user)).to.deep.equal(['disableUser', 'resetPassword']);
    expect(manualActionsFor({ ...user, accountEnabled: false })).to.deep.equal(['enableUser', 'resetPassword']);
    const untouchable = ENTITY_TYPES.filter((type) => !Object.values(REMEDIATION_ACTION_TARGETS).some((targets) => targets.includes(type)));
    for (const type of untouchable) expect(manualActionsFor({ type } as Entity), type).to.be.empty;
  });

  it('counts approved and running actions as under way', () => {
    expect(['pending', 'approved', 'running', 'completed', 'failed', 'rejected'].filter((status) => isInFlight({ status } as RemediationAction))).to.deep.equal([
      'approved',
      'running',
    ]);
  });

  it('orders actions newest first, by id when created together', () => {
    const action = (id: string, createdDateTime: string) => ({ id, createdDateTime }) as RemediationAction;
    const sorted = [action('a', '2024-01-01T00:00:00Z'), action('c', '2024-01-02T00:00:00Z'), action('b', '2024-01-02T00:00:00Z')].sort(newestFirst);
    expect(sorted.map((item) => item.id)).to.deep.equal(['c', 'b', 'a']);
  });
});
