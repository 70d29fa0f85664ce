import { HttpIncidentApi, type Alert, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SocLinkAlerts } from '../packages/components/src/link-alerts/link-alerts.js';
import '../packages/components/src/link-alerts/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';
import { until } from './support/play.js';

/** A launcher button and the dialog inside a provider, as a portal (or the alert queue) wires them. */
export function linkAlertsTemplate(options: { api: IncidentApi; alerts: Alert[] }) {
  const open = (event: Event) => {
    const button = event.currentTarget as HTMLElement;
    button.parentElement!.querySelector('soc-link-alerts')!.show(options.alerts);
  };
  return html`<soc-api-provider .api=${options.api}>
    <p>
      <button type="button" class="launcher" @click=${open}>Link alert to another incident</button>
      <soc-link-alerts></soc-link-alerts>
    </p>
  </soc-api-provider>`;
}

interface LinkAlertsStoryArgs {
  /** How many alerts move. */
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

const dialogOf = (canvas: HTMLElement) => canvas.querySelector('soc-link-alerts') as SocLinkAlerts;
const inDialog = <T extends HTMLElement>(canvas: HTMLElement, selector: string) =>
  dialogOf(canvas).shadowRoot!.querySelector<T>(selector);

async function openDialog(canvas: HTMLElement): Promise<SocLinkAlerts> {
  canvas.querySelector<HTMLButtonElement>('.launcher')!.click();
  const dialog = dialogOf(canvas);
  await dialog.updateComplete;
  return dialog;
}

async function type(canvas: HTMLElement, id: string, value: string): Promise<void> {
  const field = inDialog<HTMLInputElement>(canvas, `#${id}`)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await dialogOf(canvas).updateComplete;
}

/** Another active incident than the alerts', with no owner or the same one (the backend refuses to mix owners). */
function otherIncident({ backend, alerts }: Loaded) {
  const source = backend.service.getIncident(alerts[0].incidentId);
  return backend.service
    .listIncidents({ status: ['active'], top: 60 })
    .items.find((i) => i.id !== source.id && (i.assignedTo === null || source.assignedTo === null || i.assignedTo === source.assignedTo))!;
}

const meta = {
  title: 'Triage/Link alerts',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-link-alerts',
  tags: ['autodocs'],
  args: { count: 1, latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    count: { control: { type: 'range', min: 1, max: 10, step: 1 } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context): Promise<Loaded> => {
      const args = context.args as LinkAlertsStoryArgs;
      // A fresh backend per story: a story that links must not change what the next one shows.
      const backend = new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      const [incident] = backend.service
        .listIncidents({ status: ['active', 'inProgress'], top: 60 })
        .items.filter((i) => i.alertCount >= args.count);
      const alerts = backend.service.listIncidentAlerts(incident.id).slice(0, args.count);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), alerts, backend };
    },
  ],
  render: (_args, { loaded }) => linkAlertsTemplate(loaded as Loaded),
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
  },
} satisfies Meta<LinkAlertsStoryArgs>;

export default meta;
type Story = StoryObj<LinkAlertsStoryArgs>;

export const SingleAlert: Story = {};

/** Several alerts of one incident. */
export const SeveralAlerts: Story = {
  args: { count: 3 },
};

/** A search by name lists the incidents to choose from; the alerts' own incident is not offered. */
export const Search: Story = {
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await type(canvasElement, 'targetIncidentId', otherIncident(loaded as Loaded).displayName.slice(0, 10));
    await until(() => inDialog(canvasElement, 'button.match'));
  },
};

/** "Create new incident": a name for it, or the first alert's title. */
export const NewIncident: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    inDialog<HTMLInputElement>(canvasElement, '#mode-new')!.click();
    await dialogOf(canvasElement).updateComplete;
    await type(canvasElement, 'displayName', 'Split out: suspicious sign-ins');
  },
};

/** The backend refuses (no such incident): its reason, and what was typed kept. */
export const Refused: Story = {
  play: async ({ canvasElement }) => {
    await openDialog(canvasElement);
    await type(canvasElement, 'targetIncidentId', 'no-such-incident');
    inDialog<HTMLButtonElement>(canvasElement, '#link')!.click();
    await until(() => inDialog(canvasElement, '.alert-region')!.textContent!.trim() || inDialog(canvasElement, '.field-error'));
  },
};

/** The alerts moved: where they are now, and "Open incident". */
export const Linked: Story = {
  play: async ({ canvasElement, loaded }) => {
    await openDialog(canvasElement);
    await type(canvasElement, 'targetIncidentId', otherIncident(loaded as Loaded).id);
    inDialog<HTMLButtonElement>(canvasElement, '#link')!.click();
    await until(() => inDialog(canvasElement, '#open-incident'));
  },
};

/** A reader sees why they cannot move alerts. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
