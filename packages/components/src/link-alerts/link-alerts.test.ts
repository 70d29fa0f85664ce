import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Alert, type Capability, type Incident, type LinkAlertsRequest } from '../api/index.js';
import type { AlertsLinkedEvent } from '../events/alerts-linked.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import '../provider/define.js';
import './define.js';
import type { SocLinkAlerts } from './link-alerts.js';

const MARKUP = '<img src=x onerror="window.__socLinkAlertsPwned=1">';

declare global {
  interface Window {
    __socLinkAlertsPwned?: number;
  }
}

/** The HTTP client, noting the links the dialog asks for. */
class RecordingApi extends HttpIncidentApi {
  readonly links: LinkAlertsRequest[] = [];

  override linkAlerts(request: LinkAlertsRequest) {
    this.links.push(request);
    return super.linkAlerts(request);
  }
}

/** A client of a backend that cannot move alerts. */
class NoLinkApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'linkAlerts'));
}

describe('soc-link-alerts', () => {
  let test: TestBackend;
  let api: RecordingApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new RecordingApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const root = (el: SocLinkAlerts) => el.shadowRoot!;
  const control = <T extends HTMLElement>(el: SocLinkAlerts, id: string) => root(el).querySelector<T>(`#${id}`)!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ');
  const button = (el: SocLinkAlerts, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => text(b).trim() === label);
  const matches = (el: SocLinkAlerts) => [...root(el).querySelectorAll<HTMLButtonElement>('button.match')];
  const dialog = (el: SocLinkAlerts) => root(el).querySelector('dialog')!;
  const alertText = (el: SocLinkAlerts) => root(el).querySelector('.alert-region')?.textContent!.trim() ?? '';

  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** An active incident with at least `count` alerts, and those alerts. */
  function incidentWithAlerts(count: number, skip: string[] = []): { incident: Incident; alerts: Alert[] } {
    for (const incident of service().listIncidents({ status: ['active'], top: 100 }).items) {
      if (skip.includes(incident.id)) continue;
      const alerts = service().listIncidentAlerts(incident.id);
      if (alerts.length >= count) return { incident, alerts: alerts.slice(0, count) };
    }
    throw new Error(`The generated data has no active incident with ${count} alerts.`);
  }

  /** An active incident to link `source`'s alerts to: no owner, or the same one (the backend refuses to mix owners). */
  function targetFor(source: Incident): Incident {
    const found = service()
      .listIncidents({ status: ['active'], top: 100 })
      .items.find((i) => i.id !== source.id && (i.assignedTo === null || source.assignedTo === null || i.assignedTo === source.assignedTo));
    if (!found) throw new Error('The generated data has no incident to link to.');
    return found;
  }

  interface Mounted {
    el: SocLinkAlerts;
    opener: HTMLButtonElement;
  }

  async function mount(alerts: Alert[], client: HttpIncidentApi = api): Promise<Mounted> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <button id="opener">Link alert</button>
      <soc-link-alerts></soc-link-alerts>
    </soc-api-provider>`);
    const el = provider.querySelector('soc-link-alerts')!;
    const opener = provider.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    el.show(alerts);
    await el.updateComplete;
    return { el, opener };
  }

  async function type(el: SocLinkAlerts, id: string, value: string): Promise<void> {
    const field = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  async function chooseMode(el: SocLinkAlerts, mode: 'existing' | 'new'): Promise<void> {
    control<HTMLInputElement>(el, `mode-${mode}`).click();
    await el.updateComplete;
  }

  function link(el: SocLinkAlerts): Promise<AlertsLinkedEvent> {
    const linked = oneEvent(el, 'soc-alerts-linked') as Promise<AlertsLinkedEvent>;
    button(el, 'Link')!.click();
    return linked;
  }

  /** Links and waits until the attempt settles without a link (an error or a refusal). */
  async function linkExpectingTrouble(el: SocLinkAlerts): Promise<void> {
    button(el, 'Link')!.click();
    // The answer takes a round trip through the worker; the button says "Linking…" until it is in.
    await el.updateComplete;
    await waitUntil(() => button(el, 'Link') && (alertText(el) || root(el).querySelector('.field-error')), 'the trouble shows');
    await el.updateComplete;
  }

  it('finds an incident by name, links the alerts to it, and offers to open it', async () => {
    const { incident: source, alerts } = incidentWithAlerts(2);
    const target = targetFor(source);
    const { el } = await mount(alerts);
    expect(dialog(el).open).to.be.true;
    expect(root(el).querySelector('h2')!.textContent).to.equal('Link alerts to another incident');
    expect(text(control(el, 'subtitle'))).to.include('2 alerts selected');
    expect(control<HTMLInputElement>(el, 'mode-existing').checked).to.be.true;
    await expect(el).to.be.accessible();

    await type(el, 'targetIncidentId', target.displayName.slice(0, 12));
    await waitUntil(() => matches(el).some((b) => text(b).includes(target.id)), 'the target is offered');
    await expect(el).to.be.accessible();
    matches(el)
      .find((b) => text(b).includes(target.id))!
      .click();
    await el.updateComplete;
    expect(control<HTMLInputElement>(el, 'targetIncidentId').value).to.equal(target.id);
    expect(text(root(el).querySelector('.chosen')!)).to.include(target.displayName);
    await type(el, 'comment', 'Same attacker.');

    const event = await link(el);
    expect(api.links).to.deep.equal([{ alertIds: alerts.map((a) => a.id), targetIncidentId: target.id, comment: 'Same attacker.' }]);
    expect(event.detail.alertIds).to.deep.equal(alerts.map((a) => a.id));
    expect(event.detail.result.incident.id).to.equal(target.id);
    for (const alert of alerts) expect(service().getAlert(alert.id).incidentId).to.equal(target.id);

    await waitUntil(() => button(el, 'Open incident'), 'the outcome shows');
    expect(text(root(el))).to.include(`2 alerts are now in ${event.detail.result.incident.displayName} (ID ${target.id})`);
    await waitUntil(() => deepActive() === button(el, 'Open incident'), '"Open incident" takes focus');
    await expect(el).to.be.accessible();

    const opened = oneEvent(el, 'soc-incident-open') as Promise<IncidentOpenEvent>;
    button(el, 'Open incident')!.click();
    expect((await opened).detail.incident.id).to.equal(target.id);
    await waitUntil(() => !el.open, 'dialog closes');
  });

  it('links to an incident ID typed without searching', async () => {
    const { incident: source, alerts } = incidentWithAlerts(1);
    const target = targetFor(source);
    const { el } = await mount(alerts);
    await type(el, 'targetIncidentId', target.id);
    await link(el);
    expect(api.links).to.deep.equal([{ alertIds: [alerts[0].id], targetIncidentId: target.id }]);
  });

  it('does not offer the incident the alerts are in', async () => {
    const { incident, alerts } = incidentWithAlerts(1);
    const { el } = await mount(alerts);
    await type(el, 'targetIncidentId', incident.id);
    await waitUntil(() => matches(el).length > 0, 'the search answers');
    const own = matches(el).find((b) => text(b).includes(incident.id))!;
    expect(own.disabled).to.be.true;
    expect(text(root(el))).to.include('Current incident');
    await expect(el).to.be.accessible();
  });

  it('moves the alerts into a new incident with the name given', async () => {
    const { alerts } = incidentWithAlerts(1);
    const { el } = await mount(alerts);
    await chooseMode(el, 'new');
    expect(control(el, 'targetIncidentId')).to.be.null;
    await type(el, 'displayName', `Split out ${MARKUP}`);
    const event = await link(el);
    expect(api.links).to.deep.equal([{ alertIds: [alerts[0].id], displayName: `Split out ${MARKUP}` }]);
    const created = event.detail.result.incident;
    expect(created.displayName).to.equal(`Split out ${MARKUP}`);
    expect(service().getAlert(alerts[0].id).incidentId).to.equal(created.id);
    await waitUntil(() => button(el, 'Open incident'), 'the outcome shows');
    expect(text(root(el))).to.include(`Split out ${MARKUP}`);
    expect(root(el).querySelector('img')).to.be.null;
    expect(window.__socLinkAlertsPwned).to.be.undefined;
  });

  it('asks for an incident before sending anything', async () => {
    const { alerts } = incidentWithAlerts(1);
    const { el } = await mount(alerts);
    button(el, 'Link')!.click();
    await waitUntil(() => root(el).querySelector('#targetIncidentId-error'), 'the field error shows');
    const field = control<HTMLInputElement>(el, 'targetIncidentId');
    expect(text(control(el, 'targetIncidentId-error'))).to.equal('Enter or choose the incident to link to.');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    await waitUntil(() => root(el).activeElement === field, 'the field takes focus');
    expect(api.links).to.be.empty;
    await expect(el).to.be.accessible();
  });

  it("shows the backend's reason beside the field when it refuses, and keeps what was typed", async () => {
    const { alerts } = incidentWithAlerts(1);
    const [resolved] = service().listIncidents({ status: ['resolved'], top: 1 }).items;
    const journal = service().journal.length;
    const { el } = await mount(alerts);
    await type(el, 'targetIncidentId', resolved.id);
    await type(el, 'comment', 'Kept comment');
    await linkExpectingTrouble(el);
    const field = control<HTMLInputElement>(el, 'targetIncidentId');
    expect(text(control(el, 'targetIncidentId-error'))).to.include(`Incident ${resolved.id} is resolved`);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(alertText(el)).to.include('The alerts were not linked');
    await waitUntil(() => root(el).activeElement === field, 'the field takes focus');
    expect(dialog(el).open).to.be.true;
    expect(field.value).to.equal(resolved.id);
    expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal('Kept comment');
    expect(service().journal.length, 'nothing changed').to.equal(journal);
    expect(service().getAlert(alerts[0].id).incidentId).to.equal(alerts[0].incidentId);
    await expect(el).to.be.accessible();

    // Typing again clears the error; an ID that names no incident is refused as not found.
    await type(el, 'targetIncidentId', 'no-such-incident');
    expect(root(el).querySelector('#targetIncidentId-error')).to.be.null;
    await linkExpectingTrouble(el);
    expect(alertText(el)).to.include('no-such-incident');
    expect(control<HTMLInputElement>(el, 'targetIncidentId').value).to.equal('no-such-incident');
  });

  it('keeps what was typed on a server error, and links on the next try', async () => {
    const { incident: source, alerts } = incidentWithAlerts(1);
    const target = targetFor(source);
    const { el } = await mount(alerts);
    await type(el, 'targetIncidentId', target.id);
    test.backend.setScenario({ errorRate: 1 });
    await linkExpectingTrouble(el);
    expect(alertText(el)).to.match(/Server error/);
    expect(control<HTMLInputElement>(el, 'targetIncidentId').value).to.equal(target.id);
    await expect(el).to.be.accessible();
    test.backend.setScenario({ errorRate: 0 });
    await link(el);
    expect(service().getAlert(alerts[0].id).incidentId).to.equal(target.id);
  });

  it('says "Linking…" while the link is on its way', async () => {
    const { incident: source, alerts } = incidentWithAlerts(1);
    const target = targetFor(source);
    const { el } = await mount(alerts);
    await type(el, 'targetIncidentId', target.id);
    test.backend.setScenario({ latencyMs: 2_000 });
    button(el, 'Link')!.click();
    await waitUntil(() => button(el, 'Linking…'), 'linking shows');
    await expect(el).to.be.accessible();
    await waitUntil(() => button(el, 'Open incident'), 'the outcome shows', { timeout: 5_000 });
  });

  it('is read-only for a reader, with the reason', async () => {
    test.backend.setScenario({ role: 'reader' });
    const { alerts } = incidentWithAlerts(1);
    const { el } = await mount(alerts);
    await waitUntil(() => text(root(el)).includes('You have read-only access'), 'read-only note shows');
    expect(control(el, 'targetIncidentId').matches(':disabled')).to.be.true;
    expect(button(el, 'Link')).to.be.undefined;
    expect(button(el, 'Close')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says so when the backend cannot move alerts', async () => {
    const { alerts } = incidentWithAlerts(1);
    const { el } = await mount(alerts, new NoLinkApi({ baseUrl: BASE_URL }));
    expect(text(root(el))).to.include('This backend does not allow linking alerts to other incidents.');
    expect(button(el, 'Link')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  describe('keyboard', () => {
    it('starts on the choice of target, switches it with the arrows, and tabs through the fields', async () => {
      const { alerts } = incidentWithAlerts(1);
      const { el } = await mount(alerts);
      expect(deepActive()?.id).to.equal('mode-existing');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(deepActive()?.id).to.equal('mode-new');
      expect(control(el, 'displayName')).to.exist;
      const order: string[] = [];
      for (let i = 0; i < 4; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive() as HTMLElement;
        order.push(active.id || active.textContent!.trim());
      }
      expect(order).to.deep.equal(['displayName', 'comment', 'link', 'Cancel']);
    });

    it('closes on Escape and gives focus back to the opener', async () => {
      const { alerts } = incidentWithAlerts(1);
      const { el, opener } = await mount(alerts);
      const closed = oneEvent(el, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(el.open).to.be.false;
      expect(deepActive()).to.equal(opener);
    });
  });
});
