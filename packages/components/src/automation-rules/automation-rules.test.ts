import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  API_ERROR_KINDS,
  ApiError,
  CAPABILITIES,
  HttpIncidentApi,
  type ApiErrorKind,
  type AutomationRule,
  type AutomationRuleDraft,
  type CallOptions,
} from '../api/index.js';
import type { AutomationRuleDeletedEvent } from '../events/automation-rule-deleted.js';
import type { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
import { Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import type { SocAutomationRules } from './automation-rules.js';
import {
  button,
  control,
  editorOf,
  editorRoot,
  eventually,
  mountRules,
  ruleNames,
  rows,
  settled,
  shadow,
  textOf,
} from './automation-rules.fixture.js';

const MARKUP = '<img src=x onerror="window.__socRulesPwned=1">';

declare global {
  interface Window {
    __socRulesPwned?: number;
  }
}

/** A real client whose automation rule calls fail with a chosen kind. */
class FailingApi extends HttpIncidentApi {
  failList?: ApiError;
  failSave?: ApiError;
  failDelete?: ApiError;

  override listAutomationRules(options?: CallOptions): Promise<AutomationRule[]> {
    return this.failList ? Promise.reject(this.failList) : super.listAutomationRules(options);
  }
  override saveAutomationRule(rule: AutomationRuleDraft, options?: CallOptions): Promise<AutomationRule> {
    return this.failSave ? Promise.reject(this.failSave) : super.saveAutomationRule(rule, options);
  }
  override deleteAutomationRule(id: string, options?: CallOptions): Promise<void> {
    return this.failDelete ? Promise.reject(this.failDelete) : super.deleteAutomationRule(id, options);
  }
}

/** A backend without automation rules: the element must not ask for them. */
class NoAutomationApi extends HttpIncidentApi {
  override readonly capabilities = new Set(CAPABILITIES.filter((capability) => capability !== 'automationRules'));
  calls = 0;
  override listAutomationRules(options?: CallOptions): Promise<AutomationRule[]> {
    this.calls += 1;
    return super.listAutomationRules(options);
  }
}

const failureOf = (kind: ApiErrorKind) =>
  new ApiError(kind, `The ${kind} failure message.`, kind === 'throttled' ? { retryAfterMs: 3_000 } : {});

/** What the elements say in English, to compare with. */
const english = new Localizer();

describe('soc-automation-rules', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    test.backend.setScenario({ role: 'admin' });
  });

  const service = () => test.backend.service;
  const admin = () => service().principalFor('admin');
  const serviceNames = () => service().listAutomationRules().map((rule) => rule.displayName);
  const alertText = (el: SocAutomationRules) => textOf(shadow(el).querySelector('[role="alert"]'));

  async function loaded(api?: HttpIncidentApi): Promise<SocAutomationRules> {
    const el = await mountRules(api);
    await eventually(() => rows(el).length > 0, 'the rules to load');
    await settled(el);
    return el;
  }

  it('lists the rules in the order they run, with trigger, conditions, actions, expiration and state', async () => {
    const el = await loaded();
    const expected = service().listAutomationRules();
    expect(ruleNames(el)).to.deep.equal(expected.map((rule) => rule.displayName));
    expect(textOf(shadow(el).querySelector('.count'))).to.equal(`${expected.length} automation rules`);

    // Owners and playbooks are named as people know them once their lists have loaded.
    await eventually(() => textOf(rows(el)[0]).includes('Assign owner Megan Bowen'), 'owner names');
    const first = textOf(rows(el)[0]);
    expect(first).to.include('When incident is created');
    expect(first).to.include('Category equals Initial access');
    expect(first).not.to.include('InitialAccess');
    expect(first).to.include('Service source equals Microsoft Defender for Office 365');
    expect(first).to.include('Add tags Phishing campaign');
    expect(first).to.include('Indefinite');
    await eventually(() => textOf(rows(el)[1]).includes('Run playbook Notify on-call analyst in Teams'), 'playbook names');
    expect(textOf(rows(el)[2])).to.include('When incident is updated');
    expect(textOf(rows(el)[2])).to.include('Severity changed to High');
    expect(control(el, 0, 'switch').getAttribute('aria-checked')).to.equal('true');
    expect(control(el, 0, 'move-up').getAttribute('aria-disabled')).to.equal('true');
    expect(control(el, expected.length - 1, 'move-down').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('marks expired and disabled rules', async () => {
    // A rule that has expired since it was saved: the mock refuses an expiration already past.
    const expired: AutomationRule = {
      id: 'rule-old-drill',
      displayName: 'Old drill rule',
      order: 50,
      enabled: false,
      expiration: '2020-01-01T00:00:00Z',
      triggersOn: 'incidents',
      triggersWhen: 'created',
      conditions: [],
      actions: [{ kind: 'modifyProperties', owner: null }],
      lastModifiedDateTime: '2019-12-01T00:00:00Z',
      lastModifiedBy: 'adele.vance@contoso.com',
    };
    class WithExpiredRule extends HttpIncidentApi {
      override async listAutomationRules(options?: CallOptions): Promise<AutomationRule[]> {
        return [...(await super.listAutomationRules(options)), expired];
      }
    }
    const el = await loaded(new WithExpiredRule({ baseUrl: BASE_URL }));
    const row = rows(el).at(-1)!;
    expect(textOf(row)).to.include('Expired');
    expect(textOf(row)).to.include('All incidents');
    expect(textOf(row)).to.include('Unassign owner');
    expect(row.querySelector('[role="switch"]')!.getAttribute('aria-checked')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the rules load', async () => {
    test.backend.setScenario({ latencyMs: 3_000 });
    const el = await mountRules();
    await eventually(() => shadow(el).querySelector('[role="status"]'), 'the loading state');
    expect(textOf(shadow(el).querySelector('.skeleton [role="status"]'))).to.equal('Loading automation rules…');
    await expect(el).to.be.accessible();
  });

  it('says so when there are no rules', async () => {
    for (const rule of service().listAutomationRules()) service().deleteAutomationRule(admin(), rule.id);
    const el = await mountRules();
    await eventually(() => textOf(shadow(el)).includes('No automation rules'), 'the empty state');
    expect(rows(el)).to.have.length(0);
    expect(button(shadow(el), 'Create')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    test.backend.setScenario({ errorRate: 1 });
    const el = await mountRules();
    await eventually(() => shadow(el).querySelector('.state.error'), 'the error state');
    expect(alertText(el)).to.include("Couldn't load automation rules");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(shadow(el), 'Retry')!.click();
    await eventually(() => rows(el).length === service().listAutomationRules().length, 'the rules after retry');
  });

  it('says when to retry when throttled, and that the service is unreachable when offline', async () => {
    test.backend.setScenario({ throttled: true });
    const throttled = await mountRules();
    await eventually(() => shadow(throttled).querySelector('.state.error'), 'the throttled state');
    expect(alertText(throttled)).to.match(/Too many requests.*Try again in \d+ seconds?/);

    test.backend.setScenario({ throttled: false, offline: true });
    const offline = await mountRules();
    await eventually(() => shadow(offline).querySelector('.state.error'), 'the offline state');
    expect(alertText(offline)).to.include("Can't reach the incident service");
    expect(button(shadow(offline), 'Retry')).to.exist;
  });

  it('maps every failure kind of loading to a clear state', async () => {
    const api = new FailingApi({ baseUrl: BASE_URL });
    for (const kind of API_ERROR_KINDS) {
      api.failList = failureOf(kind);
      const el = await mountRules(api);
      await eventually(() => shadow(el).querySelector('.state.error'), `the ${kind} state`);
      const described = describeApiError(api.failList, { action: 'view automation rules', loading: 'automation rules' }, english);
      expect(alertText(el), kind).to.include(described.title);
      expect(alertText(el), kind).to.include(`The ${kind} failure message.`);
      expect(!!button(shadow(el), 'Retry'), kind).to.equal(described.canRetry);
    }
  });

  it('switches a rule off and on, saving it and keeping focus on the switch', async () => {
    const el = await loaded();
    const rule = service().listAutomationRules()[1];
    const toggle = control(el, 1, 'switch');
    toggle.focus();
    setTimeout(() => toggle.click());
    const saved = (await oneEvent(el, 'soc-automation-rule-saved')) as AutomationRuleSavedEvent;
    expect(saved.detail).to.deep.include({ created: false });
    expect(saved.detail.rule).to.include({ id: rule.id, enabled: false });
    await settled(el);
    expect(service().listAutomationRules()[1].enabled).to.be.false;
    expect(control(el, 1, 'switch').getAttribute('aria-checked')).to.equal('false');
    expect(shadow(el).activeElement === control(el, 1, 'switch'), 'where focus is').to.be.true;
    await eventually(() => textOf(shadow(el).querySelector('p[role="status"]')).includes('disabled'), 'the announcement');

    await sendKeys({ press: 'Space' });
    await eventually(() => service().listAutomationRules()[1].enabled, 'the rule on again');
    await settled(el);
    expect(control(el, 1, 'switch').getAttribute('aria-checked')).to.equal('true');
  });

  it('moves rules with the buttons, saving orders that run them in the new sequence', async () => {
    const el = await loaded();
    const before = serviceNames();
    control(el, 0, 'move-down').click();
    await eventually(() => serviceNames()[0] === before[1], 'the move saved');
    await settled(el);
    expect(serviceNames()).to.deep.equal([before[1], before[0], before[2]]);
    expect(ruleNames(el)).to.deep.equal(serviceNames());
    const orders = service().listAutomationRules().map((rule) => rule.order);
    expect(orders).to.deep.equal([...orders].sort((a, b) => a - b));
    expect(new Set(orders).size).to.equal(orders.length);
    // Focus follows the rule.
    expect(shadow(el).activeElement === control(el, 1, 'move-down'), 'where focus is').to.be.true;
  });

  it('reorders from the keyboard: Enter on Move up, and Alt+Arrow keys on any control of the row', async () => {
    const el = await loaded();
    const before = serviceNames();
    control(el, 2, 'move-up').focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => serviceNames()[1] === before[2], 'moved up once');
    await settled(el);
    await eventually(() => shadow(el).activeElement === control(el, 1, 'move-up'), 'focus on the moved rule');

    await sendKeys({ press: 'Enter' });
    await eventually(() => serviceNames()[0] === before[2], 'moved to the top');
    await settled(el);
    await eventually(() => shadow(el).activeElement === control(el, 0, 'move-up'), 'focus stays at the top');
    expect(control(el, 0, 'move-up').getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(serviceNames()[0]).to.equal(before[2]);

    control(el, 0, 'switch').focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await eventually(() => serviceNames()[1] === before[2], 'moved down with Alt+ArrowDown');
    await settled(el);
    await eventually(() => shadow(el).activeElement === control(el, 1, 'switch'), 'focus stays on the switch');
    expect(ruleNames(el)).to.deep.equal(serviceNames());
    await eventually(() => /moved to position 2 of 3/.test(textOf(shadow(el).querySelector('p[role="status"]'))), 'announced');
  });

  it('deletes a rule only after confirmation; Cancel and Escape keep it', async () => {
    const el = await loaded();
    const rule = service().listAutomationRules()[1];
    const dialog = shadow(el).querySelector<HTMLDialogElement>('#delete-dialog')!;

    control(el, 1, 'delete').click();
    await eventually(() => dialog.open, 'the confirmation');
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(textOf(dialog)).to.include(`“${rule.displayName}” will be deleted`);
    expect(shadow(el).activeElement!.id).to.equal('cancel-delete');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await eventually(() => !dialog.open, 'closed with Escape');
    expect(shadow(el).activeElement === control(el, 1, 'delete'), 'where focus is').to.be.true;

    control(el, 1, 'delete').click();
    await eventually(() => dialog.open, 'the confirmation again');
    button(dialog, 'Cancel')!.click();
    await eventually(() => !dialog.open, 'closed with Cancel');
    expect(serviceNames()).to.include(rule.displayName);

    control(el, 1, 'delete').click();
    await eventually(() => dialog.open, 'the confirmation a third time');
    setTimeout(() => button(dialog, 'Delete')!.click());
    const deleted = (await oneEvent(el, 'soc-automation-rule-deleted')) as AutomationRuleDeletedEvent;
    expect(deleted.detail.rule.id).to.equal(rule.id);
    await eventually(() => !ruleNames(el).includes(rule.displayName), 'the rule gone from the list');
    expect(serviceNames()).to.not.include(rule.displayName);
    await eventually(() => shadow(el).activeElement === control(el, 1, 'delete'), 'focus on the next rule');
  });

  it('keeps the confirmation open with the reason when a delete fails', async () => {
    const el = await loaded();
    const rule = service().listAutomationRules()[0];
    control(el, 0, 'delete').click();
    const dialog = shadow(el).querySelector<HTMLDialogElement>('#delete-dialog')!;
    await eventually(() => dialog.open, 'the confirmation');
    // Someone else deleted it meanwhile.
    service().deleteAutomationRule(admin(), rule.id);
    button(dialog, 'Delete')!.click();
    await eventually(() => dialog.querySelector('.notice.error'), 'the failure');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.include('Not found');
    expect(textOf(dialog.querySelector('[role="alert"]'))).to.include(`No automation rule with id "${rule.id}"`);
    await expect(el).to.be.accessible();
  });

  it('maps every failure kind of a save and a delete to a clear message', async () => {
    const api = new FailingApi({ baseUrl: BASE_URL });
    const el = await loaded(api);
    const dialog = shadow(el).querySelector<HTMLDialogElement>('#delete-dialog')!;
    for (const kind of API_ERROR_KINDS) {
      api.failSave = failureOf(kind);
      control(el, 0, 'switch').click();
      await eventually(() => shadow(el).querySelector('.failure-region .notice'), `the ${kind} save failure`);
      await settled(el);
      const described = describeApiError(api.failSave, { action: 'change automation rules' }, english);
      const failure = textOf(shadow(el).querySelector('.failure-region'));
      expect(failure, kind).to.include("Couldn't turn off");
      expect(failure, kind).to.include(described.title);
      expect(failure, kind).to.include(`The ${kind} failure message.`);
      expect(!!button(shadow(el).querySelector('.failure-region')!, 'Retry'), kind).to.equal(described.canRetry);
      button(shadow(el).querySelector('.failure-region')!, 'Dismiss')!.click();
      await el.updateComplete;

      api.failDelete = failureOf(kind);
      control(el, 0, 'delete').click();
      await eventually(() => dialog.open, 'the confirmation');
      button(dialog, 'Delete')!.click();
      await eventually(() => dialog.querySelector('.notice.error'), `the ${kind} delete failure`);
      const deleteDescribed = describeApiError(api.failDelete, { action: 'delete automation rules' }, english);
      expect(textOf(dialog), kind).to.include(deleteDescribed.title);
      expect(textOf(dialog), kind).to.include(`The ${kind} failure message.`);
      button(dialog, 'Cancel')!.click();
      await eventually(() => !dialog.open, 'the confirmation closed');
    }
    expect(service().listAutomationRules()[0].enabled).to.be.true;
  });

  it('retries a failed switch from the message', async () => {
    const api = new FailingApi({ baseUrl: BASE_URL });
    const el = await loaded(api);
    api.failSave = new ApiError('server', 'The service failed.', { status: 500 });
    control(el, 0, 'switch').click();
    await eventually(() => shadow(el).querySelector('.failure-region .notice'), 'the failure');
    await settled(el);
    expect(service().listAutomationRules()[0].enabled).to.be.true;

    api.failSave = undefined;
    button(shadow(el).querySelector('.failure-region')!, 'Retry')!.click();
    await eventually(() => !service().listAutomationRules()[0].enabled, 'the switch saved on retry');
    await settled(el);
    expect(shadow(el).querySelector('.failure-region .notice')).to.be.null;
    expect(control(el, 0, 'switch').getAttribute('aria-checked')).to.equal('false');
  });

  it('refuses a responder with a clear message and changes nothing', async () => {
    test.backend.setScenario({ role: 'responder' });
    const el = await loaded();
    control(el, 0, 'switch').click();
    await eventually(() => shadow(el).querySelector('.failure-region .notice'), 'the refusal');
    const failure = textOf(shadow(el).querySelector('.failure-region'));
    expect(failure).to.include('Not allowed');
    expect(failure).to.include('Your role cannot change automation rules.');
    expect(failure).to.include('needs the admin role');
    expect(button(shadow(el).querySelector('.failure-region')!, 'Retry')).to.be.undefined;
    expect(service().listAutomationRules()[0].enabled).to.be.true;
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('shows a reader the rules read-only, and says so', async () => {
    test.backend.setScenario({ role: 'reader' });
    const el = await loaded();
    await eventually(() => shadow(el).querySelector('.note'), 'the read-only note');
    expect(textOf(shadow(el).querySelector('.note'))).to.equal(
      'You have read-only access. You can see the automation rules but not change them.',
    );
    expect(button(shadow(el), 'Create')).to.be.undefined;
    expect(rows(el).every((row) => row.querySelector<HTMLButtonElement>('[role="switch"]')!.disabled)).to.be.true;
    expect(shadow(el).querySelector('[aria-label="Move up"], [aria-label="Delete"]')).to.be.null;
    await expect(el).to.be.accessible();

    control(el, 0, 'edit').click();
    const editor = editorOf(el);
    await eventually(() => editorRoot(el).querySelector('dialog')?.open, 'the rule opened');
    expect(editor.readOnly).to.be.true;
    expect(textOf(editorRoot(el).querySelector('.note'))).to.include('read-only access');
    expect(editorRoot(el).querySelector<HTMLFieldSetElement>('fieldset')!.disabled).to.be.true;
    expect(editorRoot(el).querySelector('#apply')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('says the backend has no automation rules instead of asking for them', async () => {
    const api = new NoAutomationApi({ baseUrl: BASE_URL });
    const el = await mountRules(api);
    await el.updateComplete;
    expect(textOf(shadow(el))).to.equal('This incident service has no automation rules.');
    expect(api.calls).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('renders markup from rule names, values and actions as text', async () => {
    service().saveAutomationRule(admin(), {
      displayName: `Rule ${MARKUP}`,
      order: 9,
      enabled: true,
      expiration: null,
      triggersOn: 'incidents',
      triggersWhen: 'created',
      conditions: [{ kind: 'property', property: 'title', operator: 'contains', values: [MARKUP] }],
      actions: [
        { kind: 'addTask', title: `Task <script>window.__socRulesPwned=2</script>` },
        { kind: 'modifyProperties', labels: [`tag ${MARKUP}`.slice(0, 60)] },
      ],
    });
    const el = await loaded();
    const row = rows(el).at(-1)!;
    expect(textOf(row.querySelector('th'))).to.equal(`Rule ${MARKUP}`);
    expect(textOf(row)).to.include(`Incident title contains “${MARKUP}”`);
    expect(textOf(row)).to.include('Add task “Task <script>window.__socRulesPwned=2</script>”');

    control(el, rows(el).length - 1, 'edit').click();
    await eventually(() => editorRoot(el).querySelector('dialog')?.open, 'the editor');
    expect(editorRoot(el).querySelector<HTMLInputElement>('#name')!.value).to.equal(`Rule ${MARKUP}`);
    expect(shadow(el).querySelector('img, script')).to.be.null;
    expect(editorRoot(el).querySelector('img, script')).to.be.null;
    expect(window.__socRulesPwned).to.be.undefined;
  });
});
