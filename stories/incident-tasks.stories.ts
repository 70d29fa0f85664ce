import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/tasks/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The Tasks tab inside a provider, at the width an incident page gives it. */
export function incidentTasksTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-tasks style="max-width: 960px; min-height: 360px" .incidentId=${options.incidentId}></soc-incident-tasks>
  </soc-api-provider>`;
}

/**
 * A ransomware incident: the seeded automation rule added a task as it was created, and an
 * analyst added and completed more.
 */
export function incidentWithTasks(source: MockBackend): string {
  const service = source.service;
  const analyst = service.principalFor('responder');
  const incident = service.createIncident(analyst, {
    displayName: 'Ransomware activity on finance file servers',
    alerts: [{ title: 'Ransomware behavior detected in the file system', severity: 'high', category: 'Ransomware' }],
  });
  const isolate = service.saveTask(analyst, incident.id, {
    title: 'Isolate FS-01 and FS-02 from the network',
    description: 'Use device isolation; keep the Defender for Endpoint connection.',
  });
  const backups = service.saveTask(analyst, incident.id, {
    title: 'Check the last good backups',
    description: 'Nightly snapshots of \\\\fs-01\\finance and \\\\fs-02\\finance.\nConfirm with the storage team.',
  });
  service.saveTask(analyst, incident.id, { title: 'Reset passwords of the accounts that ran the encryptor' });
  service.saveTask(analyst, incident.id, { id: isolate.id, title: isolate.title, status: 'completed' });
  service.saveTask(analyst, incident.id, { id: backups.id, title: backups.title, status: 'completed' });
  return incident.id;
}

interface IncidentTasksStoryArgs {
  /** Which incident: one with a checklist under way, or one without tasks. */
  selection: 'withTasks' | 'noTasks';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let withTasksId: string | undefined;
let noTasksId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

function incidentWithoutTasks(source: MockBackend): string {
  noTasksId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Unfamiliar sign-in properties',
    alerts: [{ title: 'Unfamiliar sign-in properties', severity: 'low' }],
  }).id;
  return noTasksId;
}

const meta = {
  title: 'Investigate/Incident tasks',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-tasks',
  tags: ['autodocs'],
  args: { selection: 'withTasks', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['withTasks', 'noTasks'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as IncidentTasksStoryArgs;
      const source = sharedBackend();
      withTasksId ??= incidentWithTasks(source);
      const incidentId = args.selection === 'withTasks' ? withTasksId : incidentWithoutTasks(source);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), incidentId };
    },
  ],
  render: (_args, { loaded }) => incidentTasksTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<IncidentTasksStoryArgs>;

export default meta;
type Story = StoryObj<IncidentTasksStoryArgs>;

/** A task from an automation rule, two completed by the analyst, one open: "2 of 4 completed". */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident without tasks: the empty checklist and the "Add task" form. */
export const Empty: Story = {
  args: { selection: 'noTasks' },
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

/** A reader sees the checklist with its controls disabled, and why. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
