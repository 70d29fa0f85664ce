import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Alert, type Incident } from '../api/index.js';
import type { AlertSelectEvent } from '../events/alert-select.js';
import '../provider/define.js';
import './define.js';
import type { SocAlertList } from './alert-list.js';
import { runFrom } from '../playbooks/playbook-runner.fixture.js';

const MARKUP = '<img src=x onerror="window.__socAlertListPwned=1">';

declare global {
  interface Window {
    __socAlertListPwned?: number;
  }
}

describe('soc-alert-list', () => {
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
  const root = (el: SocAlertList) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
  const rows = (el: SocAlertList) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
  const details = (el: SocAlertList) => root(el).querySelector('aside');
  const button = (el: SocAlertList, label: string) =>
    [...root(el).querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === label || b.getAttribute('aria-label') === label,
    );

  async function mount(incidentId?: string): Promise<SocAlertList> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-alert-list .incidentId=${incidentId}></soc-alert-list>
    </soc-api-provider>`);
    return provider.querySelector('soc-alert-list')!;
  }

  const byFirstActivity = (alerts: Alert[]) =>
    [...alerts].sort((a, b) => Date.parse(a.firstActivityDateTime) - Date.parse(b.firstActivityDateTime));

  const loaded = (el: SocAlertList) => waitUntil(() => rows(el).length > 0, 'alerts load');

  /** An incident with several alerts, of which at least one names evidence. */
  function busyIncident(): { incident: Incident; alerts: Alert[] } {
    for (const incident of test.backend.service.listIncidents({ top: 50 }).items) {
      const alerts = test.backend.service.listAlerts(incident.id);
      if (alerts.length > 2 && alerts.some((alert) => alert.evidence.length > 0)) return { incident, alerts };
    }
    throw new Error('The generated data has no incident with several alerts and evidence.');
  }

  it("lists the service's alerts of the incident in the order their activity began", async () => {
    const { incident, alerts } = busyIncident();
    const el = await mount(incident.id);
    await loaded(el);

    const expected = byFirstActivity(alerts);
    expect(rows(el)).to.have.length(alerts.length);
    expect(rows(el).map((row) => row.querySelector('.title')!.textContent)).to.deep.equal(
      expected.map((alert) => alert.title),
    );
    const firstTimes = expected.map((alert) => Date.parse(alert.firstActivityDateTime));
    expect(firstTimes).to.deep.equal([...firstTimes].sort((a, b) => a - b));

    const withEvidence = expected.findIndex((alert) => alert.evidence.length > 0);
    const row = rows(el)[withEvidence];
    const alert = expected[withEvidence];
    expect(row.querySelector('.severity')!.classList.contains(alert.severity)).to.be.true;
    expect(row.querySelector('.severity')!.textContent!.trim()).to.not.be.empty;
    expect(text(row)).to.include(alert.evidence[0].displayName);
    if (alert.mitreTechniques.length) expect(text(row)).to.include(alert.mitreTechniques[0]);
    if (alert.evidence.length > 2) expect(text(row)).to.include(`+${alert.evidence.length - 2}`);
    await expect(el).to.be.accessible();
  });

  it('puts alerts ingested out of order in the order their activity began', async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: 'Alerts sent newest first',
      alerts: [
        { title: 'Third', firstActivityDateTime: '2024-05-03T10:00:00Z', lastActivityDateTime: '2024-05-03T11:00:00Z' },
        { title: 'First', firstActivityDateTime: '2024-05-01T10:00:00Z', lastActivityDateTime: '2024-05-01T11:00:00Z' },
        { title: 'Second', firstActivityDateTime: '2024-05-02T10:00:00Z', lastActivityDateTime: '2024-05-02T11:00:00Z' },
      ],
    });
    const el = await mount(created.id);
    await loaded(el);
    expect(rows(el).map((row) => row.querySelector('.title')!.textContent)).to.deep.equal(['First', 'Second', 'Third']);
  });

  it('opens the details of an alert clicked, and closes them', async () => {
    const { incident, alerts } = busyIncident();
    const el = await mount(incident.id);
    await loaded(el);
    const alert = byFirstActivity(alerts)[1];

    setTimeout(() => rows(el)[1].click());
    const event = (await oneEvent(el, 'soc-alert-select')) as AlertSelectEvent;
    expect(event.detail.alert.id).to.equal(alert.id);
    expect(event.composed).to.be.true;
    await el.updateComplete;

    const panel = details(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal(alert.title);
    expect(text(panel)).to.include(alert.id);
    for (const entity of alert.evidence) expect(text(panel)).to.include(entity.displayName);
    expect(rows(el)[1].getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();

    button(el, 'Close alert details')!.click();
    await el.updateComplete;
    expect(details(el)).to.be.null;
    await waitUntil(() => root(el).activeElement === rows(el)[1], 'focus returns to the alert');
  });

  it('runs a playbook on the chosen alert from its details', async () => {
    const { incident, alerts } = busyIncident();
    const el = await mount(incident.id);
    await loaded(el);
    const alert = byFirstActivity(alerts)[0];
    rows(el)[0].click();
    await el.updateComplete;
    const runner = details(el)!.querySelector('soc-playbook-runner')!;
    expect(runner, 'the details offer playbooks').to.exist;
    expect(runner.target).to.deep.equal({ kind: 'alert', id: alert.id });
    expect(runner.targetName).to.equal(alert.title);

    await runFrom(runner, 'pb-alert-geo');
    await waitUntil(
      () => test.backend.service.listPlaybookRuns({ kind: 'alert', id: alert.id }).length === 1,
      'the run starts on the alert',
      { timeout: 5_000 },
    );
    expect(test.backend.service.listPlaybookRuns({ kind: 'alert', id: alert.id })[0].playbookId).to.equal('pb-alert-geo');
  });

  it('moves between alerts with the arrow keys and opens one with Enter or Space', async () => {
    const { incident, alerts } = busyIncident();
    const ordered = byFirstActivity(alerts);
    const el = await mount(incident.id);
    await loaded(el);

    rows(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(rows(el)[2]);
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.deep.equal([rows(el)[2]]);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal(ordered[2].title);

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal(ordered[1].title);

    await sendKeys({ press: 'End' });
    expect(root(el).activeElement).to.equal(rows(el).at(-1));
    await sendKeys({ press: 'Home' });
    expect(root(el).activeElement).to.equal(rows(el)[0]);
  });

  it('shows a loading state while the alerts load', async () => {
    test.backend.setScenario({ latencyMs: 2_000 });
    const { incident } = busyIncident();
    const el = await mount(incident.id);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading alerts…');
    await expect(el).to.be.accessible();
  });

  it('says "No alerts" when the incident has none', async () => {
    const created = test.backend.service.createIncident(responder(), { displayName: 'Quiet incident', alerts: [] });
    const el = await mount(created.id);
    await waitUntil(() => /No alerts/.test(text(root(el))), 'empty state shows');
    expect(rows(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('shows a server error with Retry, and loads on retry', async () => {
    const { incident, alerts } = busyIncident();
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(incident.id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(button(el, 'Retry')).to.exist;
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Retry')!.click();
    await loaded(el);
    expect(rows(el)).to.have.length(alerts.length);
  });

  it('says when to retry when throttled', async () => {
    const { incident } = busyIncident();
    test.backend.setScenario({ throttled: true });
    const el = await mount(incident.id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shows');
    expect(text(root(el))).to.match(/Try again in \d+ seconds?/);
  });

  it('renders markup from the API as text', async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: `Name ${MARKUP}`,
      alerts: [
        {
          title: `Alert ${MARKUP}`,
          description: `Description ${MARKUP}`,
          recommendedActions: `Step one\n<script>window.__socAlertListPwned=2</script>`,
          category: `Category ${MARKUP}`,
          mitreTechniques: ['T1059'],
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.fileEvidence',
              verdict: 'malicious',
              fileDetails: { fileName: `file ${MARKUP}.exe`, sha256: 'a'.repeat(64) },
            },
          ],
        },
      ],
    });
    const el = await mount(created.id);
    await loaded(el);
    rows(el)[0].click();
    await el.updateComplete;

    const panel = details(el)!;
    expect(panel.querySelector('h2')!.textContent).to.equal(`Alert ${MARKUP}`);
    expect(text(panel)).to.include(`Description ${MARKUP}`);
    expect(text(panel)).to.include('<script>window.__socAlertListPwned=2</script>');
    expect(text(panel)).to.include(`file ${MARKUP}.exe`);
    expect(text(rows(el)[0])).to.include(`Category ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socAlertListPwned).to.be.undefined;
  });
});
