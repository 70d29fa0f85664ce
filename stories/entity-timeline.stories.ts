import { HttpIncidentApi, type IncidentApi, type TimelineKind } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/entity-timeline/define.js';
import type { TimelineRange } from '../packages/components/src/entity-timeline/timeline-range.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface EntityTimelineTemplateOptions {
  api: IncidentApi;
  entityId: string;
  clock: () => number;
  range?: TimelineRange;
  kinds?: TimelineKind[];
  /** The element's height: the list fills what the histogram and filters leave. */
  height?: string;
  width?: string;
}

/** The timeline inside a provider, at the size of an entity page's centre column. */
export function entityTimelineTemplate(options: EntityTimelineTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-entity-timeline
      style="height: ${options.height ?? '640px'}; max-width: ${options.width ?? '880px'}"
      .entityId=${options.entityId}
      .clock=${options.clock}
      range=${options.range ?? nothing}
      .kinds=${options.kinds ?? ['alert', 'activity', 'bookmark', 'anomaly']}
    ></soc-entity-timeline>
  </soc-api-provider>`;
}

/** How busy the entity is: a workstation's usual day, a million events in 30 days, or nothing at all. */
const VOLUMES = { usual: 40, million: 34_000, none: 0 } as const;
type Volume = keyof typeof VOLUMES;

interface EntityTimelineStoryArgs {
  volume: Volume;
  range: TimelineRange;
  kinds: TimelineKind[];
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

const backends = new Map<Volume, MockBackend>();

/** One backend per volume; its clock stands still at the data's time, so the presets always find the same events. */
function backendFor(volume: Volume): MockBackend {
  let backend = backends.get(volume);
  if (!backend) {
    backend = new MockBackend({
      baseUrl: '/api',
      size: 60,
      seed: SEED,
      now: DATA_NOW,
      clock: () => DATA_NOW,
      timelineEventsPerDay: VOLUMES[volume],
    });
    backends.set(volume, backend);
  }
  return backend;
}

/** A device that incidents name, so that its timeline has alerts among its activity. */
export function deviceNamedByIncidents(backend: MockBackend): string {
  const service = backend.service;
  for (const incident of service.listIncidents({ sort: { field: 'id', direction: 'asc' }, top: 60 }).items) {
    const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device');
    if (device) return device.id;
  }
  throw new Error('No incident names a device.');
}

const meta = {
  title: 'Investigate/Entity timeline',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-entity-timeline',
  tags: ['autodocs'],
  args: {
    volume: 'usual',
    range: '30d',
    kinds: ['alert', 'activity', 'bookmark', 'anomaly'],
    latencyMs: 150,
    errorRate: 0,
    throttled: false,
    role: 'responder',
  },
  argTypes: {
    volume: { control: { type: 'inline-radio' }, options: Object.keys(VOLUMES) },
    range: { control: { type: 'select' }, options: ['1d', '3d', '1w', '30d', '6m', 'custom'] },
    kinds: { control: { type: 'check' }, options: ['alert', 'activity', 'bookmark', 'anomaly'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as EntityTimelineStoryArgs;
      const backend = backendFor(args.volume);
      backend.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(backend, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), entityId: deviceNamedByIncidents(backend) };
    },
  ],
  render: (args, { loaded }) =>
    entityTimelineTemplate({
      ...(loaded as { api: IncidentApi; entityId: string }),
      clock: () => DATA_NOW,
      range: args.range,
      kinds: args.kinds,
    }),
} satisfies Meta<EntityTimelineStoryArgs>;

export default meta;
type Story = StoryObj<EntityTimelineStoryArgs>;

/** A device's last 30 days: alerts among its process, network and sign-in activity. */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An entity with no recorded activity in the range. */
export const Empty: Story = {
  args: { volume: 'none', range: '1w' },
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

/** A reader sees the same timeline; reading it needs no more. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** Only the alerts of the last six months. */
export const AlertsOnly: Story = {
  args: { range: '6m', kinds: ['alert'] },
};

/**
 * About a million events in 30 days (34,000 a day). The list fetches windows of 200 as it scrolls and
 * holds at most five; the histogram jumps anywhere in the month.
 */
export const MillionEvents: Story = {
  name: '1M events',
  args: { volume: 'million', latencyMs: 0 },
};
