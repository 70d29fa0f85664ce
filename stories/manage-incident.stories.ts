import { HttpIncidentApi, type Incident, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SocManageIncident } from '../packages/components/src/manage/manage-incident.js';
import '../packages/components/src/manage/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';
import { until } from './support/play.js';

/** A launcher button and the dialog inside a provider, as a portal wires them. */
export function manageTemplate(options: { api: IncidentApi; incidents: Incident[] }) {
  const open = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    button.parentElement!.querySelector('soc-manage-incident')!.show(options.incidents);
  };
  return html`<soc-api-provider .api=${options.api}>
    <div style="padding: 16px 24px">
      <button type="button" class="launcher" @click=${open}>
        ${options.incidents.length > 1 ? `Manage ${options.incidents.length} incidents` : 'Manage incident'}
      </button>
      <soc-manage-incident></soc-manage-incident>
    </div>
  </soc-api-provider>`;
}

interface ManageStoryArgs {
  /** How many incidents the dialog manages at once. */
  count: number;
  /** Pick incidents without tags or owner. */
  bare: boolean;
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
}

interface Loaded {
  api: IncidentApi;
  incidents: Incident[];
  backend: MockBackend;
}


const dialogOf = (canvas: HTMLElement) => canvas.querySelector('soc-manage-incident') as SocManageIncident;
const controlOf = <T extends HTMLElement>(canvas: HTMLElement, id: string) =>
  dialogOf(canvas).shadowRoot!.querySelector<T>(`#${id}`)!;

/** Opens the dialog from its launcher and waits until the people to assign have loaded. */
async function openDialog(canvas: HTMLElement): Promise<SocManageIncident> {
  canvas.querySelector<HTMLButtonElement>('.launcher')!.click();
  const dialog = dialogOf(canvas);
  await dialog.updateComplete;
  await until(() => controlOf<HTMLSelectElement>(canvas, 'assignedTo').options.length > 2);
  return dialog;
}

async function choose(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const select = controlOf<HTMLSelectElement>(canvas, id);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await dialogOf(canvas).updateComplete;
}

/** A severity other than the incident's, so that choosing it is a change to save. */
const otherSeverity = (incident: Incident) => (incident.severity === 'low' ? 'medium' : 'low');

const meta = {
  title: 'Triage/Manage incident',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-manage-incident',
  tags: ['autodocs'],
  args: { count: 1, bare: false, latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    count: { control: { type: 'range', min: 1, max: 20, step: 1 } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context): Promise<Loaded> => {
      const args = context.args as ManageStoryArgs;
      // A fresh backend per story: a story that saves must not change what the next one shows.
      const backend = new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      const incidents = backend.service
        .listIncidents({ status: ['active', 'inProgress'], top: 60 })
        .items.filter((i) => !args.bare || (i.customTags.length === 0 && i.assignedTo === null))
        .slice(0, args.count);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidents, backend };
    },
  ],
  render: (_args, { loaded }) => manageTemplate(loaded as Loaded),
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
} satisfies Meta<ManageStoryArgs>;

export default meta;
type Story = StoryObj<ManageStoryArgs>;

export const SingleIncident: Story = {};

/** Several incidents: differing values read "Keep current" and only touched fields are applied. */
export const Bulk: Story = {
  args: { count: 4 },
};

/** An unassigned incident without tags. */
export const Empty: Story = {
  args: { bare: true },
};

/** Saving takes ten seconds: "Saving…". */
export const Saving: Story = {
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'severity', otherSeverity((loaded as Loaded).incidents[0]));
    (loaded as Loaded).backend.setScenario({ latencyMs: 10_000 });
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** Resolving without a classification is refused next to Classification; nothing is sent. */
export const ResolveNeedsClassification: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'status', 'resolved');
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** The save fails with a server error: the message, and the draft kept for another try. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'severity', otherSeverity((loaded as Loaded).incidents[0]));
    (loaded as Loaded).backend.setScenario({ errorRate: 1 });
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** Another analyst saved first: the newer values beside the person's changes. */
export const Conflict: Story = {
  play: async ({ canvasElement, loaded }) => {
    const { backend, incidents } = loaded as Loaded;
    await openDialog(canvasElement);
    await choose(canvasElement, 'severity', otherSeverity(incidents[0]));
    backend.service.updateIncident(backend.service.principalFor('admin'), incidents[0].id, {
      displayName: `${incidents[0].displayName} (escalated)`,
      status: 'inProgress',
    });
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** Some incidents of a bulk update fail: each is listed with the reason. */
export const BulkPartialFailure: Story = {
  args: { count: 3 },
  play: async ({ canvasElement, loaded }) => {
    const { backend, incidents } = loaded as Loaded;
    // Merged into another incident after the queue loaded: a responder can no longer change it.
    backend.service.updateIncident(backend.service.principalFor('admin'), incidents[2].id, { status: 'redirected' });
    await openDialog(canvasElement);
    await choose(canvasElement, 'status', 'inProgress');
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** A reader sees the values read-only, without Save. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
