import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/activity-log/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The Activity tab inside a provider, at the width an incident page gives it. */
export function activityLogTemplate(options: { api: IncidentApi; incidentId?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-activity-log style="max-width: 960px; min-height: 360px" .incidentId=${options.incidentId}></soc-activity-log>
  </soc-api-provider>`;
}

/** The kit's REST client as a backend without an audit trail would offer it: comments only. */
class CommentsOnlyApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'activity'));
}

/**
 * A phishing incident worked on for a while: an automation rule routed it, an analyst changed
 * its status and severity (which started a playbook), commented on it and worked its tasks.
 */
export function workedIncident(source: MockBackend): string {
  const service = source.service;
  const analyst = service.principalFor('responder');
  const incident = service.createIncident(analyst, {
    displayName: 'Credential phishing campaign targeting finance',
    alerts: [
      {
        title: 'Email messages containing malicious URL removed after delivery',
        severity: 'medium',
        serviceSource: 'microsoftDefenderForOffice365',
        detectionSource: 'microsoftDefenderForOffice365',
        category: 'InitialAccess',
      },
    ],
  });
  service.updateIncident(analyst, incident.id, { status: 'inProgress' });
  service.addComment(
    analyst,
    incident.id,
    [
      'Reached out to the three recipients who clicked.',
      '- Passwords reset for all three',
      '- No sign-ins from the reported IP since 08:10',
    ].join('\n'),
  );
  service.updateIncident(analyst, incident.id, { severity: 'high', customTags: ['Phishing campaign', 'Finance'] });
  const task = service.saveTask(analyst, incident.id, { title: 'Purge the message from every mailbox' });
  service.saveTask(analyst, incident.id, { id: task.id, title: task.title, status: 'completed' });
  service.addComment(analyst, incident.id, 'Blocked the sender domain at the gateway.');
  return incident.id;
}

interface ActivityLogStoryArgs {
  /** Which incident and backend: a worked incident, or a backend without an audit trail and no comments. */
  selection: 'worked' | 'empty';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
let workedId: string | undefined;
let quietId: string | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

function quietIncident(source: MockBackend): string {
  quietId ??= source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Manually raised incident',
    alerts: [],
  }).id;
  return quietId;
}

const meta = {
  title: 'Investigate/Activity log',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-activity-log',
  tags: ['autodocs'],
  args: { selection: 'worked', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['worked', 'empty'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as ActivityLogStoryArgs;
      const source = sharedBackend();
      workedId ??= workedIncident(source);
      const incidentId = args.selection === 'worked' ? workedId : quietIncident(source);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      const api =
        args.selection === 'worked' ? new HttpIncidentApi({ baseUrl: '/api' }) : new CommentsOnlyApi({ baseUrl: '/api' });
      return { api, incidentId };
    },
  ],
  render: (_args, { loaded }) => activityLogTemplate(loaded as { api: IncidentApi; incidentId?: string }),
} satisfies Meta<ActivityLogStoryArgs>;

export default meta;
type Story = StoryObj<ActivityLogStoryArgs>;

/** Comments, changes by people and by an automation rule, tasks and a playbook run, newest first. */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton under the add-comment box. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** A backend that keeps no audit trail, and an incident nobody has commented on. */
export const Empty: Story = {
  args: { selection: 'empty' },
};

/** Every request fails with a server error: the message and "Retry"; a post fails the same way and keeps the text. */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** The backend asks to slow down: the message says when to retry. */
export const Throttled: Story = {
  args: { throttled: true },
};

/** A reader sees the activity; the add-comment box is disabled and says why. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
