import { HttpIncidentApi, type IncidentApi, type PlaybookTarget } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/playbooks/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface PlaybookRunnerTemplateOptions {
  api: IncidentApi;
  target?: PlaybookTarget;
  incidentId?: string;
  targetName?: string;
  pollIntervalMs?: number;
}

/** The runner inside a provider, at the width an incident page gives it. */
export function playbookRunnerTemplate(options: PlaybookRunnerTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-playbook-runner
      style="max-width: 1000px"
      .target=${options.target}
      .incidentId=${options.incidentId}
      .targetName=${options.targetName}
      .pollIntervalMs=${options.pollIntervalMs ?? 1_000}
    ></soc-playbook-runner>
  </soc-api-provider>`;
}

interface PlaybookRunnerStoryArgs {
  /** What the playbooks run on; "quiet" is an entity no playbook has run on yet. */
  target: 'incident' | 'alert' | 'entity' | 'quiet';
  /** Runs started on the target before the story opens; they progress in real time. */
  earlierRuns: number;
  /** Open the "Run playbook" dialog right away. */
  openDialog: boolean;
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** The incident with the most alerts, its first alert, and a user of its evidence. */
function targetsOf(source: MockBackend) {
  const incidents = source.service.listIncidents({ top: 60 }).items;
  const incident = incidents.reduce((most, candidate) => (candidate.alertCount > most.alertCount ? candidate : most));
  const alert = source.service.listIncidentAlerts(incident.id)[0]!;
  const evidence = incidents.flatMap((candidate) => source.service.listEvidence(candidate.id));
  const user = evidence.find((entity) => entity.type === 'user')!;
  const ip = evidence.find((entity) => entity.type === 'ip')!;
  return { incident, alert, user, ip };
}

/** Starts `count` runs of the playbooks that fit the target, in turn. */
function startRuns(source: MockBackend, target: PlaybookTarget, count: number): void {
  const actor = source.service.principalFor('responder');
  const fitting = source.service.listPlaybooks().filter((playbook) => playbook.triggerKind === target.kind);
  const usable = target.kind === 'entity' ? fitting.filter((playbook) => playbook.id === 'pb-reset-user') : fitting;
  for (let n = 0; n < count; n++) source.service.runPlaybook(actor, usable[n % usable.length]!.id, target);
}

const meta = {
  title: 'Respond/Playbook runner',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-playbook-runner',
  tags: ['autodocs'],
  args: {
    target: 'incident',
    earlierRuns: 2,
    openDialog: false,
    latencyMs: 150,
    errorRate: 0,
    throttled: false,
    role: 'responder',
  },
  argTypes: {
    target: { control: { type: 'inline-radio' }, options: ['incident', 'alert', 'entity', 'quiet'] },
    earlierRuns: { control: { type: 'range', min: 0, max: 8, step: 1 } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as PlaybookRunnerStoryArgs;
      const source = sharedBackend();
      source.reset();
      const { incident, alert, user, ip } = targetsOf(source);
      const options: Omit<PlaybookRunnerTemplateOptions, 'api'> =
        args.target === 'incident'
          ? { target: { kind: 'incident', id: incident.id }, targetName: incident.displayName }
          : args.target === 'alert'
            ? { target: { kind: 'alert', id: alert.id }, incidentId: incident.id, targetName: alert.title }
            : args.target === 'entity'
              ? { target: { kind: 'entity', id: user.id }, targetName: user.displayName }
              : { target: { kind: 'entity', id: ip.id }, targetName: ip.displayName };
      if (args.target !== 'quiet') startRuns(source, options.target!, args.earlierRuns);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      return { ...options, api: new HttpIncidentApi({ baseUrl: '/api' }) };
    },
  ],
  render: (_args, { loaded }) => playbookRunnerTemplate(loaded as PlaybookRunnerTemplateOptions),
  play: async ({ canvasElement, args }) => {
    if (!args.openDialog) return;
    const runner = canvasElement.querySelector('soc-playbook-runner')!;
    await customElements.whenDefined('soc-playbook-runner');
    await runner.updateComplete;
    runner.show();
  },
} satisfies Meta<PlaybookRunnerStoryArgs>;

export default meta;
type Story = StoryObj<PlaybookRunnerStoryArgs>;

/** The runs on an incident; the two just started move from Queued to Running to their end. */
export const Loaded: Story = {};

/** The dialog lists the playbooks that run on incidents. */
export const ChoosePlaybook: Story = {
  args: { openDialog: true },
};

/** An alert's runs, with those of its incident. */
export const OnAlert: Story = {
  args: { target: 'alert' },
};

/** A user entity: the dialog offers the entity playbooks. */
export const OnEntity: Story = {
  args: { target: 'entity', openDialog: true },
};

/** Every request takes ten seconds: the list loads. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An entity no playbook has run on. */
export const Empty: Story = {
  args: { target: 'quiet' },
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

/** A reader sees the runs but cannot start one. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
