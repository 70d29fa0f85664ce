import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/alerts/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The Alerts tab inside a provider, at the width an incident page gives it. */
export function alertListTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-alert-list style="height: 100vh" .incidentId=${options.incidentId}></soc-alert-list>
  </soc-api-provider>`;
}

interface AlertListStoryArgs {
  /** Which incident the tab shows: one with many alerts, or one with none. */
  selection: 'busy' | 'quiet';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let quietIncidentId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** The incident with the most alerts, so that the list and the "+N" entities have something to show. */
function busyIncidentId(source: MockBackend): string {
  const items = source.service.listIncidents({ top: 60 }).items;
  return items.reduce((most, incident) => (incident.alertCount > most.alertCount ? incident : most)).id;
}

/** An incident ingested without alerts, created once. */
function quietIncident(source: MockBackend): string {
  quietIncidentId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Manually raised incident without alerts',
    alerts: [],
  }).id;
  return quietIncidentId;
}

const meta = {
  title: 'Investigate/Alert list',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-alert-list',
  tags: ['autodocs'],
  args: { selection: 'busy', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['busy', 'quiet'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as AlertListStoryArgs;
      const source = sharedBackend();
      const incidentId = args.selection === 'busy' ? busyIncidentId(source) : quietIncident(source);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId };
    },
  ],
  render: (_args, { loaded }) => alertListTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<AlertListStoryArgs>;

export default meta;
type Story = StoryObj<AlertListStoryArgs>;

export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident raised by hand, with no alerts. */
export const Empty: Story = {
  args: { selection: 'quiet' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** The backend asks to slow down: the message says when to retry. */
export const Throttled: Story = {
  args: { throttled: true },
};

/** Two alerts selected (a click, then Ctrl+click): "Manage alert" and "Link alert to another incident" act on both. */
export const SelectedAlerts: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('soc-alert-list')!;
    const rows = () => [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
    for (let i = 0; i < 100 && rows().length < 2; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    rows()[0]?.click();
    rows()[1]?.dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    await list.updateComplete;
  },
};

/** A reader sees the same alerts: the list only reads. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
