import { HttpIncidentApi, type Alert, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SocManageAlert } from '../packages/components/src/manage-alert/manage-alert.js';
import '../packages/components/src/manage-alert/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';
import { until } from './support/play.js';

/** A launcher button and the dialog inside a provider, as a portal (or the alert queue) wires them. */
export function manageAlertTemplate(options: { api: IncidentApi; alerts: Alert[] }) {
  const open = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    button.parentElement!.querySelector('soc-manage-alert')!.show(options.alerts);
  };
  return html`<soc-api-provider .api=${options.api}>
    <p>
      <button type="button" class="launcher" @click=${open}>
        ${options.alerts.length > 1 ? `Manage ${options.alerts.length} alerts` : 'Manage alert'}
      </button>
      <soc-manage-alert></soc-manage-alert>
    </p>
  </soc-api-provider>`;
}

interface ManageAlertStoryArgs {
  /** How many alerts the dialog manages at once. */
  count: number;
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
}

interface Loaded {
  api: IncidentApi;
  alerts: Alert[];
  backend: MockBackend;
}

const dialogOf = (canvas: HTMLElement) => canvas.querySelector('soc-manage-alert') as SocManageAlert;
const controlOf = <T extends HTMLElement>(canvas: HTMLElement, id: string) =>
  dialogOf(canvas).shadowRoot!.querySelector<T>(`#${id}`)!;

/** Opens the dialog from its launcher and waits until the people to assign have loaded. */
async function openDialog(canvas: HTMLElement): Promise<SocManageAlert> {
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

async function type(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const field = controlOf<HTMLTextAreaElement>(canvas, id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await dialogOf(canvas).updateComplete;
}

const meta = {
  title: 'Triage/Manage alert',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-manage-alert',
  tags: ['autodocs'],
  args: { count: 1, latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    count: { control: { type: 'range', min: 1, max: 20, step: 1 } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context): Promise<Loaded> => {
      const args = context.args as ManageAlertStoryArgs;
      // A fresh backend per story: a story that saves must not change what the next one shows.
      const backend = new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      const alerts = backend.service.listAlerts({ status: ['new'], top: args.count }).items;
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), alerts, backend };
    },
  ],
  render: (_args, { loaded }) => manageAlertTemplate(loaded as Loaded),
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
} satisfies Meta<ManageAlertStoryArgs>;

export default meta;
type Story = StoryObj<ManageAlertStoryArgs>;

export const SingleAlert: Story = {};

/** Several alerts: differing values read "Keep current", and only the fields chosen are applied to all. */
export const Bulk: Story = {
  args: { count: 5 },
};

/** Classified as a true positive: the determination is offered. */
export const TruePositive: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'classification', 'truePositive');
    await choose(canvasElement, 'determination', 'malware');
  },
};

/** Saving takes ten seconds: "Saving…". */
export const Saving: Story = {
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'status', 'inProgress');
    (loaded as Loaded).backend.setScenario({ latencyMs: 10_000 });
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
  },
};

/** The backend refuses a comment over 30,000 characters: the reason beside the comment, which is kept. */
export const ValidationError: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await type(canvasElement, 'comment', 'x'.repeat(30_001));
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
    await until(() => controlOf(canvasElement, 'comment-error'));
  },
};

/** The save fails with a server error: the message, and the changes kept for another try. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await choose(canvasElement, 'status', 'inProgress');
    (loaded as Loaded).backend.setScenario({ errorRate: 1 });
    controlOf<HTMLButtonElement>(canvasElement, 'save').click();
    await until(() => dialogOf(canvasElement).shadowRoot!.querySelector('.alert-region')!.textContent!.trim());
  },
};

/** A reader sees the values read-only, with the reason, and no Save. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
