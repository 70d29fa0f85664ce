import { expect } from '@open-wc/testing';
import type { AutomationRuleDraft } from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import { admin, createTestService, expectServiceError, findIncident, NOW, responder, ruleDraft } from './testing.js';

const rule = ruleDraft;

const ruleEntries = (service: IncidentService, incidentId: string) =>
  service.listActivity(incidentId).filter((entry) => entry.actor.startsWith('Automation rule: '));

describe('automation rules', () => {
  it('seeds a few sensible rules, listed in order', () => {
    const { service } = createTestService({}, { keepRules: true });
    const rules = service.listAutomationRules();
    expect(rules.length).to.be.within(2, 3);
    expect(rules.map((candidate) => candidate.order)).to.deep.equal([...rules.map((candidate) => candidate.order)].sort((a, b) => a - b));
    expect(rules.every((candidate) => candidate.actions.length > 0 && candidate.displayName.length > 0)).to.be.true;
  });

  it('runs on creation through validation, and the audit names the rule', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({
      displayName: 'Escalate ransomware',
      conditions: [{ kind: 'property', property: 'title', operator: 'contains', values: ['ransom'] }],
      actions: [{ kind: 'modifyProperties', severity: 'high', owner: 'lee.gu@contoso.com', labels: ['Ransomware'] }],
    }));
    const created = service.createIncident(responder, { displayName: 'Ransomware on the file server', severity: 'low' });
    expect(created.severity).to.equal('high');
    expect(created.assignedTo).to.equal('lee.gu@contoso.com');
    expect(created.customTags).to.deep.equal(['Ransomware']);
    const entries = ruleEntries(service, created.id);
    expect(entries).to.have.length(1);
    expect(entries[0]!.actor).to.equal('Automation rule: Escalate ransomware');
    expect(entries[0]!.changes).to.deep.include({ field: 'severity', from: 'low', to: 'high' });

    const other = service.createIncident(responder, { displayName: 'Password spray', severity: 'low' });
    expect(other.severity).to.equal('low');
    expect(ruleEntries(service, other.id)).to.be.empty;
  });

  it('runs on updates with "changed to" and "changed from" conditions', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({
      displayName: 'Raised to high',
      triggersWhen: 'updated',
      conditions: [{ kind: 'changed', property: 'severity', direction: 'to', values: ['high'] }],
      actions: [{ kind: 'modifyProperties', labels: ['raised'] }],
    }));
    service.saveAutomationRule(admin, rule({
      displayName: 'Left new',
      order: 2,
      triggersWhen: 'updated',
      conditions: [{ kind: 'changed', property: 'status', direction: 'from', values: ['active'] }],
      actions: [{ kind: 'addTask', title: 'Write the triage summary' }],
    }));
    const incident = findIncident(service, { status: ['active'], severity: ['low', 'medium'] });
    service.updateIncident(responder, incident.id, { customTags: ['plain'] });
    expect(service.getIncident(incident.id).customTags).to.deep.equal(['plain']);
    expect(service.listTasks(incident.id).some((task) => task.title === 'Write the triage summary')).to.be.false;

    expect(service.updateIncident(responder, incident.id, { severity: 'high' }).customTags).to.deep.equal(['plain', 'raised']);
    service.updateIncident(responder, incident.id, { status: 'inProgress' });
    const task = service.listTasks(incident.id).find((candidate) => candidate.title === 'Write the triage summary');
    expect(task?.createdBy).to.equal('Automation rule: Left new');
    expect(service.listActivity(incident.id).at(-1)).to.include({ actor: 'Automation rule: Left new', action: 'task' });

    // Saving the same severity again is no change, so "changed to" does not hold.
    service.updateIncident(responder, incident.id, { severity: 'high', customTags: ['again'] });
    expect(service.getIncident(incident.id).customTags).to.deep.equal(['again']);
  });

  it('matches owner changes and never "changed" conditions on creation', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({
      displayName: 'Assigned to Lee',
      triggersWhen: 'updated',
      conditions: [{ kind: 'changed', property: 'owner', direction: 'to', values: ['lee.gu@contoso.com'] }],
      actions: [{ kind: 'modifyProperties', labels: ['lee'] }],
    }));
    service.saveAutomationRule(admin, rule({
      displayName: 'Created as high',
      conditions: [{ kind: 'changed', property: 'severity', direction: 'to', values: ['high'] }],
    }));
    const created = service.createIncident(responder, { displayName: 'New one', severity: 'high' });
    expect(created.customTags).to.deep.equal([]);
    const updated = service.updateIncident(responder, created.id, { assignedTo: 'Lee.Gu@contoso.com' });
    expect(updated.customTags).to.deep.equal(['lee']);
  });

  it('runs rules in ascending order, each seeing the changes of the ones before', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({ displayName: 'Second', order: 20, conditions: [{ kind: 'property', property: 'severity', operator: 'equals', values: ['high'] }], actions: [{ kind: 'modifyProperties', labels: ['second'] }] }));
    service.saveAutomationRule(admin, rule({ displayName: 'First', order: 10, actions: [{ kind: 'modifyProperties', severity: 'high', labels: ['first'] }] }));
    const created = service.createIncident(responder, { displayName: 'Ordered', severity: 'low' });
    expect(created.customTags).to.deep.equal(['first', 'second']);
    expect(ruleEntries(service, created.id).map((entry) => entry.actor)).to.deep.equal(['Automation rule: First', 'Automation rule: Second']);
    expect(service.listAutomationRules().map((candidate) => candidate.displayName)).to.deep.equal(['First', 'Second']);
  });

  it('skips disabled and expired rules but runs rules that expire later', () => {
    const { service, clock } = createTestService();
    service.saveAutomationRule(admin, rule({ displayName: 'Disabled', enabled: false, actions: [{ kind: 'modifyProperties', labels: ['disabled'] }] }));
    service.saveAutomationRule(admin, rule({ displayName: 'Expired', expiration: new Date(clock.time + 60_000).toISOString(), actions: [{ kind: 'modifyProperties', labels: ['expired'] }] }));
    service.saveAutomationRule(admin, rule({ displayName: 'Later', expiration: new Date(clock.time + 3_600_000).toISOString(), actions: [{ kind: 'modifyProperties', labels: ['later'] }] }));
    service.saveAutomationRule(admin, rule({ displayName: 'Alerts only', triggersOn: 'alerts', actions: [{ kind: 'modifyProperties', labels: ['alerts'] }] }));
    clock.advance(60_000);
    expect(service.createIncident(responder, { displayName: 'First' }).customTags).to.deep.equal(['later']);
    clock.advance(2 * 3_600_000);
    expect(service.createIncident(responder, { displayName: 'Second' }).customTags).to.deep.equal([]);
  });

  it('does not let changes made by rules trigger rules again', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({ displayName: 'Up', triggersWhen: 'updated', conditions: [{ kind: 'changed', property: 'severity', direction: 'to', values: ['medium'] }], actions: [{ kind: 'modifyProperties', severity: 'high' }] }));
    service.saveAutomationRule(admin, rule({ displayName: 'Down', order: 2, triggersWhen: 'updated', conditions: [{ kind: 'changed', property: 'severity', direction: 'to', values: ['high'] }], actions: [{ kind: 'modifyProperties', severity: 'medium' }] }));
    const incident = findIncident(service, { severity: ['low'] });
    const updated = service.updateIncident(responder, incident.id, { severity: 'medium' });
    // Up reacts to the user's change and Down to the state Up left; neither reacts again to the
    // other's change, so each runs once and the write ends.
    expect(ruleEntries(service, incident.id).map((entry) => entry.actor)).to.deep.equal(['Automation rule: Up', 'Automation rule: Down']);
    expect(updated.severity).to.equal('medium');
  });

  it('starts playbooks and adds tasks', () => {
    const { service } = createTestService();
    service.saveAutomationRule(admin, rule({
      displayName: 'Notify',
      actions: [{ kind: 'runPlaybook', playbookId: 'pb-notify-teams' }, { kind: 'addTask', title: 'Confirm scope', description: 'Which devices?' }],
    }));
    const created = service.createIncident(responder, { displayName: 'With automation' });
    const runs = service.listPlaybookRuns({ kind: 'incident', id: created.id });
    expect(runs).to.have.length(1);
    expect(runs[0]).to.include({ playbookId: 'pb-notify-teams', triggeredBy: 'Automation rule: Notify', status: 'queued' });
    expect(service.listTasks(created.id)).to.have.length(1);
    expect(service.listTasks(created.id)[0]).to.include({ title: 'Confirm scope', description: 'Which devices?', status: 'new' });
  });

  it('records a modification the rules of the incident refuse, and keeps the user write', () => {
    const { service } = createTestService();
    // Fine for an open incident; a resolved one must keep a classification.
    service.saveAutomationRule(admin, rule({ displayName: 'Clear classification', actions: [{ kind: 'modifyProperties', classification: 'unknown' }] }));
    const created = service.createIncident(responder, { displayName: 'Closed on arrival', status: 'resolved', classification: 'falsePositive' });
    expect(created).to.include({ status: 'resolved', classification: 'falsePositive' });
    const entry = ruleEntries(service, created.id)[0]!;
    expect(entry.detail).to.match(/classification/);
  });

  describe('refuses actions that could never apply, naming the field, and stores nothing', () => {
    const cases: [string, AutomationRuleDraft['actions'], string][] = [
      ['resolving without a classification', [{ kind: 'modifyProperties', status: 'resolved' }], 'actions[0].classification'],
      ['resolving with the unknown classification', [{ kind: 'modifyProperties', status: 'resolved', classification: 'unknown' }], 'actions[0].classification'],
      ['a determination for a false positive', [{ kind: 'modifyProperties', status: 'resolved', classification: 'falsePositive', determination: 'malware' }], 'actions[0].determination'],
      ['a determination for expected activity', [{ kind: 'modifyProperties', labels: ['ok'] }, { kind: 'modifyProperties', classification: 'informationalExpectedActivity', determination: 'securityTesting' }], 'actions[1].determination'],
      ['a determination without a classification', [{ kind: 'modifyProperties', determination: 'phishing' }], 'actions[0].determination'],
    ];
    for (const [what, actions, field] of cases) {
      it(what, () => {
        const { service } = createTestService();
        const saved = service.saveAutomationRule(admin, rule({ displayName: 'Kept' }));
        const before = JSON.stringify({ rules: service.listAutomationRules(), journal: service.journal });
        const error = expectServiceError(() => service.saveAutomationRule(admin, rule({ actions })), 'validation', field);
        expect(error.message).to.match(/classification/);
        expectServiceError(() => service.saveAutomationRule(admin, { ...rule({ actions }), id: saved.id }), 'validation', field);
        expect(JSON.stringify({ rules: service.listAutomationRules(), journal: service.journal })).to.equal(before);
      });
    }

    it('but accepts a classified resolve, a true-positive determination and an unknown determination', () => {
      const { service } = createTestService();
      const saved = service.saveAutomationRule(admin, rule({
        actions: [
          { kind: 'modifyProperties', status: 'resolved', classification: 'truePositive', determination: 'malware' },
          { kind: 'modifyProperties', status: 'resolved', classification: 'falsePositive', determination: 'unknown' },
          { kind: 'modifyProperties', classification: 'truePositive', determination: 'phishing' },
        ],
      }));
      expect(saved.actions).to.have.length(3);
      const created = service.createIncident(responder, { displayName: 'Closed by the rule' });
      expect(created).to.include({ status: 'resolved', classification: 'truePositive', determination: 'phishing' });
    });
  });

  describe('expiration', () => {
    it('refuses a new rule that has already expired, or expires now, and stores nothing', () => {
      const { service, clock } = createTestService();
      const journal = service.journal.length;
      for (const expiration of [new Date(clock.time - 60_000).toISOString(), new Date(clock.time).toISOString(), '2020-01-01T00:00:00Z']) {
        const error = expectServiceError(() => service.saveAutomationRule(admin, rule({ expiration })), 'validation', 'expiration');
        expect(error.message).to.include('already passed');
      }
      expect(service.listAutomationRules()).to.be.empty;
      expect(service.journal).to.have.length(journal);
      expect(service.saveAutomationRule(admin, rule({ expiration: new Date(clock.time + 1_000).toISOString() })).expiration).to.equal(new Date(clock.time + 1_000).toISOString());
    });

    it('lets a rule that expired since keep its expiration when edited, but not move it to another past time', () => {
      const { service, clock } = createTestService();
      const expiration = new Date(clock.time + 60_000).toISOString();
      const saved = service.saveAutomationRule(admin, rule({ expiration }));
      clock.advance(120_000);
      const disabled = service.saveAutomationRule(admin, { ...rule({ expiration, enabled: false, order: 5 }), id: saved.id });
      expect(disabled).to.include({ expiration, enabled: false, order: 5 });
      const before = JSON.stringify(service.listAutomationRules());
      const earlier = new Date(clock.time - 30_000).toISOString();
      expectServiceError(() => service.saveAutomationRule(admin, { ...rule({ expiration: earlier }), id: saved.id }), 'validation', 'expiration');
      // Another rule cannot borrow the expired rule's time either.
      expectServiceError(() => service.saveAutomationRule(admin, rule({ expiration })), 'validation', 'expiration');
      expect(JSON.stringify(service.listAutomationRules())).to.equal(before);
    });

    it('replays a journal whose rule has expired since it was saved', () => {
      const { service, clock } = createTestService();
      service.saveAutomationRule(admin, rule({ displayName: 'Short-lived', expiration: new Date(clock.time + 60_000).toISOString() }));
      clock.advance(3_600_000);
      const restored = IncidentService.restore({ ...service.options, clock: clock.now }, service.journal);
      expect(restored.listAutomationRules().map((candidate) => candidate.displayName)).to.include('Short-lived');
    });
  });

  it('validates rule drafts completely', () => {
    const { service } = createTestService();
    const cases: [Partial<AutomationRuleDraft> | Record<string, unknown>, string][] = [
      [{ displayName: '' }, 'displayName'],
      [{ order: 0 }, 'order'],
      [{ order: 1.5 }, 'order'],
      [{ triggersWhen: 'deleted' }, 'triggersWhen'],
      [{ triggersOn: 'entities' }, 'triggersOn'],
      [{ expiration: 'tomorrow' }, 'expiration'],
      [{ actions: [] }, 'actions'],
      [{ conditions: [{ kind: 'property', property: 'title', operator: 'like', values: ['x'] }] }, 'conditions[0].operator'],
      [{ conditions: [{ kind: 'property', property: 'colour', operator: 'equals', values: ['x'] }] }, 'conditions[0].property'],
      [{ conditions: [{ kind: 'changed', property: 'title', direction: 'to', values: ['x'] }] }, 'conditions[0].property'],
      [{ conditions: [{ kind: 'property', property: 'title', operator: 'equals', values: [] }] }, 'conditions[0].values'],
      [{ conditions: [{ kind: 'property', property: 'title', operator: 'equals', values: ['x'] }, { kind: 'property', property: 'severity', operator: 'equals', values: ['high', 'critical'] }] }, 'conditions[1].values[1]'],
      [{ conditions: [{ kind: 'property', property: 'tactics', operator: 'notEquals', values: ['Initial access'] }] }, 'conditions[0].values[0]'],
      [{ conditions: [{ kind: 'changed', property: 'status', direction: 'from', values: ['new'] }] }, 'conditions[0].values[0]'],
      [{ actions: [{ kind: 'runPlaybook', playbookId: 'pb-missing' }] }, 'actions[0].playbookId'],
      [{ actions: [{ kind: 'runPlaybook', playbookId: 'pb-block-ip' }] }, 'actions[0].playbookId'],
      [{ actions: [{ kind: 'modifyProperties', owner: 'mallory@fabrikam.com' }] }, 'actions[0].owner'],
      [{ actions: [{ kind: 'modifyProperties', severity: 'severe' }] }, 'actions[0].severity'],
      [{ actions: [{ kind: 'modifyProperties', labels: ['ok'] }, { kind: 'modifyProperties' }] }, 'actions[1]'],
      [{ actions: [{ kind: 'addTask', title: '' }] }, 'actions[0].title'],
      [{ actions: [{ kind: 'modifyProperties', labels: [] }] }, 'actions[0].labels'],
      [{ actions: [{ kind: 'sendEmail' }] }, 'actions[0].kind'],
      [{ actions: [{ kind: 'modifyProperties', status: 'resolved' }] }, 'actions[0].classification'],
      [{ actions: [{ kind: 'modifyProperties', classification: 'falsePositive', determination: 'malware' }] }, 'actions[0].determination'],
      [{ expiration: '2020-01-01T00:00:00Z' }, 'expiration'],
    ];
    for (const [overrides, field] of cases) {
      expectServiceError(() => service.saveAutomationRule(admin, rule(overrides as Partial<AutomationRuleDraft>)), 'validation', field);
    }
    expect(service.listAutomationRules()).to.be.empty;
  });

  it('accepts part of a listed value in "contains" conditions, and any owner text', () => {
    const { service } = createTestService();
    const saved = service.saveAutomationRule(admin, rule({
      conditions: [
        { kind: 'property', property: 'serviceSource', operator: 'contains', values: ['Office365'] },
        { kind: 'property', property: 'owner', operator: 'endsWith', values: ['@contoso.com'] },
        { kind: 'changed', property: 'owner', direction: 'to', values: ['lee.gu@contoso.com', ''] },
      ],
    }));
    expect(saved.conditions).to.have.length(3);
  });

  it('edits and deletes rules by id', () => {
    const { service, clock } = createTestService();
    const saved = service.saveAutomationRule(admin, rule({ displayName: 'Original' }));
    expect(saved.lastModifiedBy).to.equal(admin.id);
    clock.advance(1000);
    const edited = service.saveAutomationRule(admin, { ...rule({ displayName: 'Renamed', enabled: false }), id: saved.id });
    expect(edited).to.include({ id: saved.id, displayName: 'Renamed', enabled: false, lastModifiedDateTime: new Date(clock.time).toISOString() });
    expect(service.listAutomationRules()).to.have.length(1);
    expectServiceError(() => service.saveAutomationRule(admin, { ...rule({}), id: 'rule-missing' }), 'notFound');
    service.deleteAutomationRule(admin, saved.id);
    expect(service.listAutomationRules()).to.be.empty;
    expectServiceError(() => service.deleteAutomationRule(admin, saved.id), 'notFound');
  });

  it('routes a new phishing incident with the seeded rule', () => {
    const { service } = createTestService({ now: NOW }, { keepRules: true });
    const created = service.createIncident(responder, {
      displayName: 'Email messages containing malicious URL removed after delivery',
      alerts: [{ title: 'Email messages containing malicious URL removed after delivery', serviceSource: 'microsoftDefenderForOffice365', category: 'InitialAccess' }],
    });
    expect(created.assignedTo).to.equal('megan.bowen@contoso.com');
    expect(created.customTags).to.include('Phishing campaign');
  });
});
