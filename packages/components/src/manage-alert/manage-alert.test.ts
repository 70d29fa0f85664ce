import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Alert, type AlertPatch, type Capability } from '../api/index.js';
import type { AlertsUpdatedEvent } from '../events/alerts-updated.js';
import '../provider/define.js';
import './define.js';
import type { SocManageAlert } from './manage-alert.js';

const MARKUP = '<img src=x onerror="window.__socManageAlertPwned=1">';

declare global {
  interface Window {
    __socManageAlertPwned?: number;
  }
}

/** The HTTP client, noting which writes the dialog sends. */
class RecordingApi extends HttpIncidentApi {
  readonly writes: { method: string; ids: string[]; patch: AlertPatch }[] = [];

  override updateAlert(id: string, patch: AlertPatch) {
    this.writes.push({ method: 'updateAlert', ids: [id], patch });
    return super.updateAlert(id, patch);
  }

  override updateAlerts(ids: string[], patch: AlertPatch) {
    this.writes.push({ method: 'updateAlerts', ids, patch });
    return super.updateAlerts(ids, patch);
  }
}

/** A client of a backend that cannot change alerts. */
class NoAlertUpdatesApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'updateAlerts'));
}

describe('soc-manage-alert', () => {
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
  const root = (el: SocManageAlert) => el.shadowRoot!;
  const control = <T extends HTMLElement>(el: SocManageAlert, id: string) => root(el).querySelector<T>(`#${id}`)!;
  const text = (el: SocManageAlert) => root(el).textContent!.replace(/\s+/g, ' ');
  const button = (el: SocManageAlert, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  const dialog = (el: SocManageAlert) => root(el).querySelector('dialog')!;
  const alertText = (el: SocManageAlert) => root(el).querySelector('.alert-region')!.textContent!.trim();

  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** New alerts of the generated data, `filter` permitting. */
  function newAlerts(count: number, filter: (alert: Alert) => boolean = () => true): Alert[] {
    const found = service()
      .listAlerts({ status: ['new'], top: 200 })
      .items.filter(filter)
      .slice(0, count);
    if (found.length < count) throw new Error(`The generated data has fewer than ${count} matching new alerts.`);
    return found;
  }

  interface Mounted {
    el: SocManageAlert;
    opener: HTMLButtonElement;
  }

  async function mount(target: Alert | Alert[], client: HttpIncidentApi = api): Promise<Mounted> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <button id="opener">Manage alert</button>
      <soc-manage-alert></soc-manage-alert>
    </soc-api-provider>`);
    const el = provider.querySelector('soc-manage-alert')!;
    const opener = provider.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    el.show(target);
    await el.updateComplete;
    await waitUntil(() => control<HTMLSelectElement>(el, 'assignedTo').options.length > 2, 'assignees load');
    return { el, opener };
  }

  async function choose(el: SocManageAlert, id: string, value: string): Promise<void> {
    const select = control<HTMLSelectElement>(el, id);
    select.value = value;
    expect(select.value, `${id} offers ${value}`).to.equal(value);
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function type(el: SocManageAlert, id: string, value: string): Promise<void> {
    const field = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  function save(el: SocManageAlert): Promise<AlertsUpdatedEvent> {
    const updated = oneEvent(el, 'soc-alerts-updated') as Promise<AlertsUpdatedEvent>;
    button(el, 'Save')!.click();
    return updated;
  }

  /** Saves and waits until the save settles without closing (an error or a refusal). */
  async function saveExpectingTrouble(el: SocManageAlert): Promise<void> {
    button(el, 'Save')!.click();
    // The answer takes a round trip through the worker; the button says "Saving…" until it is in.
    await el.updateComplete;
    await waitUntil(() => button(el, 'Save'), 'save settles');
    await waitUntil(() => alertText(el) || root(el).querySelector('.field-error'), 'the trouble shows');
    await el.updateComplete;
  }

  it('saves status, classification, determination, owner and a comment in one update, and closes', async () => {
    const [alert] = newAlerts(1, (a) => a.classification === 'unknown');
    const assignee = service()
      .listAssignees()
      .find((a) => a.id !== alert.assignedTo)!;
    const { el, opener } = await mount(alert);
    expect(dialog(el).open).to.be.true;
    expect(root(el).querySelector('h2')!.textContent).to.equal('Manage alert');
    expect(text(el)).to.include(alert.title);
    expect(text(el)).to.include(alert.id);
    await expect(el).to.be.accessible();

    await choose(el, 'status', 'resolved');
    await choose(el, 'classification', 'truePositive');
    await choose(el, 'determination', 'malware');
    await choose(el, 'assignedTo', assignee.id);
    await type(el, 'comment', 'Quarantined the file.');
    const event = await save(el);
    await waitUntil(() => !el.open, 'dialog closes');
    expect(dialog(el).open).to.be.false;
    expect(deepActive()).to.equal(opener);

    const expected = { status: 'resolved', classification: 'truePositive', determination: 'malware', assignedTo: assignee.id };
    expect(api.writes).to.deep.equal([
      { method: 'updateAlert', ids: [alert.id], patch: { ...expected, comment: 'Quarantined the file.' } },
    ]);
    expect(event.detail.alerts.map((a) => a.id)).to.deep.equal([alert.id]);
    expect(event.detail.alerts[0]).to.include(expected);
    const stored = service().getAlert(alert.id);
    expect(stored).to.include(expected);
    expect(stored.comments.map((c) => c.comment)).to.include('Quarantined the file.');
  });

  it('sends only what changed, and only a comment when nothing else did', async () => {
    const [alert] = newAlerts(1);
    const { el } = await mount(alert);
    await type(el, 'comment', 'Looking into it.');
    await save(el);
    expect(api.writes).to.deep.equal([{ method: 'updateAlert', ids: [alert.id], patch: { comment: 'Looking into it.' } }]);
  });

  it('closes without a call when nothing changed', async () => {
    const [alert] = newAlerts(1);
    const { el } = await mount(alert);
    button(el, 'Save')!.click();
    await waitUntil(() => !el.open, 'dialog closes');
    expect(api.writes).to.be.empty;
  });

  it('assigns to the signed-in person with "Assign to me"', async () => {
    const me = service().principalFor('responder').id;
    const [alert] = newAlerts(1, (a) => a.assignedTo !== me);
    const { el } = await mount(alert);
    await waitUntil(() => button(el, 'Assign to me'), 'who am I loads');
    button(el, 'Assign to me')!.click();
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'assignedTo').value).to.equal(me);
    expect(button(el, 'Assign to me')).to.be.undefined;
    await save(el);
    expect(api.writes[0].patch).to.deep.equal({ assignedTo: me });
  });

  it('offers a determination only for a true positive', async () => {
    const [alert] = newAlerts(1, (a) => a.classification === 'unknown');
    const { el } = await mount(alert);
    const determination = () => control<HTMLSelectElement>(el, 'determination');
    expect(determination().disabled).to.be.true;
    expect(root(el).querySelector('fieldset.group legend')!.textContent).to.equal('Classification and determination');
    await choose(el, 'classification', 'truePositive');
    expect(determination().disabled).to.be.false;
    const offered = [...determination().options].map((o) => o.textContent!.trim());
    expect(offered).to.include.members(['Multistage attack', 'Compromised account', 'Malware', 'Phishing', 'Other']);
    await choose(el, 'determination', 'phishing');
    await choose(el, 'classification', 'falsePositive');
    expect(determination().disabled).to.be.true;
    expect(determination().value).to.equal('unknown');
    await save(el);
    expect(api.writes[0].patch).to.deep.equal({ classification: 'falsePositive' });
  });

  describe('bulk', () => {
    it('keeps differing values, sends only the fields chosen, in one bulk call', async () => {
      const alerts = newAlerts(3);
      const owners = service().listAssignees();
      service().updateAlert(service().principalFor('admin'), alerts[0].id, { assignedTo: owners[0].id });
      service().updateAlert(service().principalFor('admin'), alerts[1].id, { assignedTo: owners[1].id });
      const fresh = alerts.map((a) => service().getAlert(a.id));
      const { el } = await mount(fresh);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Manage alerts');
      expect(text(el)).to.include('3 alerts selected');
      expect(control<HTMLSelectElement>(el, 'assignedTo').value).to.equal('(keep)');
      expect(control<HTMLSelectElement>(el, 'status').value).to.equal('new');
      await expect(el).to.be.accessible();

      await choose(el, 'status', 'inProgress');
      await type(el, 'comment', 'Triaging together.');
      const event = await save(el);
      await waitUntil(() => !el.open, 'dialog closes');
      expect(api.writes).to.deep.equal([
        { method: 'updateAlerts', ids: fresh.map((a) => a.id), patch: { status: 'inProgress', comment: 'Triaging together.' } },
      ]);
      expect(event.detail.alerts).to.have.length(3);
      for (const alert of fresh) {
        const stored = service().getAlert(alert.id);
        expect(stored.status).to.equal('inProgress');
        expect(stored.assignedTo, 'owners kept').to.equal(alert.assignedTo);
      }
    });

    it('lists each alert the backend refused, and retries only those', async () => {
      const alerts = newAlerts(3);
      const refused = alerts[1];
      test.worker.use(
        http.post(`${BASE_URL}/alerts/bulk-update`, async ({ request }) => {
          const body = (await request.json()) as { ids: string[]; patch: AlertPatch };
          const succeeded = body.ids
            .filter((id) => id !== refused.id)
            .map((id) => service().updateAlert(service().principalFor('responder'), id, body.patch));
          const failed = body.ids.includes(refused.id)
            ? [{ id: refused.id, error: { kind: 'forbidden', message: `Alert ${MARKUP} is locked by a policy.` } }]
            : [];
          return HttpResponse.json({ succeeded, failed });
        }),
      );
      const { el } = await mount(alerts);
      await choose(el, 'status', 'inProgress');
      const event = await save(el);
      expect(event.detail.alerts.map((a) => a.id)).to.deep.equal([alerts[0].id, alerts[2].id]);
      await waitUntil(() => root(el).querySelector('#failures-title'), 'the failures show');
      expect(el.open).to.be.true;
      const failures = root(el).querySelector('#failures-title')!.parentElement!;
      expect(failures.textContent!.replace(/\s+/g, ' ')).to.include('Updated 2 of 3 alerts');
      expect(failures.textContent).to.include(refused.title);
      expect(failures.textContent).to.include(refused.id);
      expect(failures.textContent).to.include(`Alert ${MARKUP} is locked by a policy.`);
      expect(root(el).querySelector('img')).to.be.null;
      expect(alertText(el)).to.include('Some alerts were not updated');
      expect(control<HTMLSelectElement>(el, 'status').value, 'the choice is kept').to.equal('inProgress');
      await expect(el).to.be.accessible();

      test.worker.resetHandlers();
      api.writes.length = 0;
      await save(el);
      await waitUntil(() => !el.open, 'dialog closes');
      expect(api.writes).to.deep.equal([{ method: 'updateAlerts', ids: [refused.id], patch: { status: 'inProgress' } }]);
      expect(service().getAlert(refused.id).status).to.equal('inProgress');
    });
  });

  describe('keeps what was typed', () => {
    const cases = [
      { name: 'a server error', scenario: { errorRate: 1 }, expect: /Server error/ },
      { name: 'a network error', scenario: { offline: true }, expect: /Can't reach the incident service/ },
      { name: 'throttling', scenario: { throttled: true }, expect: /Try again in \d+ seconds?/ },
    ];
    for (const { name, scenario, expect: message } of cases) {
      it(`on ${name}`, async () => {
        const [alert] = newAlerts(1);
        const { el } = await mount(alert);
        await choose(el, 'status', 'inProgress');
        await type(el, 'comment', 'Draft comment');
        test.backend.setScenario(scenario);
        await saveExpectingTrouble(el);
        expect(alertText(el)).to.match(message);
        expect(alertText(el)).to.include('Your changes are kept');
        expect(dialog(el).open).to.be.true;
        expect(control<HTMLSelectElement>(el, 'status').value).to.equal('inProgress');
        expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal('Draft comment');
        await expect(el).to.be.accessible();

        test.backend.setScenario({ errorRate: 0, offline: false, throttled: false });
        await save(el);
        expect(service().getAlert(alert.id).status).to.equal('inProgress');
      });
    }

    it('shows a validation error next to the field the backend names', async () => {
      const [alert] = newAlerts(1);
      const journal = service().journal.length;
      const { el } = await mount(alert);
      // Longer than the service allows; typing could not get here, a script can.
      await type(el, 'comment', 'x'.repeat(30_001));
      await saveExpectingTrouble(el);
      await waitUntil(() => root(el).querySelector('#comment-error'), 'field error shows');
      const comment = control<HTMLTextAreaElement>(el, 'comment');
      expect(comment.getAttribute('aria-invalid')).to.equal('true');
      expect(comment.getAttribute('aria-describedby')).to.include('comment-error');
      await waitUntil(() => root(el).activeElement === comment, 'the field takes focus');
      expect(alertText(el)).to.include('Check the values');
      expect(comment.value).to.have.length(30_001);
      expect(service().journal.length, 'nothing changed').to.equal(journal);
      await expect(el).to.be.accessible();
    });
  });

  it('says "Saving…" while the save is on its way', async () => {
    const [alert] = newAlerts(1);
    const { el } = await mount(alert);
    await choose(el, 'status', 'inProgress');
    test.backend.setScenario({ latencyMs: 2_000 });
    button(el, 'Save')!.click();
    await waitUntil(() => root(el).querySelector('[role="status"]')!.textContent === 'Saving…', 'saving shows');
    expect(control(el, 'save').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await waitUntil(() => !el.open, 'dialog closes', { timeout: 5_000 });
  });

  it('is read-only for a reader, without Save', async () => {
    test.backend.setScenario({ role: 'reader' });
    const [alert] = newAlerts(1);
    const { el } = await mount(alert);
    await waitUntil(() => text(el).includes('You have read-only access'), 'read-only note shows');
    for (const id of ['status', 'classification', 'determination', 'assignedTo', 'comment']) {
      expect(control(el, id).matches(':disabled'), `${id} is disabled`).to.be.true;
    }
    expect(button(el, 'Save')).to.be.undefined;
    expect(button(el, 'Assign to me')).to.be.undefined;
    expect(button(el, 'Close')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says so when the backend cannot change alerts', async () => {
    const [alert] = newAlerts(1);
    const { el } = await mount(alert, new NoAlertUpdatesApi({ baseUrl: BASE_URL }));
    expect(text(el)).to.include('This backend does not allow changing alerts.');
    expect(control(el, 'status').matches(':disabled')).to.be.true;
    expect(button(el, 'Save')).to.be.undefined;
    await expect(el).to.be.accessible();
  });

  describe('keyboard', () => {
    it('starts on Status and tabs through the fields in order', async () => {
      const me = service().principalFor('responder').id;
      const [alert] = newAlerts(1, (a) => a.classification === 'unknown' && a.assignedTo !== me);
      const { el } = await mount(alert);
      await waitUntil(() => button(el, 'Assign to me'), 'who am I loads');
      expect(deepActive()?.id).to.equal('status');
      const order: string[] = [];
      for (let i = 0; i < 6; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive() as HTMLElement;
        order.push(active.id || active.textContent!.trim());
      }
      expect(order).to.deep.equal(['classification', 'assignedTo', 'Assign to me', 'comment', 'save', 'Cancel']);
    });

    it('closes on Escape and gives focus back to the opener', async () => {
      const [alert] = newAlerts(1);
      const { el, opener } = await mount(alert);
      const closed = oneEvent(el, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(el.open).to.be.false;
      expect(dialog(el).open).to.be.false;
      expect(deepActive()).to.equal(opener);
    });
  });

  it('renders markup from the API as text', async () => {
    const created = service().createIncident(service().principalFor('responder'), {
      displayName: 'Markup incident',
      alerts: [{ title: `Alert ${MARKUP}` }],
    });
    const [alert] = service().listIncidentAlerts(created.id);
    const { el } = await mount(alert);
    expect(text(el)).to.include(`Alert ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socManageAlertPwned).to.be.undefined;
  });
});
