import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { investigationsTemplate } from '../../../../stories/investigations.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type CallOptions, type Incident, type IncidentApi, type Investigation, type RemediationAction } from '../api/index.js';
import type { RemediationChangedEvent } from '../events/remediation-changed.js';
import { Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { INVESTIGATION_STATE_LABELS, REMEDIATION_ACTION_STATUS_LABELS } from '../internal/labels.js';
import { FailingApi, LimitedApi, malwareIncident, REMEDIATION_FAILURES, TestClock } from '../remediation/remediation.fixture.js';
import type { SocInvestigations } from './investigations.js';
import './define.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const MARKUP = '<img src=x onerror="window.__socInvestigationsPwned=1">';

declare global {
  interface Window {
    __socInvestigationsPwned?: number;
  }
}

/** Counts the investigation loads, to see when polling stops. */
class CountingApi extends HttpIncidentApi {
  loads = 0;

  override listInvestigations(incidentId: string, options?: CallOptions): Promise<Investigation[]> {
    this.loads++;
    return super.listInvestigations(incidentId, options);
  }
}

/** `waitUntil` with room for a busy machine: the element reloads over the mock's HTTP API. */
const eventually = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 5_000 });

describe('soc-investigations', function () {
  const clock = new TestClock(TEST_NOW + MINUTE);
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend({ clock: clock.now });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    clock.reset();
    freshState(test);
  });

  const service = () => test.backend.service;
  const admin = () => service().principalFor('admin');
  const root = (el: SocInvestigations) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
  const rowButtons = (el: SocInvestigations) => [...root(el).querySelectorAll<HTMLButtonElement>('button.row-button')];
  const details = (el: SocInvestigations) => root(el).querySelector<HTMLElement>('aside.details');
  const dialog = (el: SocInvestigations) => root(el).querySelector<HTMLDialogElement>('dialog')!;
  const actionBlock = (el: SocInvestigations, id: string) => root(el).querySelector<HTMLElement>(`[data-action-id="${id}"]`);
  const decisionButton = (el: SocInvestigations, id: string, decision: 'approve' | 'reject') =>
    actionBlock(el, id)?.querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`) ?? null;
  const dialogButton = (el: SocInvestigations, label: string) =>
    [...dialog(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === label);
  const actionOf = (id: string) => service().listRemediationActions({ status: [] }).find((action) => action.id === id)!;

  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  async function mount(incidentId: string | undefined, api: IncidentApi = new HttpIncidentApi({ baseUrl: BASE_URL })) {
    const provider = await fixture(investigationsTemplate({ api, incidentId, pollIntervalMs: 40 }));
    return provider.querySelector('soc-investigations')!;
  }

  const loaded = (el: SocInvestigations) => eventually(() => rowButtons(el).length > 0, 'the investigations load');

  /** A generated incident whose investigation waits for approval. */
  function pendingIncident(): { incident: Incident; pending: RemediationAction[] } {
    for (const incident of service().listIncidents({ top: 100 }).items) {
      if (incident.investigationState !== 'pendingApproval') continue;
      const pending = service().listRemediationActions({ incidentId: incident.id, status: ['pending'] });
      if (pending.length > 0) return { incident, pending };
    }
    throw new Error('The generated data has no investigation waiting for approval.');
  }

  async function openDetails(el: SocInvestigations): Promise<HTMLElement> {
    await loaded(el);
    rowButtons(el)[0].click();
    await el.updateComplete;
    return details(el)!;
  }

  async function openDecision(el: SocInvestigations, action: RemediationAction, decision: 'approve' | 'reject', why = '') {
    await eventually(() => decisionButton(el, action.id, decision), `${decision} button of ${action.id} ${why}`);
    decisionButton(el, action.id, decision)!.click();
    await eventually(() => dialog(el).open, `the dialog opens ${why}`);
  }

  it('lists the investigations with their triggering alert, state, times and entities', async () => {
    const { incident } = pendingIncident();
    const investigations = service().listInvestigations(incident.id);
    const alerts = service().listIncidentAlerts(incident.id);
    const el = await mount(incident.id);
    await loaded(el);

    const headings = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headings).to.deep.equal(['ID', 'Triggering alert', 'State', 'Started', 'Ended', 'Entities investigated']);
    const rows = [...root(el).querySelectorAll('tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-investigation-id'))).to.deep.equal(investigations.map((item) => item.id));
    const [first] = investigations;
    const cells = rows[0].querySelectorAll('td');
    expect(cells[0].textContent!.trim()).to.equal(alerts.find((alert) => alert.id === first.triggeringAlertId)!.title);
    expect(cells[1].querySelector('.marker')!.textContent).to.equal(INVESTIGATION_STATE_LABELS[first.state]);
    expect(cells[1].querySelector('.marker')!.classList.contains('warning')).to.be.true;
    expect(cells[4].textContent!.trim()).to.equal(String(first.entityIds.length));
    await expect(el).to.be.accessible();
  });

  it('opens the details: the entities investigated and the actions proposed on each', async () => {
    const { incident, pending } = pendingIncident();
    const [investigation] = service().listInvestigations(incident.id);
    const actions = service().listRemediationActions({ investigationId: investigation.id });
    const el = await mount(incident.id);
    const panel = await openDetails(el);

    expect(rowButtons(el)[0].getAttribute('aria-expanded')).to.equal('true');
    expect(panel.querySelector('h2')!.textContent).to.equal(`Investigation ${investigation.id}`);
    expect(text(panel.querySelector('#entities-heading')!)).to.equal(`Entities investigated (${investigation.entityIds.length})`);
    expect([...panel.querySelectorAll('li.entity')].map((li) => li.getAttribute('data-entity-id')).sort()).to.deep.equal(
      [...investigation.entityIds].sort(),
    );
    for (const action of actions) {
      const block = actionBlock(el, action.id)!;
      expect(block.closest('li')!.getAttribute('data-entity-id')).to.equal(action.entityId);
      expect(block.querySelector('.marker')!.textContent).to.equal(REMEDIATION_ACTION_STATUS_LABELS[action.status]);
      expect(!!decisionButton(el, action.id, 'approve'), action.id).to.equal(action.status === 'pending');
    }
    // Entities with pending actions come first.
    expect(panel.querySelector('li.entity')!.getAttribute('data-entity-id')).to.be.oneOf(pending.map((action) => action.entityId));
    await expect(el).to.be.accessible();

    panel.querySelector<HTMLButtonElement>('button[aria-label="Close investigation details"]')!.click();
    await eventually(() => !details(el), 'the details close');
    expect(deepActive()).to.equal(rowButtons(el)[0]);
  });

  it('approves a pending action with a comment, and the service holds the decision', async () => {
    const { incident, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(incident.id);
    await openDetails(el);
    await openDecision(el, action, 'approve');

    expect(dialog(el).querySelector('h2')!.textContent).to.equal('Approve action');
    expect(deepActive()).to.equal(dialog(el).querySelector('textarea'));
    await sendKeys({ type: 'Owner confirmed the device is compromised' });
    const changed = oneEvent(el, 'soc-remediation-changed') as Promise<RemediationChangedEvent>;
    dialogButton(el, 'Approve')!.click();

    const event = await changed;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.action).to.include({ id: action.id, status: 'approved' });
    expect(actionOf(action.id)).to.include({
      status: 'approved',
      comment: 'Owner confirmed the device is compromised',
      decidedBy: service().principalFor('responder').id,
    });
    await eventually(() => actionBlock(el, action.id)?.querySelector('.marker')?.textContent === 'Approved', 'the action shows approved');
    expect(dialog(el).open).to.be.false;
    expect(decisionButton(el, action.id, 'approve')).to.be.null;
    await eventually(() => deepActive() === actionBlock(el, action.id), 'focus lands on the decided action');
    expect(text(actionBlock(el, action.id)!)).to.include('Owner confirmed the device is compromised');
  });

  it('rejects a pending action without a comment', async () => {
    const { incident, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(incident.id);
    await openDetails(el);
    await openDecision(el, action, 'reject');
    expect(dialog(el).querySelector('h2')!.textContent).to.equal('Reject action');
    dialogButton(el, 'Reject')!.click();

    await eventually(() => actionBlock(el, action.id)?.querySelector('.marker')?.textContent === 'Rejected', 'the action shows rejected');
    expect(actionOf(action.id)).to.include({ status: 'rejected', comment: null });
    expect(service().getEntity(action.entityId).remediationStatus).to.equal('declined');
  });

  it('follows the dialog pattern by keyboard: focus moves in, Escape closes, focus returns', async () => {
    const { incident, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(incident.id);
    await loaded(el);

    rowButtons(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => details(el), 'Enter opens the details');
    await eventually(() => decisionButton(el, action.id, 'approve'), 'the approve button shows');
    const approve = decisionButton(el, action.id, 'approve')!;
    approve.focus();
    await sendKeys({ press: 'Enter' });
    await eventually(() => dialog(el).open, 'Enter opens the dialog');
    expect(deepActive()).to.equal(dialog(el).querySelector('textarea'));

    await sendKeys({ type: 'draft' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(dialogButton(el, 'Approve'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(dialogButton(el, 'Cancel'));
    await sendKeys({ press: 'Escape' });
    await eventually(() => !dialog(el).open, 'Escape closes the dialog');
    expect(deepActive()).to.equal(approve);
    expect(actionOf(action.id).status).to.equal('pending');

    await sendKeys({ press: 'Enter' });
    await eventually(() => dialog(el).open, 'the dialog opens again');
    expect(dialog(el).querySelector('textarea')!.value, 'a new decision starts empty').to.equal('');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await eventually(() => !dialog(el).open, 'Cancel closes the dialog');
    expect(deepActive()).to.equal(approve);
  });

  it('follows an investigation over simulated time until its actions complete or fail', async () => {
    const api = new CountingApi({ baseUrl: BASE_URL });
    const created = service().createIncident(admin(), malwareIncident());
    const el = await mount(created.id, api);
    await loaded(el);
    const stateText = () => root(el).querySelector('tbody tr .marker')!.textContent;
    expect(stateText()).to.equal('Running');
    expect(root(el).querySelector('tbody tr .marker')!.classList.contains('progress')).to.be.true;

    clock.advance(5 * MINUTE);
    await eventually(() => stateText() === 'Pending approval', 'the analysis ends and actions wait');
    await openDetails(el);
    const proposed = service().listRemediationActions({ incidentId: created.id });
    expect(proposed.map((action) => action.type).sort()).to.deep.equal(['blockUrl', 'isolateDevice', 'quarantineFile']);

    for (const action of proposed) {
      await openDecision(el, action, 'approve');
      dialogButton(el, 'Approve')!.click();
      await eventually(() => actionBlock(el, action.id)?.querySelector('.marker')?.textContent === 'Approved', `${action.type} approved`);
    }
    await eventually(() => stateText() === 'Running', 'the investigation runs the approved actions');

    clock.advance(10 * SECOND);
    await eventually(
      () => proposed.every((action) => actionBlock(el, action.id)?.querySelector('[role="progressbar"]')),
      'the actions show their progress',
    );
    const completions: RemediationChangedEvent[] = [];
    el.addEventListener('soc-remediation-changed', (event) => completions.push(event));
    // Every announcement from here on: the actions' ends and the investigation's may come in one load or in two,
    // and each load's announcement replaces the one before.
    const announced: string[] = [];
    const status = () => text(root(el).querySelector('[role="status"]')!);
    const listener = new MutationObserver(() => {
      if (status() !== announced.at(-1)) announced.push(status());
    });
    listener.observe(root(el), { childList: true, subtree: true, characterData: true });

    clock.advance(3 * MINUTE);
    const truth = () => service().listRemediationActions({ incidentId: created.id });
    await eventually(
      () => truth().every((action) => actionBlock(el, action.id)?.querySelector('.marker')?.textContent === REMEDIATION_ACTION_STATUS_LABELS[action.status]),
      'each action shows how it ended',
    );
    for (const action of truth()) {
      expect(action.status).to.be.oneOf(['completed', 'failed']);
      expect(actionBlock(el, action.id)!.querySelector('[role="progressbar"]')).to.be.null;
    }
    const [final] = service().listInvestigations(created.id);
    await eventually(() => stateText() === INVESTIGATION_STATE_LABELS[final.state], 'the investigation shows its final state');
    listener.disconnect();
    expect(completions.map((event) => event.detail.action.status)).to.include.oneOf(['completed', 'failed']);
    expect(announced.some((message) => /(Completed|Failed)/.test(message)), `announced: ${announced.join(' | ')}`).to.be.true;

    const loads = api.loads;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.loads, 'no more reloads once nothing is in progress').to.equal(loads);
  });

  it('keeps following work in progress through a failure that may pass', async () => {
    const created = service().createIncident(admin(), malwareIncident());
    const el = await mount(created.id);
    await loaded(el);
    test.backend.setScenario({ offline: true });
    await eventually(() => root(el).querySelector('.banner[role="alert"]'), 'a failed reload shows');
    expect(text(root(el).querySelector('.banner')!)).to.include("Can't reach the incident service");

    test.backend.setScenario({ offline: false });
    clock.advance(5 * MINUTE);
    await eventually(() => root(el).querySelector('tbody tr .marker')!.textContent === 'Pending approval', 'polling goes on by itself');
    expect(root(el).querySelector('.banner')).to.be.null;
  });

  it('disables the decisions up front for a reader, and says why', async () => {
    const { incident, pending } = pendingIncident();
    test.backend.setScenario({ role: 'reader' });
    const el = await mount(incident.id);
    await openDetails(el);
    await eventually(() => root(el).querySelector('.note'), 'the reader note shows');
    expect(text(root(el).querySelector('.note')!)).to.include('not approve, reject or run');
    for (const action of pending) {
      expect(decisionButton(el, action.id, 'approve')!.disabled).to.be.true;
      expect(decisionButton(el, action.id, 'reject')!.disabled).to.be.true;
    }
    await expect(el).to.be.accessible();
  });

  it('shows the refusal clearly when the backend refuses the role', async () => {
    const { incident, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(incident.id);
    await openDetails(el);
    await openDecision(el, action, 'approve');
    test.backend.setScenario({ role: 'reader' });
    dialogButton(el, 'Approve')!.click();

    await eventually(() => dialog(el).querySelector('[role="alert"]'), 'the refusal shows');
    const alert = text(dialog(el).querySelector('[role="alert"]')!);
    expect(alert).to.include('Not allowed').and.include('Your role cannot approve or reject remediation actions');
    expect(dialogButton(el, 'Approve')!.disabled, 'retrying cannot help').to.be.true;
    expect(actionOf(action.id).status).to.equal('pending');
    await expect(el).to.be.accessible();

    dialogButton(el, 'Close')!.click();
    await eventually(() => decisionButton(el, action.id, 'approve')?.disabled, 'the refusal disables the controls');
  });

  it('shows every failure kind of a decision clearly and keeps the comment', async () => {
    const { incident, pending } = pendingIncident();
    const action = pending[0];
    const api = new FailingApi({ baseUrl: BASE_URL });
    const el = await mount(incident.id, api);
    await openDetails(el);

    for (const failure of REMEDIATION_FAILURES) {
      api.failure = failure;
      await openDecision(el, action, 'approve', `after ${failure.kind}`);
      const textarea = dialog(el).querySelector('textarea')!;
      textarea.value = `comment ${failure.kind}`;
      textarea.dispatchEvent(new Event('input'));
      dialog(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await eventually(() => dialog(el).querySelector('[role="alert"]'), `the ${failure.kind} failure shows`);

      const described = describeApiError(failure, { action: 'approve or reject remediation actions' }, new Localizer());
      const alert = text(dialog(el).querySelector('[role="alert"]')!);
      expect(alert, failure.kind).to.include(described.title).and.include(described.message);
      expect(dialog(el).querySelector('textarea')!.value, failure.kind).to.equal(`comment ${failure.kind}`);
      const primary = dialog(el).querySelector<HTMLButtonElement>('button.primary')!;
      expect(primary.textContent!.trim(), failure.kind).to.equal(described.canRetry ? 'Retry' : 'Approve');
      expect(primary.disabled, failure.kind).to.equal(!described.canRetry);
      if (failure.kind === 'throttled') expect(alert).to.include('Try again in 3 seconds.');
      dialog(el).querySelector<HTMLButtonElement>('button:not(.primary)')!.click();
      await eventually(() => !dialog(el).open, 'the dialog closes');
    }

    api.failure = undefined;
    await openDecision(el, action, 'approve');
    dialogButton(el, 'Approve')!.click();
    await eventually(() => actionOf(action.id).status === 'approved', 'the decision goes through once the backend recovers');
  });

  it('says when to retry a throttled load', async () => {
    const { incident } = pendingIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount(incident.id);
    await eventually(() => root(el).querySelector('[role="alert"]'), 'the error shows');
    expect(text(root(el).querySelector('[role="alert"]')!)).to.match(/Try again in 2 seconds\./);
  });

  it('says so when no automated investigation looked at the incident', async () => {
    const created = service().createIncident(admin(), {
      displayName: 'Reported phish',
      alerts: [{ title: 'Email reported by user', severity: 'low', serviceSource: 'microsoftDefenderForCloudApps' }],
    });
    const el = await mount(created.id);
    await eventually(() => /No automated investigations/.test(text(root(el))), 'the empty state shows');
    expect(root(el).querySelector('table')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the investigations load', async () => {
    const { incident } = pendingIncident();
    test.backend.setScenario({ latencyMs: 2_000 });
    const el = await mount(incident.id);
    expect(root(el).querySelector('.skeleton [role="status"]')!.textContent).to.equal('Loading investigations…');
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with Retry, and loads on retry', async () => {
    const { incident } = pendingIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(incident.id);
    await eventually(() => root(el).querySelector('[role="alert"]'), 'the error shows');
    expect(text(root(el))).to.include("Couldn't load investigations");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Retry')!.click();
    await loaded(el);
  });

  it('keeps what it shows when a reload fails, with the failure above it', async () => {
    const { incident } = pendingIncident();
    const el = await mount(incident.id);
    await loaded(el);
    test.backend.setScenario({ errorRate: 1 });
    el.refresh();
    await eventually(() => root(el).querySelector('.banner[role="alert"]'), 'the reload failure shows');
    expect(rowButtons(el)).to.have.length.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('hides what the backend cannot do', async () => {
    const { incident, pending } = pendingIncident();
    const withoutInvestigations = await mount(incident.id, new LimitedApi(BASE_URL, ['investigations']));
    await eventually(() => /not available/.test(text(root(withoutInvestigations))), 'the tab says investigations are unavailable');

    const withoutRemediation = await mount(incident.id, new LimitedApi(BASE_URL, ['remediation']));
    await openDetails(withoutRemediation);
    expect(root(withoutRemediation).querySelector('button[data-decision]')).to.be.null;
    expect(actionBlock(withoutRemediation, pending[0].id)).to.be.null;
  });

  it('renders markup from the API as text', async () => {
    const created = service().createIncident(admin(), malwareIncident(MARKUP));
    clock.advance(5 * MINUTE);
    const el = await mount(created.id);
    const panel = await openDetails(el);
    expect(text(root(el).querySelector('tbody')!)).to.include(`${MARKUP}Suspicious file dropped and launched`);
    const names = [...panel.querySelectorAll('.entity-name')].map((name) => name.textContent);
    expect(names).to.include(`${MARKUP}invoice_0423.exe`);
    expect(root(el).querySelector('img, script')).to.be.null;
    const [action] = service().listRemediationActions({ incidentId: created.id, status: ['pending'] });
    await openDecision(el, action, 'approve');
    expect(text(dialog(el))).to.include(MARKUP);
    expect(dialog(el).querySelector('img')).to.be.null;
    expect(window.__socInvestigationsPwned).to.be.undefined;
  });
});
