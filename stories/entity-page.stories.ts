import { HttpIncidentApi, type Capability, type EntityType, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/entity-page/define.js';
import '../packages/components/src/provider/define.js';
import { backendOfSize, DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface EntityPageTemplateOptions {
  api: IncidentApi;
  entityId?: string;
  backLabel?: string;
  clock?: () => number;
}

/** The entity page inside a provider, full width, as a portal shows it after an asset was opened. */
export function entityPageTemplate(options: EntityPageTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-entity-page
      .entityId=${options.entityId}
      .backLabel=${options.backLabel}
      .clock=${options.clock ?? Date.now}
    ></soc-entity-page>
  </soc-api-provider>`;
}

/** A client like `api` that says it cannot do `missing`: what a backend without entity pages looks like. */
export function withoutCapability(api: IncidentApi, missing: Capability): IncidentApi {
  const capabilities = new Set([...api.capabilities].filter((capability) => capability !== missing));
  return new Proxy(api, {
    get(target, key) {
      if (key === 'capabilities') return capabilities;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The ID of an entity of `type` named by the first incidents, or undefined when none is. */
export function entityOfType(backend: MockBackend, type: EntityType, incidents = 200): string | undefined {
  for (const incident of backend.service.listIncidents({ top: incidents }).items) {
    const found = backend.service.listEvidence(incident.id).find((entity) => entity.type === type);
    if (found) return found.id;
  }
  return undefined;
}

type Selection = EntityType | 'missing';

interface EntityPageStoryArgs {
  /** Which entity the page shows: one of each type, or an ID no entity has. */
  entity: Selection;
  backLabel: string;
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
  /** Incidents in the data: 60, or 100,000 for a large tenant. */
  size: number;
  /** Whether the client offers entity pages at all. */
  entityPages: boolean;
}

let smallBackend: MockBackend | undefined;
let unknownEntityId: string | undefined;

const stillClock = () => DATA_NOW;

/**
 * A small tenant of its own, so that the evidence ingested below changes no other story's data;
 * its clock stands still at the data's time, so relative times and the timeline's presets never
 * drift. The large tenant is the shared one, on the real clock.
 */
function storyBackend(size: number): { backend: MockBackend; clock: () => number } {
  if (size !== 60) return { backend: backendOfSize(size), clock: Date.now };
  smallBackend ??= new MockBackend({ baseUrl: '/api', size, seed: SEED, now: DATA_NOW, clock: stillClock });
  return { backend: smallBackend, clock: stillClock };
}

/** Evidence of a type the kit has no model for: the page lists its properties as they came. */
function ingestedUnknownEntity(backend: MockBackend): string {
  if (unknownEntityId) return unknownEntityId;
  const incident = backend.service.createIncident(backend.service.principalFor('admin'), {
    displayName: 'Suspicious OAuth consent to an unverified app',
    alerts: [
      {
        title: 'Unusual addition of credentials to an OAuth app',
        severity: 'medium',
        evidence: [
          {
            '@odata.type': '#microsoft.graph.security.oauthApplicationEvidence',
            displayName: 'Contoso Expense Sync',
            appId: '3f0b6d2a-9c1e-4e7b-8a55-2c4d7e91b0aa',
            publisher: 'Unverified publisher',
            permissions: ['Mail.Read', 'Files.ReadWrite.All'],
            consentedBy: { userPrincipalName: 'meganb@contoso.com', consentType: 'user' },
            verdict: 'suspicious',
            roles: ['suspicious'],
          },
        ],
      },
    ],
  });
  unknownEntityId = backend.service.listEvidence(incident.id)[0]!.id;
  return unknownEntityId;
}

function selectedEntityId(backend: MockBackend, selection: Selection): string {
  if (selection === 'missing') return 'device:mde:0000000000000000000000000000000000000000';
  if (selection === 'unknown') return ingestedUnknownEntity(backend);
  return entityOfType(backend, selection) ?? entityOfType(backend, 'device')!;
}

const meta = {
  title: 'Investigate/Entity page',
  component: 'soc-entity-page',
  tags: ['autodocs'],
  // The lower-case exports are the template and helpers that tests reuse, not stories.
  excludeStories: /^[a-z]/,
  args: {
    entity: 'device',
    backLabel: 'Back to incident',
    latencyMs: 150,
    errorRate: 0,
    throttled: false,
    role: 'responder',
    size: 60,
    entityPages: true,
  },
  argTypes: {
    entity: {
      control: { type: 'select' },
      options: [
        'device',
        'user',
        'mailbox',
        'ip',
        'url',
        'file',
        'process',
        'cloudApplication',
        'azureResource',
        'registryKey',
        'registryValue',
        'unknown',
        'missing',
      ],
    },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
    size: { control: { type: 'inline-radio' }, options: [60, 100_000] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as EntityPageStoryArgs;
      const { backend, clock } = storyBackend(args.size);
      const entityId = selectedEntityId(backend, args.entity);
      backend.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(backend, context);
      const http = new HttpIncidentApi({ baseUrl: '/api' });
      return { api: args.entityPages ? http : withoutCapability(http, 'entityPages'), entityId, clock };
    },
  ],
  render: (args, { loaded }) =>
    entityPageTemplate({ ...(loaded as EntityPageTemplateOptions), backLabel: args.backLabel || undefined }),
} satisfies Meta<EntityPageStoryArgs>;

export default meta;
type Story = StoryObj<EntityPageStoryArgs>;

/** A device: its details, its timeline and the incidents that name it. */
export const Loaded: Story = {};

export const User: Story = { args: { entity: 'user' } };

export const File: Story = { args: { entity: 'file' } };

/** The URL is a link only because it is http(s). */
export const Url: Story = { name: 'URL', args: { entity: 'url' } };

export const Process: Story = { args: { entity: 'process' } };

/** Evidence of a type the kit does not model: every property it came with, as text. */
export const OtherEvidence: Story = { args: { entity: 'unknown' } };

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An entity ID nothing has: the "not found" state, with the way back. */
export const NotFound: Story = {
  name: 'Not found',
  args: { entity: 'missing' },
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

/** A reader sees the same page; reading entities needs no more. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** A client without entity pages (e.g. Graph security): a clear message instead. */
export const WithoutEntityPages: Story = {
  name: 'Without entity pages',
  args: { entityPages: false },
};

/** A device in a tenant of 100,000 incidents: the insights list its related incidents just as fast. */
export const LargeTenant: Story = {
  name: '100k incidents',
  args: { size: 100_000 },
};
