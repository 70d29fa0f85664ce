import { GraphSecurityApi, HttpIncidentApi, type IncidentApi, SentinelApi } from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { GRAPH_TOKEN, GraphImitation, loadGraphFixtures } from '../test/support/graph-imitation.js';
import {
  ARM_TOKEN,
  loadSentinelFixtures,
  RESOURCE_GROUP,
  SentinelImitation,
  SUBSCRIPTION_ID,
  WORKSPACE_NAME,
} from '../test/support/sentinel-imitation.js';
import { workspaceTemplate } from './incident-workspace.stories.js';
import { backendOfSize, serveBackend } from './support/story-backend.js';

const BACKENDS = ['http', 'graph', 'sentinel'] as const;
type Backend = (typeof BACKENDS)[number];

interface BackendStoryArgs {
  backend: Backend;
}

interface ServedClient {
  handlers: HttpHandler[];
  api: IncidentApi;
}

// One imitation per page: its fixtures are fetched once, and each story starts it from the published state.
let graphImitation: Promise<GraphImitation> | undefined;
let sentinelImitation: Promise<SentinelImitation> | undefined;

async function graphClient(): Promise<ServedClient> {
  graphImitation ??= loadGraphFixtures().then((fixtures) => new GraphImitation(fixtures));
  const imitation = await graphImitation;
  imitation.reset();
  return {
    handlers: imitation.handlers,
    api: new GraphSecurityApi({ getAccessToken: async () => GRAPH_TOKEN }),
  };
}

async function sentinelClient(): Promise<ServedClient> {
  sentinelImitation ??= loadSentinelFixtures().then((fixtures) => new SentinelImitation(fixtures));
  const imitation = await sentinelImitation;
  imitation.reset();
  return {
    handlers: imitation.handlers,
    api: new SentinelApi({
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroup: RESOURCE_GROUP,
      workspaceName: WORKSPACE_NAME,
      getAccessToken: async () => ARM_TOKEN,
    }),
  };
}

/** The client of `backend`, its backend served by the page's MSW worker. */
async function servedClient(backend: Backend, context: unknown): Promise<IncidentApi> {
  if (backend === 'http') {
    await serveBackend(backendOfSize(500), context);
    return new HttpIncidentApi({ baseUrl: '/api' });
  }
  const client = backend === 'graph' ? await graphClient() : await sentinelClient();
  const worker = (context as { msw?: SetupWorker }).msw;
  if (!worker) throw new Error('The Microsoft imitations are served through the Storybook MSW addon only.');
  worker.use(...client.handlers);
  return client.api;
}

/**
 * The same workspace over each client of the kit: `HttpIncidentApi` over the mock incident service,
 * `GraphSecurityApi` over an imitation of Microsoft Graph security, and `SentinelApi` over an
 * imitation of the Microsoft Sentinel REST API. The imitations serve the published example
 * incident and older ones in its shape, dated when the examples were written.
 */
const meta = {
  title: 'Backends/Triage on each client',
  component: 'soc-incident-workspace',
  args: { backend: 'http' },
  argTypes: {
    backend: { control: { type: 'inline-radio' }, options: BACKENDS },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => ({ api: await servedClient((context.args as BackendStoryArgs).backend, context) }),
  ],
  render: (_args, { loaded }) => workspaceTemplate((loaded as { api: IncidentApi }).api, '100vh'),
} satisfies Meta<BackendStoryArgs>;

export default meta;
type Story = StoryObj<BackendStoryArgs>;

export const HttpClient: Story = { args: { backend: 'http' } };

export const GraphSecurity: Story = { args: { backend: 'graph' } };

export const Sentinel: Story = { args: { backend: 'sentinel' } };
