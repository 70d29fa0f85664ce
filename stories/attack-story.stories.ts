import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import { MockBackend, type Scenario } from '@soc-kit/mock-api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../packages/components/src/attack-story/define.js';
import '../packages/components/src/provider/define.js';
import { DATA_NOW, SEED, serveBackend } from './support/story-backend.js';

export interface AttackStoryTemplateOptions {
  api: IncidentApi;
  incidentId?: string;
  /** Width of the element: below ~880px the graph goes under the story. */
  width?: string;
  /** Height the two regions share (`--soc-attack-story-height`). */
  height?: string;
}

/** The Attack story tab inside a provider, at the width an incident page gives it. */
export function attackStoryTemplate(options: AttackStoryTemplateOptions) {
  const style = styleMap({
    maxWidth: options.width ?? '1400px',
    '--soc-attack-story-height': options.height,
  });
  return html`<soc-api-provider .api=${options.api}>
    <soc-attack-story style=${style} .incidentId=${options.incidentId}></soc-attack-story>
  </soc-api-provider>`;
}

interface AttackStoryStoryArgs {
  /** Which incident the tab shows: the generated one with most alerts, a long ingested story, or one without alerts. */
  selection: 'busy' | 'long' | 'quiet';
  width: string;
  latencyMs: number;
  errorRate: number;
  throttled: boolean;
  role: Scenario['role'];
}

let backend: MockBackend | undefined;
const ingested = new Map<'long' | 'quiet', string>();

function sharedBackend(): MockBackend {
  backend ??= new MockBackend({ baseUrl: '/api', size: 60, seed: SEED, now: DATA_NOW });
  return backend;
}

/** The generated incident with the most alerts. */
function busyIncidentId(source: MockBackend): string {
  const items = source.service.listIncidents({ top: 60 }).items;
  return items.reduce((most, incident) => (incident.alertCount > most.alertCount ? incident : most)).id;
}

const HOUR = 3_600_000;
const STAGES = [
  { title: 'Phishing email delivered to a user', category: 'InitialAccess', technique: 'T1566.001', severity: 'medium' },
  { title: 'Suspicious Office macro execution', category: 'Execution', technique: 'T1204.002', severity: 'high' },
  { title: 'Encoded PowerShell command line', category: 'Execution', technique: 'T1059.001', severity: 'high' },
  { title: 'Scheduled task created for persistence', category: 'Persistence', technique: 'T1053.005', severity: 'medium' },
  { title: 'Credential dumping from LSASS memory', category: 'CredentialAccess', technique: 'T1003.001', severity: 'high' },
  { title: 'Remote service creation on another device', category: 'LateralMovement', technique: 'T1021.002', severity: 'medium' },
  { title: 'Connection to a known command-and-control server', category: 'CommandAndControl', technique: 'T1071.001', severity: 'low' },
  { title: 'Large archive staged for upload', category: 'Collection', technique: 'T1560.001', severity: 'informational' },
] as const;

