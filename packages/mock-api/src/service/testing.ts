/**
 * Helpers shared by the incident service's tests: a service on a hand-driven clock, the demo
 * user in each role, and assertions on `ServiceError`s.
 */
import type { AutomationRuleDraft, Incident, IncidentQuery, Principal } from '@soc-kit/components/api';
import { expect } from '@open-wc/testing';
import { IncidentService, type ServiceOptions } from './incident-service.js';
import { principalFor } from './people.js';
import { ServiceError, type ServiceErrorCode } from './service-error.js';

/** The anchor of generated test data: a fixed instant, so tests never depend on the real date. */
export const NOW = Date.parse('2025-03-03T09:00:00.000Z');

export const admin: Principal = principalFor('admin');
export const responder: Principal = principalFor('responder');
export const reader: Principal = principalFor('reader');

/** A clock that moves only when told to. */
export class ManualClock {
  constructor(public time: number = NOW + 60_000) {}
  readonly now = (): number => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface TestService {
  service: IncidentService;
  clock: ManualClock;
}

/**
 * A small generated tenant on a manual clock. The seeded automation rules are removed unless
 * `keepRules`, so a test sees only the effects of its own writes.
 */
export function createTestService(options: ServiceOptions = {}, { keepRules = false } = {}): TestService {
  const clock = new ManualClock();
  const service = new IncidentService({ seed: 42, size: 80, now: NOW, clock: clock.now, ...options });
  if (!keepRules) for (const rule of service.listAutomationRules()) service.deleteAutomationRule(admin, rule.id);
  return { service, clock };
}

/** The first incident matching `query` (fails the test when there is none). */
export function findIncident(service: IncidentService, query: IncidentQuery): Incident {
  const incident = service.listIncidents({ ...query, top: 1 }).items[0];
  expect(incident !== undefined, `an incident matching ${JSON.stringify(query)}`).to.equal(true);
  return incident!;
}

/** Runs `action`, expecting a `ServiceError` with `code` (and `field`, when given). */
export function expectServiceError(action: () => unknown, code: ServiceErrorCode, field?: string): ServiceError {
  let thrown: unknown;
  try {
    action();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'a ServiceError').to.be.instanceOf(ServiceError);
  const error = thrown as ServiceError;
  expect(error.code, error.message).to.equal(code);
  if (field !== undefined) expect(error.details.field, error.message).to.equal(field);
  expect(error.message.length, 'a message').to.be.greaterThan(0);
  return error;
}

/** Everything the service shows about an incident, as JSON: equal snapshots mean equal state. */
export function snapshotOf(service: IncidentService, incidentId: string): string {
  return JSON.stringify({
    incident: service.getIncident(incidentId),
    alerts: service.listIncidentAlerts(incidentId),
    activity: service.listActivity(incidentId),
    comments: service.listComments(incidentId),
    tasks: service.listTasks(incidentId),
    investigations: service.listInvestigations(incidentId),
    actions: service.listRemediationActions({ incidentId }),
  });
}

/** An automation rule that applies to every new incident and tags it; `overrides` change any part. */
export function ruleDraft(overrides: Partial<AutomationRuleDraft> = {}): AutomationRuleDraft {
  return {
    displayName: 'Test rule',
    order: 1,
    enabled: true,
    expiration: null,
    triggersOn: 'incidents',
    triggersWhen: 'created',
    conditions: [],
    actions: [{ kind: 'modifyProperties', labels: ['auto'] }],
    ...overrides,
  };
}

/** A new incident described as "Sign-ins from two countries within an hour.", resolved as a false positive with `resolvingComment`. */
export function describedAndResolved(service: IncidentService, resolvingComment: string): Incident {
  const actor = service.principalFor('responder');
  const created = service.createIncident(actor, {
    displayName: 'Described incident',
    description: 'Sign-ins from two countries within an hour.',
    alerts: [{ title: 'Impossible travel', severity: 'medium' }],
  });
  return service.updateIncident(actor, created.id, { status: 'resolved', classification: 'falsePositive', resolvingComment });
}
