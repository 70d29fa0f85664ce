import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentApi, type Task } from '../api/index.js';
import type { TaskSavedEvent } from '../events/task-saved.js';
import { formatDateTime } from '../internal/format.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentTasks } from './incident-tasks.js';

const MARKUP = '<img src=x onerror="window.__socTasksPwned=1">';
const ANALYST = 'alex.wilber@contoso.com';
const RANSOMWARE_RULE = 'Automation rule: Escalate ransomware to high severity and notify on-call';

declare global {
  interface Window {
    __socTasksPwned?: number;
  }
}

/** A client of a backend that keeps no tasks; it counts the task calls made anyway. */
class NoTasksApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'tasks'));
  taskCalls = 0;
  override listTasks(...args: Parameters<HttpIncidentApi['listTasks']>): Promise<Task[]> {
    this.taskCalls++;
    return super.listTasks(...args);
  }
}

describe('soc-incident-tasks', function () {

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
  const root = (el: SocIncidentTasks) => el.shadowRoot!;
  const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
  const text = (node: Node) => squash(node.textContent!);
  const rows = (el: SocIncidentTasks) => [...root(el).querySelectorAll<HTMLLIElement>('.tasks > li')];
  const checkbox = (row: HTMLElement) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const rowOf = (el: SocIncidentTasks, title: string) => rows(el).find((row) => text(row.querySelector('.title')!) === title)!;
  const progress = (el: SocIncidentTasks) => text(root(el).querySelector('#progress-text')!);
  const titleInput = (el: SocIncidentTasks) => root(el).querySelector<HTMLInputElement>('#new-task-title')!;
  const descriptionInput = (el: SocIncidentTasks) => root(el).querySelector<HTMLTextAreaElement>('#new-task-description')!;
  const alertText = (el: SocIncidentTasks) => {
    const alert = root(el).querySelector('.failure[role="alert"]');
    return alert ? text(alert) : '';
  };
  const button = (el: SocIncidentTasks, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => squash(b.textContent!) === label);

  async function mount(incidentId?: string, client: IncidentApi = api): Promise<SocIncidentTasks> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <soc-incident-tasks .incidentId=${incidentId}></soc-incident-tasks>
    </soc-api-provider>`);
    return provider.querySelector('soc-incident-tasks')!;
  }

  const loaded = (el: SocIncidentTasks) => waitUntil(() => root(el).querySelector('form.add'), 'tasks load');

  async function fill(control: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  }

  /** An incident with three tasks, the second one completed. */
  function incidentWithTasks(): { id: string; tasks: Task[] } {
    const id = service().createIncident(responder(), {
      displayName: 'Suspicious PowerShell',
      alerts: [{ title: 'Encoded command', severity: 'medium' }],
    }).id;
    service().saveTask(responder(), id, { title: 'Collect the script', description: 'From C:\\Temp\nand the event log' });
    const second = service().saveTask(responder(), id, { title: 'Block the hash' });
    service().saveTask(responder(), id, { title: 'Tell the user' });
    service().saveTask(responder(), id, { id: second.id, title: second.title, status: 'completed' });
    return { id, tasks: service().listTasks(id) };
  }

  function incidentWithoutTasks(): string {
    return service().createIncident(responder(), { displayName: 'Quiet', alerts: [{ title: 'Sign-in', severity: 'low' }] }).id;
  }

  async function toggle(el: SocIncidentTasks, title: string): Promise<TaskSavedEvent> {
    setTimeout(() => checkbox(rowOf(el, title)).click());
    return (await oneEvent(el, 'soc-task-saved')) as TaskSavedEvent;
  }

  describe('the checklist', () => {
    it("shows the service's tasks with their progress, description, creator and completion", async () => {
      const { id, tasks } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);

      expect(rows(el).map((row) => text(row.querySelector('.title')!))).to.deep.equal(tasks.map((task) => task.title));
      expect(rows(el).map((row) => checkbox(row).checked)).to.deep.equal([false, true, false]);
      expect(rows(el).map((row) => text(row.querySelector('.status')!))).to.deep.equal(['New', 'Completed', 'New']);
      expect(progress(el)).to.equal('1 of 3 completed');
      expect(root(el).querySelector('progress')!.value).to.equal(1);

      const first = rowOf(el, 'Collect the script');
      expect(first.querySelector('.description')!.textContent).to.equal('From C:\\Temp\nand the event log');
      expect(text(first.querySelector('.meta')!)).to.equal(`Created by ${ANALYST} on ${formatDateTime(tasks[0].createdDateTime)}`);
      expect(text(rowOf(el, 'Block the hash').querySelector('.meta')!)).to.include(
        `Completed by ${ANALYST} on ${formatDateTime(tasks[1].lastModifiedDateTime)}`,
      );
      await expect(el).to.be.accessible();
    });

    it('names the automation rule that created a task', async () => {
      const id = service().createIncident(responder(), {
        displayName: 'Encryption on file servers',
        alerts: [{ title: 'Ransomware behavior', severity: 'high', category: 'Ransomware' }],
      }).id;
      const el = await mount(id);
      await loaded(el);
      expect(rows(el)).to.have.length(1);
      expect(text(rows(el)[0].querySelector('.meta')!)).to.include(`Created by ${RANSOMWARE_RULE}`);
    });

    it('says when a task was completed even where the trail does not say by whom', async () => {
      const generated = service()
        .listIncidents({ top: 30 })
        .items.map((incident) => service().listTasks(incident.id))
        .find((tasks) => tasks.some((task) => task.status === 'completed'));
      if (!generated) throw new Error('The generated data has no completed task.');
      const done = generated.find((task) => task.status === 'completed')!;
      const el = await mount(done.incidentId);
      await loaded(el);
      expect(text(rowOf(el, done.title).querySelector('.meta')!)).to.include(
        `Completed on ${formatDateTime(done.lastModifiedDateTime)}`,
      );
    });
  });

  describe('completing and reopening', () => {
    it('completes and reopens a task against the service', async () => {
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);

      const completed = await toggle(el, 'Collect the script');
      expect(completed.detail.task).to.include({ title: 'Collect the script', status: 'completed' });
      expect(completed.bubbles && completed.composed).to.be.true;
      await el.updateComplete;
      expect(service().listTasks(id)[0].status).to.equal('completed');
      expect(checkbox(rowOf(el, 'Collect the script')).checked).to.be.true;
      expect(progress(el)).to.equal('2 of 3 completed');
      expect(text(rowOf(el, 'Collect the script').querySelector('.meta')!)).to.include(`Completed by ${ANALYST}`);

      const reopened = await toggle(el, 'Block the hash');
      expect(reopened.detail.task.status).to.equal('new');
      await el.updateComplete;
      expect(service().listTasks(id)[1].status).to.equal('new');
      expect(checkbox(rowOf(el, 'Block the hash')).checked).to.be.false;
      expect(text(rowOf(el, 'Block the hash').querySelector('.meta')!)).to.not.include('Completed');
      expect(progress(el)).to.equal('1 of 3 completed');
      expect(service().listActivity(id).map((entry) => entry.detail)).to.include.members([
        'Task completed: Collect the script',
        'Task reopened: Block the hash',
      ]);
    });

    it('toggles the focused task with Space and moves between tasks with Tab', async () => {
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);

      checkbox(rows(el)[0]).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(checkbox(rows(el)[1]));
      setTimeout(() => sendKeys({ press: ' ' }));
      const saved = (await oneEvent(el, 'soc-task-saved')) as TaskSavedEvent;
      expect(saved.detail.task).to.include({ title: 'Block the hash', status: 'new' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(checkbox(rows(el)[1]));
      expect(service().listTasks(id)[1].status).to.equal('new');
    });

    it('puts a task back and offers Retry when completing it fails', async () => {
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);
      test.backend.setScenario({ errorRate: 1 });

      checkbox(rowOf(el, 'Tell the user')).click();
      await waitUntil(() => alertText(el), 'the failure shows');
      expect(alertText(el)).to.include('Couldn\'t complete "Tell the user". Server error.');
      expect(checkbox(rowOf(el, 'Tell the user')).checked).to.be.false;
      expect(progress(el)).to.equal('1 of 3 completed');
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      setTimeout(() => button(el, 'Retry')!.click());
      await oneEvent(el, 'soc-task-saved');
      await el.updateComplete;
      expect(alertText(el)).to.equal('');
      expect(checkbox(rowOf(el, 'Tell the user')).checked).to.be.true;
      expect(service().listTasks(id)[2].status).to.equal('completed');
    });
  });

  describe('adding', () => {
    it('adds a task with Enter, clears the form and stays ready for the next', async () => {
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);

      await fill(descriptionInput(el), 'Ask about the\nscheduled task.');
      titleInput(el).focus();
      await sendKeys({ type: 'Interview the admin' });
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const saved = (await oneEvent(el, 'soc-task-saved')) as TaskSavedEvent;
      expect(saved.detail.task).to.include({
        title: 'Interview the admin',
        description: 'Ask about the\nscheduled task.',
        status: 'new',
        createdBy: ANALYST,
      });
      await el.updateComplete;
      expect(service().listTasks(id).map((task) => task.title)).to.include('Interview the admin');
      expect(text(rows(el).at(-1)!.querySelector('.title')!)).to.equal('Interview the admin');
      expect(progress(el)).to.equal('1 of 4 completed');
      expect(titleInput(el).value).to.equal('');
      expect(descriptionInput(el).value).to.equal('');
      await waitUntil(() => root(el).activeElement === titleInput(el), 'focus returns to the title');
    });

    it('asks for a title, keeping the description', async () => {
      const id = incidentWithoutTasks();
      const el = await mount(id);
      await loaded(el);
      await fill(titleInput(el), '   ');
      await fill(descriptionInput(el), 'Details first.');
      button(el, 'Add task')!.click();
      await el.updateComplete;

      expect(text(root(el).querySelector('#new-task-title-error')!)).to.equal('Enter a title for the task.');
      expect(titleInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(titleInput(el).getAttribute('aria-describedby')).to.equal('new-task-title-error');
      await waitUntil(() => root(el).activeElement === titleInput(el), 'focus moves to the title');
      expect(descriptionInput(el).value).to.equal('Details first.');
      expect(service().listTasks(id)).to.be.empty;
      await expect(el).to.be.accessible();

      await sendKeys({ type: 'Now titled' });
      expect(root(el).querySelector('#new-task-title-error')).to.be.null;
    });

    it("shows the server's refusal beside the field it names, keeping the input", async () => {
      const id = incidentWithoutTasks();
      const el = await mount(id);
      await loaded(el);
      const tooLong = 't'.repeat(300);
      await fill(titleInput(el), tooLong);
      button(el, 'Add task')!.click();
      await waitUntil(() => root(el).querySelector('#new-task-title-error'), 'the refusal shows');
      expect(text(root(el).querySelector('#new-task-title-error')!)).to.include('256').and.include('300');
      expect(titleInput(el).value).to.equal(tooLong);
      expect(service().listTasks(id)).to.be.empty;
    });

    it('keeps the form when adding fails, and adds on Retry', async () => {
      const id = incidentWithoutTasks();
      const el = await mount(id);
      await loaded(el);
      await fill(titleInput(el), 'Pull the logs');
      await fill(descriptionInput(el), 'All of them.');
      test.backend.setScenario({ errorRate: 1 });
      button(el, 'Add task')!.click();
      await waitUntil(() => alertText(el), 'the failure shows');
      expect(alertText(el)).to.include('The task was not added. Server error.');
      expect(titleInput(el).value).to.equal('Pull the logs');
      expect(descriptionInput(el).value).to.equal('All of them.');
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      setTimeout(() => button(el, 'Retry')!.click());
      await oneEvent(el, 'soc-task-saved');
      expect(service().listTasks(id).map((task) => [task.title, task.description])).to.deep.equal([
        ['Pull the logs', 'All of them.'],
      ]);
    });

    it("keeps each incident's unsent task when switching between them", async () => {
      const first = incidentWithoutTasks();
      const second = incidentWithoutTasks();
      const el = await mount(first);
      await loaded(el);
      await fill(titleInput(el), 'For the first');
      el.incidentId = second;
      await el.updateComplete;
      await loaded(el);
      expect(titleInput(el).value).to.equal('');
      el.incidentId = first;
      await el.updateComplete;
      await loaded(el);
      expect(titleInput(el).value).to.equal('For the first');
    });
  });

  describe('roles', () => {
    it('disables every control for a reader, up front, and says why', async () => {
      test.backend.setScenario({ role: 'reader' });
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);
      await waitUntil(() => titleInput(el).disabled, 'the form is disabled');
      expect(rows(el).every((row) => checkbox(row).disabled)).to.be.true;
      expect(descriptionInput(el).disabled).to.be.true;
      expect(button(el, 'Add task')!.disabled).to.be.true;
      expect(text(root(el))).to.include('Your role can view the tasks of this incident but cannot change them.');
      await expect(el).to.be.accessible();
    });

    it('says the role cannot change tasks when the backend refuses', async () => {
      const { id } = incidentWithTasks();
      const el = await mount(id);
      await loaded(el);
      test.backend.setScenario({ role: 'reader' });
      checkbox(rowOf(el, 'Tell the user')).click();
      await waitUntil(() => alertText(el), 'the refusal shows');
      expect(alertText(el)).to.include('Your role cannot change tasks.');
      expect(button(el, 'Retry')).to.be.undefined;
      expect(checkbox(rowOf(el, 'Tell the user')).checked).to.be.false;
      expect(service().listTasks(id)[2].status).to.equal('new');
    });
  });

  describe('states', () => {
    it('shows a loading state while the tasks load', async () => {
      test.backend.setScenario({ latencyMs: 2_000 });
      const el = await mount(incidentWithoutTasks());
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading tasks…');
      await expect(el).to.be.accessible();
    });

    it('says "No tasks yet" for an incident without tasks', async () => {
      const el = await mount(incidentWithoutTasks());
      await loaded(el);
      expect(text(root(el))).to.include('No tasks yet');
      expect(rows(el)).to.have.length(0);
      expect(root(el).querySelector('progress')).to.be.null;
      await expect(el).to.be.accessible();
    });

    it('shows a server error with Retry, and loads on retry', async () => {
      const { id } = incidentWithTasks();
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount(id);
      await waitUntil(() => root(el).querySelector('.state.error'), 'error shows');
      expect(text(root(el))).to.include("Couldn't load tasks");
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      button(el, 'Retry')!.click();
      await loaded(el);
      expect(rows(el)).to.have.length(3);
    });

    it('says when to retry when throttled', async () => {
      test.backend.setScenario({ throttled: true });
      const el = await mount(incidentWithoutTasks());
      await waitUntil(() => root(el).querySelector('.state.error'), 'error shows');
      expect(text(root(el))).to.match(/Try again in \d+ seconds?/);
    });

    it('says tasks are not available from a backend without them, and asks for none', async () => {
      const client = new NoTasksApi({ baseUrl: BASE_URL });
      const el = await mount(incidentWithoutTasks(), client);
      expect(text(root(el))).to.include("The connected incident service doesn't keep tasks.");
      expect(client.taskCalls).to.equal(0);
    });
  });

  it('renders markup from the API as text', async () => {
    const id = incidentWithoutTasks();
    service().saveTask(responder(), id, { title: `Title ${MARKUP}`, description: `<script>window.__socTasksPwned=2</script>` });
    const el = await mount(id);
    await loaded(el);
    expect(text(rows(el)[0].querySelector('.title')!)).to.equal(`Title ${MARKUP}`);
    expect(rows(el)[0].querySelector('.description')!.textContent).to.equal('<script>window.__socTasksPwned=2</script>');
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socTasksPwned).to.be.undefined;
  });
});
