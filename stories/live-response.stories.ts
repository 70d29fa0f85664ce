import { HttpIncidentApi, type DeviceEntity, type Evidence, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/live-response/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

/** The console inside a provider, at the size the Evidence and Response tab gives it. */
export function liveResponseTemplate(options: { api: IncidentApi; deviceId?: string; deviceName?: string }) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-live-response
      style="max-width: 960px; height: 460px"
      .deviceId=${options.deviceId}
      .deviceName=${options.deviceName}
    ></soc-live-response>
  </soc-api-provider>`;
}

interface LiveResponseStoryArgs {
  /** Which device the console opens on: an onboarded one, one that is not onboarded, or none. */
  device: 'onboarded' | 'notOnboarded' | 'none';
  /** Commands run as soon as the session is up, one per line. */
  commands: string;
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

/** The first generated device whose onboarding status is `status`. */
function deviceWith(source: MockBackend, status: DeviceEntity['onboardingStatus']): DeviceEntity {
  const devices = source.service
    .listIncidents({ top: 60 })
    .items.flatMap((incident) => source.service.listEvidence(incident.id))
    .filter((entity): entity is Evidence & DeviceEntity => entity.type === 'device');
  const found = devices.find((device) => device.onboardingStatus === status);
  if (found) return found;
  throw new Error(`The generated data has no device with onboarding status ${status}.`);
}

const meta = {
  title: 'Respond/Live response',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-live-response',
  tags: ['autodocs'],
  args: { device: 'onboarded', commands: '', latencyMs: 300, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    device: { control: { type: 'inline-radio' }, options: ['onboarded', 'notOnboarded', 'none'] },
    commands: { control: { type: 'text' } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'padded' },
  loaders: [
    async (context) => {
      const args = context.args as LiveResponseStoryArgs;
      const source = sharedBackend();
      const status = args.device === 'onboarded' ? 'onboarded' : 'canBeOnboarded';
      const device = args.device === 'none' ? undefined : deviceWith(source, status);
      source.setScenario({
        latencyMs: args.latencyMs,
        errorRate: args.errorRate,
        throttled: args.throttled,
        role: args.role,
      });
      await serveBackend(source, context);
      return { api: new HttpIncidentApi({ baseUrl: '/api' }), deviceId: device?.id };
    },
  ],
  render: (_args, { loaded }) => liveResponseTemplate(loaded as { api: IncidentApi; deviceId?: string }),
  play: async ({ canvasElement, args }) => {
    const commands = args.commands.split('\n').filter((line) => line.trim());
    if (commands.length === 0) return;
    const consoleElement = canvasElement.querySelector('soc-live-response')!;
    await customElements.whenDefined('soc-live-response');
    // Commands need the session: wait for the command line to appear.
    for (let waited = 0; waited < 10_000 && !consoleElement.shadowRoot?.querySelector('#command'); waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (const command of commands) await consoleElement.run(command);
  },
} satisfies Meta<LiveResponseStoryArgs>;

export default meta;
type Story = StoryObj<LiveResponseStoryArgs>;

/** A session on an onboarded device, waiting for a command. */
export const Loaded: Story = {};

/** A session in use: help, the processes, a file collected, and a command the device does not know. */
export const WithTranscript: Story = {
  args: { commands: 'help\nprocesses\ngetfile "C:\\Users\\Public\\invoice.js"\nnetstat' },
};

/** Every request takes ten seconds: the console connects. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** No device chosen yet. */
export const Empty: Story = {
  args: { device: 'none' },
};

/** Every request fails with a server error: the message and "Reconnect". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** The backend asks to slow down: the message says when to retry. */
export const Throttled: Story = {
  args: { throttled: true },
};

/** A reader may look but not run commands. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** Live response needs a device onboarded to Defender for Endpoint. */
export const NotOnboarded: Story = {
  args: { device: 'notOnboarded' },
};
