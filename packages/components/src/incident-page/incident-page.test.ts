import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type DeviceEntity, type Incident, type Severity } from '../api/index.js';
import type { EntityOpenEvent } from '../events/entity-open.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import type { IncidentUpdatedEvent } from '../events/incident-updated.js';
import { SEVERITY_LABELS } from '../internal/labels.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentPage } from './incident-page.js';
import type { IncidentTabChangeEvent } from '../events/incident-tab-change.js';
import { PlaybookRunEndEvent } from '../events/playbook-run-end.js';
import { RequestLiveResponseEvent } from '../events/request-live-response.js';
import { describedAndResolved } from '../../../mock-api/src/service/testing.js';

const MARKUP = '<img src=x onerror="window.__socIncidentPagePwned=1">';

declare global {
  interface Window {
    __socIncidentPagePwned?: number;
  }
}

describe('soc-incident-page', () => {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const responder = () => test.backend.service.principalFor('responder');
  const root = (el: SocIncidentPage) => el.shadowRoot!;
  const text = (el: SocIncidentPage) => root(el).textContent!.replace(/\s+/g, ' ');
  const button = (el: SocIncidentPage, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  const tabs = (el: SocIncidentPage) => [...root(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const tab = (el: SocIncidentPage, name: string) => root(el).querySelector<HTMLButtonElement>(`#tab-${name}`)!;
  const shownPanels = (el: SocIncidentPage) =>
    [...root(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')].filter((panel) => !panel.hidden);
  const heading = (el: SocIncidentPage) => root(el).querySelector('h1')!.textContent;

  async function mount(incidentId: string, tabAttribute?: string): Promise<SocIncidentPage> {
    const provider = await fixture(
      tabAttribute
        ? html`<soc-api-provider .api=${api}>
            <soc-incident-page .incidentId=${incidentId} tab=${tabAttribute}></soc-incident-page>
          </soc-api-provider>`
        : html`<soc-api-provider .api=${api}>
            <soc-incident-page .incidentId=${incidentId}></soc-incident-page>
          </soc-api-provider>`,
    );
    return provider.querySelector('soc-incident-page')!;
  }

  const loaded = (el: SocIncidentPage) => waitUntil(() => root(el).querySelector('header'), 'incident loads');

  /** An incident with tags and impacted devices, so that every part of the header and both tabs have content. */
  function richIncident(): Incident {
    const incident = test.backend.service
      .listIncidents({ top: 50 })
      .items.find((i) => i.alertCount > 0 && i.customTags.length > 0 && i.impactedAssets.devices > 0);
    if (!incident) throw new Error('The generated data has no incident with alerts, tags and devices.');
    return incident;
  }

  /** Checks that `name` is the one selected tab, the one tab stop, and that only its panel shows. */
  function expectShownTab(el: SocIncidentPage, name: string, otherName: string) {
    expect(tab(el, name).getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, otherName).getAttribute('aria-selected')).to.equal('false');
    expect(tabs(el).filter((t) => t.tabIndex === 0)).to.deep.equal([tab(el, name)]);
    const panels = shownPanels(el);
    expect(panels.map((panel) => panel.id)).to.deep.equal([`panel-${name}`]);
    expect(panels[0].getAttribute('aria-labelledby')).to.equal(`tab-${name}`);
    expect(tab(el, name).getAttribute('aria-controls')).to.equal(`panel-${name}`);
  }

  it("shows the service's incident in the header", async () => {
    const incident = richIncident();
    const el = await mount(incident.id);
    await loaded(el);

    expect(heading(el)).to.equal(incident.displayName);
    const header = root(el).querySelector('header')!.textContent!.replace(/\s+/g, ' ');
    expect(header).to.include(`Incident ID ${incident.id}`);
    expect(header).to.include(incident.assignedTo ?? 'Unassigned');
    for (const tag of incident.customTags) expect(header).to.include(tag);
    const severity = root(el).querySelector('header .severity')!;
    expect(severity.classList.contains(incident.severity)).to.be.true;
    expect(severity.textContent).to.equal(SEVERITY_LABELS[incident.severity]);
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Attack story',
      'Alerts',
      'Assets',
      'Investigations',
      'Evidence and Response',
      'Similar incidents',
      'Activity',
      'Tasks',
    ]);
    expectShownTab(el, 'attack-story', 'alerts');
    expect(shownPanels(el)[0].querySelector('soc-attack-story')!.incidentId).to.equal(incident.id);
    await expect(el).to.be.accessible();
  });

  it('offers only the tabs the client can fill', async () => {
    class EvidenceOnly extends HttpIncidentApi {
      override readonly capabilities = new Set(['evidence'] as const);
    }
    api = new EvidenceOnly({ baseUrl: BASE_URL });
    const el = await mount(richIncident().id, 'tasks');
    await loaded(el);
    expect(tabs(el).map((t) => t.textContent!.trim())).to.deep.equal([
      'Attack story',
      'Alerts',
      'Assets',
      'Evidence and Response',
      'Activity',
    ]);
    expectShownTab(el, 'attack-story', 'alerts');
  });

  it("puts each tab's element in its panel", async () => {
    const incident = richIncident();
    const el = await mount(incident.id);
    await loaded(el);
    const elements = {
      'attack-story': 'soc-attack-story',
      alerts: 'soc-alert-list',
      assets: 'soc-assets',
      investigations: 'soc-investigations',
      'evidence-and-response': 'soc-evidence-response',
      'similar-incidents': 'soc-similar-incidents',
      activity: 'soc-activity-log',
      tasks: 'soc-incident-tasks',
    } as const;
    for (const [name, tag] of Object.entries(elements)) {
      tab(el, name).click();
      await el.updateComplete;
      const shown = shownPanels(el)[0]!.querySelector(tag) as (HTMLElement & { incidentId?: string }) | null;
      expect(shown, `${name} holds ${tag}`).to.exist;
      expect(customElements.get(tag), `${tag} is defined`).to.exist;
      expect(shown!.incidentId).to.equal(incident.id);
    }
  });

  it('passes on the opening of a similar incident from the Similar incidents tab', async () => {
    const incident = richIncident();
    const expected = test.backend.service.listSimilarIncidents(incident.id)[0]!.incident;
    const el = await mount(incident.id, 'similar-incidents');
    await loaded(el);
    const similar = shownPanels(el)[0]!.querySelector('soc-similar-incidents')!;
    const open = () => similar.shadowRoot?.querySelector<HTMLButtonElement>(`li[data-incident-id="${expected.id}"] h3 button`);
    await waitUntil(open, 'the similar incidents load');
    setTimeout(() => open()!.click());
    const opened = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
    expect(opened.detail.incident.id).to.equal(expected.id);
  });

  it('shows the saved severity after "Manage incident" and Save', async () => {
    const incident = richIncident();
    const el = await mount(incident.id);
    await loaded(el);

    button(el, 'Manage incident')!.click();
    const dialog = root(el).querySelector('soc-manage-incident')!;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'manage dialog opens');
    const select = dialog.shadowRoot!.querySelector<HTMLSelectElement>('#severity')!;
    const chosen: Severity = incident.severity === 'low' ? 'high' : 'low';
    select.value = chosen;
    expect(select.value).to.equal(chosen);
    select.dispatchEvent(new Event('change'));
    await dialog.updateComplete;

    const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
    [...dialog.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Save')!.click();
    expect((await updated).detail.incidents[0].severity).to.equal(chosen);
    await el.updateComplete;

    const severity = root(el).querySelector('header .severity')!;
    expect(severity.textContent).to.equal(SEVERITY_LABELS[chosen]);
    expect(severity.classList.contains(chosen)).to.be.true;
    expect(test.backend.service.getIncident(incident.id).severity).to.equal(chosen);
  });

  describe('resolve and reopen', () => {
    const dialogOf = (el: SocIncidentPage) => root(el).querySelector('soc-manage-incident')!;
    const dialogButton = (el: SocIncidentPage, label: string) =>
      [...dialogOf(el).shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;

    async function choose(el: SocIncidentPage, id: string, value: string) {
      const select = dialogOf(el).shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await dialogOf(el).updateComplete;
    }

    const activeIncident = () =>
      test.backend.service.listIncidents({ status: ['active'], top: 50 }).items.find((i) => i.classification === 'unknown')!;

    it('resolves with a classification and determination from "Resolve incident", then offers "Reopen incident"', async () => {
      const incident = activeIncident();
      const el = await mount(incident.id);
      await loaded(el);
      button(el, 'Resolve incident')!.click();
      await waitUntil(() => dialogOf(el).shadowRoot?.querySelector('dialog')?.open, 'resolve dialog opens');
      expect(dialogOf(el).shadowRoot!.querySelector('h2')!.textContent).to.equal('Resolve incident');
      await choose(el, 'classification', 'truePositive');
      await choose(el, 'determination', 'malware');
      const updated = oneEvent(el, 'soc-incident-updated');
      dialogButton(el, 'Resolve').click();
      await updated;
      await el.updateComplete;
      expect(root(el).querySelector('header .status')!.textContent).to.equal('Resolved');
      expect(button(el, 'Resolve incident')).to.be.undefined;
      expect(test.backend.service.getIncident(incident.id)).to.include({
        status: 'resolved',
        classification: 'truePositive',
        determination: 'malware',
      });

      const reopened = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
      button(el, 'Reopen incident')!.click();
      expect((await reopened).detail.incidents[0].status).to.equal('active');
      await el.updateComplete;
      expect(root(el).querySelector('header .status')!.textContent).to.equal('Active');
      expect(test.backend.service.getIncident(incident.id).status).to.equal('active');
      expect(button(el, 'Resolve incident')).to.exist;
    });

    it('says why a reopen failed and keeps the page', async () => {
      const incident = activeIncident();
      test.backend.service.updateIncident(responder(), incident.id, { status: 'resolved', classification: 'falsePositive' });
      const el = await mount(incident.id);
      await loaded(el);
      test.backend.setScenario({ role: 'reader' });
      button(el, 'Reopen incident')!.click();
      await waitUntil(() => root(el).querySelector('.action-error')!.textContent!.trim(), 'error shows');
      expect(root(el).querySelector('.action-error')!.textContent).to.match(/^The incident was not reopened\./);
      expect(test.backend.service.getIncident(incident.id).status).to.equal('resolved');
      await expect(el).to.be.accessible();
    });

    it('loads the newer version when someone else changed the incident before a reopen', async () => {
      const incident = activeIncident();
      test.backend.service.updateIncident(responder(), incident.id, { status: 'resolved', classification: 'falsePositive' });
      const el = await mount(incident.id);
      await loaded(el);
      test.backend.service.updateIncident(responder(), incident.id, { customTags: ['Changed elsewhere'] });
      button(el, 'Reopen incident')!.click();
      await waitUntil(() => root(el).querySelector('.action-error')!.textContent!.trim(), 'conflict shows');
      expect(root(el).querySelector('.action-error')!.textContent).to.include('Someone else changed this incident');
      await waitUntil(() => text(el).includes('Changed elsewhere'), 'newer version shows');
      expect(test.backend.service.getIncident(incident.id).status).to.equal('resolved');
    });
  });

  it('switches tabs by mouse and emits the tab change', async () => {
    const incident = richIncident();
    const el = await mount(incident.id);
    await loaded(el);

    setTimeout(() => tab(el, 'assets').click());
    const change = (await oneEvent(el, 'soc-incident-tab-change')) as IncidentTabChangeEvent;
    expect(change.detail.tab).to.equal('assets');
    expect(change.bubbles && change.composed).to.be.true;
    await el.updateComplete;
    expect(el.tab).to.equal('assets');
    expect(el.getAttribute('tab')).to.equal('assets');
    expectShownTab(el, 'assets', 'alerts');
    expect(shownPanels(el)[0].querySelector('soc-assets')!.incidentId).to.equal(incident.id);

    tab(el, 'alerts').click();
    await el.updateComplete;
    expectShownTab(el, 'alerts', 'assets');
  });

  it('moves between tabs with arrow keys, Home and End', async () => {
    const incident = richIncident();
    const el = await mount(incident.id, 'alerts');
    await loaded(el);
    const changes: string[] = [];
    el.addEventListener('soc-incident-tab-change', (event) => changes.push(event.detail.tab));
    tab(el, 'alerts').focus();

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectShownTab(el, 'assets', 'alerts');
    expect(root(el).activeElement).to.equal(tab(el, 'assets'));

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expectShownTab(el, 'alerts', 'assets');
    expect(root(el).activeElement).to.equal(tab(el, 'alerts'));

    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expectShownTab(el, 'attack-story', 'alerts');
    expect(root(el).activeElement).to.equal(tab(el, 'attack-story'));

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expectShownTab(el, 'tasks', 'alerts');

    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expectShownTab(el, 'attack-story', 'tasks');

    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expectShownTab(el, 'tasks', 'alerts');
    expect(root(el).activeElement).to.equal(tab(el, 'tasks'));
    expect(changes).to.deep.equal(['assets', 'alerts', 'attack-story', 'tasks', 'attack-story', 'tasks']);
  });

  it('opens the tab named by the tab attribute', async () => {
    const incident = richIncident();
    const el = await mount(incident.id, 'assets');
    await loaded(el);
    expectShownTab(el, 'assets', 'alerts');
    expect(shownPanels(el)[0].querySelector('soc-assets')).to.exist;
    await expect(el).to.be.accessible();

    el.setAttribute('tab', 'alerts');
    await el.updateComplete;
    expectShownTab(el, 'alerts', 'assets');
  });

  it('passes on soc-entity-open from the Assets tab', async () => {
    const incident = richIncident();
    const el = await mount(incident.id, 'assets');
    await loaded(el);
    const assets = root(el).querySelector('soc-assets')!;
    await waitUntil(() => assets.shadowRoot!.querySelector('button.entity'), 'assets load');

    setTimeout(() => assets.shadowRoot!.querySelector<HTMLButtonElement>('button.entity')!.click());
    const opened = (await oneEvent(el, 'soc-entity-open')) as EntityOpenEvent;
    expect(opened.detail.entity.type).to.be.a('string');
  });

  it('shows a loading state while the incident loads', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const el = await mount(richIncident().id);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading incident…');
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const incident = richIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(incident.id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(heading(el)).to.equal("Couldn't load the incident");
    expect(text(el)).to.include('simulated failure');
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry')!.click();
    await loaded(el);
    expect(heading(el)).to.equal(incident.displayName);
  });

  it('says when to retry when throttled', async () => {
    test.backend.setScenario({ throttled: true });
    const el = await mount(richIncident().id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(el)).to.match(/Try again in \d+ seconds?/);
    expect(button(el, 'Retry')).to.exist;
  });

  it('says when the incident does not exist', async () => {
    const el = await mount('999999');
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'not-found shows');
    expect(heading(el)).to.equal('Incident not found');
    expect(button(el, 'Retry')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  it('opens the live response console in a side panel when a tab asks for a device', async () => {
    const incident = richIncident();
    const device = test.backend.service.listEvidence(incident.id).find((item) => item.type === 'device')!;
    const el = await mount(incident.id, 'evidence-and-response');
    await loaded(el);
    const panel = shownPanels(el)[0]!;
    panel.querySelector('soc-evidence-response')!.dispatchEvent(new RequestLiveResponseEvent(device as DeviceEntity));
    await el.updateComplete;
    const dialog = root(el).querySelector<HTMLDialogElement>('dialog.console')!;
    await waitUntil(() => dialog.open, 'the console opens');
    expect(dialog.querySelector('soc-live-response')!.deviceId).to.equal(device.id);
    root(el).querySelector<HTMLButtonElement>('[aria-label="Close live response"]')!.click();
    await waitUntil(() => !dialog.open, 'the console closes');
    await waitUntil(() => !dialog.querySelector('soc-live-response'), 'the session ends with the panel');
  });

  it('"Run playbook" opens the runner in a side panel and stays on the shown tab', async () => {
    const incident = richIncident();
    const el = await mount(incident.id, 'alerts');
    await loaded(el);
    const changes: string[] = [];
    el.addEventListener('soc-incident-tab-change', (event) => changes.push(event.detail.tab));
    button(el, 'Run playbook')!.click();
    const panel = root(el).querySelector<HTMLDialogElement>('dialog.playbooks-panel')!;
    await waitUntil(() => panel.open, 'the side panel opens');
    const runner = panel.querySelector('soc-playbook-runner')!;
    expect(runner.target).to.deep.equal({ kind: 'incident', id: incident.id });
    await waitUntil(() => runner.shadowRoot?.querySelector<HTMLDialogElement>('dialog')?.open, 'the picker opens');
    expect(el.tab).to.equal('alerts');
    expect(shownPanels(el).map((panel) => panel.id)).to.deep.equal(['panel-alerts']);
    expect(changes).to.deep.equal([]);

    runner.close();
    await waitUntil(() => !runner.shadowRoot!.querySelector<HTMLDialogElement>('dialog')!.open, 'the picker closes');
    root(el).querySelector<HTMLButtonElement>('[aria-label="Close playbooks"]')!.click();
    await waitUntil(() => !panel.open, 'the side panel closes');
    await waitUntil(() => root(el).activeElement === button(el, 'Run playbook'), 'focus returns to "Run playbook"');
    expect(shownPanels(el).map((panel) => panel.id)).to.deep.equal(['panel-alerts']);
  });

  it('reads the Activity tab again when a playbook run ends, without a reload', async () => {
    const incident = (await api.listIncidents({ top: 1 })).items[0]!;
    const el = await mount(incident.id, 'activity');
    await loaded(el);
    const log = () => root(el).querySelector('soc-activity-log')!;
    const logText = () => log().shadowRoot?.textContent ?? '';
    await waitUntil(() => log().shadowRoot?.querySelector('ol.log'), 'the activity log loads');
    // What a run does when it ends (here, its comment) is in the record; the run's end says so.
    const run = test.backend.service.runPlaybook(responder(), 'pb-servicenow', { kind: 'incident', id: incident.id });
    test.backend.service.addComment(responder(), incident.id, 'Ticket INC0012345 opened by the playbook.');
    expect(logText()).to.not.include('INC0012345');
    log().dispatchEvent(new PlaybookRunEndEvent({ ...run, status: 'succeeded' }));
    await waitUntil(() => logText().includes('INC0012345'), 'the log shows what the run wrote');
  });

  it("shows the incident's description and its resolving comment in the header", async () => {
    const created = describedAndResolved(test.backend.service, 'The user was travelling.');
    const el = await mount(created.id);
    await loaded(el);
    const about = root(el).querySelector('header .about')!;
    expect([...about.querySelectorAll('dt')].map((dt) => dt.textContent)).to.deep.equal(['Description', 'Resolving comment']);
    expect(about.querySelector('.description')!.textContent).to.equal('Sign-ins from two countries within an hour.');
    expect(about.querySelector('.resolving-comment')!.textContent).to.equal('The user was travelling.');
    await expect(el).to.be.accessible();
  });

  it('tells a reader, before trying, that the role cannot resolve or run playbooks', async () => {
    const incident = test.backend.service
      .listIncidents({ status: ['active'], top: 50 })
      .items.find((i) => i.classification === 'unknown')!;
    test.backend.setScenario({ role: 'reader' });
    const el = await mount(incident.id);
    await loaded(el);
    await waitUntil(() => root(el).querySelector('#read-only'), 'the role is known');
    const reason = root(el).querySelector('#read-only')!.textContent;
    expect(reason).to.equal('Your role can view this incident but not resolve, reopen or run playbooks on it.');
    for (const label of ['Resolve incident', 'Run playbook']) {
      const action = button(el, label)!;
      expect(action.getAttribute('aria-disabled'), label).to.equal('true');
      expect(action.getAttribute('aria-describedby'), label).to.equal('read-only');
      action.click();
    }
    await el.updateComplete;
    expect(root(el).querySelector('soc-manage-incident')!.shadowRoot!.querySelector('dialog')?.open ?? false).to.be.false;
    expect(root(el).querySelector<HTMLDialogElement>('dialog.playbooks-panel')?.open ?? false).to.be.false;
    expect(button(el, 'Manage incident')!.hasAttribute('aria-disabled')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('renders markup from the API as text', async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: `Name ${MARKUP}`,
      customTags: [`Tag ${MARKUP}`, '<script>window.__socIncidentPagePwned=2</script>'],
      alerts: [{ title: `Alert ${MARKUP}`, severity: 'high' }],
    });
    const el = await mount(created.id, 'alerts');
    await loaded(el);
    expect(heading(el)).to.equal(`Name ${MARKUP}`);
    expect(text(el)).to.include(`Tag ${MARKUP}`);
    expect(text(el)).to.include('<script>window.__socIncidentPagePwned=2</script>');
    const alertList = root(el).querySelector('soc-alert-list')!;
    await waitUntil(() => alertList.shadowRoot!.textContent!.includes(`Alert ${MARKUP}`), 'alert shows as text');
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(alertList.shadowRoot!.querySelector('img, script')).to.be.null;
    expect(window.__socIncidentPagePwned).to.be.undefined;
  });
});
