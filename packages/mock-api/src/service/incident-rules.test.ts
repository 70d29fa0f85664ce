import { expect } from '@open-wc/testing';
import { type IncidentPatch, type IncidentStatus, MAX_COMMENT_LENGTH } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { admin, createTestService, expectServiceError, responder, snapshotOf } from './testing.js';

/** Moves a fresh active incident to `status` and returns its id. */
function incidentIn(service: IncidentService, status: IncidentStatus, skip = 0): string {
  const incident = service.listIncidents({ status: ['active'], classification: ['unknown'], sort: { field: 'id', direction: 'asc' }, skip, top: 1 }).items[0]!;
  if (status === 'inProgress') service.updateIncident(responder, incident.id, { status: 'inProgress' });
  if (status === 'resolved') service.updateIncident(responder, incident.id, { status: 'resolved', classification: 'falsePositive' });
  if (status === 'redirected') service.updateIncident(responder, incident.id, { status: 'redirected' });
  expect(service.getIncident(incident.id).status).to.equal(status);
  return incident.id;
}

const ALLOWED: Record<IncidentStatus, IncidentStatus[]> = {
  active: ['inProgress', 'resolved', 'redirected'],
  inProgress: ['active', 'resolved', 'redirected'],
  resolved: ['active', 'inProgress'],
  redirected: [],
};
const STATUSES: IncidentStatus[] = ['active', 'inProgress', 'resolved', 'redirected'];
const patchTo = (status: IncidentStatus): IncidentPatch => (status === 'resolved' ? { status, classification: 'truePositive' } : { status });

