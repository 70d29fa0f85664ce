import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAPABILITIES, type Capability, type Incident } from '../api/index.js';
import type { IncidentsMergedEvent } from '../events/incidents-merged.js';
import type { SocMergeIncidentsDialog } from '../merge/merge-incidents-dialog.js';
import { send } from '../../../../test/support/rest-calls.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { eventually, part, RecordingApi, renderQueue, renderedIds, rowById, settle } from './incident-queue.fixture.js';
import type { SocIncidentQueue } from './incident-queue.js';

/** A client of a backend that cannot merge incidents. */
class WithoutMerge extends RecordingApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((capability) => capability !== 'mergeIncidents'));
}

/** Every incident these tests make has this in its name, so the queue searched for it shows only them. */
const MARK = 'Merge-test';

describe('soc-incident-queue: merging incidents', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  /** A new, unassigned, active incident with `alerts` alerts, ingested over REST. */
  async function created(title: string, alerts: number, severity = 'low'): Promise<Incident> {
    const response = await send('POST', '/incidents', {
      displayName: `${MARK} ${title}`,
      alerts: Array.from({ length: alerts }, (_, i) => ({ title: `${title} alert ${i + 1}`, severity })),
    });
    expect(response.status).to.equal(201);
    return response.body as Incident;
  }

  /** The queue searched for the incidents made here, with `incidents` checked. */
  async function queueWithChecked(incidents: Incident[]) {
    const { queue } = await renderQueue({ search: MARK });
    for (const incident of incidents) {
      rowById(queue, incident.id).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    }
    await queue.updateComplete;
    return queue;
  }

  const mergeButton = (queue: SocIncidentQueue) => part(queue, '[data-action="merge"]') as HTMLButtonElement | null;
  const dialogOf = (queue: SocIncidentQueue) => part(queue, 'soc-merge-incidents-dialog') as SocMergeIncidentsDialog | null;
  const inDialog = <E extends Element = HTMLElement>(dialog: SocMergeIncidentsDialog, selector: string) =>
    dialog.shadowRoot!.querySelector<E & HTMLElement>(selector);

  async function openMerge(queue: SocIncidentQueue): Promise<SocMergeIncidentsDialog> {
    // Focused first, as a click does: focus goes back to it when the dialog closes.
    mergeButton(queue)!.focus();
    mergeButton(queue)!.click();
    await eventually(() => dialogOf(queue)?.shadowRoot?.querySelector('dialog')?.open, 'the merge dialog opens');
    return dialogOf(queue)!;
  }

  it('offers "Merge" for two or more checked incidents, lists them, and merges into the chosen target', async () => {
    const small = await created('Small', 1);
    const big = await created('Big', 3, 'high');
    const other = await created('Other', 2, 'medium');
    const queue = await queueWithChecked([small]);
    expect(mergeButton(queue)?.textContent?.trim()).to.equal('Merge');
    expect(mergeButton(queue)!.disabled, 'one incident cannot be merged').to.be.true;
    rowById(queue, big.id).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    rowById(queue, other.id).querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    await queue.updateComplete;
    expect(mergeButton(queue)!.disabled).to.be.false;

    const dialog = await openMerge(queue);
    expect(inDialog(dialog, 'h2')!.textContent).to.equal('Merge incidents');
    const labels = [...dialog.shadowRoot!.querySelectorAll<HTMLElement>('label.incident')];
    expect(labels.map((label) => label.dataset.id)).to.deep.equal([small.id, big.id, other.id]);
    const bigLabel = labels[1]!.textContent!.replace(/\s+/g, ' ').trim();
    expect(bigLabel).to.contain(`${MARK} Big`).and.contain(`ID ${big.id}`).and.contain('High').and.contain('3 alerts');
    expect(labels[0]!.textContent).to.contain('1 alert').and.not.contain('1 alerts');
    // The incident with the most alerts is the default target, and its name the merged incident's.
    const checked = inDialog<HTMLInputElement>(dialog, 'input[name="target"]:checked')!;
    expect(checked.value).to.equal(big.id);
    expect(dialog.shadowRoot!.activeElement === checked, 'focus starts on the chosen target').to.be.true;
    const name = inDialog<HTMLInputElement>(dialog, '#merged-name')!;
    expect(name.value).to.equal(`${MARK} Big`);
    expect(inDialog(dialog, '#merge-outcome')!.textContent).to.equal(
      'The other incidents will be closed as redirected to the target; their alerts, comments and tasks move to it.',
    );
    await expect(dialog).to.be.accessible();

    // Another target brings its name, until the person types one.
    inDialog<HTMLInputElement>(dialog, `input[value="${other.id}"]`)!.click();
    await dialog.updateComplete;
    expect(name.value).to.equal(`${MARK} Other`);
    name.focus();
    name.select();
    await sendKeys({ type: `${MARK} Merged campaign` });
    inDialog<HTMLInputElement>(dialog, `input[value="${big.id}"]`)!.click();
    await dialog.updateComplete;
    expect(name.value, 'a typed name stays').to.equal(`${MARK} Merged campaign`);

    const merged = oneEvent(queue, 'soc-incidents-merged') as Promise<IncidentsMergedEvent>;
    inDialog<HTMLButtonElement>(dialog, '[data-action="merge"]')!.click();
    const event = await merged;
    expect(event.detail.incident).to.include({ id: big.id, displayName: `${MARK} Merged campaign`, alertCount: 6 });
    expect(event.detail.redirected.map((incident) => [incident.id, incident.status, incident.redirectIncidentId])).to.deep.equal([
      [small.id, 'redirected', big.id],
      [other.id, 'redirected', big.id],
    ]);

    await eventually(() => !inDialog<HTMLDialogElement>(dialog, 'dialog')!.open, 'the dialog closes');
    await settle(queue);
    expect(queue.checkedIncidents, 'nothing is checked any more').to.deep.equal([]);
    expect(part(queue, '.visually-hidden[role="status"]')!.textContent).to.equal(
      `Incidents ${small.id} and ${other.id} were merged into incident ${big.id}`,
    );
    await eventually(() => rowById(queue, big.id).querySelector('[data-column="name"]')?.textContent?.includes('Merged campaign'), 'the queue reloads');
    expect(renderedIds(queue)).to.include.members([big.id, small.id, other.id]);
    await eventually(() => queue.shadowRoot!.activeElement?.closest<HTMLElement>('[role="row"]')?.dataset.id === big.id, 'focus on the target row');
    expect((await test.backend.service.getIncident(small.id)).status).to.equal('redirected');
  });

  it('shows a refusal in the dialog and keeps what was chosen and typed', async () => {
    const first = await created('First', 2);
    const second = await created('Second', 1);
    await send('PATCH', `/incidents/${second.id}`, { status: 'resolved', classification: 'falsePositive' });
    const queue = await queueWithChecked([first, second]);
    const dialog = await openMerge(queue);
    inDialog<HTMLInputElement>(dialog, `input[value="${second.id}"]`)!.click();
    await dialog.updateComplete;
    const name = inDialog<HTMLInputElement>(dialog, '#merged-name')!;
    name.focus();
    name.select();
    await sendKeys({ type: 'My merged name' });

    inDialog<HTMLButtonElement>(dialog, '[data-action="merge"]')!.click();
    await eventually(() => inDialog(dialog, '.form-error'), 'the refusal shows');
    expect(inDialog(dialog, '.form-error')!.getAttribute('role')).to.equal('alert');
    expect(inDialog(dialog, '.form-error')!.textContent).to.contain('The incidents were not merged.').and.contain(`Incident ${second.id} is resolved`);
    expect(inDialog<HTMLDialogElement>(dialog, 'dialog')!.open, 'the dialog stays open').to.be.true;
    expect(name.value).to.equal('My merged name');
    expect(inDialog<HTMLInputElement>(dialog, 'input[name="target"]:checked')!.value).to.equal(second.id);
    expect(queue.checkedIncidents.map((incident) => incident.id)).to.deep.equal([first.id, second.id]);
    expect((await test.backend.service.getIncident(first.id)).status, 'nothing changed').to.equal('active');
    await expect(dialog).to.be.accessible();

    // An empty name is caught before asking, beside the field.
    name.select();
    await sendKeys({ press: 'Backspace' });
    inDialog<HTMLButtonElement>(dialog, '[data-action="merge"]')!.click();
    await eventually(() => inDialog(dialog, '.field-error'), 'the name error shows');
    expect(inDialog(dialog, '.field-error')!.textContent).to.equal('Enter a name for the merged incident.');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(dialog.shadowRoot!.activeElement === name, 'focus on the name').to.be.true;

    // Escape closes it without merging; focus goes back to "Merge".
    await sendKeys({ press: 'Escape' });
    await eventually(() => !inDialog<HTMLDialogElement>(dialog, 'dialog')!.open, 'the dialog closes');
    expect(queue.shadowRoot!.activeElement === mergeButton(queue), 'focus back on "Merge"').to.be.true;
  });

  it('is disabled for a reader, with the reason, and hidden without the mergeIncidents capability', async () => {
    const first = await created('First', 2);
    const second = await created('Second', 1);
    test.backend.setScenario({ role: 'reader' });
    const queue = await queueWithChecked([first, second]);
    await eventually(() => mergeButton(queue)?.disabled, 'the role is known');
    expect(mergeButton(queue)!.title).to.equal("Your role can view incidents but can't merge them");
    await expect(queue).to.be.accessible();

    const { queue: without } = await renderQueue({ search: MARK, api: new WithoutMerge({ baseUrl: BASE_URL }) });
    expect(part(without, '[data-action="filters"]'), 'the toolbar is there').to.exist;
    expect(mergeButton(without)).to.equal(null);
  });
});
