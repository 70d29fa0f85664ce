import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { evidenceResponseTemplate } from '../../../../stories/evidence-response.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  HttpIncidentApi,
  type CallOptions,
  type DeviceEntity,
  type Evidence,
  type IncidentApi,
  type RemediationAction,
  type RemediationActionFilter,
  type UserEntity,
} from '../api/index.js';
import type { RemediationChangedEvent } from '../events/remediation-changed.js';
import type { RequestLiveResponseEvent } from '../events/request-live-response.js';
import { Localizer } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { REMEDIATION_ACTION_STATUS_LABELS, REMEDIATION_STATUS_LABELS, VERDICT_LABELS } from '../internal/labels.js';
import { FailingApi, LimitedApi, malwareIncident, REMEDIATION_FAILURES, TestClock } from '../remediation/remediation.fixture.js';
import type { SocEvidenceResponse } from './evidence-response.js';
import './define.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const MARKUP = '<img src=x onerror="window.__socEvidenceResponsePwned=1">';

declare global {
  interface Window {
    __socEvidenceResponsePwned?: number;
  }
}

/** Counts the action loads, to see when polling stops. */
class CountingApi extends HttpIncidentApi {
  loads = 0;

  override listRemediationActions(filter: RemediationActionFilter, options?: CallOptions): Promise<RemediationAction[]> {
    if (filter.incidentId) this.loads++;
    return super.listRemediationActions(filter, options);
  }
}

/** `waitUntil` with room for a busy machine: the element reloads over the mock's HTTP API. */
const eventually = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 5_000 });

