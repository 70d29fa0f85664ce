import { HttpIncidentApi, type Incident, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/incident-page/define.js';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/queue/define.js';
import '../packages/components/src/summary/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';
import { until } from './support/play.js';

/** Every incident the stories add has this in its name: the queue is searched for it. */
const MARK = 'Contoso phishing';

interface MergeStoryArgs {
  role: Scenario['role'];
  /** What the canvas shows: the queue (merge there), or a merged incident's page or summary. */
  show: 'queue' | 'page' | 'summary';
  /** Whether one of the incidents is resolved, so that the backend refuses the merge. */
  withResolved: boolean;
  /** Whether the stories merge the first incident into the second before showing it. */
  merged: boolean;
}

interface Loaded {
  api: IncidentApi;
  incidents: Incident[];
}

const meta = {
  title: 'Triage/Merge incidents',
  component: 'soc-merge-incidents-dialog',
  tags: ['autodocs'],
  args: { role: 'responder', show: 'queue', withResolved: false, merged: false },
  argTypes: {
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
    show: { control: { type: 'inline-radio' }, options: ['queue', 'page', 'summary'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as MergeStoryArgs;
      // A backend of its own per story: a merge in one story leaves the others as they were.
      const backend = new MockBackend({ baseUrl: '/api', size: 30, seed: SEED, now: DATA_NOW });
      const responder = backend.service.principalFor('responder');
      const made = [
        { name: 'credential harvest', alerts: 1, severity: 'medium' },
        { name: 'mailbox rule created', alerts: 3, severity: 'high' },
        { name: 'suspicious sign-in', alerts: 2, severity: 'medium' },
      ].map(({ name, alerts, severity }) =>
        backend.service.createIncident(responder, {
          displayName: `${MARK}: ${name}`,
          alerts: Array.from({ length: alerts }, (_, i) => ({ title: `${name} alert ${i + 1}`, severity: severity as 'medium' | 'high' })),
        }),
      );
      if (args.withResolved) backend.service.updateIncident(responder, made[2]!.id, { status: 'resolved', classification: 'falsePositive' });
      if (args.merged) backend.service.mergeIncidents(responder, { targetId: made[1]!.id, sourceIds: [made[0]!.id] });
      backend.setScenario({ role: args.role, latencyMs: 150 });
      await serveBackend(backend, context);
      const api = new HttpIncidentApi({ baseUrl: '/api' });
      return { api, incidents: await Promise.all(made.map((incident) => api.getIncident(incident.id))) } satisfies Loaded;
    },
  ],
  render: (args, { loaded }) => {
    const { api, incidents } = loaded as Loaded;
    const merged = incidents[0]!.id;
    return html`<soc-api-provider .api=${api}>
      <div style="padding: 16px 24px; height: calc(100vh - 32px)">
        ${args.show === 'page'
          ? html`<soc-incident-page .incidentId=${merged}></soc-incident-page>`
          : args.show === 'summary'
            ? html`<soc-incident-summary style="max-width: 420px" .incidentId=${merged}></soc-incident-summary>`
            : html`<soc-incident-queue style="height: 100%" storage-key="" initial-filter="none" search=${MARK}></soc-incident-queue>`}
      </div>
    </soc-api-provider>`;
  },
} satisfies Meta<MergeStoryArgs>;

export default meta;
type Story = StoryObj<MergeStoryArgs>;

/** Checks every row of the searched queue and opens "Merge incidents"; resolves with the dialog's shadow root. */
async function openMerge(canvas: HTMLElement): Promise<ShadowRoot> {
  const queue = await until(() => canvas.querySelector('soc-incident-queue')?.shadowRoot);
  const boxes = await until(() => {
    const found = [...queue.querySelectorAll<HTMLInputElement>('.body [role="row"][data-id] input[type="checkbox"]')];
    return found.length >= 3 ? found : undefined;
  });
  for (const box of boxes) if (!box.checked) box.click();
  const merge = await until(() => queue.querySelector<HTMLButtonElement>('[data-action="merge"]:not(:disabled)'));
  merge.focus();
  merge.click();
  return until(() => queue.querySelector('soc-merge-incidents-dialog')?.shadowRoot?.querySelector('dialog[open]') && queue.querySelector('soc-merge-incidents-dialog')!.shadowRoot!);
}

/** Three incidents checked in the queue and "Merge" pressed: the one with the most alerts is the target. */
export const MergeDialog: Story = {
  play: async ({ canvasElement }) => {
    await openMerge(canvasElement);
  },
};

/** The backend refuses: one of the incidents is resolved. The reason shows in the dialog; the choices stay. */
export const Refused: Story = {
  args: { withResolved: true },
  play: async ({ canvasElement }) => {
    const dialog = await openMerge(canvasElement);
    dialog.querySelector<HTMLButtonElement>('[data-action="merge"]')!.click();
    await until(() => dialog.querySelector('.form-error'));
  },
};

/** A reader can look but not merge: "Merge" is disabled, and says why. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** The page of a merged incident shows the incident it went into, and says so. */
export const MergedIncidentPage: Story = {
  args: { merged: true, show: 'page' },
};

/** The summary pane of a merged incident: where it went, and "Open incident …". */
export const MergedIncidentSummary: Story = {
  args: { merged: true, show: 'summary' },
};
