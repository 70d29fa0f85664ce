import { HttpIncidentApi, type IncidentApi, type Role, type TrendRange } from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/trend/define.js';
import type { TrendView } from '../packages/components/src/trend/incident-trend.js';
import { backendOfSize, DATA_NOW, serveBackend } from './support/story-backend.js';

export interface IncidentTrendTemplateOptions {
  api: IncidentApi;
  range?: TrendRange;
  collapsed?: boolean;
  view?: TrendView;
  /** An IANA zone for the hours and days; the browser's own when absent. */
  timeZone?: string;
  /** The time the trend runs up to: the data's clock by default. */
  clock?: () => number;
}

/** The trend inside a provider, at the width the top of a queue gives it. Tests render the same template. */
export function incidentTrendTemplate(options: IncidentTrendTemplateOptions) {
  const { api, range = '24h', collapsed = false, view = 'chart', timeZone, clock = () => DATA_NOW } = options;
  return html`<soc-api-provider .api=${api}>
    <soc-incident-trend
      style="max-width: 960px"
      range=${range}
      ?collapsed=${collapsed}
      view=${view}
      time-zone=${timeZone ?? nothing}
      .clock=${clock}
    ></soc-incident-trend>
  </soc-api-provider>`;
}

interface IncidentTrendStoryArgs {
  size: number;
  range: TrendRange;
  collapsed: boolean;
  view: TrendView;
  latencyMs: number;
  errorRate: number;
  role: Role;
}

const meta = {
  title: 'Triage/Incident trend',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-trend',
  tags: ['autodocs'],
  args: { size: 500, range: '24h', collapsed: false, view: 'chart', latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    size: { control: { type: 'select' }, options: [0, 30, 500, 5_000, 100_000] },
    range: { control: { type: 'inline-radio' }, options: ['24h', '7d'] },
    view: { control: { type: 'inline-radio' }, options: ['chart', 'table'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as IncidentTrendStoryArgs;
      const backend = backendOfSize(args.size);
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }) };
    },
  ],
  render: (args, { loaded }) =>
    incidentTrendTemplate({
      api: (loaded as { api: IncidentApi }).api,
      range: args.range,
      collapsed: args.collapsed,
      view: args.view,
    }),
} satisfies Meta<IncidentTrendStoryArgs>;

export default meta;
type Story = StoryObj<IncidentTrendStoryArgs>;

/** The last 24 hours, hour by hour: incidents as bars, alerts as a line; arrow keys move between the hours. */
export const Loaded: Story = {};

/** The last 7 days, day by day. */
export const SevenDays: Story = { args: { range: '7d' } };

/** Collapsed above the queue: the heading and the totals only. */
export const Collapsed: Story = { args: { collapsed: true } };

/** The same numbers as a table, for reading and for screen readers. */
export const Table: Story = { args: { view: 'table' } };

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = { args: { latencyMs: 10_000 } };

/** A backend without incidents: "No incidents or alerts in the last 24 hours". */
export const Empty: Story = { args: { size: 0 } };

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = { name: 'Error', args: { errorRate: 1 } };

/** A reader sees the trend as everyone does: it changes nothing. */
export const ReaderRole: Story = { args: { role: 'reader' } };

/** A backend of 100,000 incidents: the counts come from the service, not from paging the queue. */
export const HundredThousandIncidents: Story = { args: { size: 100_000, latencyMs: 80 } };
