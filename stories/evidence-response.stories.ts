import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/evidence-response/define.js';
import '../packages/components/src/provider/define.js';
import { malwareIncident } from '../packages/components/src/remediation/remediation.fixture.js';
import { fastForwardBackend } from './investigations.stories.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface EvidenceResponseTemplateOptions {
  api: IncidentApi;
  incidentId?: string;
  pollIntervalMs?: number;
}

/** The Evidence and Response tab inside a provider, at the width an incident page gives it. */
export function evidenceResponseTemplate(options: EvidenceResponseTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-evidence-response
      style="max-width: 1280px; min-height: 420px"
      .incidentId=${options.incidentId}
      .pollIntervalMs=${options.pollIntervalMs ?? 5_000}
    ></soc-evidence-response>
  </soc-api-provider>`;
}

interface EvidenceResponseStoryArgs {
  /** Which incident the tab shows. */
  selection: 'pendingApproval' | 'inProgress' | 'noEvidence';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let noEvidenceId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** A generated incident with pending actions and the most kinds of evidence. */
function pendingApprovalIncidentId(source: MockBackend): string {
  const incidents = source.service.listIncidents({ top: 60 }).items.filter((item) => item.investigationState === 'pendingApproval');
  const variety = (id: string) => new Set(source.service.listEvidence(id).map((item) => item.type)).size;
  return incidents.reduce((best, incident) => (variety(incident.id) > variety(best.id) ? incident : best)).id;
}

/** An incident whose one alert names no entity. */
function incidentWithoutEvidence(source: MockBackend): string {
  noEvidenceId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Sign-in from an unfamiliar location',
    alerts: [{ title: 'Unfamiliar sign-in properties', severity: 'low' }],
  }).id;
  return noEvidenceId;
}

const meta = {
  title: 'Respond/Evidence and Response',
  component: 'soc-evidence-response',
  tags: ['autodocs'],
  excludeStories: /^[a-z]/,
  args: { selection: 'pendingApproval', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['pendingApproval', 'inProgress', 'noEvidence'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as EvidenceResponseStoryArgs;
      let source: MockBackend;
      let incidentId: string;
      if (args.selection === 'inProgress') {
        // A new incident on the fast clock: manual actions started on it finish within seconds.
        source = fastForwardBackend();
        incidentId = source.service.createIncident(source.service.principalFor('admin'), malwareIncident()).id;
      } else {
        source = sharedBackend();
        incidentId = args.selection === 'noEvidence' ? incidentWithoutEvidence(source) : pendingApprovalIncidentId(source);
      }
      source.setScenario({ latencyMs: args.latencyMs, errorRate: args.errorRate, throttled: args.throttled, role: args.role });
      await serveBackend(source, context);
      return {
        api: new HttpIncidentApi({ baseUrl: '/api' }),
        incidentId,
        pollIntervalMs: args.selection === 'inProgress' ? 1_000 : 5_000,
      };
    },
  ],
  render: (_args, { loaded }) => evidenceResponseTemplate(loaded as EvidenceResponseTemplateOptions),
} satisfies Meta<EvidenceResponseStoryArgs>;

export default meta;
type Story = StoryObj<EvidenceResponseStoryArgs>;

/** Evidence with pending actions to approve or reject, and an "Actions" menu on each entity. */
export const Loaded: Story = {};

/** On a clock forty times faster than real time: run an action from a menu and watch it finish. */
export const InProgress: Story = {
  args: { selection: 'inProgress', latencyMs: 0 },
};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident whose alerts name no entity. */
export const Empty: Story = {
  args: { selection: 'noEvidence' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** The backend asks to slow down: the message says when to retry. */
export const Throttled: Story = {
  args: { throttled: true },
};

/** A reader sees the evidence, with the response controls disabled and a note saying why. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
