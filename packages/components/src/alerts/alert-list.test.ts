import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Alert, type Capability, type Incident } from '../api/index.js';
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
      const alerts = test.backend.service.listIncidentAlerts(incident.id);
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
    const table = el.shadowRoot!.querySelector('.table')!;
    expect(getComputedStyle(table).backgroundColor, 'an opaque list, which the compositor scrolls').to.match(/^rgb\(/);
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

  it('opens the details of the alert a link names (alert-id), once loaded and when it changes', async () => {
    const { incident, alerts } = busyIncident();
    const [first, second] = byFirstActivity(alerts).slice(-2);
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <soc-alert-list .incidentId=${incident.id} alert-id=${first!.id}></soc-alert-list>
    </soc-api-provider>`);
    const el = provider.querySelector('soc-alert-list')!;
    await waitUntil(() => details(el)?.querySelector('h2')?.textContent === first!.title, 'the linked alert opens');
    const index = byFirstActivity(alerts).indexOf(first!);
    expect(rows(el)[index]!.getAttribute('aria-selected')).to.equal('true');
    expect(rows(el)[index]!.tabIndex, 'its row takes the tab stop').to.equal(0);

    el.alertId = second!.id;
    await waitUntil(() => details(el)?.querySelector('h2')?.textContent === second!.title, 'the next linked alert opens');
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

  /** `api`, except that `listIncidentAlerts` answers with what `serve` returns for the incident, copied as a transport would. */
  function serving(serve: (incidentId: string) => Alert[] | Promise<Alert[]>): void {
    const client = api;
    api = new Proxy(client, {
      get(target, key, receiver) {
        if (key === 'listIncidentAlerts') return async (incidentId: string) => structuredClone(await serve(incidentId));
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  }

  /** A promise and the function that fulfils it. */
  function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
    let resolve!: (value: T) => void;
    const promise = new Promise<T>((fulfil) => (resolve = fulfil));
    return { promise, resolve };
  }

  const listbox = (el: SocAlertList) => root(el).querySelector('[role="listbox"]')!;
  const titles = (el: SocAlertList) => rows(el).map((row) => row.querySelector('.title')!.textContent);
  /** `alert`, its activity starting `minutes` after the first alert's. */
  const startingAt = (alert: Alert, minutes: number): Alert => {
    const first = Date.parse('2024-05-01T10:00:00Z') + minutes * 60_000;
    return { ...alert, firstActivityDateTime: new Date(first).toISOString(), lastActivityDateTime: new Date(first + 60_000).toISOString() };
  };

  it('keeps the rows on screen, busy, while refresh() loads the alerts again', async () => {
    const { incident, alerts } = busyIncident();
    let next: Promise<Alert[]> = Promise.resolve(alerts);
    serving(() => next);
    const el = await mount(incident.id);
    await loaded(el);
    const shown = rows(el);
    expect(listbox(el).getAttribute('aria-busy')).to.equal('false');

    const reload = deferred<Alert[]>();
    next = reload.promise;
    el.refresh();
    await waitUntil(() => listbox(el).getAttribute('aria-busy') === 'true', 'the list shows it is loading');
    expect(rows(el), 'the same rows stay on screen').to.deep.equal(shown);
    expect(root(el).querySelector('.skeleton')).to.be.null;

    const renamed = alerts.map((alert, index) => (index === 0 ? { ...alert, title: 'Renamed' } : alert));
    reload.resolve(renamed);
    await waitUntil(() => listbox(el).getAttribute('aria-busy') === 'false', 'the reload completes');
    expect(titles(el)).to.deep.equal(byFirstActivity(renamed).map((alert) => alert.title));
    expect(rows(el), 'each alert keeps its row').to.deep.equal(shown);
    await expect(el).to.be.accessible();
  });

  it('shows the loading state, not the last rows, when the incident changes', async () => {
    const { incident, alerts } = busyIncident();
    const other = test.backend.service.createIncident(responder(), {
      displayName: 'Another incident',
      alerts: [{ title: 'Other', firstActivityDateTime: '2024-05-01T10:00:00Z', lastActivityDateTime: '2024-05-01T11:00:00Z' }],
    });
    const reload = deferred<Alert[]>();
    serving((incidentId) => (incidentId === other.id ? reload.promise : alerts));
    const el = await mount(incident.id);
    await loaded(el);

    el.incidentId = other.id;
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading alerts…');
    reload.resolve(test.backend.service.listIncidentAlerts(other.id));
    await waitUntil(() => titles(el).join() === 'Other', 'the other incident\'s alerts show');
  });

  it('moves, adds and removes rows as the alerts change, keeping each alert\'s row and the chosen one', async () => {
    const { alerts } = busyIncident();
    const [a, b, c] = alerts;
    const extra = { ...busyIncident().alerts[0], id: 'alert-extra', title: 'Extra' };
    let served = [startingAt(a, 0), startingAt(b, 1), startingAt(c, 2)];
    serving(() => served);
    const el = await mount('any');
    await loaded(el);
    const [rowA, rowB, rowC] = rows(el);
    rowB.click();
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal(b.title);

    // C now began first, B is gone, and a new alert began last.
    served = [startingAt(a, 1), startingAt(c, 0), startingAt(extra, 3)];
    el.refresh();
    await waitUntil(() => titles(el).join() === [c.title, a.title, 'Extra'].join(), 'the new order shows');
    expect(rows(el).slice(0, 2), 'rows move with their alerts').to.deep.equal([rowC, rowA]);
    expect(rowB.isConnected).to.be.false;
    expect(details(el), 'the chosen alert is gone, so are its details').to.be.null;

    // A click and Enter go by the row's place now, not the one it was rendered at.
    rows(el)[1].click();
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal(a.title);
    expect(rows(el)[1].getAttribute('aria-selected')).to.equal('true');
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.deep.equal([rows(el)[1]]);
    rows(el)[2].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal('Extra');
    expect(rows(el).filter((row) => row.getAttribute('aria-selected') === 'true')).to.deep.equal([rows(el)[2]]);
  });

  it('shows a reload that keeps none of the alerts in a listbox of its own, which clicks and keys still reach', async () => {
    const { alerts } = busyIncident();
    const [a, b] = alerts;
    let served = [startingAt(a, 0), startingAt(b, 1)];
    serving(() => served);
    const el = await mount('any');
    await loaded(el);
    const before = listbox(el);

    served = [startingAt({ ...a, id: 'alert-new-1', title: 'New one' }, 0), startingAt({ ...b, id: 'alert-new-2', title: 'New two' }, 1)];
    el.refresh();
    await waitUntil(() => titles(el).join() === 'New one,New two', 'the new alerts show');
    expect(before.isConnected, 'the old listbox left as a whole').to.be.false;
    expect(listbox(el).getAttribute('aria-busy')).to.equal('false');

    rows(el)[1].click();
    await el.updateComplete;
    expect(details(el)!.querySelector('h2')!.textContent).to.equal('New two');
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.deep.equal([rows(el)[1]]);
    rows(el)[1].focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(root(el).activeElement).to.equal(rows(el)[0]);
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

  describe('actions on alerts', () => {
    const toolbar = (el: SocAlertList) => root(el).querySelector('.toolbar');
    const manageDialog = (el: SocAlertList) => root(el).querySelector('soc-manage-alert')!;
    const linkDialog = (el: SocAlertList) => root(el).querySelector('soc-link-alerts')!;
    const selected = (el: SocAlertList) => rows(el).filter((row) => row.getAttribute('aria-selected') === 'true');
    const statusOf = (row: HTMLElement) => row.children[3].textContent!.trim();

    /** An incident whose alerts are all new, with at least three of them. */
    function newAlertsIncident(): { incident: Incident; alerts: Alert[] } {
      for (const incident of test.backend.service.listIncidents({ status: ['active'], top: 100 }).items) {
        const alerts = test.backend.service.listIncidentAlerts(incident.id);
        if (alerts.length > 2 && alerts.every((alert) => alert.status === 'new')) return { incident, alerts };
      }
      throw new Error('The generated data has no active incident with three new alerts.');
    }

    it('selects several alerts, manages them together, and shows the list as saved', async () => {
      const { incident, alerts } = newAlertsIncident();
      const ordered = byFirstActivity(alerts);
      const el = await mount(incident.id);
      await loaded(el);
      const manage = toolbar(el)!.querySelector<HTMLButtonElement>('button.manage')!;
      expect(manage.disabled, 'nothing selected yet').to.be.true;
      expect(text(toolbar(el)!)).to.include('Select alerts to act on them');

      rows(el)[0].click();
      rows(el)[2].dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
      await el.updateComplete;
      expect(selected(el)).to.deep.equal([rows(el)[0], rows(el)[2]]);
      expect(text(toolbar(el)!)).to.include('2 alerts selected');
      expect(manage.disabled).to.be.false;
      await expect(el).to.be.accessible();

      manage.focus();
      manage.click();
      const dialog = manageDialog(el);
      await waitUntil(() => dialog.open, 'Manage alert opens');
      expect(dialog.alerts.map((alert) => alert.id)).to.deep.equal([ordered[0].id, ordered[2].id]);
      const status = dialog.shadowRoot!.querySelector<HTMLSelectElement>('#status')!;
      await waitUntil(() => dialog.shadowRoot!.activeElement === status, 'focus moves into the dialog');
      status.value = 'inProgress';
      status.dispatchEvent(new Event('change'));
      await dialog.updateComplete;
      const updated = oneEvent(el, 'soc-alerts-updated');
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('#save')!.click();
      expect((await updated).composed, 'the page hears it too').to.be.true;
      await waitUntil(() => !dialog.open, 'the dialog closes');
      await waitUntil(() => root(el).activeElement === manage, 'focus returns to "Manage alert"');
      await waitUntil(() => statusOf(rows(el)[0]) === 'In progress' && statusOf(rows(el)[2]) === 'In progress', 'the list reloads');
      expect(statusOf(rows(el)[1])).to.equal('New');
    });

    it('links the alert in the details to another incident, and the alert leaves the list', async () => {
      const { incident, alerts } = busyIncident();
      const target = test.backend.service
        .listIncidents({ status: ['active'], top: 100 })
        .items.find((i) => i.id !== incident.id && (i.assignedTo === null || incident.assignedTo === null || i.assignedTo === incident.assignedTo))!;
      const el = await mount(incident.id);
      await loaded(el);
      rows(el)[0].click();
      await el.updateComplete;
      const moved = byFirstActivity(alerts)[0];
      details(el)!.querySelector<HTMLButtonElement>('button.link-alerts')!.click();
      const dialog = linkDialog(el);
      await waitUntil(() => dialog.open, 'the link dialog opens');
      expect(dialog.alerts.map((alert) => alert.id)).to.deep.equal([moved.id]);
      const input = dialog.shadowRoot!.querySelector<HTMLInputElement>('#targetIncidentId')!;
      input.value = target.id;
      input.dispatchEvent(new Event('input'));
      await dialog.updateComplete;
      const linked = oneEvent(el, 'soc-alerts-linked');
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('#link')!.click();
      await linked;
      await waitUntil(() => rows(el).length === alerts.length - 1, 'the moved alert leaves the list');
      expect(titles(el)).to.not.include(moved.title);
      expect(details(el), 'its details close').to.be.null;
      expect(test.backend.service.getAlert(moved.id).incidentId).to.equal(target.id);
    });

    it('selects with the keyboard: Space adds an alert, Shift+Down extends, Ctrl+A takes all', async () => {
      const { incident, alerts } = busyIncident();
      const el = await mount(incident.id);
      await loaded(el);
      rows(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(selected(el)).to.deep.equal([rows(el)[0], rows(el)[2]]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(selected(el), 'Space again takes it out').to.deep.equal([rows(el)[0]]);
      rows(el)[0].focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(selected(el)).to.deep.equal([rows(el)[0], rows(el)[1], rows(el)[2]]);
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'a' });
      await sendKeys({ up: 'Control' });
      await el.updateComplete;
      expect(selected(el)).to.have.length(alerts.length);
      expect(text(toolbar(el)!)).to.include(`${alerts.length} alerts selected`);
    });

    it('offers no actions when the backend can neither update nor link alerts', async () => {
      const { incident } = busyIncident();
      api = new (class extends HttpIncidentApi {
        override readonly capabilities: ReadonlySet<Capability> = new Set(
          CAPABILITIES.filter((c) => c !== 'updateAlerts' && c !== 'linkAlerts'),
        );
      })({ baseUrl: BASE_URL });
      const el = await mount(incident.id);
      await loaded(el);
      rows(el)[0].click();
      await el.updateComplete;
      expect(toolbar(el)).to.be.null;
      expect(root(el).querySelector('button.manage, button.link-alerts, soc-manage-alert, soc-link-alerts')).to.be.null;
    });

    it('puts the details under the list in a narrow container', async () => {
      const { incident } = busyIncident();
      const provider = await fixture(html`<soc-api-provider .api=${api}>
        <div class="narrow"><soc-alert-list .incidentId=${incident.id}></soc-alert-list></div>
      </soc-api-provider>`);
      const narrow = provider.querySelector<HTMLElement>('.narrow')!;
      narrow.style.width = '360px';
      const el = provider.querySelector('soc-alert-list')!;
      await loaded(el);
      rows(el)[0].click();
      await el.updateComplete;
      const list = root(el).querySelector('.list-pane')!.getBoundingClientRect();
      const panel = details(el)!.getBoundingClientRect();
      expect(panel.top, 'the details follow the list').to.be.at.least(list.bottom - 1);
      expect(panel.width).to.be.at.most(361);
      expect(el.scrollWidth, 'nothing sticks out').to.be.at.most(361);
      await expect(el).to.be.accessible();
    });
  });

  it("shows each alert's MITRE techniques as one list, and a dash for none", async () => {
    const created = test.backend.service.createIncident(responder(), {
      displayName: 'Techniques',
      alerts: [
        { title: 'Two', mitreTechniques: ['T1059', 'T1003'] },
        { title: 'The same two', mitreTechniques: ['T1059', 'T1003'] },
        { title: 'One', mitreTechniques: ['T1566'] },
        { title: 'None', mitreTechniques: [] },
      ],
    });
    const el = await mount(created.id);
    await loaded(el);
    const techniques = (title: string) => {
      const row = rows(el).find((candidate) => candidate.querySelector('.title')!.textContent === title)!;
      return row.querySelector('bdi')!.textContent;
    };
    expect(techniques('Two')).to.equal('T1059, T1003');
    expect(techniques('The same two')).to.equal('T1059, T1003');
    expect(techniques('One')).to.equal('T1566');
    expect(techniques('None')).to.equal('—');
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
