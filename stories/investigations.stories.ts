import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/investigations/define.js';
import '../packages/components/src/provider/define.js';
import { malwareIncident } from '../packages/components/src/remediation/remediation.fixture.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface InvestigationsTemplateOptions {
  api: IncidentApi;
  incidentId?: string;
  pollIntervalMs?: number;
}

/** The Investigations tab inside a provider, at the width an incident page gives it. */
export function investigationsTemplate(options: InvestigationsTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-investigations
      style="max-width: 1200px; min-height: 360px"
      .incidentId=${options.incidentId}
      .pollIntervalMs=${options.pollIntervalMs ?? 5_000}
    ></soc-investigations>
  </soc-api-provider>`;
}

/** How fast the simulated backend's clock runs in the "In progress" stories: analysis and actions take seconds. */
const FAST_FORWARD = 40;

interface InvestigationsStoryArgs {
  /** Which incident the tab shows. */
  selection: 'pendingApproval' | 'inProgress' | 'none';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let fastBackend: MockBackend | undefined;
let quietIncidentId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** A backend whose clock runs `FAST_FORWARD` times faster than the wall clock. */
export function fastForwardBackend(): MockBackend {
  if (!fastBackend) {
    const start = Date.now();
    fastBackend = new MockBackend({
      baseUrl: '/api',
      size: 60,
      seed: SEED,
      now: DATA_NOW,
      clock: () => start + (Date.now() - start) * FAST_FORWARD,
    });
  }
  return fastBackend;
}

/** A generated incident whose investigation waits for approval of several actions. */
function pendingApprovalIncidentId(source: MockBackend): string {
  const incidents = source.service.listIncidents({ top: 60 }).items.filter((item) => item.investigationState === 'pendingApproval');
  const pendingCount = (id: string) => source.service.listRemediationActions({ incidentId: id, status: ['pending'] }).length;
  return incidents.reduce((best, incident) => (pendingCount(incident.id) > pendingCount(best.id) ? incident : best)).id;
}

/** An incident raised by hand, which no automated investigation looks at. */
function quietIncident(source: MockBackend): string {
  quietIncidentId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Phishing report from a user',
    alerts: [{ title: 'Email reported by user as malware or phish', severity: 'low', serviceSource: 'microsoftDefenderForOffice365' }],
  }).id;
  return quietIncidentId;
}

const meta = {
  title: 'Respond/Investigations',
  component: 'soc-investigations',
  tags: ['autodocs'],
  excludeStories: /^[a-z]/,
  args: { selection: 'pendingApproval', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['pendingApproval', 'inProgress', 'none'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as InvestigationsStoryArgs;
      let source: MockBackend;
      let incidentId: string;
      if (args.selection === 'inProgress') {
        // A new incident each time: its investigation starts now and runs on the fast clock.
        source = fastForwardBackend();
        incidentId = source.service.createIncident(source.service.principalFor('admin'), malwareIncident()).id;
      } else {
        source = sharedBackend();
        incidentId = args.selection === 'none' ? quietIncident(source) : pendingApprovalIncidentId(source);
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
  render: (_args, { loaded }) => investigationsTemplate(loaded as InvestigationsTemplateOptions),
} satisfies Meta<InvestigationsStoryArgs>;

export default meta;
type Story = StoryObj<InvestigationsStoryArgs>;

/** An investigation waiting for approval: open it to approve or reject its actions. */
export const Loaded: Story = {};

/**
 * A new incident whose investigation is still analysing, on a clock forty times faster than
 * real time: within seconds it proposes actions; approve them and watch them run to the end.
 */
export const InProgress: Story = {
  args: { selection: 'inProgress', latencyMs: 0 },
};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident that no automated investigation looked at. */
export const Empty: Story = {
  args: { selection: 'none' },
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

/** A reader sees the investigations, with "Approve" and "Reject" disabled and a note saying why. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
