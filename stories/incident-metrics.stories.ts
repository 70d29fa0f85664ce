import { HttpIncidentApi, type CallOptions, type IncidentApi, type IncidentMetrics, type MetricsQuery } from '@soc-kit/components/api';
import type { Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/metrics/define.js';
import '../packages/components/src/provider/define.js';
import { backendOfSize, DATA_NOW, serveBackend } from './support/story-backend.js';

/**
 * A client of a backend that computes only part of the metrics: the MITRE tactics and the mean time
 * to resolve are beyond it, and it counts only the newest incidents of a range.
 */
export class PartialMetricsApi extends HttpIncidentApi {
  override async getIncidentMetrics(query: MetricsQuery, options?: CallOptions): Promise<IncidentMetrics> {
    const metrics = await super.getIncidentMetrics(query, options);
    return { ...metrics, topTactics: [], timeToResolve: [], unsupported: ['tactics', 'timeToResolve'], truncated: true };
  }
}

/** The dashboard inside a provider, as a portal embeds it; `now` is the day its ranges end. */
export function incidentMetricsTemplate(options: { api: IncidentApi; now?: number }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-metrics .now=${options.now ?? DATA_NOW}></soc-incident-metrics>
  </soc-api-provider>`;
}

interface IncidentMetricsStoryArgs {
  /** Incidents the mock backend generates. */
  size: 500 | 100_000;
  /** Whether the backend computes every metric, or only some. */
  backend: 'complete' | 'partial';
  /** Where the ranges end: the data's own day, or a day before any incident. */
  today: 'dataDay' | 'beforeData';
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
}

const meta = {
  title: 'Lead/Incident metrics',
  // Helpers the tests reuse are exported in lower case or are classes; they are not stories.
  excludeStories: /^[a-z]|Api$/,
  component: 'soc-incident-metrics',
  tags: ['autodocs'],
  args: { size: 500, backend: 'complete', today: 'dataDay', latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    size: { control: { type: 'inline-radio' }, options: [500, 100_000] },
    backend: { control: { type: 'inline-radio' }, options: ['complete', 'partial'] },
    today: { control: { type: 'inline-radio' }, options: ['dataDay', 'beforeData'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as IncidentMetricsStoryArgs;
      const source = backendOfSize(args.size);
      source.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, throttled: false, role: args.role });
      await serveBackend(source, context);
      const api = args.backend === 'partial' ? new PartialMetricsApi({ baseUrl: '/api' }) : new HttpIncidentApi({ baseUrl: '/api' });
      return { api, now: args.today === 'dataDay' ? DATA_NOW : Date.parse('2020-01-15T09:00:00Z') };
    },
  ],
  render: (_args, { loaded }) => incidentMetricsTemplate(loaded as { api: IncidentApi; now: number }),
} satisfies Meta<IncidentMetricsStoryArgs>;

export default meta;
type Story = StoryObj<IncidentMetricsStoryArgs>;

/** The last 30 days of 500 incidents: every chart, each with its table. */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton of the cards. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** A range before any incident was created: the empty state. */
export const Empty: Story = {
  args: { today: 'beforeData' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** A reader sees the same figures: metrics change nothing. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** A backend without MITRE tactics and mean time to resolve, counting only the newest incidents: the notes. */
export const UnsupportedMetrics: Story = {
  args: { backend: 'partial' },
};

/** 100,000 incidents: the backend counts the range from its index. */
export const HundredThousandIncidents: Story = {
  name: '100,000 incidents',
  args: { size: 100_000, latencyMs: 0 },
};
