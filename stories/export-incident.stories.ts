import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/report/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

interface ExportStoryArgs {
  errorRate: number;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 40, seed: SEED, now: DATA_NOW });
  return backend;
}

const meta = {
  title: 'Investigate/Export incident',
  component: 'soc-export-incident',
  tags: ['autodocs'],
  args: { errorRate: 0, role: 'responder' },
  argTypes: {
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  loaders: [
    async (context) => {
      const args = context.args as ExportStoryArgs;
      const source = sharedBackend();
      source.setScenario({ errorRate: args.errorRate, role: args.role });
      await serveBackend(source, context);
      const incidentId = source.service.listIncidents({ top: 1, severity: ['high'] }).items[0]!.id;
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId };
    },
  ],
  render: (_args, { loaded }) => {
    const { api, incidentId } = loaded as { api: IncidentApi; incidentId: string };
    return html`<soc-api-provider .api=${api}><soc-export-incident incident-id=${incidentId}></soc-export-incident></soc-api-provider>`;
  },
} satisfies Meta<ExportStoryArgs>;

export default meta;
type Story = StoryObj<ExportStoryArgs>;

/** "Export" opens a menu: Markdown download or a printable page of the incident report. */
export const Default: Story = {};

/** Gathering the report fails: the menu says so and offers to try again. */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};
