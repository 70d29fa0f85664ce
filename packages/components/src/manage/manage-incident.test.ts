import { isolate } from '../i18n/isolate.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type Incident, type IncidentPatch, type UpdateOptions } from '../api/index.js';
import type { IncidentUpdatedEvent } from '../events/incident-updated.js';
import '../provider/define.js';
import '../summary/define.js';
import type { SocIncidentSummary } from '../summary/incident-summary.js';
import './define.js';
import type { SocManageIncident } from './manage-incident.js';

const MARKUP = '<img src=x onerror="window.__socManagePwned=1">';

declare global {
  interface Window {
    __socManagePwned?: number;
  }
}

/** The HTTP client, noting which writes the dialog sends. */
class RecordingApi extends HttpIncidentApi {
  readonly writes: { method: string; id: string; patch?: IncidentPatch; etag?: string }[] = [];

  override updateIncident(id: string, patch: IncidentPatch, options?: UpdateOptions) {
    this.writes.push({ method: 'updateIncident', id, patch, etag: options?.etag });
    return super.updateIncident(id, patch, options);
  }

  override updateIncidents(ids: string[], patch: IncidentPatch) {
    for (const id of ids) this.writes.push({ method: 'updateIncidents', id, patch });
    return super.updateIncidents(ids, patch);
  }

  override addComment(incidentId: string, text: string) {
    this.writes.push({ method: 'addComment', id: incidentId });
    return super.addComment(incidentId, text);
  }
}

