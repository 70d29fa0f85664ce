import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Scenario } from '@soc-kit/mock-api';
import { http, HttpResponse } from 'msw';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import {
  CAPABILITIES,
  HttpIncidentApi,
  type Incident,
  type IncidentApi,
  type PlaybookRun,
  type PlaybookTarget,
} from '../api/index.js';
import type { PlaybookRunEndEvent } from '../events/playbook-run-end.js';
import type { PlaybookRunStartEvent } from '../events/playbook-run-start.js';
import { PLAYBOOK_RUN_STATUS_LABELS } from '../internal/labels.js';
import '../provider/define.js';
import './define.js';
import type { SocPlaybookRunner } from './playbook-runner.js';

/** The machine may be busy: give the backend this long to answer before a wait fails. */
const PATIENCE = { timeout: 5_000 };
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const MARKUP = '<img src=x onerror="window.__socPlaybookPwned=1">';

declare global {
  interface Window {
    __socPlaybookPwned?: number;
  }
}

class ApiWithoutPlaybooks extends HttpIncidentApi {
  override readonly capabilities = new Set(CAPABILITIES.filter((capability) => capability !== 'playbooks'));
}

describe('soc-playbook-runner', () => {
  let test: TestBackend;
  let api: IncidentApi;
  /** The service's clock: playbook runs progress only when a test moves it. */
  let now = TEST_NOW + MINUTE;

  before(async () => {
    test = await startTestBackend({ clock: () => now });
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const responder = () => service().principalFor('responder');
  const root = (el: SocPlaybookRunner) => el.shadowRoot!;
  const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
  const button = (el: SocPlaybookRunner, label: string) =>
    [...root(el).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);
  const dialog = (el: SocPlaybookRunner) => root(el).querySelector('dialog')!;
  const choices = (el: SocPlaybookRunner) => [...root(el).querySelectorAll<HTMLElement>('.choice')];
  const runRows = (el: SocPlaybookRunner) => [...root(el).querySelectorAll<HTMLElement>('tbody[data-run-id]')];
  const followedStatus = (el: SocPlaybookRunner) => text(root(el).querySelector('.run-facts [role="status"]')!);
  const followedLog = (el: SocPlaybookRunner) =>
    [...root(el).querySelectorAll('.follow .log li span')].map((line) => line.textContent);

  function incident(): Incident {
    return service().listIncidents({ top: 1 }).items[0];
  }

  /** Polls every half second unless told otherwise: often enough to follow, rarely enough not to slow axe down. */
  async function mount(options: {
    target?: PlaybookTarget;
    incidentId?: string;
    client?: IncidentApi;
    pollIntervalMs?: number;
  }): Promise<SocPlaybookRunner> {
    const provider = await fixture(html`<soc-api-provider .api=${options.client ?? api}>
      <soc-playbook-runner
        .target=${options.target}
        .incidentId=${options.incidentId}
        .pollIntervalMs=${options.pollIntervalMs ?? 500}
      ></soc-playbook-runner>
    </soc-api-provider>`);
    return provider.querySelector('soc-playbook-runner')!;
  }

  const listed = (el: SocPlaybookRunner) =>
    waitUntil(() => root(el).querySelector('table, .empty'), 'the runs load', PATIENCE);

  async function openDialog(el: SocPlaybookRunner): Promise<void> {
    root(el).querySelector<HTMLButtonElement>('#run-playbook')!.click();
    const settled = () => dialog(el).open && root(el).querySelector('.choices, .choices-empty, [role="alert"]');
    await waitUntil(settled, 'the playbooks load', PATIENCE);
  }

  async function choose(el: SocPlaybookRunner, playbookId: string): Promise<void> {
    root(el).querySelector<HTMLInputElement>(`.choice[data-playbook-id="${playbookId}"] input`)!.click();
    await el.updateComplete;
  }

  /** Whether each of `count` runs started in a row on a fresh tenant succeeds or fails. */
  function fatesOfRuns(target: PlaybookTarget, count: number): PlaybookRun['status'][] {
    freshState(test);
    const ids = Array.from({ length: count }, () => service().runPlaybook(responder(), 'pb-servicenow', target).id);
    now += 5 * MINUTE;
    const runs = service().listPlaybookRuns(target);
    const fates = ids.map((id) => runs.find((run) => run.id === id)!.status);
    freshState(test);
    return fates;
  }

  /** Starts runs on the service until the next one started has the given fate. */
  function nextRunWillEnd(target: PlaybookTarget, fate: 'succeeded' | 'failed'): void {
    const before = fatesOfRuns(target, 40).indexOf(fate);
    expect(before, `one of 40 runs ${fate}`).to.be.at.least(0);
    for (let n = 0; n < before; n++) service().runPlaybook(responder(), 'pb-servicenow', target);
    now += 5 * MINUTE;
  }

  it("lists the target's runs as the service does: playbook, status, started, finished, triggered by", async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    service().runPlaybook(responder(), 'pb-notify-teams', target);
    now += 5 * MINUTE;
    service().runPlaybook(service().principalFor('admin'), 'pb-enrich-ti', target);
    const el = await mount({ target });
    await listed(el);

    const expected = service().listPlaybookRuns(target);
    expect(runRows(el).map((row) => row.dataset.runId)).to.deep.equal(expected.map((run) => run.id));
    runRows(el).forEach((row, index) => {
      const run = expected[index];
      const cells = [...row.querySelector('tr')!.children].map((cell) => text(cell));
      expect(cells[0]).to.equal(run.playbookName);
      expect(cells[1]).to.equal(PLAYBOOK_RUN_STATUS_LABELS[run.status]);
      expect(cells[3] === '—').to.equal(run.finishedAt === null);
      expect(cells[4]).to.equal(run.triggeredBy);
    });
    expect(text(runRows(el)[0])).to.include('Queued');
    expect(text(runRows(el)[1])).to.match(/Succeeded|Failed/);
    await expect(el).to.be.accessible();
  });

  it("opens a run's log with its disclosure button, by click or keyboard", async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    service().runPlaybook(responder(), 'pb-notify-teams', target);
    now += 5 * MINUTE;
    const el = await mount({ target });
    await listed(el);
    const [run] = service().listPlaybookRuns(target);
    const disclosure = runRows(el)[0].querySelector<HTMLButtonElement>('button.disclosure')!;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');

    disclosure.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('true');
    const log = root(el).querySelector(`#log-${run.id}`)!;
    expect(log.hasAttribute('hidden')).to.be.false;
    expect([...log.querySelectorAll('.log li span')].map((line) => line.textContent)).to.deep.equal(
      run.log.map((line) => line.message),
    );
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(disclosure.getAttribute('aria-expanded')).to.equal('false');
    expect(log.hasAttribute('hidden')).to.be.true;
  });

  for (const kind of ['incident', 'alert', 'entity'] as const) {
    it(`offers only the playbooks that run on ${kind}s`, async () => {
      const anIncident = incident();
      const id = kind === 'incident' ? anIncident.id : kind === 'alert' ? service().listIncidentAlerts(anIncident.id)[0].id : 'user-0';
      const el = await mount({ target: { kind, id } });
      await listed(el);
      await openDialog(el);
      const expected = service().listPlaybooks().filter((playbook) => playbook.triggerKind === kind);
      expect(expected.length).to.be.greaterThan(0);
      expect(choices(el).map((choice) => choice.dataset.playbookId)).to.deep.equal(expected.map((playbook) => playbook.id));
      expect(text(choices(el)[0])).to.include(expected[0].name).and.include(expected[0].description);
      await expect(el).to.be.accessible();
    });
  }

  it('narrows the playbooks with the search box, and says when none match', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    await openDialog(el);
    expect(root(el).activeElement?.id, 'the dialog opens on the search box').to.equal('search');
    await sendKeys({ type: 'servicenow' });
    await el.updateComplete;
    expect(choices(el).map((choice) => choice.dataset.playbookId)).to.deep.equal(['pb-servicenow']);
    await sendKeys({ type: ' nothing' });
    await el.updateComplete;
    expect(choices(el)).to.have.length(0);
    expect(text(root(el).querySelector('.choices-empty')!)).to.equal('No playbooks match "servicenow nothing".');
    await expect(el).to.be.accessible();
  });

  it('follows a run from Queued to Running to Succeeded as the service clock moves', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    nextRunWillEnd(target, 'succeeded');
    const el = await mount({ target, pollIntervalMs: 50 });
    await listed(el);
    await openDialog(el);
    await choose(el, 'pb-servicenow');
    setTimeout(() => button(el, 'Run')!.click());
    const started = (await oneEvent(el, 'soc-playbook-run-start')) as PlaybookRunStartEvent;
    expect(started.detail.run).to.include({ playbookId: 'pb-servicenow', status: 'queued' });
    expect(started.bubbles && started.composed).to.be.true;

    await waitUntil(() => root(el).querySelector('.follow'), 'the dialog follows the run', PATIENCE);
    expect(text(root(el).querySelector('#follow-title')!)).to.equal('Create ServiceNow ticket');
    expect(root(el).activeElement?.id, 'focus moves to the run').to.equal('follow-title');
    expect(followedStatus(el)).to.equal('Queued');
    expect(followedLog(el)).to.deep.equal([`Queued by ${responder().id}`]);
    await expect(el).to.be.accessible();

    now += 5 * SECOND;
    await waitUntil(() => followedStatus(el) === 'Running', 'the run starts', PATIENCE);
    expect(followedLog(el)).to.include('Run started');

    const ended: PlaybookRunEndEvent[] = [];
    el.addEventListener('soc-playbook-run-end', (event) => ended.push(event));
    now += 2 * MINUTE;
    await waitUntil(() => followedStatus(el) === 'Succeeded', 'the run succeeds', PATIENCE);
    const run = service().listPlaybookRuns(target).find((candidate) => candidate.id === started.detail.run.id)!;
    expect(run.status).to.equal('succeeded');
    // The run's end is announced once, so that a page can read what the run wrote.
    await waitUntil(() => ended.length > 0, 'the run end is announced');
    expect(ended.map((event) => [event.detail.run.id, event.detail.run.status])).to.deep.equal([[run.id, 'succeeded']]);
    expect(ended[0]!.bubbles && ended[0]!.composed).to.be.true;
    expect(followedLog(el)).to.deep.equal(run.log.map((line) => line.message));
    expect(text(root(el).querySelector('.run-facts')!)).to.not.include('Finished —');

    button(el, 'Close')!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.be.false;
    await waitUntil(() => runRows(el)[0]?.dataset.runId === run.id, 'the run is listed', PATIENCE);
    expect(text(runRows(el)[0])).to.include('Succeeded');
  });

  it('shows a run that fails as Failed, with the failing step in its log', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    nextRunWillEnd(target, 'failed');
    const el = await mount({ target, pollIntervalMs: 50 });
    await listed(el);
    await openDialog(el);
    await choose(el, 'pb-servicenow');
    button(el, 'Run')!.click();
    await waitUntil(() => root(el).querySelector('.follow'), 'the dialog follows the run', PATIENCE);
    now += 2 * MINUTE;
    await waitUntil(() => followedStatus(el) === 'Failed', 'the run fails', PATIENCE);
    const log = followedLog(el);
    expect(log.at(-1)).to.equal('Run failed');
    expect(log.some((line) => /: failed — /.test(line ?? ''))).to.be.true;
    expect(root(el).querySelector('.follow .run-status.failed')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('lists the runs on the incident beside those on the alert', async () => {
    const anIncident = incident();
    const [alert, other] = service().listIncidentAlerts(anIncident.id);
    const onIncident = service().runPlaybook(responder(), 'pb-notify-teams', { kind: 'incident', id: anIncident.id });
    const onAlert = service().runPlaybook(responder(), 'pb-alert-geo', { kind: 'alert', id: alert.id });
    const onOther = other ? service().runPlaybook(responder(), 'pb-alert-email', { kind: 'alert', id: other.id }) : undefined;
    const el = await mount({ target: { kind: 'alert', id: alert.id }, incidentId: anIncident.id });
    await listed(el);
    const shown = runRows(el).map((row) => row.dataset.runId);
    expect(shown).to.have.members([onIncident.id, onAlert.id, ...(onOther ? [onOther.id] : [])]);

    const alone = await mount({ target: { kind: 'alert', id: alert.id } });
    await listed(alone);
    expect(runRows(alone).map((row) => row.dataset.runId)).to.deep.equal([onAlert.id]);
  });

  it('works the dialog from the keyboard: open, pick, run, and Escape back to the button', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    const runButton = root(el).querySelector<HTMLButtonElement>('#run-playbook')!;
    runButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => choices(el).length > 0, 'the playbooks load', PATIENCE);
    expect(root(el).activeElement?.id).to.equal('search');

    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const checked = root(el).querySelector<HTMLInputElement>('.choice input:checked')!;
    expect(checked.closest<HTMLElement>('.choice')!.dataset.playbookId).to.equal(choices(el)[1].dataset.playbookId);
    expect(root(el).activeElement).to.equal(checked);

    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.textContent?.trim()).to.equal('Run');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.follow'), 'the run starts', PATIENCE);
    const picked = service().listPlaybooks().find((playbook) => playbook.id === checked.value)!;
    expect(text(root(el).querySelector('#follow-title')!)).to.equal(picked.name);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.be.false;
    expect(root(el).activeElement).to.equal(runButton);
  });

  it('asks for a choice when Run is pressed with no playbook chosen', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    await openDialog(el);
    button(el, 'Run')!.click();
    await el.updateComplete;
    expect(text(root(el).querySelector('#choice-hint')!)).to.equal('Choose a playbook to run.');
    expect(root(el).querySelector('.follow')).to.be.null;
    await expect(el).to.be.accessible();
  });

  interface StartFailure {
    name: string;
    prepare: () => void;
    target?: () => PlaybookTarget;
    playbookId?: string;
    says: RegExp;
    retry: boolean;
  }
  const setScenario = (changes: Partial<Scenario>) => () => void test.backend.setScenario(changes);
  const failures: StartFailure[] = [
    { name: 'a server error', prepare: setScenario({ errorRate: 1 }), says: /Server error.*simulated failure/, retry: true },
    { name: 'throttling', prepare: setScenario({ throttled: true }), says: /Too many requests.*Try again in 2 s/, retry: true },
    { name: 'no network', prepare: setScenario({ offline: true }), says: /Can't reach the incident service/, retry: true },
    { name: 'a reader role', prepare: setScenario({ role: 'reader' }), says: /Your role cannot run playbooks/, retry: false },
    {
      name: 'a target the playbook does not suit',
      prepare: () => {},
      target: () => ({ kind: 'entity', id: 'user-0' }),
      playbookId: 'pb-block-ip',
      says: /Check the values.*runs on ip entities/,
      retry: false,
    },
    {
      name: 'a target that does not exist',
      prepare: () => {},
      target: () => ({ kind: 'incident', id: '999999' }),
      says: /Not found.*999999/,
      retry: false,
    },
  ];

  for (const failure of failures) {
    it(`explains ${failure.name} when a run cannot start, and keeps the choice`, async () => {
      const target = failure.target?.() ?? { kind: 'incident' as const, id: incident().id };
      const playbookId = failure.playbookId ?? 'pb-notify-teams';
      const el = await mount({ target });
      await listed(el);
      await openDialog(el);
      await choose(el, playbookId);
      failure.prepare();
      button(el, 'Run')!.click();
      await waitUntil(() => root(el).querySelector('.start-error'), 'the failure shows', PATIENCE);
      const shown = text(root(el).querySelector('.start-error')!);
      expect(shown).to.match(failure.says);
      expect(shown.includes('Press Run to try again')).to.equal(failure.retry);
      expect(root(el).querySelector<HTMLInputElement>(`.choice[data-playbook-id="${playbookId}"] input`)!.checked).to.be.true;
      expect(button(el, 'Run')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('starts the run on a second try once the service answers again', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    await openDialog(el);
    await choose(el, 'pb-enrich-ti');
    test.backend.setScenario({ errorRate: 1 });
    button(el, 'Run')!.click();
    await waitUntil(() => root(el).querySelector('.start-error'), 'the failure shows', PATIENCE);
    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Run')!.click();
    await waitUntil(() => root(el).querySelector('.follow'), 'the run starts', PATIENCE);
    expect(followedStatus(el)).to.equal('Queued');
  });

  it('says "No playbook runs yet" for a target without runs', async () => {
    const el = await mount({ target: { kind: 'entity', id: 'user-0' } });
    await listed(el);
    expect(text(root(el))).to.include('No playbook runs yet');
    expect(root(el).querySelector('table')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('shows a loading state while the runs load', async () => {
    test.backend.setScenario({ latencyMs: 3_000 });
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    expect(text(root(el).querySelector('[role="status"]')!)).to.equal('Loading playbook runs…');
    await expect(el).to.be.accessible();
  });

  it('shows a loading state in the dialog while the playbooks load', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    test.backend.setScenario({ latencyMs: 3_000 });
    root(el).querySelector<HTMLButtonElement>('#run-playbook')!.click();
    await waitUntil(() => dialog(el).open, 'the dialog opens', PATIENCE);
    expect(text(dialog(el).querySelector('[role="status"]')!)).to.equal('Loading playbooks…');
    expect(button(el, 'Run')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows a failed list with Retry, and loads on retry', async () => {
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(text(root(el))).to.include("Couldn't load playbook runs");
    await expect(el).to.be.accessible();
    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry')!.click();
    await listed(el);
  });

  it('shows failed playbooks in the dialog with Retry', async () => {
    const el = await mount({ target: { kind: 'incident', id: incident().id } });
    await listed(el);
    test.backend.setScenario({ errorRate: 1 });
    await openDialog(el);
    expect(text(dialog(el).querySelector('[role="alert"]')!)).to.include("Couldn't load playbooks");
    await expect(el).to.be.accessible();
    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry')!.click();
    await waitUntil(() => choices(el).length > 0, 'the playbooks load', PATIENCE);
  });

  it('keeps the runs in view when a refresh fails, and refreshes on Retry', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    const run = service().runPlaybook(responder(), 'pb-notify-teams', target);
    const el = await mount({ target });
    await listed(el);
    test.backend.setScenario({ errorRate: 1 });
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the refresh fails', PATIENCE);
    expect(text(root(el).querySelector('[role="alert"]')!)).to.include("Couldn't refresh the runs");
    expect(runRows(el).map((row) => row.dataset.runId)).to.deep.equal([run.id]);
    expect(text(runRows(el)[0])).to.include('Queued');

    test.backend.setScenario({ errorRate: 0 });
    now += 5 * MINUTE;
    button(el, 'Retry')!.click();
    await waitUntil(() => /Succeeded|Failed/.test(text(runRows(el)[0])), 'the refresh shows the end', PATIENCE);
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
  });

  it('lets a reader see the runs but not start one', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    service().runPlaybook(responder(), 'pb-notify-teams', target);
    test.backend.setScenario({ role: 'reader' });
    const el = await mount({ target });
    await listed(el);
    await waitUntil(() => root(el).querySelector('#read-only'), 'the role is known', PATIENCE);
    const runButton = root(el).querySelector<HTMLButtonElement>('#run-playbook')!;
    expect(runButton.getAttribute('aria-disabled')).to.equal('true');
    expect(text(root(el).querySelector('#read-only')!)).to.equal('Your role cannot run playbooks.');
    runButton.click();
    await el.updateComplete;
    expect(dialog(el).open).to.be.false;
    expect(runRows(el)).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows a reader the reason, not the playbooks, when opened before the role is known', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    test.backend.setScenario({ role: 'reader' });
    let answer = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    test.worker.use(
      http.get(`${BASE_URL}/me`, async () => {
        await answered;
        return HttpResponse.json(service().principalFor('reader'));
      }),
    );
    const el = await mount({ target });
    // Opened while the principal is still being read, as a host's own "Run playbook" may.
    el.show();
    await waitUntil(() => dialog(el).open, 'the dialog opens', PATIENCE);
    answer();
    await waitUntil(() => root(el).querySelector('#read-only'), 'the role is known', PATIENCE);
    await el.updateComplete;
    expect(text(root(el).querySelector('.read-only-note')!)).to.equal('Your role cannot run playbooks.');
    expect(choices(el)).to.have.length(0);
    expect(button(el, 'Run')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('renders markup in playbooks and runs as text', async () => {
    const target: PlaybookTarget = { kind: 'incident', id: incident().id };
    const run: PlaybookRun = {
      id: 'run-markup',
      playbookId: 'pb-markup',
      playbookName: `Name ${MARKUP}`,
      target,
      incidentId: target.id,
      status: 'failed',
      startedAt: new Date(now).toISOString(),
      finishedAt: new Date(now).toISOString(),
      triggeredBy: `user ${MARKUP}`,
      log: [{ time: new Date(now).toISOString(), message: `Step ${MARKUP}` }],
    };
    test.worker.use(
      http.get(`${BASE_URL}/playbooks`, () =>
        HttpResponse.json({
          items: [{ id: 'pb-markup', name: `Playbook ${MARKUP}`, description: `Does ${MARKUP}`, triggerKind: 'incident' }],
        }),
      ),
      http.get(`${BASE_URL}/playbook-runs`, () => HttpResponse.json({ items: [run] })),
    );
    const el = await mount({ target });
    await listed(el);
    runRows(el)[0].querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await el.updateComplete;
    expect(text(runRows(el)[0])).to.include(`Name ${MARKUP}`).and.include(`user ${MARKUP}`).and.include(`Step ${MARKUP}`);
    await openDialog(el);
    expect(text(choices(el)[0])).to.include(`Playbook ${MARKUP}`).and.include(`Does ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socPlaybookPwned).to.be.undefined;
  });

  it('says so when the backend has no playbooks', async () => {
    const client = new ApiWithoutPlaybooks({ baseUrl: BASE_URL });
    const el = await mount({ target: { kind: 'incident', id: incident().id }, client });
    expect(text(root(el))).to.include("Playbooks aren't available with this incident service.");
    expect(root(el).querySelector('#run-playbook')).to.be.null;
  });
});
