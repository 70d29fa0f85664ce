import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/automation-rules/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The automation rules list inside a provider, at the width of a portal's content area. */
export function automationRulesTemplate(options: { api: IncidentApi }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-automation-rules style="max-width: 1400px; min-height: 320px"></soc-automation-rules>
  </soc-api-provider>`;
}

interface AutomationRulesStoryArgs {
  /** The tenant's seeded rules, or a tenant without any. */
  rules: 'seeded' | 'none';
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

const backends = new Map<AutomationRulesStoryArgs['rules'], MockBackend>();

function backendWith(rules: AutomationRulesStoryArgs['rules']): MockBackend {
  let backend = backends.get(rules);
  if (!backend) {
    backend = new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
    if (rules === 'none') {
      const admin = backend.service.principalFor('admin');
      for (const rule of backend.service.listAutomationRules()) backend.service.deleteAutomationRule(admin, rule.id);
    }
    backends.set(rules, backend);
  }
  return backend;
}

const meta = {
  title: 'Automate/Automation rules',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-automation-rules',
  tags: ['autodocs'],
  args: { rules: 'seeded', latencyMs: 150, errorRate: 0, throttled: false, role: 'admin' },
  argTypes: {
    rules: { control: { type: 'inline-radio' }, options: ['seeded', 'none'] },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as AutomationRulesStoryArgs;
      const source = backendWith(args.rules);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }) };
    },
  ],
  render: (_args, { loaded }) => automationRulesTemplate(loaded as { api: IncidentApi }),
} satisfies Meta<AutomationRulesStoryArgs>;

export default meta;
type Story = StoryObj<AutomationRulesStoryArgs>;

/** The seeded rules, signed in as an admin: create, edit, move, switch and delete them. */
export const Loaded: Story = {};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** A tenant without automation rules. */
export const Empty: Story = {
  args: { rules: 'none' },
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

/** A reader sees the rules and can open each one, but changes nothing. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** A responder may try; the mock backend keeps rule changes to admins and says so. */
export const ResponderRole: Story = {
  args: { role: 'responder' },
};
