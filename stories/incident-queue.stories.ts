import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import type { Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/queue/define.js';
import type { QueueFilters } from '../packages/components/src/queue/queue-filters.js';
import { backendOfSize, DATA_NOW, serveBackend } from './support/story-backend.js';

export interface QueueTemplateOptions {
  api: IncidentApi;
  filters?: QueueFilters;
  search?: string;
  /** The time "1 week" counts back from; generated data has its own clock. */
  clock?: () => number;
  storageKey?: string;
  pageSize?: number;
  urlSync?: boolean;
  /** CSS height of the queue; the grid fills what the toolbar leaves. */
  height?: string;
}

/** The queue inside a provider, as a portal embeds it. Tests render the same template. */
export function queueTemplate(options: QueueTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-queue
      style="height: ${options.height ?? '640px'}"
      .filters=${options.filters ?? {}}
      .search=${options.search ?? ''}
      .clock=${options.clock ?? Date.now}
      storage-key=${options.storageKey ?? 'soc-incident-queue.columns'}
      page-size=${options.pageSize ?? nothing}
      ?url-sync=${options.urlSync ?? false}
    ></soc-incident-queue>
  </soc-api-provider>`;
}

interface QueueStoryArgs {
  /** Incidents the mock backend generates. */
  size: number;
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
  filters: QueueFilters;
  search: string;
}

const meta = {
  title: 'Triage/Incident queue',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-queue',
  tags: ['autodocs'],
  args: { size: 500, latencyMs: 150, errorRate: 0, role: 'responder', filters: {}, search: '' },
  argTypes: {
    size: { control: { type: 'select' }, options: [0, 30, 500, 5_000, 100_000] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as QueueStoryArgs;
      const backend = backendOfSize(args.size);
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }) };
    },
  ],
  render: (args, { loaded }) =>
    html`<div style="padding: 16px 24px">
      ${queueTemplate({
        api: (loaded as { api: IncidentApi }).api,
        filters: args.filters,
        search: args.search,
        clock: () => DATA_NOW,
        height: 'calc(100vh - 32px)',
      })}
    </div>`,
} satisfies Meta<QueueStoryArgs>;

export default meta;
type Story = StoryObj<QueueStoryArgs>;

export const Loaded: Story = {};

export const Filtered: Story = {
  args: { filters: { status: ['active', 'inProgress'], serviceSources: ['microsoftSentinel'], timeRange: '30d' } },
};

/** Every request takes ten seconds: the skeleton and the progress bar. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

export const Empty: Story = {
  args: { search: 'no incident is called this' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** A reader can look but not manage. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** 100,000 incidents: the grid renders only the rows in view and pages them in as they scroll. */
export const HundredThousandIncidents: Story = {
  args: { size: 100_000, latencyMs: 80 },
};