describe('incident rules', () => {
  describe('status transitions', () => {
    for (const from of STATUSES) {
      for (const to of STATUSES.filter((status) => status !== from)) {
        const allowed = ALLOWED[from].includes(to);
        it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to} for a responder`, () => {
          const { service } = createTestService();
          const id = incidentIn(service, from);
          const before = snapshotOf(service, id);
          if (allowed) {
            expect(service.updateIncident(responder, id, patchTo(to)).status).to.equal(to);
          } else {
            const error = expectServiceError(() => service.updateIncident(responder, id, patchTo(to)), from === 'redirected' ? 'forbidden' : 'validation');
            expect(error.message).to.contain(from === 'redirected' ? 'admin' : from);
            expect(snapshotOf(service, id)).to.equal(before);
          }
        });
      }
    }

    it('lets an admin reopen a redirected incident as active, clearing the redirect', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'redirected');
      const reopened = service.updateIncident(admin, id, { status: 'active' });
      expect(reopened.status).to.equal('active');
      expect(reopened.redirectIncidentId).to.equal(null);
    });

    it('refuses to move a redirected incident anywhere but active, even for an admin', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'redirected');
      expectServiceError(() => service.updateIncident(admin, id, { status: 'inProgress' }), 'validation', 'status');
      expectServiceError(() => service.updateIncident(admin, id, { status: 'resolved', classification: 'truePositive' }), 'validation', 'status');
    });
  });

  describe('classification and determination', () => {
    it('refuses to resolve without a classification, naming the field', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      expect(service.getIncident(id).classification).to.equal('unknown');
      const before = snapshotOf(service, id);
      const error = expectServiceError(() => service.updateIncident(responder, id, { status: 'resolved' }), 'validation', 'classification');
      expect(error.message).to.match(/classification/i);
      expect(snapshotOf(service, id)).to.equal(before);
    });

    it('resolves with a classification already set', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      service.updateIncident(responder, id, { classification: 'informationalExpectedActivity' });
      expect(service.updateIncident(responder, id, { status: 'resolved' }).status).to.equal('resolved');
    });

    it('refuses to clear the classification of a resolved incident', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'resolved');
      expectServiceError(() => service.updateIncident(responder, id, { classification: 'unknown' }), 'validation', 'classification');
    });

    it('resolving resolves the alerts and leaves no active alert', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const resolved = service.updateIncident(responder, id, { status: 'resolved', classification: 'truePositive', determination: 'malware' });
      expect(resolved.activeAlertCount).to.equal(0);
      for (const alert of service.listIncidentAlerts(id)) {
        expect(alert.status).to.equal('resolved');
        expect(alert.determination).to.equal('malware');
      }
    });

    it('sets a determination only with a true positive classification', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const error = expectServiceError(() => service.updateIncident(responder, id, { determination: 'malware' }), 'validation', 'determination');
      expect(error.message).to.contain('truePositive');
      expectServiceError(() => service.updateIncident(responder, id, { classification: 'falsePositive', determination: 'phishing' }), 'validation', 'determination');
      const updated = service.updateIncident(responder, id, { classification: 'truePositive', determination: 'phishing' });
      expect(updated.determination).to.equal('phishing');
      expect(service.updateIncident(responder, id, { determination: 'malware' }).determination).to.equal('malware');
    });

    it('resets the determination when the classification leaves true positive, and audits both', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      service.updateIncident(responder, id, { classification: 'truePositive', determination: 'compromisedAccount' });
      const updated = service.updateIncident(responder, id, { classification: 'falsePositive' });
      expect(updated.determination).to.equal('unknown');
      const last = service.listActivity(id).at(-1)!;
      expect(last.changes).to.deep.include({ field: 'determination', from: 'compromisedAccount', to: 'unknown' });
      expect(last.changes).to.deep.include({ field: 'classification', from: 'truePositive', to: 'falsePositive' });
    });

    it('accepts determination unknown with any classification', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      expect(service.updateIncident(responder, id, { classification: 'falsePositive', determination: 'unknown' }).classification).to.equal('falsePositive');
    });
  });

  describe('field validation', () => {
    const cases: { name: string; patch: unknown; field: string }[] = [
      { name: 'an unknown severity', patch: { severity: 'critical' }, field: 'severity' },
      { name: 'an unknown status', patch: { status: 'closed' }, field: 'status' },
      { name: 'an unknown classification', patch: { classification: 'bad' }, field: 'classification' },
      { name: 'an unknown determination', patch: { determination: 'aliens' }, field: 'determination' },
      { name: 'an empty name', patch: { displayName: '   ' }, field: 'displayName' },
      { name: 'a name of 257 characters', patch: { displayName: 'x'.repeat(257) }, field: 'displayName' },
      { name: 'a name that is not a string', patch: { displayName: 42 }, field: 'displayName' },
      { name: 'an empty tag', patch: { customTags: ['ok', ' '] }, field: 'customTags' },
      { name: 'a tag of 65 characters', patch: { customTags: ['t'.repeat(65)] }, field: 'customTags' },
      { name: '51 tags', patch: { customTags: Array.from({ length: 51 }, (_, i) => `tag ${i}`) }, field: 'customTags' },
      { name: 'tags that are not strings', patch: { customTags: [1, 2] }, field: 'customTags' },
      { name: 'an unknown assignee', patch: { assignedTo: 'mallory@fabrikam.com' }, field: 'assignedTo' },
      { name: 'a resolving comment over the limit', patch: { resolvingComment: 'c'.repeat(MAX_COMMENT_LENGTH + 1) }, field: 'resolvingComment' },
      { name: 'an unknown field', patch: { owner: 'someone' }, field: 'owner' },
    ];
    for (const { name, patch, field } of cases) {
      it(`refuses ${name} and changes nothing`, () => {
        const { service } = createTestService();
        const id = incidentIn(service, 'active');
        const before = snapshotOf(service, id);
        const journalLength = service.journal.length;
        expectServiceError(() => service.updateIncident(responder, id, patch as IncidentPatch), 'validation', field);
        expect(snapshotOf(service, id)).to.equal(before);
        expect(service.journal.length).to.equal(journalLength);
      });
    }

    it('lists the allowed values of an enumeration in the message', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const error = expectServiceError(() => service.updateIncident(responder, id, { severity: 'critical' as 'high' }), 'validation', 'severity');
      expect(error.message).to.contain('informational, low, medium, high, unknown');
    });

    it('accepts names of 1 and 256 characters, trimmed', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      expect(service.updateIncident(responder, id, { displayName: '  x  ' }).displayName).to.equal('x');
      expect(service.updateIncident(responder, id, { displayName: 'n'.repeat(256) }).displayName).to.have.length(256);
    });

    it('trims and de-duplicates tags (ignoring case) and accepts 50 tags of 64 characters', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      expect(service.updateIncident(responder, id, { customTags: [' VIP ', 'vip', 'Finance', 'VIP'] }).customTags).to.deep.equal(['VIP', 'Finance']);
      const many = Array.from({ length: 50 }, (_, i) => `${String(i).padStart(2, '0')}${'t'.repeat(62)}`);
      expect(service.updateIncident(responder, id, { customTags: many }).customTags).to.have.length(50);
    });

    it('accepts a known assignee in any letter case and null to unassign', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      expect(service.updateIncident(responder, id, { assignedTo: 'Megan.Bowen@Contoso.com' }).assignedTo).to.equal('megan.bowen@contoso.com');
      expect(service.updateIncident(responder, id, { assignedTo: null }).assignedTo).to.equal(null);
    });
  });

  describe('versions and the audit trail', () => {
    it('bumps the etag and last update time and audits every changed field', () => {
      const { service, clock } = createTestService();
      const id = incidentIn(service, 'active');
      const before = service.getIncident(id);
      const activity = service.listActivity(id).length;
      clock.advance(5_000);
      const owner = before.assignedTo === 'lee.gu@contoso.com' ? 'nestor.wilke@contoso.com' : 'lee.gu@contoso.com';
      const updated = service.updateIncident(responder, id, { severity: before.severity === 'low' ? 'medium' : 'low', customTags: ['Escalated'], assignedTo: owner });
      expect(updated.etag).to.not.equal(before.etag);
      expect(updated.lastUpdateDateTime).to.equal(new Date(clock.time).toISOString());
      const entries = service.listActivity(id);
      expect(entries).to.have.length(activity + 1);
      const entry = entries.at(-1)!;
      expect(entry.actor).to.equal(responder.id);
      expect(entry.time).to.equal(updated.lastUpdateDateTime);
      expect(entry.action).to.equal('updated');
      expect(entry.changes.map((change) => change.field).sort()).to.deep.equal(['assignedTo', 'customTags', 'severity']);
      expect(entry.changes).to.deep.include({ field: 'severity', from: before.severity, to: updated.severity });
      expect(entry.changes).to.deep.include({ field: 'assignedTo', from: before.assignedTo, to: owner });
    });

    it('gives every write a new etag', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const etags = new Set([service.getIncident(id).etag]);
      for (const tags of [['a'], ['b'], ['a'], []]) etags.add(service.updateIncident(responder, id, { customTags: tags }).etag);
      expect(etags.size).to.equal(5);
    });

    it('succeeds without writing anything for a patch that changes nothing', () => {
      const { service, clock } = createTestService();
      const id = incidentIn(service, 'active');
      const before = service.getIncident(id);
      const snapshot = snapshotOf(service, id);
      const journalLength = service.journal.length;
      clock.advance(60_000);
      const same = service.updateIncident(responder, id, { severity: before.severity, status: before.status, customTags: [...before.customTags] });
      expect(same).to.deep.equal(before);
      expect(service.updateIncident(responder, id, {})).to.deep.equal(before);
      expect(snapshotOf(service, id)).to.equal(snapshot);
      expect(service.journal.length).to.equal(journalLength);
    });

    it('refuses a stale ifMatch with a conflict carrying the current incident', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const stale = service.getIncident(id).etag;
      const current = service.updateIncident(responder, id, { customTags: ['first writer'] });
      const before = snapshotOf(service, id);
      const error = expectServiceError(() => service.updateIncident(responder, id, { customTags: ['second writer'] }, { ifMatch: stale }), 'conflict');
      expect(error.details.current).to.deep.equal(current);
      expect(snapshotOf(service, id)).to.equal(before);
      expect(service.updateIncident(responder, id, { customTags: ['second writer'] }, { ifMatch: current.etag }).customTags).to.deep.equal(['second writer']);
      expect(service.updateIncident(responder, id, { customTags: ['any version'] }, { ifMatch: '*' }).customTags).to.deep.equal(['any version']);
    });

    it('reports unknown incidents as not found, naming the id', () => {
      const { service } = createTestService();
      for (const call of [
        () => service.getIncident('999999'),
        () => service.updateIncident(responder, 'nope', { severity: 'low' }),
        () => service.listIncidentAlerts('999999'),
        () => service.listActivity('0'),
      ]) {
        const error = expectServiceError(call, 'notFound');
        expect(error.message).to.match(/999999|nope|"0"/);
      }
      expectServiceError(() => service.getAlert('da999999_0'), 'notFound');
      expectServiceError(() => service.getEntity('device-999999'), 'notFound');
    });
  });

  describe('bulk updates', () => {
    it('applies the patch where it may and reports each refusal', () => {
      const { service } = createTestService();
      const redirected = incidentIn(service, 'redirected', 0);
      const active = incidentIn(service, 'active', 1);
      const resolved = incidentIn(service, 'resolved', 2);
      const unclassified = incidentIn(service, 'active', 3);
      service.updateIncident(responder, active, { classification: 'truePositive' });
      const redirectedBefore = snapshotOf(service, redirected);
      const result = service.updateIncidents(responder, [active, redirected, 'missing', resolved, unclassified], { status: 'resolved', assignedTo: 'lee.gu@contoso.com' });
      expect(result.succeeded.map((incident) => incident.id)).to.deep.equal([active, resolved]);
      expect(result.succeeded.every((incident) => incident.status === 'resolved' && incident.assignedTo === 'lee.gu@contoso.com')).to.be.true;
      expect(result.failed.map((failure) => [failure.id, failure.error.kind])).to.deep.equal([
        [redirected, 'forbidden'],
        ['missing', 'notFound'],
        [unclassified, 'validation'],
      ]);
      expect(result.failed.every((failure) => failure.error.message.length > 0)).to.be.true;
      expect(snapshotOf(service, redirected)).to.equal(redirectedBefore);
      expect(service.getIncident(unclassified).status).to.equal('active');
    });

    it('refuses an invalid patch before touching any incident', () => {
      const { service } = createTestService();
      const id = incidentIn(service, 'active');
      const before = snapshotOf(service, id);
      expectServiceError(() => service.updateIncidents(responder, [id], { severity: 'severe' as 'high' }), 'validation', 'severity');
      expectServiceError(() => service.updateIncidents(responder, [], { severity: 'high' }), 'validation', 'ids');
      expect(snapshotOf(service, id)).to.equal(before);
    });
  });
});
