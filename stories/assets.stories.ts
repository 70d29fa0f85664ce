import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/assets/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The Assets tab inside a provider, at the width an incident page gives it. */
export function assetsTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-assets style="max-width: 1100px; min-height: 360px" .incidentId=${options.incidentId}></soc-assets>
  </soc-api-provider>`;
}

interface AssetsStoryArgs {
  /** Which incident the tab shows: one with varied evidence, or one without any. */
  selection: 'varied' | 'noEvidence';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let noEvidenceId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** The incident whose evidence spans the most groups, so that the tab has much to show. */
function variedIncidentId(source: MockBackend): string {
  const incidents = source.service.listIncidents({ top: 60 }).items;
  const typeCount = (id: string) => new Set(source.service.listEvidence(id).map((item) => item.type)).size;
  return incidents.reduce((best, incident) => (typeCount(incident.id) > typeCount(best.id) ? incident : best)).id;
}

/** An incident whose one alert names no entity. */
function incidentWithoutEvidence(source: MockBackend): string {
  noEvidenceId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Sign-in from an unfamiliar location',
    alerts: [{ title: 'Unfamiliar sign-in properties', severity: 'low' }],
  }).id;
  return noEvidenceId;
}

const meta = {
  title: 'Investigate/Assets',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-assets',
  tags: ['autodocs'],
  args: { selection: 'varied', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['varied', 'noEvidence'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as AssetsStoryArgs;
      const source = sharedBackend();
      const incidentId = args.selection === 'varied' ? variedIncidentId(source) : incidentWithoutEvidence(source);
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
  render: (_args, { loaded }) => assetsTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<AssetsStoryArgs>;

export default meta;
type Story = StoryObj<AssetsStoryArgs>;

export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident whose alerts name no entity. */
export const Empty: Story = {
  args: { selection: 'noEvidence' },
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

/** A reader sees the same assets; reading evidence needs no more. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