describe('soc-manage-incident', () => {
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
  const responder = () => service().principalFor('responder');
  const root = (el: SocManageIncident) => el.shadowRoot!;
  const control = <T extends HTMLElement>(el: SocManageIncident, id: string) => root(el).querySelector<T>(`#${id}`)!;
  const text = (el: SocManageIncident) => root(el).textContent!.replace(/\s+/g, ' ');
  const button = (el: SocManageIncident, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  const dialog = (el: SocManageIncident) => root(el).querySelector('dialog')!;
  const alertText = (el: SocManageIncident) => root(el).querySelector('.alert-region')!.textContent!.trim();

  function deepActive(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  function activeIncidents(count: number, filter: (incident: Incident) => boolean = () => true): Incident[] {
    const found = service()
      .listIncidents({ status: ['active'], top: 100 })
      .items.filter(filter)
      .slice(0, count);
    if (found.length < count) throw new Error(`The generated data has fewer than ${count} matching active incidents.`);
    return found;
  }

  interface Mounted {
    el: SocManageIncident;
    summary: SocIncidentSummary;
    opener: HTMLButtonElement;
  }

  /** The dialog beside a summary pane, as a workspace wires them, opened from a button. */
  async function mount(target: Incident | Incident[], options: { tagSuggestions?: string[] } = {}): Promise<Mounted> {
    const provider = await fixture(html`<soc-api-provider .api=${api}>
      <button id="opener">Manage</button>
      <soc-incident-summary></soc-incident-summary>
      <soc-manage-incident .tagSuggestions=${options.tagSuggestions}></soc-manage-incident>
    </soc-api-provider>`);
    const el = provider.querySelector('soc-manage-incident')!;
    const summary = provider.querySelector('soc-incident-summary')!;
    el.addEventListener('soc-incident-updated', (event) => {
      summary.incident = event.detail.incidents[0];
    });
    const opener = provider.querySelector<HTMLButtonElement>('#opener')!;
    opener.focus();
    el.show(target);
    await el.updateComplete;
    await waitUntil(() => control<HTMLSelectElement>(el, 'assignedTo').options.length > 2, 'assignees load');
    return { el, summary, opener };
  }

  async function choose(el: SocManageIncident, id: string, value: string): Promise<void> {
    const select = control<HTMLSelectElement>(el, id);
    select.value = value;
    expect(select.value, `${id} offers ${value}`).to.equal(value);
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }

  async function type(el: SocManageIncident, id: string, value: string): Promise<void> {
    const field = control<HTMLInputElement | HTMLTextAreaElement>(el, id);
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  async function addTag(el: SocManageIncident, tag: string): Promise<void> {
    control(el, 'tags-input').focus();
    await type(el, 'tags-input', tag);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }

  async function save(el: SocManageIncident): Promise<IncidentUpdatedEvent> {
    const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
    button(el, 'Save')!.click();
    return updated;
  }

  /** Saves and waits until the save settles without an update event (an error or a refusal). */
  async function saveExpectingTrouble(el: SocManageIncident): Promise<void> {
    button(el, 'Save')!.click();
    await waitUntil(() => button(el, 'Save'), 'save settles');
    await el.updateComplete;
  }

  it('saves every field with one update, adds the comment, and the summary shows it all', async () => {
    const [incident] = activeIncidents(1, (i) => i.severity !== 'low' && i.classification === 'unknown');
    const assignee = service()
      .listAssignees()
      .find((a) => a.id !== incident.assignedTo)!;
    const { el, summary, opener } = await mount(incident);
    expect(dialog(el).open).to.be.true;
    expect(root(el).querySelector('h2')!.textContent).to.equal('Manage incident');

    await type(el, 'displayName', 'Credential theft on finance laptops');
    for (const tag of incident.customTags) {
      (root(el).querySelector(`button[aria-label="Remove tag ${isolate(tag)}"]`) as HTMLButtonElement).click();
    }
    await addTag(el, 'Contained');
    await choose(el, 'assignedTo', assignee.id);
    await choose(el, 'status', 'resolved');
    await choose(el, 'severity', 'low');
    await choose(el, 'classification', 'truePositive');
    await choose(el, 'determination', 'malware');
    await type(el, 'comment', 'Isolated the devices and reset the passwords.');

    const event = await save(el);
    const saved = event.detail.incidents[0];
    await waitUntil(() => !el.open, 'dialog closes');
    expect(dialog(el).open).to.be.false;
    expect(deepActive()).to.equal(opener);

    const expected = {
      displayName: 'Credential theft on finance laptops',
      customTags: ['Contained'],
      assignedTo: assignee.id,
      status: 'resolved',
      severity: 'low',
      classification: 'truePositive',
      determination: 'malware',
    };
    expect(api.writes.map((w) => w.method)).to.deep.equal(['updateIncident', 'addComment']);
    expect(api.writes[0].patch).to.deep.equal(expected);
    expect(api.writes[0].etag).to.equal(incident.etag);
    expect(saved).to.include({ ...expected, customTags: saved.customTags });
    const stored = await api.getIncident(incident.id);
    expect(stored).to.deep.include({ ...expected });
    const comments = await api.listComments(incident.id);
    expect(comments.map((c) => c.comment)).to.include('Isolated the devices and reset the passwords.');

    await waitUntil(() => summary.shadowRoot!.querySelector('article'), 'summary shows the saved incident');
    const shown = summary.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    for (const value of ['Credential theft on finance laptops', 'Contained', assignee.id, 'Resolved', 'Low', 'True positive', 'Malware']) {
      expect(shown).to.include(value);
    }
  });

  it('sends only what changed, and only a comment when nothing else did', async () => {
    const [incident] = activeIncidents(1);
    const { el } = await mount(incident);
    await type(el, 'comment', 'Looking into it.');
    await save(el);
    expect(api.writes.map((w) => w.method)).to.deep.equal(['addComment']);
    expect((await api.listComments(incident.id)).map((c) => c.comment)).to.include('Looking into it.');
  });

  it('refuses to resolve without a classification, next to Classification, sending nothing', async () => {
    const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
    const journal = service().journal.length;
    const { el } = await mount(incident);
    await choose(el, 'status', 'resolved');
    await saveExpectingTrouble(el);

    const classification = control<HTMLSelectElement>(el, 'classification');
    await waitUntil(() => root(el).activeElement === classification, 'Classification gets focus');
    expect(classification.getAttribute('aria-invalid')).to.equal('true');
    const message = control(el, 'classification-error');
    expect(message.textContent).to.equal('Choose a classification to resolve this incident.');
    expect(classification.getAttribute('aria-describedby')).to.include('classification-error');
    expect(root(el).activeElement).to.equal(classification);
    expect(dialog(el).open).to.be.true;
    expect(api.writes).to.be.empty;
    expect(service().journal.length).to.equal(journal);
    expect(service().getIncident(incident.id).etag).to.equal(incident.etag);
    await expect(el).to.be.accessible();

    await choose(el, 'classification', 'falsePositive');
    expect(root(el).querySelector('#classification-error')).to.be.null;
    await save(el);
    expect(service().getIncident(incident.id)).to.include({ status: 'resolved', classification: 'falsePositive' });
  });

  it('offers a determination only for a true positive', async () => {
    const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
    const { el } = await mount(incident);
    const determination = () => control<HTMLSelectElement>(el, 'determination');
    expect(determination().disabled).to.be.true;
    await choose(el, 'classification', 'falsePositive');
    expect(determination().disabled).to.be.true;
    await choose(el, 'classification', 'truePositive');
    expect(determination().disabled).to.be.false;
    const offered = [...determination().options].map((o) => o.textContent!.trim());
    expect(offered).to.include.members(['Multistage attack', 'Compromised account', 'Malware', 'Phishing', 'Other']);
    await choose(el, 'determination', 'phishing');
    await choose(el, 'classification', 'informationalExpectedActivity');
    expect(determination().disabled).to.be.true;
    expect(determination().value).to.equal('unknown');
    await save(el);
    expect(api.writes[0].patch).to.deep.equal({ classification: 'informationalExpectedActivity' });
  });

  describe('resolve', () => {
    async function mountResolving(incident: Incident, client: HttpIncidentApi = api): Promise<SocManageIncident> {
      const provider = await fixture(html`<soc-api-provider .api=${client}>
        <soc-manage-incident></soc-manage-incident>
      </soc-api-provider>`);
      const el = provider.querySelector('soc-manage-incident')!;
      el.show(incident, { purpose: 'resolve' });
      await el.updateComplete;
      return el;
    }

    const resolve = (el: SocManageIncident) => {
      const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
      button(el, 'Resolve')!.click();
      return updated;
    };

    it('asks only for the classification, the determination and a resolving comment', async () => {
      const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
      const el = await mountResolving(incident);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Resolve incident');
      const fields = [...root(el).querySelectorAll('fieldset label')].map((label) => label.textContent!.trim());
      expect(fields).to.deep.equal(['Classification', 'Determination', 'Resolving comment']);
      expect(button(el, 'Save')).to.be.undefined;
      await expect(el).to.be.accessible();
    });

    it('refuses to resolve without a classification, keeping the comment', async () => {
      const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
      const el = await mountResolving(incident);
      await type(el, 'comment', 'Benign admin script.');
      button(el, 'Resolve')!.click();
      await waitUntil(() => root(el).querySelector('#classification-error'), 'classification error');
      expect(api.writes).to.deep.equal([]);
      expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal('Benign admin script.');
      expect(service().getIncident(incident.id).status).to.equal('active');
    });

    it('resolves as a true positive with a determination and the resolving comment, in one update', async () => {
      const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
      const el = await mountResolving(incident);
      await choose(el, 'classification', 'truePositive');
      await choose(el, 'determination', 'compromisedAccount');
      await type(el, 'comment', 'Password reset, sessions revoked.');
      const saved = (await resolve(el)).detail.incidents[0];
      expect(api.writes.map((w) => w.method)).to.deep.equal(['updateIncident']);
      const expected = {
        status: 'resolved',
        classification: 'truePositive',
        determination: 'compromisedAccount',
        resolvingComment: 'Password reset, sessions revoked.',
      };
      expect(saved).to.include(expected);
      expect(service().getIncident(incident.id)).to.include(expected);
    });

    it('adds the resolving comment as a comment on a backend that stores none', async () => {
      class WithoutResolvingComment extends RecordingApi {
        override readonly capabilities = new Set([...new HttpIncidentApi({ baseUrl: BASE_URL }).capabilities].filter((c) => c !== 'resolvingComment'));
      }
      const client = new WithoutResolvingComment({ baseUrl: BASE_URL });
      const [incident] = activeIncidents(1, (i) => i.classification === 'unknown');
      const el = await mountResolving(incident, client);
      await choose(el, 'classification', 'falsePositive');
      await type(el, 'comment', 'Scheduled scan by IT.');
      await resolve(el);
      expect(client.writes.map((w) => w.method)).to.deep.equal(['updateIncident', 'addComment']);
      expect(client.writes[0].patch).to.deep.equal({ status: 'resolved', classification: 'falsePositive' });
      expect(service().listComments(incident.id).map((c) => c.comment)).to.include('Scheduled scan by IT.');
    });
  });

  describe('bulk', () => {
    it('applies only the touched fields and lists the incidents that failed', async () => {
      const [first, second, third] = activeIncidents(3);
      // Merged into another incident: a responder cannot change it any more.
      const redirected = service().updateIncident(responder(), third.id, { status: 'redirected' });
      const targets = [first, second, redirected];
      const { el } = await mount(targets);
      expect(root(el).querySelector('h2')!.textContent).to.equal('Manage incidents');
      expect(text(el)).to.include('3 incidents selected');
      expect(root(el).querySelector('#displayName')).to.be.null;

      await choose(el, 'status', 'inProgress');
      const event = await save(el);
      expect(event.detail.incidents.map((i) => i.id)).to.have.members([first.id, second.id]);
      await waitUntil(() => root(el).querySelector('#failures-title'), 'failures show');

      expect(api.writes.map((w) => w.patch)).to.deep.equal([{ status: 'inProgress' }, { status: 'inProgress' }, { status: 'inProgress' }]);
      for (const incident of [first, second]) {
        expect(service().getIncident(incident.id)).to.include({ status: 'inProgress', severity: incident.severity });
      }
      expect(service().getIncident(redirected.id).status).to.equal('redirected');
      expect(control(el, 'failures-title').textContent!.trim()).to.equal('Updated 2 of 3 incidents');
      const failures = [...root(el).querySelectorAll('.notice.error li')].map((li) => li.textContent!);
      expect(failures).to.have.length(1);
      expect(failures[0]).to.include(redirected.displayName).and.include('only an admin can reopen it');
      expect(dialog(el).open).to.be.true;
      await expect(el).to.be.accessible();

      // Saving again retries only the incident that failed.
      api.writes.length = 0;
      button(el, 'Save')!.click();
      await waitUntil(() => api.writes.length > 0 && button(el, 'Save'), 'retry settles');
      expect(api.writes.map((w) => w.id)).to.deep.equal([redirected.id]);
    });

    it('adds and removes tags on each incident, keeping each one’s own', async () => {
      const shared = 'Shared by both';
      const [first, second] = activeIncidents(2);
      const one = service().updateIncident(responder(), first.id, { customTags: [shared, 'Only first'] });
      const two = service().updateIncident(responder(), second.id, { customTags: ['Only second', shared] });
      const { el } = await mount([one, two]);
      expect([...root(el).querySelectorAll('.chip span')].map((s) => s.textContent)).to.deep.equal([shared]);

      // The tag is data inside the label: isolated, as in a right-to-left page it must be.
      (root(el).querySelector(`button[aria-label="Remove tag ${isolate(shared)}"]`) as HTMLButtonElement).click();
      await addTag(el, 'Bulk added');
      await save(el);
      await waitUntil(() => !el.open, 'dialog closes');
      expect(service().getIncident(first.id).customTags).to.deep.equal(['Only first', 'Bulk added']);
      expect(service().getIncident(second.id).customTags).to.deep.equal(['Only second', 'Bulk added']);
      expect(api.writes.every((w) => Object.keys(w.patch!).join() === 'customTags')).to.be.true;
    });
  });

  describe('conflict', () => {
    async function openWithConflict() {
      const [incident] = activeIncidents(1, (i) => i.severity !== 'low');
      const mounted = await mount(incident);
      await choose(mounted.el, 'severity', 'low');
      await type(mounted.el, 'comment', 'Downgraded after review.');
      const admin = service().principalFor('admin');
      service().updateIncident(admin, incident.id, { displayName: 'Renamed by another analyst' });
      button(mounted.el, 'Save')!.click();
      await waitUntil(() => root(mounted.el).querySelector('#conflict-title'), 'conflict shows');
      return { ...mounted, incident, admin };
    }

    it('shows the newer values and saves the person’s changes on top of them', async () => {
      const { el, incident, admin } = await openWithConflict();
      const conflict = text(el);
      expect(conflict).to.include(`${admin.id} saved a newer version`);
      const rows = [...root(el).querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.include('Incident name Renamed by another analyst No change');
      expect(rows).to.include(`Severity ${incident.severity[0].toUpperCase()}${incident.severity.slice(1)} Low`);
      expect(root(el).activeElement?.textContent!.trim()).to.equal('Apply my changes again');
      await expect(el).to.be.accessible();

      const updated = oneEvent(el, 'soc-incident-updated') as Promise<IncidentUpdatedEvent>;
      button(el, 'Apply my changes again')!.click();
      const saved = (await updated).detail.incidents[0];
      expect(saved).to.include({ displayName: 'Renamed by another analyst', severity: 'low' });
      expect(service().getIncident(incident.id)).to.include({ displayName: 'Renamed by another analyst', severity: 'low' });
      expect(api.writes.filter((w) => w.method === 'updateIncident').map((w) => w.patch)).to.deep.equal([
        { severity: 'low' },
        { severity: 'low' },
      ]);
      expect((await api.listComments(incident.id)).map((c) => c.comment)).to.include('Downgraded after review.');
    });

    it('can discard the person’s changes and show the newer version', async () => {
      const { el, incident } = await openWithConflict();
      button(el, 'Discard my changes')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('#conflict-title')).to.be.null;
      expect(control<HTMLInputElement>(el, 'displayName').value).to.equal('Renamed by another analyst');
      expect(control<HTMLSelectElement>(el, 'severity').value).to.equal(incident.severity);
      expect(service().getIncident(incident.id).severity).to.equal(incident.severity);
    });
  });

  describe('errors keep the draft', () => {
    const cases = [
      { name: 'a server error', scenario: { errorRate: 1 }, expect: /Server error/ },
      { name: 'a network error', scenario: { offline: true }, expect: /Can't reach the incident service/ },
      { name: 'throttling', scenario: { throttled: true }, expect: /Try again in \d+ seconds?/ },
    ];
    for (const { name, scenario, expect: message } of cases) {
      it(`on ${name}`, async () => {
        const [incident] = activeIncidents(1);
        const { el } = await mount(incident);
        await type(el, 'displayName', 'Draft name');
        await choose(el, 'severity', 'informational');
        await addTag(el, 'Draft tag');
        await type(el, 'comment', 'Draft comment');
        test.backend.setScenario(scenario);
        await saveExpectingTrouble(el);
        await waitUntil(() => alertText(el), 'the error shows');
        expect(alertText(el)).to.match(message);
        expect(dialog(el).open).to.be.true;
        expect(control<HTMLInputElement>(el, 'displayName').value).to.equal('Draft name');
        expect(control<HTMLSelectElement>(el, 'severity').value).to.equal('informational');
        expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal('Draft comment');
        expect(root(el).querySelector('.chip span')!.textContent).to.equal('Draft tag');
        await expect(el).to.be.accessible();

        test.backend.setScenario({ errorRate: 0, offline: false, throttled: false });
        await save(el);
        expect(service().getIncident(incident.id)).to.include({ displayName: 'Draft name', severity: 'informational' });
      });
    }

    it('keeps the comment when the fields were saved but the comment was not', async () => {
      const [incident] = activeIncidents(1, (i) => i.severity !== 'low');
      const { el } = await mount(incident);
      await choose(el, 'severity', 'low');
      await type(el, 'comment', 'Second look tomorrow.');
      test.worker.use(
        http.post(`${BASE_URL}/incidents/:id/comments`, () =>
          HttpResponse.json({ error: { code: 'server', message: 'The comment store is down.' } }, { status: 500 }),
        ),
      );
      const saved = await save(el);
      expect(saved.detail.incidents[0].severity).to.equal('low');
      await waitUntil(() => alertText(el), 'the error shows');
      expect(alertText(el)).to.include('Your changes were saved, but the comment was not added');
      expect(alertText(el)).to.include('The comment store is down.');
      expect(control<HTMLTextAreaElement>(el, 'comment').value).to.equal('Second look tomorrow.');

      test.worker.resetHandlers();
      api.writes.length = 0;
      await save(el);
      expect(api.writes.map((w) => w.method)).to.deep.equal(['addComment']);
      expect((await api.listComments(incident.id)).map((c) => c.comment)).to.include('Second look tomorrow.');
    });

    it('shows a validation error next to the field the backend names', async () => {
      const [incident] = activeIncidents(1);
      const { el } = await mount(incident);
      // Longer than the service allows; typing could not get here, a script can.
      await type(el, 'displayName', 'x'.repeat(300));
      await saveExpectingTrouble(el);
      await waitUntil(() => root(el).querySelector('#displayName-error'), 'field error shows');
      expect(control(el, 'displayName').getAttribute('aria-invalid')).to.equal('true');
      expect(alertText(el)).to.include('Check the values');
      expect(control<HTMLInputElement>(el, 'displayName').value).to.have.length(300);
    });
  });

  it('is read-only for a reader, without Save', async () => {
    test.backend.setScenario({ role: 'reader' });
    const [incident] = activeIncidents(1);
    const { el } = await mount(incident);
    await waitUntil(() => text(el).includes('You have read-only access'), 'read-only note shows');
    for (const id of ['displayName', 'tags-input', 'assignedTo', 'status', 'severity', 'classification', 'comment']) {
      expect(control(el, id).matches(':disabled'), `${id} is disabled`).to.be.true;
    }
    expect(button(el, 'Save')).to.be.undefined;
    expect(button(el, 'Close')).to.exist;
    await expect(el).to.be.accessible();
  });

  describe('keyboard', () => {
    it('starts in the name field and tabs through the fields in order', async () => {
      const me = service().principalFor('responder').id;
      const [incident] = activeIncidents(
        1,
        (i) => i.customTags.length === 0 && i.classification === 'unknown' && i.assignedTo !== me,
      );
      const { el } = await mount(incident);
      await waitUntil(() => button(el, 'Assign to me'), 'who am I loads');
      expect(deepActive()?.id).to.equal('displayName');
      const order: string[] = [];
      for (let i = 0; i < 9; i += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive() as HTMLElement;
        order.push(active.id || active.textContent!.trim());
      }
      expect(order).to.deep.equal([
        'tags-input',
        'assignedTo',
        'Assign to me',
        'status',
        'severity',
        'classification',
        'comment',
        'save',
        'Cancel',
      ]);
    });

    it('closes on Escape and gives focus back to the opener', async () => {
      const [incident] = activeIncidents(1);
      const { el, opener } = await mount(incident);
      const closed = oneEvent(el, 'close');
      await sendKeys({ press: 'Escape' });
      await closed;
      expect(el.open).to.be.false;
      expect(dialog(el).open).to.be.false;
      expect(deepActive()).to.equal(opener);
    });

    it('closes on Cancel without saving', async () => {
      const [incident] = activeIncidents(1);
      const { el } = await mount(incident);
      await type(el, 'displayName', 'Never saved');
      button(el, 'Cancel')!.click();
      await el.updateComplete;
      expect(dialog(el).open).to.be.false;
      expect(api.writes).to.be.empty;
    });

    it('picks tags with the typeahead: arrows, Enter, "Create new tag", Escape', async () => {
      const [incident] = activeIncidents(1, (i) => i.customTags.length === 0);
      const { el } = await mount(incident, { tagSuggestions: ['Phishing campaign', 'Physical access', 'Ransomware'] });
      const input = control<HTMLInputElement>(el, 'tags-input');
      input.focus();
      await sendKeys({ type: 'ph' });
      await el.updateComplete;
      const options = () => [...root(el).querySelectorAll('[role="option"]')].map((o) => o.textContent!.trim());
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(options()).to.deep.equal(['Phishing campaign', 'Physical access', 'Create new tag: “ph”']);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('tag-option-1');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.chip span')].map((s) => s.textContent)).to.deep.equal(['Physical access']);
      expect(input.value).to.equal('');

      await sendKeys({ type: 'Zero day' });
      await el.updateComplete;
      expect(options()).to.deep.equal(['Create new tag: “Zero day”']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect([...root(el).querySelectorAll('.chip span')].map((s) => s.textContent)).to.deep.equal([
        'Physical access',
        'Zero day',
      ]);

      await sendKeys({ type: 'r' });
      await el.updateComplete;
      expect(options()).to.include('Ransomware');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(dialog(el).open, 'Escape in an open list closes only the list').to.be.true;

      await save(el);
      expect(service().getIncident(incident.id).customTags).to.deep.equal(['Physical access', 'Zero day']);
    });

    it('suggests tags already in use', async () => {
      const [tagged] = activeIncidents(1, (i) => i.customTags.length > 0);
      const tag = tagged.customTags[0];
      const [other] = activeIncidents(1, (i) => !i.customTags.includes(tag));
      const { el } = await mount(other);
      const input = control<HTMLInputElement>(el, 'tags-input');
      input.focus();
      await sendKeys({ type: tag.slice(0, 3) });
      await waitUntil(
        () => [...root(el).querySelectorAll('[role="option"]')].some((o) => o.textContent!.trim() === tag),
        'the existing tag is offered',
      );
    });
  });

  it('renders markup from the API as text', async () => {
    const created = service().createIncident(responder(), {
      displayName: `Name ${MARKUP}`,
      customTags: [`Tag ${MARKUP}`],
      alerts: [{ title: `Alert ${MARKUP}` }],
    });
    const { el } = await mount(created, { tagSuggestions: [`Suggested ${MARKUP}`] });
    expect(control<HTMLInputElement>(el, 'displayName').value).to.equal(`Name ${MARKUP}`);
    expect(text(el)).to.include(`Name ${MARKUP}`);
    expect(root(el).querySelector('.chip span')!.textContent).to.equal(`Tag ${MARKUP}`);
    control(el, 'tags-input').focus();
    await sendKeys({ type: 'Sugg' });
    await el.updateComplete;
    expect(root(el).querySelector('[role="option"]')!.textContent!.trim()).to.equal(`Suggested ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socManagePwned).to.be.undefined;
    await expect(el).to.be.accessible();
  });
});
