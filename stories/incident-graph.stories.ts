import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/graph/define.js';
import { sizedIncident } from '../packages/components/src/graph/incident-graph.fixture.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface IncidentGraphTemplateOptions {
  api: IncidentApi;
  incidentId?: string;
  highlightedAlertId?: string | null;
  /** Types with more entities than this start collapsed; Infinity shows every entity. */
  groupThreshold?: number;
  height?: string;
}

/** The incident graph inside a provider, at the size the attack story gives it. */
export function incidentGraphTemplate(options: IncidentGraphTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-graph
      style="max-width: 1100px; height: ${options.height ?? '600px'}"
      .incidentId=${options.incidentId}
      .highlightedAlertId=${options.highlightedAlertId ?? null}
      .groupThreshold=${options.groupThreshold ?? 5}
    ></soc-incident-graph>
  </soc-api-provider>`;
}

type Selection = 'varied' | 'grouped' | 'noEvidence' | 'large';

interface IncidentGraphStoryArgs {
  /**
   * Which incident: the generated one with the most entities, one with 60 entities (groups
   * collapse), one without alerts, or one of 2,000 nodes (200 alerts, 1,800 entities).
   */
  selection: Selection;
  /** Emphasise the incident's first alert, as the attack story does. */
  highlightFirstAlert: boolean;
  groupThreshold: number;
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
const created = new Map<Selection, string>();

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

function incidentFor(source: MockBackend, selection: Selection): string {
  if (selection === 'varied') {
    const incidents = source.service.listIncidents({ top: 60 }).items;
    const size = (id: string) => source.service.listEvidence(id).length + source.service.listIncidentAlerts(id).length;
    return incidents.reduce((best, incident) => (size(incident.id) > size(best.id) ? incident : best)).id;
  }
  let id = created.get(selection);
  if (!id) {
    const admin = source.service.principalFor('admin');
    const input =
      selection === 'grouped'
        ? sizedIncident({ alerts: 6, entitiesPerAlert: 10, displayName: 'Ransomware staged from a phishing mailbox' })
        : selection === 'large'
          ? sizedIncident({ alerts: 200, entitiesPerAlert: 9 })
          : { displayName: 'Sign-in from an unfamiliar location', alerts: [] };
    id = source.service.createIncident(admin, input).id;
    created.set(selection, id);
  }
  return id;
}

const meta = {
  title: 'Investigate/Incident graph',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-graph',
  tags: ['autodocs'],
  args: {
    selection: 'grouped',
    highlightFirstAlert: false,
    groupThreshold: 5,
    latencyMs: 150,
    errorRate: 0,
    throttled: false,
    role: 'responder',
  },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['varied', 'grouped', 'noEvidence', 'large'] },
    groupThreshold: { control: { type: 'number', min: 0, max: 10_000 } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as IncidentGraphStoryArgs;
      const source = sharedBackend();
      const incidentId = incidentFor(source, args.selection);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      const firstAlert = args.highlightFirstAlert ? source.service.listIncidentAlerts(incidentId)[0]?.id : undefined;
      return {
        api: new HttpIncidentApi({ baseUrl: '/api' }),
        incidentId,
        highlightedAlertId: firstAlert ?? null,
        groupThreshold: args.groupThreshold,
      };
    },
  ],
  render: (_args, { loaded }) => incidentGraphTemplate(loaded as IncidentGraphTemplateOptions),
} satisfies Meta<IncidentGraphStoryArgs>;

export default meta;
type Story = StoryObj<IncidentGraphStoryArgs>;

/** Six alerts and sixty entities: every type past five entities starts as one group node. */
export const Loaded: Story = {};

/** The same incident with every group expanded. */
export const Expanded: Story = {
  args: { groupThreshold: 10_000 },
};

/** A generated incident, as the demo portal shows one. */
export const GeneratedIncident: Story = {
  args: { selection: 'varied' },
};

/** The attack story emphasises an alert: it and its entities stand out, the rest is dimmed. */
export const HighlightedAlert: Story = {
  args: { highlightFirstAlert: true },
};

/** 200 alerts and 1,800 entities, every one shown: laid out in a worker. */
export const LargeGraph: Story = {
  name: '2,000 nodes',
  args: { selection: 'large', groupThreshold: 10_000, latencyMs: 0 },
};

/** The same 2,000-node incident with its types grouped. */
export const LargeGraphGrouped: Story = {
  name: '2,000 nodes, grouped',
  args: { selection: 'large', latencyMs: 0 },
};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident without alerts or entities. */
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

/** A reader sees the same graph; reading alerts and evidence needs no more. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
