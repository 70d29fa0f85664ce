import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  API_ERROR_KINDS,
  ApiError,
  HttpIncidentApi,
  type ActivityEntry,
  type AutomationRule,
  type AutomationRuleDraft,
  type CallOptions,
} from '../api/index.js';
import type { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
import { Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import type { SocAutomationRules } from './automation-rules.js';
import {
  apply,
  button,
  choose,
  control,
  describeRule,
  editorOf,
  editorRoot,
  eventually,
  field,
  ingest,
  mountRules,
  openCreate,
  ruleNames,
  rows,
  rowKey,
  settled,
  shadow,
  textOf,
  tick,
  type,
} from './automation-rules.fixture.js';
import { localDateTime } from './rule-form.js';

class FailingSaveApi extends HttpIncidentApi {
  failSave?: ApiError;
  override saveAutomationRule(rule: AutomationRuleDraft, options?: CallOptions): Promise<AutomationRule> {
    return this.failSave ? Promise.reject(this.failSave) : super.saveAutomationRule(rule, options);
  }
}

/** What the elements say in English, to compare with. */
const english = new Localizer();

describe('soc-automation-rule-editor', function () {
  // Each test fills the editor and drives incidents through the service worker.
  this.timeout(90_000);
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    test.backend.setScenario({ role: 'admin' });
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const ruleNamed = (name: string) => service().listAutomationRules().find((rule) => rule.displayName === name);
  const byRule = (entries: ActivityEntry[], name: string) => entries.filter((entry) => entry.actor === `Automation rule: ${name}`);
  /** The rules that acted, in the order they first did. */
  const ruleActors = (entries: ActivityEntry[]) => [
    ...new Set(entries.filter((entry) => entry.actor.startsWith('Automation rule: ')).map((entry) => entry.actor)),
  ];
  const isOpen = (el: SocAutomationRules) => !!editorRoot(el).querySelector('dialog')?.open;
  const saveOutcome = (el: SocAutomationRules) => textOf(editorRoot(el).querySelector('.alert-region'));

  async function loaded(client: HttpIncidentApi = api): Promise<SocAutomationRules> {
    const el = await mountRules(client);
    await eventually(() => rows(el).length > 0, 'the rules to load');
    await settled(el);
    return el;
  }

  async function addCondition(el: SocAutomationRules): Promise<string> {
    field<HTMLButtonElement>(el, '#add-condition').click();
    await editorOf(el).updateComplete;
    return rowKey(el, 'condition', editorRoot(el).querySelectorAll('li.condition').length - 1);
  }

  async function addAction(el: SocAutomationRules, kind: string): Promise<string> {
    field<HTMLButtonElement>(el, '#add-action').click();
    await editorOf(el).updateComplete;
    const key = rowKey(el, 'action', editorRoot(el).querySelectorAll('li.action').length - 1);
    await choose(el, `#${key}-kind`, kind);
    return key;
  }

  /** Applies, and waits for the editor to close and the list to show the rule. */
  async function applyAndWait(el: SocAutomationRules, name: string): Promise<AutomationRule> {
    await apply(el);
    await eventually(() => !isOpen(el), 'the editor to close');
    await eventually(() => ruleNames(el).includes(name), 'the rule in the list');
    await settled(el);
    return ruleNamed(name)!;
  }

  it('creates a rule in the editor that acts on new incidents, and the audit trail names it', async () => {
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Escalate ransomware', trigger: 'incidents.created' });
    const condition = await addCondition(el);
    await choose(el, `#${condition}-property`, 'title');
    await choose(el, `#${condition}-operator`, 'contains');
    await type(el, `#${condition}-values`, 'ransom\nencrypted');
    const first = rowKey(el, 'action', 0);
    await choose(el, `#${first}-kind`, 'severity');
    await choose(el, `#${first}-severity`, 'high');
    const tags = await addAction(el, 'tags');
    await type(el, `#${tags}-tags`, 'Escalated, Ransomware');
    const playbook = await addAction(el, 'playbook');
    await eventually(() => field<HTMLSelectElement>(el, `#${playbook}-playbook`).options.length > 1, 'the playbooks');
    // Only playbooks that run on incidents are offered.
    const offered = [...field<HTMLSelectElement>(el, `#${playbook}-playbook`).options].map((option) => option.value);
    expect(offered).to.include('pb-notify-teams');
    expect(offered).to.not.include('pb-block-ip');
    await choose(el, `#${playbook}-playbook`, 'pb-notify-teams');
    await expect(el).to.be.accessible();

    setTimeout(() => void apply(el));
    const saved = (await oneEvent(el, 'soc-automation-rule-saved')) as AutomationRuleSavedEvent;
    expect(saved.detail.created).to.be.true;
    await eventually(() => !isOpen(el), 'the editor to close');
    await eventually(() => ruleNames(el).includes('Escalate ransomware'), 'the rule in the list');
    expect(shadow(el).activeElement === button(shadow(el), 'Create'), 'where focus is').to.be.true;
    const rule = ruleNamed('Escalate ransomware')!;
    expect(rule).to.include({ triggersWhen: 'created', enabled: true, order: 4, expiration: null });
    expect(rule.conditions).to.deep.equal([
      { kind: 'property', property: 'title', operator: 'contains', values: ['ransom', 'encrypted'] },
    ]);

    const hit = await ingest({ displayName: 'Ransomware on the file server', severity: 'low' });
    expect(hit.severity).to.equal('high');
    expect(hit.customTags).to.deep.equal(['Escalated', 'Ransomware']);
    const entries = byRule(await api.listActivity(hit.id), 'Escalate ransomware');
    expect(entries.length).to.be.greaterThan(0);
    expect(entries.flatMap((entry) => entry.changes)).to.deep.include({ field: 'severity', from: 'low', to: 'high' });
    const runs = await api.listPlaybookRuns({ kind: 'incident', id: hit.id });
    expect(runs.map((run) => [run.playbookId, run.triggeredBy])).to.deep.include([
      'pb-notify-teams',
      'Automation rule: Escalate ransomware',
    ]);

    const miss = await ingest({ displayName: 'Password spray against VPN', severity: 'low' });
    expect(miss.severity).to.equal('low');
    expect(byRule(await api.listActivity(miss.id), 'Escalate ransomware')).to.be.empty;
  });

  it('creates a rule that acts on updates when the severity changed to High', async () => {
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Scope high severity', trigger: 'incidents.updated' });
    const condition = await addCondition(el);
    await choose(el, `#${condition}-property`, 'severity');
    await choose(el, `#${condition}-operator`, 'changedTo');
    await tick(el, 0, 'High');
    const task = rowKey(el, 'action', 0);
    await choose(el, `#${task}-kind`, 'task');
    await type(el, `#${task}-title`, 'Confirm the scope');
    await type(el, `#${task}-description`, 'Which devices are affected?');
    const rule = await applyAndWait(el, 'Scope high severity');
    expect(rule.conditions).to.deep.equal([{ kind: 'changed', property: 'severity', direction: 'to', values: ['high'] }]);

    const incident = await ingest({ displayName: 'Suspicious sign-in', severity: 'low' });
    expect((await api.listTasks(incident.id)).map((t) => t.title)).to.not.include('Confirm the scope');
    await api.updateIncident(incident.id, { customTags: ['triaged'] });
    expect((await api.listTasks(incident.id)).map((t) => t.title)).to.not.include('Confirm the scope');

    await api.updateIncident(incident.id, { severity: 'high' });
    const added = (await api.listTasks(incident.id)).find((t) => t.title === 'Confirm the scope');
    expect(added).to.include({ description: 'Which devices are affected?', createdBy: 'Automation rule: Scope high severity' });
    expect(byRule(await api.listActivity(incident.id), 'Scope high severity').map((entry) => entry.action)).to.include('task');
  });

  it('runs rules in their order: the one set in the editor, then the one set by moving', async () => {
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Raise', order: 10 });
    const raise = rowKey(el, 'action', 0);
    await choose(el, `#${raise}-kind`, 'severity');
    await choose(el, `#${raise}-severity`, 'high');
    const raiseTag = await addAction(el, 'tags');
    await type(el, `#${raiseTag}-tags`, 'raised');
    await applyAndWait(el, 'Raise');

    await openCreate(el);
    await describeRule(el, { name: 'Follow high', order: 20 });
    const condition = await addCondition(el);
    await choose(el, `#${condition}-property`, 'severity');
    await tick(el, 0, 'High');
    const follow = rowKey(el, 'action', 0);
    await choose(el, `#${follow}-kind`, 'tags');
    await type(el, `#${follow}-tags`, 'followed');
    await applyAndWait(el, 'Follow high');

    const before = await ingest({ displayName: 'Ordered rules', severity: 'low' });
    expect(before.customTags).to.deep.equal(['raised', 'followed']);
    expect(ruleActors(await api.listActivity(before.id))).to.deep.equal(['Automation rule: Raise', 'Automation rule: Follow high']);

    // "Follow high" now runs first, while the severity is still low, so it does not act.
    const index = ruleNames(el).indexOf('Follow high');
    control(el, index, 'move-up').click();
    await eventually(() => ruleNamed('Follow high')!.order < ruleNamed('Raise')!.order, 'the move saved');
    await settled(el);
    const after = await ingest({ displayName: 'Reordered rules', severity: 'low' });
    expect(after.customTags).to.deep.equal(['raised']);
    expect(ruleActors(await api.listActivity(after.id))).to.deep.equal(['Automation rule: Raise']);
  });

  it('does not act when switched off, and shows the refusal of an expiration that has passed', async () => {
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Tag everything' });
    const tags = rowKey(el, 'action', 0);
    await choose(el, `#${tags}-kind`, 'tags');
    await type(el, `#${tags}-tags`, 'tagged');
    await applyAndWait(el, 'Tag everything');
    expect((await ingest({ displayName: 'Acted on' })).customTags).to.deep.equal(['tagged']);

    const index = ruleNames(el).indexOf('Tag everything');
    control(el, index, 'switch').click();
    await eventually(() => !ruleNamed('Tag everything')!.enabled, 'switched off');
    await settled(el);
    const off = await ingest({ displayName: 'While switched off' });
    expect(off.customTags).to.deep.equal([]);
    expect(byRule(await api.listActivity(off.id), 'Tag everything')).to.be.empty;

    control(el, index, 'switch').click();
    await eventually(() => ruleNamed('Tag everything')!.enabled, 'switched on');
    await settled(el);
    control(el, index, 'edit').click();
    await eventually(() => isOpen(el), 'the editor');
    const past = localDateTime(new Date(Date.now() - 86_400_000).toISOString());
    await type(el, '#expiration', past);
    expect(textOf(field(el, '#expiration-hint'))).to.include('This time has passed');
    // A rule that has already expired would never act: the backend refuses it, beside the field.
    await apply(el);
    await eventually(() => editorRoot(el).querySelector('#expiration-error'), 'the expiration error');
    expect(textOf(field(el, '#expiration-error'))).to.include('already passed');
    expect(field(el, '#expiration').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, '#expiration').value).to.equal(past);
    expect(isOpen(el)).to.be.true;
    expect(ruleNamed('Tag everything')!.expiration).to.equal(null);
    expect((await ingest({ displayName: 'Still acting' })).customTags).to.deep.equal(['tagged']);
  });

  it('edits a rule: the form shows it as saved, and Apply changes that rule', async () => {
    const el = await loaded();
    const original = service().listAutomationRules()[1];
    // The actions name their playbook once the playbooks have loaded (their id stands in until then).
    const actionsCell = () => textOf(rows(el)[1].querySelectorAll('td')[3]);
    await eventually(() => actionsCell().includes('Notify on-call analyst in Teams'), 'the playbook names load');
    const summary = actionsCell();
    control(el, 1, 'edit').click();
    await eventually(() => isOpen(el), 'the editor');
    expect(textOf(field(el, '#title'))).to.equal('Edit automation rule');
    expect(field(el, '#name').value).to.equal(original.displayName);
    expect(field<HTMLSelectElement>(el, '#trigger').value).to.equal('incidents.created');
    const condition = rowKey(el, 'condition', 0);
    expect(field<HTMLSelectElement>(el, `#${condition}-property`).value).to.equal('category');
    expect(field<HTMLTextAreaElement>(el, `#${condition}-values`).value).to.equal('Ransomware\nImpact');
    expect(editorRoot(el).querySelectorAll('li.action')).to.have.length(4);
    expect(field(el, '#order').value).to.equal(String(original.order));
    await expect(el).to.be.accessible();

    await type(el, '#name', 'Escalate ransomware (edited)');
    await applyAndWait(el, 'Escalate ransomware (edited)');
    const edited = ruleNamed('Escalate ransomware (edited)')!;
    expect(edited.id).to.equal(original.id);
    expect(service().listAutomationRules()).to.have.length(3);
    expect(edited.conditions).to.deep.equal(original.conditions);
    // The same changes, one action per row.
    expect(textOf(rows(el)[1].querySelectorAll('td')[3])).to.equal(summary);
  });

  it("shows the backend's validation errors next to the field or row, keeping everything typed", async () => {
    const el = await loaded();
    await openCreate(el);
    const condition = await addCondition(el);
    const tags = rowKey(el, 'action', 0);
    await choose(el, `#${tags}-kind`, 'tags');
    await type(el, `#${tags}-tags`, 'typed tag');

    await apply(el);
    await eventually(() => field(el, '#name').getAttribute('aria-invalid') === 'true', 'the name error');
    const nameError = field(el, '#name-error');
    expect(textOf(nameError)).to.match(/displayName.*must not be empty/);
    expect(field(el, '#name').getAttribute('aria-describedby')).to.include('name-error');
    expect(editorRoot(el).activeElement === field(el, '#name'), 'where focus is').to.be.true;
    expect(saveOutcome(el)).to.include('The rule was not saved');
    expect(field(el, `#${tags}-tags`).value).to.equal('typed tag');
    expect(isOpen(el)).to.be.true;
    await expect(el).to.be.accessible();

    await type(el, '#name', 'Needs values');
    expect(editorRoot(el).querySelector('#name-error')).to.be.null;
    await apply(el);
    await eventually(() => editorRoot(el).querySelector(`#${condition}-error`), 'the condition error');
    expect(textOf(field(el, `#${condition}-error`))).to.equal('A condition needs at least one value.');
    expect(editorRoot(el).activeElement === field(el, `#${condition}-property`), 'where focus is').to.be.true;
    expect(field(el, '#name').value).to.equal('Needs values');

    await type(el, `#${condition}-values`, 'phish');
    await type(el, '#order', '0');
    await apply(el);
    await eventually(() => editorRoot(el).querySelector('#order-error'), 'the order error');
    expect(textOf(field(el, '#order-error'))).to.match(/order.*1 to 1000/);
    expect(field(el, `#${condition}-values`).value).to.equal('phish');

    // A value the property does not allow: a tag longer than 64 characters.
    await type(el, '#order', '7');
    await type(el, `#${tags}-tags`, `typed tag, ${'x'.repeat(70)}`);
    await apply(el);
    await eventually(() => editorRoot(el).querySelector(`#${tags}-error`), 'the tag error');
    expect(textOf(field(el, `#${tags}-error`))).to.include('at most 64 characters');
    expect(field(el, `#${tags}-kind`).getAttribute('aria-describedby')).to.include(`${tags}-error`);
    expect(editorRoot(el).activeElement === field(el, `#${tags}-kind`), 'where focus is').to.be.true;
    await expect(el).to.be.accessible();

    await type(el, `#${tags}-tags`, 'typed tag');
    const rule = await applyAndWait(el, 'Needs values');
    expect(rule.order).to.equal(7);
    expect(rule.actions).to.deep.equal([{ kind: 'modifyProperties', labels: ['typed tag'] }]);
  });

  it('refuses a responder with a clear message and keeps the rule in the editor', async () => {
    test.backend.setScenario({ role: 'responder' });
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Not mine to make' });
    await apply(el);
    await eventually(() => saveOutcome(el) !== '', 'the refusal');
    expect(saveOutcome(el)).to.include('Not allowed');
    expect(saveOutcome(el)).to.include('Your role cannot change automation rules.');
    expect(isOpen(el)).to.be.true;
    expect(field(el, '#name').value).to.equal('Not mine to make');
    expect(ruleNamed('Not mine to make')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('keeps the rule when a save fails, and saves it on Apply again', async () => {
    const el = await loaded();
    await openCreate(el);
    await describeRule(el, { name: 'Second attempt' });
    test.backend.setScenario({ errorRate: 1 });
    await apply(el);
    await eventually(() => saveOutcome(el) !== '', 'the failure');
    expect(saveOutcome(el)).to.include('Server error');
    expect(saveOutcome(el)).to.include('Your rule is kept: select Apply to try again.');
    expect(field(el, '#name').value).to.equal('Second attempt');

    test.backend.setScenario({ errorRate: 0 });
    await applyAndWait(el, 'Second attempt');
  });

  it('maps every failure kind of a save to a clear message', async () => {
    const failing = new FailingSaveApi({ baseUrl: BASE_URL });
    const el = await loaded(failing);
    await openCreate(el);
    await describeRule(el, { name: 'Never saved' });
    for (const kind of API_ERROR_KINDS) {
      failing.failSave = new ApiError(kind, `The ${kind} failure message.`, kind === 'throttled' ? { retryAfterMs: 4_000 } : {});
      await apply(el);
      await eventually(() => saveOutcome(el).includes(`The ${kind} failure message.`), `the ${kind} message`);
      const described = describeApiError(failing.failSave, { action: 'change automation rules' }, english);
      expect(saveOutcome(el), kind).to.include(kind === 'validation' ? 'The rule was not saved' : described.title);
      expect(saveOutcome(el).includes('select Apply to try again'), kind).to.equal(described.canRetry);
      if (kind === 'throttled') expect(saveOutcome(el)).to.include('Try again in 4 seconds.');
      expect(field(el, '#name').value, kind).to.equal('Never saved');
    }
  });

  it('manages focus as a modal dialog: opens on the name, Escape closes and returns focus', async () => {
    const el = await loaded();
    const create = button(shadow(el), 'Create')!;
    create.focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => isOpen(el), 'the editor');
    await eventually(() => editorRoot(el).activeElement === field(el, '#name'), 'focus on the name');
    expect(field(el, 'dialog').getAttribute('aria-labelledby')).to.equal('title');

    // The rest of the page is inert: focus stays inside the panel.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(editorRoot(el).activeElement?.getAttribute('aria-label')).to.equal('Close');
    await sendKeys({ press: 'Escape' });
    await eventually(() => !isOpen(el), 'closed');
    expect(shadow(el).activeElement === create, 'where focus is').to.be.true;

    control(el, 0, 'edit').focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => isOpen(el), 'the editor on a rule');
    expect(field(el, '#name').value).to.equal(service().listAutomationRules()[0].displayName);
    await sendKeys({ press: 'Escape' });
    await eventually(() => !isOpen(el), 'closed again');
    expect(shadow(el).activeElement === control(el, 0, 'edit'), 'where focus is').to.be.true;
  });

  it('adds and removes rows from the keyboard, moving focus with them', async () => {
    const el = await loaded();
    await openCreate(el);
    field(el, '#add-condition').focus();
    await sendKeys({ press: 'Enter' });
    const first = rowKey(el, 'condition', 0);
    await eventually(() => editorRoot(el).activeElement === field(el, `#${first}-property`), 'focus on the new row');
    field(el, '#add-condition').focus();
    await sendKeys({ press: 'Enter' });
    const second = rowKey(el, 'condition', 1);

    field(el, `#${first}-remove`).focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => editorRoot(el).activeElement === field(el, `#${second}-remove`), 'focus on the next row');
    expect(editorRoot(el).querySelectorAll('li.condition')).to.have.length(1);
    await sendKeys({ press: 'Enter' });
    await eventually(() => editorRoot(el).activeElement === field(el, '#add-condition'), 'focus on Add condition');
    expect(editorRoot(el).querySelectorAll('li.condition')).to.have.length(0);
  });

  it('offers each condition the operators and values that fit its property and the trigger', async () => {
    const el = await loaded();
    await openCreate(el);
    const condition = await addCondition(el);
    const operators = () => [...field<HTMLSelectElement>(el, `#${condition}-operator`).options].map((o) => o.value);
    expect(operators()).to.deep.equal(['equals', 'notEquals', 'contains', 'notContains', 'startsWith', 'endsWith']);
    await choose(el, `#${condition}-property`, 'owner');
    expect(operators()).to.not.include('changedTo');
    await choose(el, '#trigger', 'incidents.updated');
    expect(operators()).to.include.members(['changedTo', 'changedFrom']);
    await choose(el, `#${condition}-operator`, 'changedFrom');
    await eventually(() => editorRoot(el).querySelectorAll(`#${condition}-values input`).length > 1, 'the owners');
    await tick(el, 0, 'Unassigned');
    // Back to "created": the "changed" condition stays but says it cannot hold.
    await choose(el, '#trigger', 'incidents.created');
    expect(textOf(field(el, `#${condition}-note`))).to.include('holds only when an incident is updated');
    await choose(el, `#${condition}-property`, 'detectionSource');
    expect(operators()).to.deep.equal(['equals', 'notEquals']);
    await tick(el, 0, 'Antivirus');
    expect(textOf(editorRoot(el).querySelector('.hint.selected'))).to.equal('Selected: Antivirus');

    const resolve = rowKey(el, 'action', 0);
    await choose(el, `#${resolve}-status`, 'resolved');
    await choose(el, `#${resolve}-classification`, 'truePositive');
    await choose(el, `#${resolve}-determination`, 'malware');
    await expect(el).to.be.accessible();
    await describeRule(el, { name: 'Close antivirus detections' });
    const rule = await applyAndWait(el, 'Close antivirus detections');
    expect(rule.conditions).to.deep.equal([
      { kind: 'property', property: 'detectionSource', operator: 'equals', values: ['antivirus'] },
    ]);
    expect(rule.actions).to.deep.equal([
      { kind: 'modifyProperties', status: 'resolved', classification: 'truePositive', determination: 'malware' },
    ]);
  });
});
