import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentApi } from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/alert-queue/define.js';
import type { AlertQueueFilters } from '../packages/components/src/alert-queue/alert-queue-filters.js';
import { BACKEND_ARG_TYPES, BACKEND_ARGS, DATA_NOW, loadBackend, type BackendArgs } from './support/story-backend.js';

export interface AlertQueueTemplateOptions {
  api: IncidentApi;
  filters?: AlertQueueFilters;
  search?: string;
  /** The time "1 week" counts back from; generated data has its own clock. */
  clock?: () => number;
  pageSize?: number;
  urlSync?: boolean;
  /** CSS height of the queue; the grid fills what the toolbar leaves. */
  height?: string;
  /** CSS width of the queue (a narrow container shows compact rows). */
  width?: string;
}

/** The alert queue inside a provider, as a portal embeds it. Tests render the same template. */
export function alertQueueTemplate(options: AlertQueueTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-alert-queue
      style="height: ${options.height ?? '640px'}; width: ${options.width ?? 'auto'}"
      .filters=${options.filters ?? {}}
      .search=${options.search ?? ''}
      .clock=${options.clock ?? Date.now}
      page-size=${options.pageSize ?? nothing}
      ?url-sync=${options.urlSync ?? false}
    ></soc-alert-queue>
  </soc-api-provider>`;
}

interface AlertQueueStoryArgs extends BackendArgs {
  filters: AlertQueueFilters;
  search: string;
  width: string;
}

const meta = {
  title: 'Triage/Alert queue',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-alert-queue',
  tags: ['autodocs'],
  args: { ...BACKEND_ARGS, filters: {}, search: '', width: 'auto' },
  argTypes: BACKEND_ARG_TYPES,
  parameters: { layout: 'fullscreen' },
  loaders: [loadBackend],
  render: (args, { loaded }) =>
    html`<div style="padding: 16px 24px">
      ${alertQueueTemplate({
        api: (loaded as { api: IncidentApi }).api,
        filters: args.filters,
        search: args.search,
        clock: () => DATA_NOW,
        height: 'calc(100vh - 32px)',
        width: args.width,
      })}
    </div>`,
} satisfies Meta<AlertQueueStoryArgs>;

export default meta;
type Story = StoryObj<AlertQueueStoryArgs>;

export const Loaded: Story = {};

export const Filtered: Story = {
  args: { filters: { status: ['new', 'inProgress'], severity: ['high', 'medium'], timeRange: '30d' } },
};

/** Every request takes ten seconds: the skeleton and the progress bar. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

export const Empty: Story = {
  args: { search: 'no alert is called this' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** A 360px container: each row shows the alert's name over its severity, status and last activity. */
export const Narrow: Story = {
  args: { width: '360px' },
};

/** A reader can look but not manage or link alerts. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** A backend that does not list alerts across incidents. */
export const NoAlertQueue: Story = {
  loaders: [
    async () => {
      class NoAlertQueueApi extends HttpIncidentApi {
        override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((capability) => capability !== 'alertQueue'));
      }
      return { api: new NoAlertQueueApi({ baseUrl: '/api' }) };
    },
  ],
};

/** 100,000 incidents' alerts: the grid renders only the rows in view and pages them in as they scroll. */
export const ManyAlerts: Story = {
  args: { size: 100_000, latencyMs: 80 },
};
