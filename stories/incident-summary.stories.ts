import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/summary/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The summary pane inside a provider, at the width a portal gives it beside the queue. */
export function summaryTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-summary
      style="width: 440px; height: 100vh"
      .incidentId=${options.incidentId}
    ></soc-incident-summary>
  </soc-api-provider>`;
}

interface SummaryStoryArgs {
  /** Which incident the pane shows: a busy one, none selected, or an ID that does not exist. */
  selection: 'incident' | 'none' | 'missing';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** An incident with several alerts, tactics and tags, so that every section has something to show. */
function featuredIncidentId(source: MockBackend): string {
  const items = source.service.listIncidents({ top: 60, severity: ['high'] }).items;
  const rich = items.find((i) => i.alertCount > 1 && i.customTags.length > 0 && i.tactics.length > 1);
  return (rich ?? items[0]).id;
}

const meta = {
  title: 'Triage/Incident summary',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-summary',
  tags: ['autodocs'],
  args: { selection: 'incident', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['incident', 'none', 'missing'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as SummaryStoryArgs;
      const source = sharedBackend();
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      const incidentId =
        args.selection === 'incident' ? featuredIncidentId(source) : args.selection === 'missing' ? '999999' : undefined;
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId };
    },
  ],
  render: (_args, { loaded }) => summaryTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<SummaryStoryArgs>;

export default meta;
type Story = StoryObj<SummaryStoryArgs>;

export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** No incident selected yet. */
export const Empty: Story = {
  args: { selection: 'none' },
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

/** The incident was deleted or merged since the queue loaded. */
export const NotFound: Story = {
  args: { selection: 'missing' },
};

/** A reader sees the same summary; the manage dialog is where the role matters. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
