import type { IncidentApi } from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/workspace/define.js';
import { BACKEND_ARG_TYPES, BACKEND_ARGS, DATA_NOW, loadBackend, type BackendArgs } from './support/story-backend.js';

/** The workspace inside a provider, as a portal embeds it. Tests render the same template. */
export function workspaceTemplate(api: IncidentApi, height = '720px', urlSync = false, clock: () => number = () => DATA_NOW) {
  return html`<soc-api-provider .api=${api}>
    <soc-incident-workspace style="height: ${height}" ?url-sync=${urlSync} .clock=${clock}></soc-incident-workspace>
  </soc-api-provider>`;
}

const meta = {
  title: 'Triage/Incident workspace',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-workspace',
  tags: ['autodocs'],
  args: { ...BACKEND_ARGS },
  argTypes: BACKEND_ARG_TYPES,
  parameters: { layout: 'fullscreen' },
  loaders: [loadBackend],
  render: (_args, { loaded }) => workspaceTemplate((loaded as { api: IncidentApi }).api, '100vh'),
} satisfies Meta<BackendArgs>;

export default meta;
type Story = StoryObj<BackendArgs>;

/** Select a row for its summary; "Manage incident" opens the dialog; a save shows at once in row and pane; a name opens the incident page. */
export const Triage: Story = {};

export const ReaderRole: Story = { args: { role: 'reader' } };

export const Empty: Story = { args: { size: 0 } };

export const ErrorState: Story = { name: 'Error', args: { errorRate: 1 } };

export const HundredThousandIncidents: Story = { args: { size: 100_000, latencyMs: 80 } };
