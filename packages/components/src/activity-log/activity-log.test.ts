import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, MAX_COMMENT_LENGTH, type Capability, type IncidentApi } from '../api/index.js';
import type { CommentAddedEvent } from '../events/comment-added.js';
import '../provider/define.js';
import type { SocActivityLog } from './activity-log.js';
import './define.js';

const MARKUP = '<img src=x onerror="window.__socActivityPwned=1">';
const ANALYST = 'alex.wilber@contoso.com';
const PHISHING_RULE = 'Automation rule: Route phishing incidents to the email security queue';

declare global {
  interface Window {
    __socActivityPwned?: number;
  }
}

/** A client of a backend that keeps comments but no audit trail. */
class CommentsOnlyApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'activity'));
}

describe('soc-activity-log', function () {

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

  const service = () => test.backend.service;
  const responder = () => service().principalFor('responder');
  const root = (el: SocActivityLog) => el.shadowRoot!;
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const text = (node: Node) => squash(node.textContent!);
  const items = (el: SocActivityLog) => [...root(el).querySelectorAll<HTMLLIElement>('.log > li')];
  const box = (el: SocActivityLog) => root(el).querySelector<HTMLTextAreaElement>('#comment')!;
  const counter = (el: SocActivityLog) => text(root(el).querySelector('#comment-count')!);
  const postError = (el: SocActivityLog) => root(el).querySelector<HTMLElement>('.post-error');
  const button = (el: SocActivityLog, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => squash(b.textContent!) === label);
  const kindRadio = (el: SocActivityLog, kind: string) =>
    root(el).querySelector<HTMLInputElement>(`input[name="kind"][value="${kind}"]`)!;
  const textFilter = (el: SocActivityLog) => root(el).querySelector<HTMLInputElement>('input[type="search"]')!;

  async function mount(incidentId?: string, client: IncidentApi = api): Promise<SocActivityLog> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <soc-activity-log .incidentId=${incidentId}></soc-activity-log>
    </soc-api-provider>`);
    return provider.querySelector('soc-activity-log')!;
  }

  const loaded = (el: SocActivityLog) =>
    waitUntil(() => items(el).length > 0 && el.shadowRoot!.querySelector('.log[aria-busy="false"]'), 'activity loads');

  /** Puts text in the comment box as a script would (past `maxlength`, which only stops typing). */
  async function fill(el: SocActivityLog, value: string): Promise<void> {
    box(el).value = value;
    box(el).dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
  }

  /** A generated incident whose trail has comments and changes. */
  function talkativeIncident(): string {
    for (const incident of service().listIncidents({ top: 30 }).items) {
      const activity = service().listActivity(incident.id);
      if (service().listComments(incident.id).length > 0 && activity.some((e) => e.action === 'updated')) return incident.id;
    }
    throw new Error('The generated data has no incident with comments and changes.');
  }

  function newIncident(name = 'Suspicious sign-in'): string {
    return service().createIncident(responder(), {
      displayName: name,
      alerts: [{ title: 'Unfamiliar sign-in', severity: 'low' }],
    }).id;
  }

  /** An incident the seeded phishing rule acts on as it is created. */
  function phishingIncident(): string {
    return service().createIncident(responder(), {
      displayName: 'Credential phishing',
      alerts: [
        {
          title: 'Malicious URL clicked',
          severity: 'medium',
          serviceSource: 'microsoftDefenderForOffice365',
          detectionSource: 'microsoftDefenderForOffice365',
          category: 'InitialAccess',
        },
      ],
    }).id;
  }

  async function pressCtrlEnter(): Promise<void> {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
  }

  async function post(el: SocActivityLog): Promise<CommentAddedEvent> {
    setTimeout(() => button(el, 'Post')!.click());
    return (await oneEvent(el, 'soc-comment-added')) as CommentAddedEvent;
  }

  describe('the list', () => {
    it("shows the service's comments and audit trail together, newest first", async () => {
      const id = talkativeIncident();
      const comments = service().listComments(id);
      const trail = service().listActivity(id).filter((entry) => entry.action !== 'commented');
      const el = await mount(id);
      await loaded(el);

      expect(items(el)).to.have.length(comments.length + trail.length);
      const times = items(el).map((item) => Date.parse(item.querySelector('time')!.dateTime));
      expect(times).to.deep.equal([...times].sort((a, b) => b - a));
      const shownComments = [...root(el).querySelectorAll('.comment')].map((node) => node.textContent);
      expect(shownComments).to.have.members(comments.map((comment) => comment.comment));
      expect(text(root(el))).to.include(`${comments.length + trail.length} items, newest first`);
      await expect(el).to.be.accessible();
    });

    it('writes an update made through the service as sentences, with its actor', async () => {
      const id = newIncident();
      service().updateIncident(responder(), id, { status: 'inProgress', severity: 'medium', classification: 'truePositive' });
      const el = await mount(id);
      await loaded(el);

      const top = items(el)[0];
      expect(text(top.querySelector('.actor-name')!)).to.equal(ANALYST);
      expect([...top.querySelectorAll('.sentences li')].map((li) => text(li))).to.deep.equal([
        'Severity changed from Low to Medium',
        'Status changed from Active to In progress',
        'Classification changed from Not set to True positive',
      ]);
      expect(text(items(el).at(-1)!)).to.include('Incident created with 1 alert');
    });

    it('names the automation rule that acted as the actor', async () => {
      const id = phishingIncident();
      const el = await mount(id);
      await loaded(el);

      const byRule = items(el).filter((item) => text(item.querySelector('.actor-name')!) === PHISHING_RULE);
      expect(byRule).to.have.length(1);
      expect(text(byRule[0])).to.include('Assigned to megan.bowen@contoso.com');
      expect(text(byRule[0])).to.include('Tags added: Phishing campaign');
      expect(byRule[0].querySelector('.avatar.automation')).to.exist;
    });

    it('shows what changed since, on refresh()', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      expect(items(el)).to.have.length(1);

      service().updateIncident(responder(), id, { assignedTo: 'lee.gu@contoso.com' });
      service().saveTask(responder(), id, { title: 'Call the user' });
      el.refresh();
      await waitUntil(() => items(el).length === 3, 'the new entries show');
      expect(text(items(el)[0])).to.include('Task created: Call the user');
      expect(text(items(el)[1])).to.include('Assigned to lee.gu@contoso.com');
    });

    it('keeps the line breaks of a comment', async () => {
      const id = newIncident();
      service().addComment(responder(), id, 'Line one\nLine two\n\n  indented');
      const el = await mount(id);
      await loaded(el);
      const shown = root(el).querySelector<HTMLElement>('.comment')!;
      expect(shown.textContent).to.equal('Line one\nLine two\n\n  indented');
      expect(getComputedStyle(shown).whiteSpace).to.equal('pre-wrap');
    });

    it('shows comments alone for a backend without an audit trail', async () => {
      const id = newIncident();
      service().addComment(responder(), id, 'Only this.');
      const el = await mount(id, new CommentsOnlyApi({ baseUrl: BASE_URL }));
      await loaded(el);
      expect(items(el).map((item) => text(item.querySelector('.comment')!))).to.deep.equal(['Only this.']);
      expect([...root(el).querySelectorAll<HTMLInputElement>('input[name="kind"]')].map((r) => r.value)).to.deep.equal([
        'all',
        'comments',
      ]);
    });
  });

  describe('filters', () => {
    it('filters by kind and by text, and clears', async () => {
      const id = phishingIncident();
      service().addComment(responder(), id, 'Reset the passwords of the recipients.');
      service().saveTask(responder(), id, { title: 'Purge the message' });
      const el = await mount(id);
      await loaded(el);
      const total = items(el).length;

      kindRadio(el, 'comments').click();
      await el.updateComplete;
      expect(items(el).map((item) => text(item.querySelector('.comment')!))).to.deep.equal([
        'Reset the passwords of the recipients.',
      ]);
      expect(text(root(el))).to.include(`Showing 1 of ${total} items`);

      kindRadio(el, 'tasks').click();
      await el.updateComplete;
      expect(items(el)).to.have.length(1);
      expect(text(items(el)[0])).to.include('Task created: Purge the message');

      kindRadio(el, 'all').click();
      textFilter(el).value = 'MEGAN';
      textFilter(el).dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(items(el)).to.have.length(1);
      expect(text(items(el)[0].querySelector('.actor-name')!)).to.equal(PHISHING_RULE);

      textFilter(el).value = 'nothing like this';
      textFilter(el).dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      expect(text(root(el))).to.include('No activity matches the filters');
      await expect(el).to.be.accessible();

      button(el, 'Clear filters')!.click();
      await el.updateComplete;
      expect(items(el)).to.have.length(total);
      expect(textFilter(el).value).to.equal('');
      expect(kindRadio(el, 'all').checked).to.be.true;
    });

    it('moves between kinds with the arrow keys', async () => {
      const id = phishingIncident();
      service().addComment(responder(), id, 'A comment.');
      const el = await mount(id);
      await loaded(el);

      kindRadio(el, 'all').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(kindRadio(el, 'comments'));
      expect(items(el)).to.have.length(1);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(kindRadio(el, 'changes').checked).to.be.true;
      expect(items(el).every((item) => item.classList.contains('changes'))).to.be.true;

      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(textFilter(el));
    });
  });

  describe('adding a comment', () => {
    it('posts a comment, shows it on top and tells the page', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);

      box(el).focus();
      await sendKeys({ type: 'Contained.' });
      await el.updateComplete;
      expect(counter(el)).to.equal('10 / 30,000 characters');

      const added = await post(el);
      expect(added.detail.comment).to.include({ comment: 'Contained.', incidentId: id, createdBy: ANALYST });
      expect(added.bubbles && added.composed).to.be.true;
      await el.updateComplete;
      expect(service().listComments(id).map((c) => c.comment)).to.deep.equal(['Contained.']);
      expect(text(items(el)[0].querySelector('.comment')!)).to.equal('Contained.');
      expect(box(el).value).to.equal('');
      expect(counter(el)).to.equal('0 / 30,000 characters');
    });

    it('posts with Ctrl+Enter, keeping the line breaks typed with Enter', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);

      box(el).focus();
      await sendKeys({ type: 'First line' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Second line' });
      setTimeout(() => void pressCtrlEnter());
      const added = await oneEvent(el, 'soc-comment-added');
      expect(added.detail.comment.comment).to.equal('First line\nSecond line');
      expect(service().listComments(id)).to.have.length(1);
      expect(root(el).activeElement).to.equal(box(el));
    });

    it('does not post an empty or blank comment', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      expect(button(el, 'Post')!.disabled).to.be.true;
      await fill(el, '   \n ');
      expect(button(el, 'Post')!.disabled).to.be.true;
      box(el).focus();
      await pressCtrlEnter();
      expect(service().listComments(id)).to.be.empty;
    });

    it('counts up to 30,000 characters and takes no more', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      expect(box(el).maxLength).to.equal(MAX_COMMENT_LENGTH);

      await fill(el, 'x'.repeat(MAX_COMMENT_LENGTH - 2));
      expect(counter(el)).to.equal('29,998 / 30,000 characters');
      box(el).focus();
      box(el).setSelectionRange(box(el).value.length, box(el).value.length);
      await sendKeys({ type: 'abcd' });
      await el.updateComplete;
      expect(box(el).value).to.have.length(MAX_COMMENT_LENGTH);
      expect(box(el).value.endsWith('xab')).to.be.true;
      expect(counter(el)).to.equal('30,000 / 30,000 characters');

      await post(el);
      expect(service().listComments(id)[0].comment).to.have.length(MAX_COMMENT_LENGTH);
    });

    it("shows the server's refusal of a longer comment and keeps the text", async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      const tooLong = 'y'.repeat(MAX_COMMENT_LENGTH + 1);
      await fill(el, tooLong);
      expect(counter(el)).to.equal('30,001 / 30,000 characters');
      expect(root(el).querySelector('#comment-count')!.classList.contains('over')).to.be.true;

      button(el, 'Post')!.click();
      await waitUntil(() => postError(el), 'the refusal shows');
      expect(text(postError(el)!)).to.include('The comment was not posted.');
      expect(text(postError(el)!)).to.include('Check the values.').and.match(/30,001.*30,000/);
      expect(button(el, 'Retry')).to.be.undefined;
      expect(box(el).value).to.equal(tooLong);
      expect(box(el).getAttribute('aria-invalid')).to.equal('true');
      expect(box(el).getAttribute('aria-describedby')).to.include('comment-error');
      expect(service().listComments(id)).to.be.empty;

      await fill(el, 'Shorter.');
      expect(postError(el)).to.be.null;
      expect(box(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('keeps the text when the post fails, and posts it on Retry', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      await fill(el, 'Escalated to tier 2.');
      test.backend.setScenario({ errorRate: 1 });

      button(el, 'Post')!.click();
      await waitUntil(() => postError(el), 'the failure shows');
      expect(postError(el)!.getAttribute('role')).to.equal('alert');
      expect(text(postError(el)!)).to.include('The comment was not posted. Server error.');
      expect(box(el).value).to.equal('Escalated to tier 2.');
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      setTimeout(() => button(el, 'Retry')!.click());
      await oneEvent(el, 'soc-comment-added');
      await el.updateComplete;
      expect(postError(el)).to.be.null;
      expect(box(el).value).to.equal('');
      expect(service().listComments(id).map((c) => c.comment)).to.deep.equal(['Escalated to tier 2.']);
    });

    it('says when to retry a throttled post', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      await fill(el, 'Later.');
      test.backend.setScenario({ throttled: true });
      button(el, 'Post')!.click();
      await waitUntil(() => postError(el), 'the failure shows');
      expect(text(postError(el)!)).to.match(/Try again in \d+ seconds?\./);
      expect(button(el, 'Retry')).to.exist;
      expect(box(el).value).to.equal('Later.');
    });

    it('disables the box for a reader, up front', async () => {
      test.backend.setScenario({ role: 'reader' });
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      await waitUntil(() => box(el).disabled, 'the box is disabled');
      expect(button(el, 'Post')!.disabled).to.be.true;
      expect(text(root(el))).to.include('Your role can read the activity of this incident but cannot add comments.');
      await expect(el).to.be.accessible();
    });

    it('says the role cannot comment when the backend refuses, and keeps the text', async () => {
      const id = newIncident();
      const el = await mount(id);
      await loaded(el);
      await fill(el, 'My note.');
      test.backend.setScenario({ role: 'reader' });
      button(el, 'Post')!.click();
      await waitUntil(() => postError(el), 'the refusal shows');
      expect(text(postError(el)!)).to.include('Your role cannot add comments to incidents.');
      expect(text(postError(el)!)).to.include('The reader role can only view incidents');
      expect(button(el, 'Retry')).to.be.undefined;
      expect(box(el).value).to.equal('My note.');
    });

    it("keeps each incident's unsent comment when switching between them", async () => {
      const first = newIncident('First');
      const second = newIncident('Second');
      const el = await mount(first);
      await loaded(el);
      await fill(el, 'About the first.');

      el.incidentId = second;
      await el.updateComplete;
      expect(box(el).value).to.equal('');
      await fill(el, 'About the second.');

      el.incidentId = first;
      await el.updateComplete;
      expect(box(el).value).to.equal('About the first.');
    });
  });

  describe('states', () => {
    it('shows a loading state while the activity loads', async () => {
      test.backend.setScenario({ latencyMs: 2_000 });
      const el = await mount(newIncident());
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading activity…');
      await expect(el).to.be.accessible();
    });

    it('says "No comments yet" when there is nothing to show', async () => {
      const el = await mount(newIncident(), new CommentsOnlyApi({ baseUrl: BASE_URL }));
      await waitUntil(() => /No comments yet/.test(text(root(el))), 'empty state shows');
      expect(items(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a server error with Retry, and loads on retry', async () => {
      const id = newIncident();
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount(id);
      await waitUntil(() => root(el).querySelector('.state.error'), 'error shows');
      expect(text(root(el))).to.include("Couldn't load activity");
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      button(el, 'Retry')!.click();
      await loaded(el);
      expect(items(el)).to.have.length(1);
    });

    it('says when to retry when throttled', async () => {
      const id = newIncident();
      test.backend.setScenario({ throttled: true });
      const el = await mount(id);
      await waitUntil(() => root(el).querySelector('.state.error'), 'error shows');
      expect(text(root(el))).to.match(/Try again in \d+ seconds?/);
    });

    it('asks for an incident when it has none', async () => {
      const el = await mount(undefined);
      expect(text(root(el))).to.equal('Select an incident to see its activity.');
    });
  });

  it('renders markup from the API as text', async () => {
    const id = newIncident(`Name ${MARKUP}`);
    service().addComment(responder(), id, `Comment ${MARKUP}\n<script>window.__socActivityPwned=2</script>`);
    service().updateIncident(responder(), id, { customTags: [`Tag ${MARKUP}`], displayName: `Renamed ${MARKUP}` });
    service().saveTask(responder(), id, { title: `Task ${MARKUP}` });
    const el = await mount(id);
    await loaded(el);

    const all = text(root(el));
    expect(all).to.include(`Comment ${MARKUP}`);
    expect(all).to.include('<script>window.__socActivityPwned=2</script>');
    expect(all).to.include(`Tags added: Tag ${MARKUP}`);
    expect(all).to.include(`Incident name changed from "Name ${MARKUP}" to "Renamed ${MARKUP}"`);
    expect(all).to.include(`Task created: Task ${MARKUP}`);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socActivityPwned).to.be.undefined;
  });
});