describe('soc-evidence-response', function () {
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
  const root = (el: SocEvidenceResponse) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
  const rows = (el: SocEvidenceResponse) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
  const row = (el: SocEvidenceResponse, entityId: string) => root(el).querySelector<HTMLTableRowElement>(`tbody tr[data-entity-id="${entityId}"]`);
  const tabs = (el: SocEvidenceResponse) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const selectedTab = (el: SocEvidenceResponse) => root(el).querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')!;
  const dialog = (el: SocEvidenceResponse) => root(el).querySelector<HTMLDialogElement>('dialog')!;
  const menu = (el: SocEvidenceResponse) => root(el).querySelector<HTMLElement>('[role="menu"]');
  const menuItems = (el: SocEvidenceResponse) => [...(menu(el)?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  const menuButton = (el: SocEvidenceResponse, entityId: string) => row(el, entityId)!.querySelector<HTMLButtonElement>('button.menu-button');
  const actionBlock = (el: SocEvidenceResponse, id: string) => root(el).querySelector<HTMLElement>(`[data-action-id="${id}"]`);
  const decisionButton = (el: SocEvidenceResponse, id: string, decision: 'approve' | 'reject') =>
    actionBlock(el, id)?.querySelector<HTMLButtonElement>(`button[data-decision="${decision}"]`) ?? null;
  const dialogButton = (el: SocEvidenceResponse, label: string) =>
    [...dialog(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === label);
  const statusOf = (el: SocEvidenceResponse, id: string) => actionBlock(el, id)?.querySelector('.marker')?.textContent;

  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  async function mount(incidentId: string | undefined, api: IncidentApi = new HttpIncidentApi({ baseUrl: BASE_URL })) {
    const provider = await fixture(evidenceResponseTemplate({ api, incidentId, pollIntervalMs: 40 }));
    return provider.querySelector('soc-evidence-response')!;
  }

  const loaded = (el: SocEvidenceResponse) => eventually(() => rows(el).length > 0, 'the evidence loads');

  /** A generated incident with pending actions on its evidence. */
  function pendingIncident(): { id: string; evidence: Evidence[]; pending: RemediationAction[] } {
    for (const incident of service().listIncidents({ top: 100 }).items) {
      const pending = service().listRemediationActions({ incidentId: incident.id, status: ['pending'] });
      const evidence = service().listEvidence(incident.id);
      if (pending.some((action) => evidence.some((item) => item.id === action.entityId))) return { id: incident.id, evidence, pending };
    }
    throw new Error('The generated data has no incident with pending actions on its evidence.');
  }

  /** The ingested malware incident and its entities by type. */
  function ingested(prefix = '') {
    const incident = service().createIncident(admin(), malwareIncident(prefix));
    const evidence = service().listEvidence(incident.id);
    const of = <T extends Evidence>(type: Evidence['type']) => evidence.find((item) => item.type === type) as T;
    return { id: incident.id, evidence, device: of<DeviceEntity & Evidence>('device'), user: of<UserEntity & Evidence>('user'), file: of('file'), url: of('url') };
  }

  async function openMenu(el: SocEvidenceResponse, entityId: string) {
    menuButton(el, entityId)!.click();
    await eventually(() => menu(el), 'the menu opens');
  }

  async function runFromMenu(el: SocEvidenceResponse, entityId: string, label: string) {
    await openMenu(el, entityId);
    menuItems(el).find((item) => item.textContent!.includes(label))!.click();
    await eventually(() => dialog(el).open, 'the confirmation opens');
  }

  it('lists every evidence item with its type, verdict, remediation status and first sighting', async () => {
    const { id, evidence } = pendingIncident();
    const el = await mount(id);
    await loaded(el);

    const headings = [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(headings).to.deep.equal(['Entity', 'Type', 'Verdict', 'Remediation status', 'First seen', 'Response actions', 'Manual actions']);
    expect(rows(el).map((tr) => tr.dataset.entityId)).to.deep.equal(evidence.map((item) => item.id));
    for (const item of evidence) {
      const cells = row(el, item.id)!.querySelectorAll('th, td');
      expect(cells[0].textContent!.trim()).to.equal(item.displayName);
      expect(cells[2].querySelector('.marker')!.textContent).to.equal(VERDICT_LABELS[item.verdict]);
      expect(cells[3].textContent!.trim()).to.equal(REMEDIATION_STATUS_LABELS[item.remediationStatus]);
    }
    const pendingCount = service().listRemediationActions({ incidentId: id, status: ['pending'] }).length;
    expect(text(root(el).querySelector('.summary')!)).to.include(`${pendingCount} action`);
    expect(selectedTab(el).textContent).to.include('All evidence').and.include(String(evidence.length));
    await expect(el).to.be.accessible();
  });

  it('filters the evidence by type from a tab list, with arrow keys too', async () => {
    const { id, file, evidence } = ingested();
    const el = await mount(id);
    await loaded(el);
    expect(tabs(el).map((tab) => tab.querySelector('.filter-label')!.textContent)).to.deep.equal(['All evidence', 'Devices', 'Users', 'URLs', 'Files']);

    tabs(el).find((tab) => tab.textContent!.includes('Files'))!.click();
    await el.updateComplete;
    expect(rows(el).map((tr) => tr.dataset.entityId)).to.deep.equal([file.id]);

    selectedTab(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(selectedTab(el).textContent).to.include('All evidence');
    expect(deepActive()).to.equal(selectedTab(el));
    expect(rows(el)).to.have.length(evidence.length);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(selectedTab(el).textContent).to.include('Devices');
    expect(rows(el)).to.have.length(1);
  });

  it('approves a pending action with a comment', async () => {
    const { id, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(id);
    await loaded(el);
    decisionButton(el, action.id, 'approve')!.click();
    await eventually(() => dialog(el).open, 'the dialog opens');
    expect(deepActive()).to.equal(dialog(el).querySelector('textarea'));
    await sendKeys({ type: 'Approved after review' });
    const changed = oneEvent(el, 'soc-remediation-changed') as Promise<RemediationChangedEvent>;
    dialogButton(el, 'Approve')!.click();

    expect((await changed).detail.action).to.include({ id: action.id, status: 'approved' });
    expect(service().listRemediationActions({ incidentId: id }).find((item) => item.id === action.id)).to.include({
      status: 'approved',
      comment: 'Approved after review',
    });
    await eventually(() => statusOf(el, action.id) === 'Approved', 'the action shows approved');
    await eventually(() => deepActive() === actionBlock(el, action.id), 'focus lands on the decided action');
  });

  it('rejects a pending action, and the entity shows declined', async () => {
    const { id, pending } = pendingIncident();
    const action = pending[0];
    const el = await mount(id);
    await loaded(el);
    decisionButton(el, action.id, 'reject')!.click();
    await eventually(() => dialog(el).open, 'the dialog opens');
    dialogButton(el, 'Reject')!.click();

    await eventually(() => statusOf(el, action.id) === 'Rejected', 'the action shows rejected');
    expect(service().getEntity(action.entityId).remediationStatus).to.equal('declined');
    await eventually(() => row(el, action.entityId)!.querySelectorAll('td')[2].textContent!.trim() === 'Declined', 'the entity shows declined');
  });

  it('offers the manual actions that suit each entity', async () => {
    const { id, device, user, file, url } = ingested();
    const el = await mount(id);
    await loaded(el);
    const labelsFor = async (entityId: string) => {
      await openMenu(el, entityId);
      const labels = menuItems(el).map((item) => item.textContent!.trim());
      menuButton(el, entityId)!.click();
      await eventually(() => !menu(el), 'the menu closes');
      return labels;
    };
    expect(await labelsFor(device.id)).to.deep.equal([
      'Isolate device',
      'Collect investigation package',
      'Run antivirus scan',
      'Initiate live response session',
    ]);
    expect(await labelsFor(user.id)).to.deep.equal(['Disable user', 'Reset password']);
    expect(await labelsFor(file.id)).to.deep.equal(['Quarantine file', 'Stop and quarantine file']);
    expect(await labelsFor(url.id)).to.deep.equal(['Block URL']);
  });

  it('follows the menu button pattern by keyboard', async () => {
    const { id, device } = ingested();
    const el = await mount(id);
    await loaded(el);
    const button = menuButton(el, device.id)!;
    button.focus();

    await sendKeys({ press: 'Enter' });
    await eventually(() => menu(el), 'Enter opens the menu');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActive()).to.equal(menuItems(el)[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()).to.equal(menuItems(el)[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActive(), 'Up wraps to the last item').to.equal(menuItems(el).at(-1));
    await sendKeys({ press: 'Home' });
    expect(deepActive()).to.equal(menuItems(el)[0]);
    await sendKeys({ press: 'Escape' });
    await eventually(() => !menu(el), 'Escape closes the menu');
    expect(deepActive()).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'ArrowUp' });
    await eventually(() => menu(el), 'Up opens the menu');
    expect(deepActive()).to.equal(menuItems(el).at(-1));
    await sendKeys({ press: 'Escape' });
    await eventually(() => !menu(el), 'the menu closes');

    await sendKeys({ press: 'Enter' });
    await eventually(() => menu(el), 'the menu opens again');
    await sendKeys({ press: 'Enter' });
    await eventually(() => dialog(el).open, 'Enter on "Isolate device" asks for confirmation');
    expect(menu(el)).to.be.null;
    expect(dialog(el).querySelector('h2')!.textContent).to.equal('Isolate device');
    expect(deepActive(), 'focus starts on the safe choice').to.equal(dialogButton(el, 'Cancel'));
    await sendKeys({ press: 'Escape' });
    await eventually(() => !dialog(el).open, 'Escape closes the confirmation');
    expect(deepActive()).to.equal(button);
    expect(service().listRemediationActions({ entityId: device.id })).to.be.empty;
  });

  it('isolates a device from the menu and shows the progress until it completes or fails', async () => {
    const api = new CountingApi({ baseUrl: BASE_URL });
    const { id, device } = ingested();
    const el = await mount(id, api);
    await loaded(el);
    await runFromMenu(el, device.id, 'Isolate device');
    expect(text(dialog(el))).to.include(device.displayName).and.include('cut off from the network');
    const changed = oneEvent(el, 'soc-remediation-changed') as Promise<RemediationChangedEvent>;
    dialogButton(el, 'Isolate device')!.click();

    const started = (await changed).detail.action;
    expect(started).to.include({ type: 'isolateDevice', entityId: device.id, status: 'approved', incidentId: null });
    await eventually(() => statusOf(el, started.id) === 'Approved', 'the new action shows');
    expect(actionBlock(el, started.id)!.querySelector('[role="progressbar"]')).to.exist;
    expect(deepActive(), 'focus returns to the menu button').to.equal(menuButton(el, device.id));

    clock.advance(10 * SECOND);
    await eventually(() => statusOf(el, started.id) === 'Running', 'the action runs');
    expect(actionBlock(el, started.id)!.querySelector('[role="progressbar"]')).to.exist;
    await eventually(() => row(el, device.id)!.querySelectorAll('td')[2].textContent!.trim() === 'Running', 'the entity shows running');

    const finished: RemediationChangedEvent[] = [];
    el.addEventListener('soc-remediation-changed', (event) => finished.push(event));
    clock.advance(3 * MINUTE);
    const truth = service().listRemediationActions({ entityId: device.id }).find((action) => action.id === started.id)!;
    expect(truth.status).to.be.oneOf(['completed', 'failed']);
    await eventually(() => statusOf(el, started.id) === REMEDIATION_ACTION_STATUS_LABELS[truth.status], 'the outcome shows');
    expect(actionBlock(el, started.id)!.querySelector('[role="progressbar"]')).to.be.null;
    expect(finished.map((event) => event.detail.action.status)).to.include(truth.status);
    const entity = service().getEntity(device.id) as DeviceEntity;
    expect(entity.isolated).to.equal(truth.status === 'completed');

    await openMenu(el, device.id);
    const labels = menuItems(el).map((item) => item.textContent!.trim());
    expect(labels).to.include(entity.isolated ? 'Release from isolation' : 'Isolate device');

    const loads = api.loads;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.loads, 'no more reloads once nothing is in progress').to.equal(loads);
  });

  it('marks an action already running on the entity as unavailable in the menu', async () => {
    const { id, device } = ingested();
    const el = await mount(id);
    await loaded(el);
    await runFromMenu(el, device.id, 'Run antivirus scan');
    dialogButton(el, 'Run antivirus scan')!.click();
    await eventually(() => root(el).querySelector('[data-action-id] .marker'), 'the scan shows');

    await openMenu(el, device.id);
    const scan = menuItems(el).find((item) => item.dataset.actionType === 'runAntivirusScan')!;
    expect(scan.getAttribute('aria-disabled')).to.equal('true');
    expect(scan.textContent).to.include('Running');
    scan.click();
    await el.updateComplete;
    expect(dialog(el).open).to.be.false;
  });

  it('asks the page for a live response session on a device', async () => {
    const { id, device } = ingested();
    const el = await mount(id);
    await loaded(el);
    await openMenu(el, device.id);
    const requested = oneEvent(el, 'soc-request-live-response') as Promise<RequestLiveResponseEvent>;
    menuItems(el).find((item) => item.textContent!.includes('Initiate live response session'))!.click();
    const event = await requested;
    expect(event.cancelable && event.bubbles && event.composed).to.be.true;
    expect(event.detail.device).to.include({ id: device.id, type: 'device' });
    await eventually(() => !menu(el), 'the menu closes');
    expect(deepActive()).to.equal(menuButton(el, device.id));
  });

  it('hides what the backend cannot do', async () => {
    const { id, device, user } = ingested();
    const noLiveResponse = await mount(id, new LimitedApi(BASE_URL, ['liveResponse']));
    await loaded(noLiveResponse);
    await openMenu(noLiveResponse, device.id);
    expect(menuItems(noLiveResponse).map((item) => item.textContent!.trim())).to.not.include('Initiate live response session');

    const noRemediation = await mount(id, new LimitedApi(BASE_URL, ['remediation']));
    await loaded(noRemediation);
    expect([...root(noRemediation).querySelectorAll('thead th')].map((th) => th.textContent!.trim())).to.not.include('Response actions');
    expect(menuButton(noRemediation, user.id), 'nothing to do on a user').to.be.null;
    await openMenu(noRemediation, device.id);
    expect(menuItems(noRemediation).map((item) => item.textContent!.trim())).to.deep.equal(['Initiate live response session']);

    const noEvidence = await mount(id, new LimitedApi(BASE_URL, ['evidence']));
    await eventually(() => /not available/.test(text(root(noEvidence))), 'the tab says evidence is unavailable');
  });

  it('disables the controls up front for a reader, and says why', async () => {
    const { id, pending } = pendingIncident();
    test.backend.setScenario({ role: 'reader' });
    const el = await mount(id);
    await loaded(el);
    await eventually(() => root(el).querySelector('.note'), 'the reader note shows');
    expect(text(root(el).querySelector('.note')!)).to.include('not approve, reject or run');
    for (const action of pending.filter((item) => row(el, item.entityId))) {
      expect(decisionButton(el, action.id, 'approve')!.disabled).to.be.true;
      expect(decisionButton(el, action.id, 'reject')!.disabled).to.be.true;
    }
    const menuButtons = [...root(el).querySelectorAll<HTMLButtonElement>('button.menu-button')];
    expect(menuButtons.length).to.be.greaterThan(0);
    expect(menuButtons.every((button) => button.disabled)).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows the refusal clearly when the backend refuses the role', async () => {
    const { id, user } = ingested();
    const el = await mount(id);
    await loaded(el);
    await runFromMenu(el, user.id, 'Disable user');
    test.backend.setScenario({ role: 'reader' });
    dialogButton(el, 'Disable user')!.click();

    await eventually(() => dialog(el).querySelector('[role="alert"]'), 'the refusal shows');
    expect(text(dialog(el).querySelector('[role="alert"]')!)).to.include('Not allowed').and.include('Your role cannot run remediation actions');
    expect(service().listRemediationActions({ entityId: user.id })).to.be.empty;
    await expect(el).to.be.accessible();
    dialogButton(el, 'Close')!.click();
    await eventually(() => menuButton(el, user.id)!.disabled, 'the refusal disables the controls');
  });

  it('explains a manual action the entity no longer allows, and shows its new state', async () => {
    const { id, user } = ingested();
    const el = await mount(id);
    await loaded(el);
    await runFromMenu(el, user.id, 'Disable user');
    // Someone else disables the account meanwhile.
    for (let attempt = 0; attempt < 10 && (service().getEntity(user.id) as UserEntity).accountEnabled; attempt++) {
      service().runRemediationAction(admin(), user.id, 'disableUser');
      clock.advance(3 * MINUTE);
    }
    expect((service().getEntity(user.id) as UserEntity).accountEnabled).to.be.false;
    dialogButton(el, 'Disable user')!.click();

    await eventually(() => dialog(el).querySelector('[role="alert"]'), 'the refusal shows');
    expect(text(dialog(el).querySelector('[role="alert"]')!)).to.include('Check the values').and.include('already disabled');
    expect(dialogButton(el, 'Disable user')!.disabled).to.be.true;
    dialogButton(el, 'Close')!.click();
    await eventually(
      () => row(el, user.id)!.querySelectorAll('td')[2].textContent!.trim() === 'Remediated',
      'the list reloads with the account disabled',
    );
    await openMenu(el, user.id);
    expect(menuItems(el).map((item) => item.textContent!.trim())).to.include('Enable user');
  });

  it('shows every failure kind of a manual action clearly', async () => {
    const api = new FailingApi({ baseUrl: BASE_URL });
    const { id, file } = ingested();
    const el = await mount(id, api);
    await loaded(el);

    for (const failure of REMEDIATION_FAILURES) {
      api.failure = failure;
      await runFromMenu(el, file.id, 'Quarantine file');
      dialog(el).querySelector<HTMLButtonElement>('button.primary')!.click();
      await eventually(() => dialog(el).querySelector('[role="alert"]'), `the ${failure.kind} failure shows`);
      const described = describeApiError(failure, { action: 'run remediation actions' }, new Localizer());
      const alert = text(dialog(el).querySelector('[role="alert"]')!);
      expect(alert, failure.kind).to.include(described.title).and.include(described.message);
      const primary = dialog(el).querySelector<HTMLButtonElement>('button.primary')!;
      expect(primary.textContent!.trim(), failure.kind).to.equal(described.canRetry ? 'Retry' : 'Quarantine file');
      expect(primary.disabled, failure.kind).to.equal(!described.canRetry);
      await sendKeys({ press: 'Escape' });
      await eventually(() => !dialog(el).open, `the dialog closes after ${failure.kind}`);
    }

    api.failure = REMEDIATION_FAILURES.find((failure) => failure.kind === 'server');
    await runFromMenu(el, file.id, 'Quarantine file');
    dialog(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await eventually(() => dialogButton(el, 'Retry'), 'Retry shows');
    api.failure = undefined;
    dialogButton(el, 'Retry')!.click();
    await eventually(() => !dialog(el).open, 'the retry goes through');
    expect(service().listRemediationActions({ entityId: file.id }).map((action) => action.type)).to.deep.equal(['quarantineFile']);
  });

  it('says "No evidence" when the incident has none', async () => {
    const created = service().createIncident(admin(), { displayName: 'Nothing found', alerts: [{ title: 'Lonely alert', severity: 'low' }] });
    const el = await mount(created.id);
    await eventually(() => /No evidence/.test(text(root(el))), 'the empty state shows');
    expect(root(el).querySelector('table')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the evidence loads', async () => {
    const { id } = pendingIncident();
    test.backend.setScenario({ latencyMs: 2_000 });
    const el = await mount(id);
    expect(root(el).querySelector('.skeleton [role="status"]')!.textContent).to.equal('Loading evidence…');
    await expect(el).to.be.accessible();
  });

  it('shows a failed load with Retry, and loads on retry', async () => {
    const { id } = pendingIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(id);
    await eventually(() => root(el).querySelector('[role="alert"]'), 'the error shows');
    expect(text(root(el))).to.include("Couldn't load evidence");
    await expect(el).to.be.accessible();
    test.backend.setScenario({ errorRate: 0 });
    [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Retry')!.click();
    await loaded(el);
  });

  it('says when to retry a throttled load', async () => {
    const { id } = pendingIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount(id);
    await eventually(() => root(el).querySelector('[role="alert"]'), 'the error shows');
    expect(text(root(el).querySelector('[role="alert"]')!)).to.match(/Try again in 2 seconds\./);
  });

  it('keeps what it shows when a reload fails, with the failure above it', async () => {
    const { id } = pendingIncident();
    const el = await mount(id);
    await loaded(el);
    test.backend.setScenario({ offline: true });
    el.refresh();
    await eventually(() => root(el).querySelector('.banner[role="alert"]'), 'the reload failure shows');
    expect(text(root(el).querySelector('.banner')!)).to.include("Can't reach the incident service");
    expect(rows(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('renders markup from the API as text', async () => {
    const { id, device } = ingested(MARKUP);
    const el = await mount(id);
    await loaded(el);
    expect(row(el, device.id)!.querySelector('button.entity')!.textContent!.trim()).to.equal(`${MARKUP}fin-lt-042`);
    expect(text(root(el).querySelector('tbody')!)).to.include(`${MARKUP}invoice_0423.exe`);
    await runFromMenu(el, device.id, 'Isolate device');
    expect(text(dialog(el))).to.include(`${MARKUP}fin-lt-042`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socEvidenceResponsePwned).to.be.undefined;
  });
});
