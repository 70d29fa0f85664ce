import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/summary/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

let backend: MockBackend | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 20, seed: SEED, now: DATA_NOW });
  return backend;
}

/**
 * `soc-api-provider` renders nothing of its own: it hands the client in its `api` property to every
 * SOC Kit element inside it. Here it gives an `HttpIncidentApi` (over the mock backend) to a summary pane.
 */
const meta = {
  title: 'Triage/API provider',
  component: 'soc-api-provider',
  tags: ['autodocs'],
  loaders: [
    async (context) => {
      const source = sharedBackend();
      await serveBackend(source, context);
      const incidentId = source.service.listIncidents({ top: 1 }).items[0]!.id;
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId };
    },
  ],
  render: (_args, { loaded }) => {
    const { api, incidentId } = loaded as { api: IncidentApi; incidentId: string };
    return html`<soc-api-provider .api=${api}>
      <soc-incident-summary style="width: 440px; height: 640px" .incidentId=${incidentId}></soc-incident-summary>
    </soc-api-provider>`;
  },
} satisfies Meta;

export default meta;

export const WithASummaryPane: StoryObj = {};
