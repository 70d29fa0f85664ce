import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { HttpIncidentApi, type Incident } from '../api/index.js';
import type { IncidentsMergedEvent } from '../events/incidents-merged.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import '../provider/define.js';
import '../queue/define.js';
import type { SocMergeIncidentsDialog } from './merge-incidents-dialog.js';
import { defaultMergeTarget } from './merge-rules.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 10_000 });

describe('soc-merge-incidents-dialog', function () {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(async () => {
    await test.worker.stop();
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  /** Active, unassigned incidents made in the service: `alerts` alerts each. */
  async function incidents(...alerts: number[]): Promise<Incident[]> {
    const responder = test.backend.service.principalFor('responder');
    const made = alerts.map((count, i) =>
      test.backend.service.createIncident(responder, {
        displayName: `Incident ${i + 1} with ${count} alerts`,
        alerts: Array.from({ length: count }, (_, n) => ({ title: `Alert ${n + 1}`, severity: 'medium' })),
      }),
    );
    return Promise.all(made.map((incident) => api.getIncident(incident.id)));
  }

  async function mount(dir?: 'rtl') {
    const wrapper = await fixture(html`<div dir=${dir ?? 'ltr'}>
      <soc-api-provider .api=${api}><soc-merge-incidents-dialog></soc-merge-incidents-dialog></soc-api-provider>
    </div>`);
    const dialog = wrapper.querySelector('soc-merge-incidents-dialog')!;
    return dialog;
  }

  const inside = <E extends HTMLElement = HTMLElement>(dialog: SocMergeIncidentsDialog, selector: string) =>
    dialog.shadowRoot!.querySelector<E>(selector)!;

  it('picks the incident with the most alerts, the oldest of them on a tie', () => {
    const at = (id: string, alertCount: number, createdDateTime: string) => ({ id, alertCount, createdDateTime }) as Incident;
    expect(defaultMergeTarget([at('a', 1, '2026-01-01'), at('b', 3, '2026-01-03'), at('c', 2, '2026-01-02')])?.id).to.equal('b');
    expect(defaultMergeTarget([at('a', 2, '2026-01-02'), at('b', 2, '2026-01-01'), at('c', 1, '2025-01-01')])?.id).to.equal('b');
    expect(defaultMergeTarget([])).to.equal(undefined);
  });

  it('works from the keyboard: arrows choose the target, Enter merges', async () => {
    const [first, second, third] = await incidents(1, 2, 1);
    const dialog = await mount();
    await dialog.show([first!, second!, third!]);
    await waitFor(() => dialog.shadowRoot!.activeElement === inside(dialog, `input[value="${second!.id}"]`), 'focus on the default target');

    await sendKeys({ press: 'ArrowDown' });
    await dialog.updateComplete;
    expect(inside<HTMLInputElement>(dialog, 'input[name="target"]:checked').value).to.equal(third!.id);
    expect(inside<HTMLInputElement>(dialog, '#merged-name').value, 'the name follows the target').to.equal(third!.displayName);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await dialog.updateComplete;
    expect(inside<HTMLInputElement>(dialog, 'input[name="target"]:checked').value).to.equal(first!.id);

    await sendKeys({ press: 'Tab' });
    expect(dialog.shadowRoot!.activeElement === inside(dialog, '#merged-name'), 'Tab leaves the group for the name').to.be.true;
    const merged = oneEvent(dialog, 'soc-incidents-merged') as Promise<IncidentsMergedEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await merged;
    expect(detail.incident.id).to.equal(first!.id);
    expect(detail.incident.displayName, 'an unchanged name is not sent').to.equal(first!.displayName);
    expect(detail.redirected.map((incident) => incident.id)).to.deep.equal([second!.id, third!.id]);
    await waitFor(() => !dialog.isOpen && !inside<HTMLDialogElement>(dialog, 'dialog').open, 'the dialog closes');
  });

  it('while merging, says so and holds: the controls are disabled and Escape does not close it', async () => {
    const [first, second] = await incidents(1, 1);
    const dialog = await mount();
    await dialog.show([first!, second!]);
    await waitFor(() => inside<HTMLDialogElement>(dialog, 'dialog').open, 'the dialog opens');
    test.backend.setScenario({ latencyMs: 4_000 });
    const merge = inside<HTMLButtonElement>(dialog, '[data-action="merge"]');
    merge.click();
    await waitFor(() => merge.disabled, 'the merge starts');
    expect(merge.textContent!.trim()).to.equal('Merging…');
    expect(inside<HTMLButtonElement>(dialog, '[data-action="cancel"]').disabled).to.be.true;
    expect([...dialog.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="target"]')].every((radio) => radio.disabled)).to.be.true;
    inside<HTMLInputElement>(dialog, '#merged-name').focus();
    await sendKeys({ press: 'Escape' });
    await dialog.updateComplete;
    expect(dialog.isOpen && inside<HTMLDialogElement>(dialog, 'dialog').open, 'Escape waits for the outcome').to.be.true;
    await expect(dialog).to.be.accessible();
    await waitFor(() => !dialog.isOpen, 'the merge ends and the dialog closes');
  });

  it('fits 360px right to left, keeps its controls in reach, and shows a server error with the input kept', async () => {
    await setViewport({ width: 360, height: 640 });
    const [first, second] = await incidents(2, 1);
    const dialog = await mount('rtl');
    await dialog.show([first!, second!]);
    const box = inside<HTMLDialogElement>(dialog, 'dialog');
    await waitFor(() => box.open, 'the dialog opens');
    expect(box.getBoundingClientRect().width).to.be.at.most(360);
    expect(box.scrollWidth, 'nothing wider than the dialog').to.be.at.most(box.clientWidth);
    expect(getComputedStyle(box).direction).to.equal('rtl');
    for (const label of dialog.shadowRoot!.querySelectorAll('label.incident')) {
      expect(label.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
    }
    await expect(dialog).to.be.accessible();

    test.backend.setScenario({ errorRate: 1 });
    const name = inside<HTMLInputElement>(dialog, '#merged-name');
    name.focus();
    name.select();
    await sendKeys({ type: 'حملة التصيد' });
    inside<HTMLButtonElement>(dialog, '[data-action="merge"]').click();
    await waitFor(() => dialog.shadowRoot!.querySelector('.form-error'), 'the failure shows');
    expect(inside(dialog, '.form-error').textContent).to.contain('The incidents were not merged.');
    expect(name.value).to.equal('حملة التصيد');
    expect(box.open).to.be.true;
    await expect(dialog).to.be.accessible();
  });
});
