import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import type { Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/incident-page/define.js';
import type { IncidentPageTab } from '../packages/components/src/incident-page/incident-page-tabs.js';
import '../packages/components/src/provider/define.js';
import { backendOfSize, serveBackend } from './support/story-backend.js';

/** The incident page inside a provider, as a portal shows it after "Open incident page". */
export function incidentPageTemplate(options: { api: IncidentApi; incidentId?: string; tab?: IncidentPageTab }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-page .incidentId=${options.incidentId} tab=${options.tab ?? 'alerts'}></soc-incident-page>
  </soc-api-provider>`;
}

interface IncidentPageStoryArgs {
  tab: IncidentPageTab;
  latencyMs: number;
  errorRate: number;
  role: Scenario['role'];
}

const DATA_SIZE = 60;

/** A high-severity incident with several alerts, tags and devices, so that the header and both tabs have content. */
function featuredIncidentId(): string {
  const items = backendOfSize(DATA_SIZE).service.listIncidents({ top: DATA_SIZE, severity: ['high'] }).items;
  const rich = items.find((i) => i.alertCount > 1 && i.customTags.length > 0 && i.impactedAssets.devices > 0);
  return (rich ?? items[0]).id;
}

const meta = {
  title: 'Investigate/Incident page',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-page',
  tags: ['autodocs'],
  args: { tab: 'alerts', latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    tab: { control: { type: 'inline-radio' }, options: ['alerts', 'assets'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as IncidentPageStoryArgs;
      const backend = backendOfSize(DATA_SIZE);
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId: featuredIncidentId() };
    },
  ],
  render: (args, { loaded }) =>
    incidentPageTemplate({ ...(loaded as { api: IncidentApi; incidentId: string }), tab: args.tab }),
} satisfies Meta<IncidentPageStoryArgs>;

export default meta;
type Story = StoryObj<IncidentPageStoryArgs>;

/** The header and the Alerts tab. */
export const Loaded: Story = {};

/** Deep-linked to the Assets tab. */
export const AssetsTab: Story = {
  name: 'Assets tab',
  args: { tab: 'assets' },
};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** A reader sees the same page; the manage dialog says what the role cannot change. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
