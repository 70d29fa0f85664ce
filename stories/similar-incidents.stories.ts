import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/similar-incidents/define.js';
import { similarIncidentsData, type SimilarIncidentsData } from '../packages/components/src/similar-incidents/similar-incidents.fixture.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The similar incidents inside a provider, at the width an incident page's tab gives them. */
export function similarIncidentsTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-similar-incidents style="max-width: 960px; min-height: 240px" .incidentId=${options.incidentId}></soc-similar-incidents>
  </soc-api-provider>`;
}

/** A client of a backend that does not find similar incidents (as Microsoft Graph and Sentinel do not). */
class WithoutSimilarIncidents extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'similarIncidents'));
}

interface SimilarIncidentsStoryArgs {
  /** Which incident: one with a close twin among others like it, or one nothing is like. */
  selection: 'withSimilar' | 'none';
  /** Whether the backend finds similar incidents at all. */
  supported: boolean;
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let data: SimilarIncidentsData | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

const meta = {
  title: 'Investigate/Similar incidents',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-similar-incidents',
  tags: ['autodocs'],
  args: { selection: 'withSimilar', supported: true, latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['withSimilar', 'none'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as SimilarIncidentsStoryArgs;
      const source = sharedBackend();
      data ??= similarIncidentsData(source);
      source.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, throttled: args.throttled, role: args.role });
      await serveBackend(source, context);
      const api = args.supported ? new HttpIncidentApi({ baseUrl: '/api' }) : new WithoutSimilarIncidents({ baseUrl: '/api' });
      return { api, incidentId: args.selection === 'withSimilar' ? data.incidentId : data.loneId };
    },
  ],
  render: (_args, { loaded }) => similarIncidentsTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<SimilarIncidentsStoryArgs>;

export default meta;
type Story = StoryObj<SimilarIncidentsStoryArgs>;

/** A PowerShell incident: its twin first (five entities, the alert title and two techniques), then incidents of the same techniques. */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident whose alerts share nothing with any other's. */
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

/** A backend that does not find similar incidents: said as such, and nothing asked for. */
export const Unsupported: Story = {
  args: { supported: false },
};
