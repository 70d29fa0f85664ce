import { HttpIncidentApi, type IncidentApi, type Role } from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/workspace/define.js';
import { backendOfSize, DATA_NOW, serveBackend } from './support/story-backend.js';

/** The workspace inside a provider, as a portal embeds it. Tests render the same template. */
export function workspaceTemplate(api: IncidentApi, height = '720px', urlSync = false, clock: () => number = () => DATA_NOW) {
  return html`<soc-api-provider .api=${api}>
    <soc-incident-workspace style="height: ${height}" ?url-sync=${urlSync} .clock=${clock}></soc-incident-workspace>
  </soc-api-provider>`;
}

interface WorkspaceStoryArgs {
  size: number;
  latencyMs: number;
  errorRate: number;
  role: Role;
}

const meta = {
  title: 'Triage/Incident workspace',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-workspace',
  tags: ['autodocs'],
  args: { size: 500, latencyMs: 150, errorRate: 0, role: 'responder' },
  argTypes: {
    size: { control: { type: 'select' }, options: [0, 30, 500, 5_000, 100_000] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as WorkspaceStoryArgs;
      const backend = backendOfSize(args.size);
      backend.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, role: args.role });
      await serveBackend(backend, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }) };
    },
  ],
  render: (_args, { loaded }) => workspaceTemplate((loaded as { api: IncidentApi }).api, '100vh'),
} satisfies Meta<WorkspaceStoryArgs>;

export default meta;
type Story = StoryObj<WorkspaceStoryArgs>;

/** Select a row for its summary; "Manage incident" opens the dialog; a save shows at once in row and pane; a name opens the incident page. */
export const Triage: Story = {};

export const ReaderRole: Story = { args: { role: 'reader' } };

export const Empty: Story = { args: { size: 0 } };

export const ErrorState: Story = { name: 'Error', args: { errorRate: 1 } };

export const HundredThousandIncidents: Story = { args: { size: 100_000, latencyMs: 80 } };