/** A multistage attack of 24 alerts over three days, ingested once: a story that scrolls. */
function longIncidentId(source: MockBackend): string {
  let id = ingested.get('long');
  if (id) return id;
  const start = DATA_NOW - 3 * 24 * HOUR;
  id = source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Multistage attack on the finance department',
    alerts: Array.from({ length: 24 }, (_, index) => {
      const stage = STAGES[index % STAGES.length];
      const device = `fin-ws-${String(100 + (index % 5)).padStart(3, '0')}`;
      const begins = start + index * 3 * HOUR;
      return {
        title: stage.title,
        description: `${stage.title} on ${device}. The activity matches a known attacker playbook and was seen ${1 + (index % 4)} times.`,
        severity: stage.severity,
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: index % 3 === 0 ? 'antivirus' : 'microsoftDefenderForEndpoint',
        category: stage.category,
        mitreTechniques: [stage.technique],
        recommendedActions: 'Isolate the device.\nReset the credentials of the signed-in user.\nCollect an investigation package.',
        firstActivityDateTime: new Date(begins).toISOString(),
        lastActivityDateTime: new Date(begins + HOUR).toISOString(),
        evidence: [
          {
            '@odata.type': '#microsoft.graph.security.deviceEvidence',
            hostName: device,
            deviceDnsName: `${device}.contoso.com`,
            osPlatform: 'Windows11',
            verdict: index % 2 === 0 ? 'malicious' : 'suspicious',
            remediationStatus: index % 4 === 0 ? 'remediated' : 'none',
          },
          {
            '@odata.type': '#microsoft.graph.security.userEvidence',
            verdict: 'suspicious',
            userAccount: { accountName: 'jdoe', domainName: 'CONTOSO', userPrincipalName: 'jane.doe@contoso.com' },
          },
          {
            '@odata.type': '#microsoft.graph.security.ipEvidence',
            ipAddress: `203.0.113.${10 + (index % 7)}`,
            verdict: 'unknown',
          },
          ...(index % 3 === 1
            ? [
                {
                  '@odata.type': '#microsoft.graph.security.fileEvidence',
                  verdict: 'malicious',
                  remediationStatus: 'prevented',
                  fileDetails: { fileName: 'invoice_0420.docm', sha256: 'a1'.repeat(32) },
                },
                {
                  '@odata.type': '#microsoft.graph.security.processEvidence',
                  verdict: 'suspicious',
                  processCommandLine: 'powershell.exe -nop -w hidden -enc SQBFAFgA',
                  imageFile: { fileName: 'powershell.exe' },
                },
              ]
            : []),
        ],
      };
    }),
  }).id;
  ingested.set('long', id);
  return id;
}

/** An incident raised by hand, with no alerts. */
function quietIncidentId(source: MockBackend): string {
  let id = ingested.get('quiet');
  if (id) return id;
  id = source.service.createIncident(source.service.principalFor('admin'), {
    displayName: 'Manually raised incident without alerts',
    alerts: [],
  }).id;
  ingested.set('quiet', id);
  return id;
}

const incidentFor = (source: MockBackend, selection: AttackStoryStoryArgs['selection']) =>
  selection === 'busy' ? busyIncidentId(source) : selection === 'long' ? longIncidentId(source) : quietIncidentId(source);

const meta = {
  title: 'Investigate/Attack story',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-attack-story',
  tags: ['autodocs'],
  args: { selection: 'busy', width: '1400px', latencyMs: 150, errorRate: 0, throttled: false, role: 'responder' },
  argTypes: {
    selection: { control: { type: 'inline-radio' }, options: ['busy', 'long', 'quiet'] },
    width: { control: { type: 'text' } },
    latencyMs: { control: { type: 'range', min: 0, max: 10_000, step: 50 } },
    errorRate: { control: { type: 'range', min: 0, max: 1, step: 0.1 } },
    role: { control: { type: 'inline-radio' }, options: ['reader', 'responder', 'admin'] },
  },
  parameters: { layout: 'fullscreen' },
  loaders: [
    async (context) => {
      const args = context.args as AttackStoryStoryArgs;
      const source = sharedBackend();
      const incidentId = incidentFor(source, args.selection);
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
  render: (args, { loaded }) =>
    attackStoryTemplate({ ...(loaded as { api: IncidentApi; incidentId?: string }), width: args.width }),
} satisfies Meta<AttackStoryStoryArgs>;

export default meta;
type Story = StoryObj<AttackStoryStoryArgs>;

export const Loaded: Story = {};

/** Twenty-four alerts over three days: the story scrolls beside the graph. */
export const LongStory: Story = {
  args: { selection: 'long' },
};

/** Too narrow for both side by side: the graph goes under the story. */
export const Narrow: Story = {
  args: { selection: 'long', width: '640px' },
};

/** Every request takes ten seconds: the skeleton. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

/** An incident raised by hand, with no alerts. */
export const Empty: Story = {
  args: { selection: 'quiet' },
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

/** A reader sees the same story: the tab only reads. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};
