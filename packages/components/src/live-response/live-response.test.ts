import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type DeviceEntity, type Evidence, type IncidentApi } from '../api/index.js';
import type { LiveResponseResultEvent } from '../events/live-response-result.js';
import '../provider/define.js';
import './define.js';
import { readCollectedFile } from './collected-file.js';
import type { SocLiveResponse } from './live-response.js';

/** The machine may be busy: give the backend this long to answer before a wait fails. */
const PATIENCE = { timeout: 5_000 };
const MARKUP = '<img src=x onerror="window.__socConsolePwned=1">';

declare global {
  interface Window {
    __socConsolePwned?: number;
  }
}

/** A backend without live response: the console must say so instead of offering a prompt. */
class ApiWithoutLiveResponse extends HttpIncidentApi {
  override readonly capabilities = new Set(CAPABILITIES.filter((capability) => capability !== 'liveResponse'));
}

describe('soc-live-response', () => {
  let test: TestBackend;
  let api: IncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const responder = () => service().principalFor('responder');
  const root = (el: SocLiveResponse) => el.shadowRoot!;
  const text = (el: SocLiveResponse) => root(el).textContent!.replace(/\s+/g, ' ');
  const input = (el: SocLiveResponse) => root(el).querySelector<HTMLInputElement>('#command')!;
  const entries = (el: SocLiveResponse) => [...root(el).querySelectorAll<HTMLElement>('.entry')];
  const lastEntry = (el: SocLiveResponse) => entries(el).at(-1)!;
  const connection = (el: SocLiveResponse) => root(el).querySelector('.connection')!.textContent!.replace(/\s+/g, ' ').trim();
  const button = (el: SocLiveResponse, label: string) =>
    [...root(el).querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);

  /** An onboarded device of the generated tenant. */
  function onboardedDevice(): DeviceEntity {
    for (const incident of service().listIncidents({ top: 30 }).items) {
      const device = service()
        .listEvidence(incident.id)
        .find((entity): entity is Evidence & DeviceEntity => entity.type === 'device' && entity.onboardingStatus === 'onboarded');
      if (device) return device;
    }
    throw new Error('The generated data has no onboarded device.');
  }

  /** A device ingested with a chosen host name and onboarding status. */
  function ingestedDevice(hostName: string, onboardingStatus = 'onboarded'): DeviceEntity {
    const incident = service().createIncident(responder(), {
      displayName: `Device ${hostName}`,
      alerts: [
        {
          title: 'Suspicious PowerShell',
          severity: 'medium',
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.deviceEvidence',
              hostName,
              deviceDnsName: `${hostName}.contoso.com`,
              mdeDeviceId: `mde-${hostName}`,
              osPlatform: 'Windows11',
              onboardingStatus,
              verdict: 'suspicious',
            },
          ],
        },
      ],
    });
    return service().listEvidence(incident.id).find((entity) => entity.type === 'device') as DeviceEntity;
  }

  async function mount(deviceId?: string, client: IncidentApi = api): Promise<SocLiveResponse> {
    const provider = await fixture(html`<soc-api-provider .api=${client}>
      <soc-live-response .deviceId=${deviceId}></soc-live-response>
    </soc-api-provider>`);
    return provider.querySelector('soc-live-response')!;
  }

  const connected = (el: SocLiveResponse) => waitUntil(() => root(el).querySelector('#command'), 'the session starts', PATIENCE);
  const answered = (el: SocLiveResponse) =>
    waitUntil(() => entries(el).length > 0 && lastEntry(el).dataset.state !== 'running', 'the command is answered', PATIENCE);

  /** Types a command into the focused console and presses Enter, as a person does. */
  async function typeCommand(el: SocLiveResponse, command: string): Promise<void> {
    input(el).focus();
    await sendKeys({ type: command });
    await sendKeys({ press: 'Enter' });
    await answered(el);
  }

  it('starts a session on the device: its name, platform and "Connected"', async () => {
    const device = onboardedDevice();
    const el = await mount(device.id);
    await connected(el);
    expect(connection(el)).to.equal('Connection: Connected');
    expect(text(el)).to.include(device.displayName).and.include(device.osPlatform);
    expect(text(el)).to.include('Type help to list the commands');
    expect(input(el).disabled).to.be.false;
    await expect(el).to.be.accessible();
  });

  it("answers help, processes and connections with the service's output", async () => {
    const device = onboardedDevice();
    const el = await mount(device.id);
    await connected(el);
    for (const command of ['help', 'processes', 'connections']) {
      await typeCommand(el, command);
      const expected = service().runLiveResponseCommand(responder(), device.id, command);
      expect(lastEntry(el).dataset.state, command).to.equal('completed');
      expect(lastEntry(el).querySelector('.command')!.textContent).to.equal(command);
      expect(lastEntry(el).querySelector('pre')!.textContent, command).to.equal(expected.output);
    }
    expect(lastEntry(el).querySelector('pre')!.textContent).to.include(device.ipAddresses[0]);
    expect(entries(el)).to.have.length(3);
    expect(input(el).value).to.equal('');
    await expect(el).to.be.accessible();
  });

  it("marks an unknown command as failed with the service's message", async () => {
    const el = await mount(onboardedDevice().id);
    await connected(el);
    await typeCommand(el, 'netstat -an');
    const entry = lastEntry(el);
    expect(entry.dataset.state).to.equal('failed');
    expect(entry.querySelector('.outcome')!.textContent).to.equal('Failed');
    expect(entry.querySelector('pre')!.textContent).to.equal(
      "Unknown command 'netstat'. Type 'help' to list the available commands.",
    );
    await expect(el).to.be.accessible();
  });

  it('walks the history with ArrowUp and ArrowDown and gives back what was being typed', async () => {
    const el = await mount(onboardedDevice().id);
    await connected(el);
    await typeCommand(el, 'help');
    await typeCommand(el, 'processes');
    await typeCommand(el, 'processes');
    await typeCommand(el, 'connections');

    await sendKeys({ type: 'getfile C:\\Temp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value).to.equal('connections');
    expect(input(el).selectionStart).to.equal('connections'.length);
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value, 'a repeated command is remembered once').to.equal('processes');
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value).to.equal('help');
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value, 'the oldest stays').to.equal('help');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).value).to.equal('connections');
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).value, 'the line being typed comes back').to.equal('getfile C:\\Temp');
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el).value).to.equal('getfile C:\\Temp');

    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await answered(el);
    expect(lastEntry(el).querySelector('.command')!.textContent, 'a recalled command runs').to.equal('connections');
  });

  it('renders markup in the device name, the command and the output as text', async () => {
    const device = ingestedDevice(`HOST${MARKUP}`);
    const el = await mount(device.id);
    await connected(el);
    expect(root(el).querySelector('.device')!.textContent).to.equal(device.displayName);
    await typeCommand(el, `getfile C:\\${MARKUP}`);
    const expected = service().runLiveResponseCommand(responder(), device.id, `getfile C:\\${MARKUP}`);
    expect(lastEntry(el).querySelector('.command')!.textContent).to.equal(`getfile C:\\${MARKUP}`);
    expect(lastEntry(el).querySelector('pre')!.textContent).to.equal(readCollectedFile(expected.output).shown);
    expect(expected.output).to.include(MARKUP);
    expect(root(el).querySelector('img, script')).to.be.null;
    expect(window.__socConsolePwned).to.be.undefined;
  });

  it('offers the file that getfile collected as a download: its name, its size and its SHA-256 as the output says', async () => {
    const device = onboardedDevice();
    const path = ['C:\\Users\\Public\\invoice.js', 'C:\\Windows\\Temp\\payload.exe', 'C:\\ProgramData\\a.ps1', 'C:\\b.dll', 'C:\\c.bin']
      .find((candidate) => service().runLiveResponseCommand(responder(), device.id, `getfile "${candidate}"`).status === 'completed')!;
    const name = path.split('\\').pop()!;
    const el = await mount(device.id);
    await connected(el);
    await typeCommand(el, `getfile "${path}"`);
    const output = lastEntry(el).querySelector('pre')!.textContent!;
    expect(output).not.to.include('ready to download');
    expect(output).not.to.include('BEGIN COLLECTED FILE');
    const download = button(el, `Download ${name}`);
    expect(download, 'a download button named after the file').to.exist;
    const clicked: HTMLAnchorElement[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const revoke = URL.revokeObjectURL;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    URL.revokeObjectURL = () => {};
    try {
      download!.click();
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.download).to.equal(name);
      const bytes = new Uint8Array(await (await fetch(clicked[0]!.href)).arrayBuffer());
      expect(output).to.include(`Size: ${bytes.length.toLocaleString('en-US')} bytes`);
      expect(lastEntry(el).querySelector('.file-size')!.textContent).to.equal(`${bytes.length.toLocaleString('en-US')} bytes`);
      const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
      expect(output).to.include(`SHA256: ${digest}`);
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.revokeObjectURL = revoke;
    }
    await expect(el).to.be.accessible();
  });

  it('refuses a reader before any command: "Not allowed" and no prompt to type in', async () => {
    test.backend.setScenario({ role: 'reader' });
    const el = await mount(onboardedDevice().id);
    await connected(el);
    expect(connection(el)).to.equal('Connection: Not allowed');
    expect(input(el).disabled).to.be.true;
    expect(text(el)).to.include('Your role cannot run live response commands');
    await expect(el).to.be.accessible();
  });

  it("shows the service's refusal when the role loses the right during a session", async () => {
    const device = onboardedDevice();
    const el = await mount(device.id);
    await connected(el);
    test.backend.setScenario({ role: 'reader' });
    await typeCommand(el, 'processes');
    const entry = lastEntry(el);
    expect(entry.dataset.state).to.equal('error');
    expect(entry.textContent).to.include('Your role cannot run live response commands');
    expect(entry.querySelector('button')).to.be.null;
    expect(service().runLiveResponseCommand(responder(), device.id, 'help').status, 'the device is still reachable').to.equal(
      'completed',
    );
  });

  it('shows a pending indicator while a command runs, and Escape cancels it', async () => {
    const el = await mount(onboardedDevice().id);
    await connected(el);
    test.backend.setScenario({ latencyMs: 5_000 });
    input(el).focus();
    await sendKeys({ type: 'processes' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => lastEntry(el)?.querySelector('.pending'), 'the command is pending', PATIENCE);
    expect(lastEntry(el).querySelector('.pending')!.textContent).to.include('Running processes');
    expect(button(el, 'Cancel')).to.exist;
    await sendKeys({ type: 'help' });
    await sendKeys({ press: 'Enter' });
    expect(entries(el), 'Enter waits for the running command').to.have.length(1);
    expect(input(el).value, 'what is typed meanwhile stays').to.equal('help');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await answered(el);
    expect(lastEntry(el).dataset.state).to.equal('cancelled');
    expect(lastEntry(el).textContent).to.include('Cancelled');
    expect(button(el, 'Cancel')).to.be.undefined;
  });

  it('offers Retry after a failed call, and the retry runs the command again', async () => {
    const device = onboardedDevice();
    const el = await mount(device.id);
    await connected(el);
    test.backend.setScenario({ errorRate: 1 });
    await typeCommand(el, 'connections');
    expect(lastEntry(el).dataset.state).to.equal('error');
    expect(lastEntry(el).textContent).to.include('Server error');
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    lastEntry(el).querySelector('button')!.click();
    const retried = () => entries(el).length === 2 && lastEntry(el).dataset.state === 'completed';
    await waitUntil(retried, 'the retry is answered', PATIENCE);
    expect(lastEntry(el).querySelector('pre')!.textContent).to.equal(
      service().runLiveResponseCommand(responder(), device.id, 'connections').output,
    );
  });

  it('isolates the device: the header says so and the answer is announced as an event', async () => {
    const device = ingestedDevice('CONTOSO-ISO-01');
    const el = await mount(device.id);
    await connected(el);
    expect(root(el).querySelector('.isolated')).to.be.null;
    input(el).focus();
    await sendKeys({ type: 'isolate' });
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    const event = (await oneEvent(el, 'soc-live-response-result')) as LiveResponseResultEvent;
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.detail.result).to.include({ deviceId: device.id, command: 'isolate', status: 'completed' });
    await waitUntil(() => root(el).querySelector('.isolated'), 'the header shows the isolation', PATIENCE);
    expect((service().getEntity(device.id) as DeviceEntity).isolated).to.be.true;
  });

  it('says "Connecting…" while the session starts', async () => {
    test.backend.setScenario({ latencyMs: 3_000 });
    const el = await mount(onboardedDevice().id);
    expect(connection(el)).to.equal('Connection: Connecting…');
    expect(root(el).querySelector('[role="status"]')!.textContent).to.include('Connecting to');
    await expect(el).to.be.accessible();
  });

  it('shows a failed session with Reconnect, and connects on reconnect', async () => {
    test.backend.setScenario({ errorRate: 1 });
    const el = await mount(onboardedDevice().id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(connection(el)).to.equal('Connection: Disconnected');
    expect(text(el)).to.include("Couldn't load the device");
    await expect(el).to.be.accessible();

    test.backend.setScenario({ errorRate: 0 });
    button(el, 'Reconnect')!.click();
    await connected(el);
    expect(connection(el)).to.equal('Connection: Connected');
  });

  it('says when to retry when throttled', async () => {
    test.backend.setScenario({ throttled: true });
    const el = await mount(onboardedDevice().id);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the error shows', PATIENCE);
    expect(text(el)).to.match(/Try again in \d+ seconds?/);
  });

  it('asks for a device when it has none', async () => {
    const el = await mount(undefined);
    expect(text(el)).to.include('Choose a device to start a live response session.');
    expect(root(el).querySelector('input')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('explains that a device not onboarded cannot take commands', async () => {
    const device = ingestedDevice('CONTOSO-NEW-07', 'canBeOnboarded');
    const el = await mount(device.id);
    await connected(el);
    expect(connection(el)).to.equal('Connection: Unavailable');
    expect(text(el)).to.include("isn't onboarded to Defender for Endpoint");
    expect(input(el).disabled).to.be.true;
  });

  it('says so when the backend has no live response', async () => {
    const el = await mount(onboardedDevice().id, new ApiWithoutLiveResponse({ baseUrl: BASE_URL }));
    expect(text(el)).to.include("Live response isn't available with this incident service.");
    expect(root(el).querySelector('input')).to.be.null;
  });

  it('starts over with an empty transcript on another device', async () => {
    const first = onboardedDevice();
    const second = ingestedDevice('CONTOSO-WS-0999');
    const el = await mount(first.id);
    await connected(el);
    await typeCommand(el, 'help');
    expect(entries(el)).to.have.length(1);
    el.deviceId = second.id;
    const showsSecond = () => root(el).querySelector('.device')?.textContent === second.displayName;
    await waitUntil(showsSecond, 'the other device connects', PATIENCE);
    await connected(el);
    expect(entries(el)).to.have.length(0);
    input(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value, 'the history belongs to the session').to.equal('');
  });

  it('clears the transcript with Clear and keeps the history', async () => {
    const el = await mount(onboardedDevice().id);
    await connected(el);
    await typeCommand(el, 'help');
    button(el, 'Clear')!.click();
    await el.updateComplete;
    expect(entries(el)).to.have.length(0);
    input(el).focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(input(el).value).to.equal('help');
  });
});
