import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbort } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Entity, Principal } from '../api/model.js';
import { LiveResponseResultEvent } from '../events/live-response-result.js';
import { describeApiError, type ErrorDescription } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles } from '../styles/tokens.js';
import { CommandHistoryController } from './command-history.js';
import { liveResponseStyles } from './live-response.styles.js';

/** A command in the transcript and what came of it. */
interface TranscriptEntry {
  key: number;
  command: string;
  state: 'running' | 'completed' | 'failed' | 'error' | 'cancelled';
  output?: string;
  error?: ErrorDescription;
}

interface Session {
  /** The device as the backend knows it; absent when the backend has no entity pages. */
  device?: Entity;
  principal: Principal;
}

type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'unavailable' | 'notAllowed';

const CONNECTION_LABELS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  disconnected: 'Disconnected',
  unavailable: 'Unavailable',
  notAllowed: 'Not allowed',
};

/** Commands that change the device, after which its isolation state is read again. */
const DEVICE_CHANGING_COMMAND = /^\s*(isolate|release)\b/i;

const ACTION = 'run live response commands';

const isReaderOnly = (principal: Principal) =>
  principal.roles.length > 0 && principal.roles.every((role) => role === 'reader');

/**
 * A live response console for one device, as in the Defender portal: a session header with the
 * device and the connection state, the transcript of commands and their output, and a command
 * line. Enter runs the command (`help` lists them), ArrowUp/ArrowDown walk the history, Escape
 * cancels a running command. Output is shown as the device sent it, as text.
 *
 * @summary Live response console for a device.
 *
 * @fires soc-live-response-result - A command was answered; `detail.result` is the answer.
 *
 * @csspart header - The session header.
 * @csspart transcript - The scrolling transcript of commands and output.
 * @csspart command-line - The prompt and command input.
 * @csspart input - The command input.
 *
 * @cssproperty --soc-color-console-background - The console's dark surface.
 * @cssproperty --soc-color-console-surface - The session header and command line.
 * @cssproperty --soc-color-console-border - Lines between the console's parts.
 * @cssproperty --soc-color-console-text - Output text.
 * @cssproperty --soc-color-console-text-muted - Notes and placeholders.
 * @cssproperty --soc-color-console-prompt - The prompt and the connected marker.
 * @cssproperty --soc-color-console-danger - Failed commands and errors.
 * @cssproperty --soc-color-console-success - The connected marker.
 * @cssproperty --soc-color-console-focus - Focus ring inside the console.
 * @cssproperty --soc-font-family-monospace - Font of the transcript and the command line.
 */
export class SocLiveResponse extends SocElement {
  static override styles = [baseStyles, liveResponseStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the device entity to run commands on. */
  @property({ attribute: 'device-id' }) deviceId?: string;

  /** Name to show for the device before (or instead of) the backend's. */
  @property({ attribute: 'device-name' }) deviceName?: string;

  @state() private entries: TranscriptEntry[] = [];
  /** The device as read again after a command changed it. */
  @state() private refreshedDevice?: Entity;

  @query('#command') private input?: HTMLInputElement;
  @query('.transcript') private transcript?: HTMLElement;

  private readonly history = new CommandHistoryController(this);
  private entryCount = 0;

  private readonly session = new Task(this, {
    task: async ([api, deviceId], { signal }): Promise<Session | typeof initialState> => {
      if (!api || !deviceId || !api.capabilities.has('liveResponse')) return initialState;
      const [principal, device] = await Promise.all([
        api.whoAmI({ signal }),
        api.capabilities.has('entityPages') ? api.getEntity(deviceId, { signal }) : undefined,
      ]);
      return { principal, device };
    },
    args: () => [this.api, this.deviceId] as const,
  });

  private readonly command = new Task(this, {
    autoRun: false,
    args: () => [undefined as TranscriptEntry | undefined] as const,
    task: async ([entry], { signal }) => {
      const { api, deviceId } = this;
      if (!entry || !api || !deviceId) return;
      try {
        const result = await api.runLiveResponseCommand(deviceId, entry.command, { signal });
        this.settle(entry.key, { state: result.status, output: result.output });
        this.emit(new LiveResponseResultEvent(result));
        if (result.status === 'completed' && DEVICE_CHANGING_COMMAND.test(entry.command)) {
          void this.readDeviceAgain(api, deviceId);
        }
      } catch (error) {
        this.settle(
          entry.key,
          isAbort(error) ? { state: 'cancelled' } : { state: 'error', error: describeApiError(error, { action: ACTION }) },
        );
      }
    },
  });

  /** Runs a command as if it had been typed; resolves when it is answered. */
  async run(command: string): Promise<void> {
    const trimmed = command.trim();
    if (!trimmed || this.isRunning) return;
    this.history.add(trimmed);
    const entry: TranscriptEntry = { key: ++this.entryCount, command: trimmed, state: 'running' };
    this.entries = [...this.entries, entry];
    await this.command.run([entry]);
  }

  /** Cancels the running command, if any. */
  cancel(): void {
    this.command.abort();
  }

  /** Empties the transcript; the history stays. */
  clear(): void {
    this.entries = this.entries.filter((entry) => entry.state === 'running');
  }

  private get isRunning(): boolean {
    return this.command.status === TaskStatus.PENDING;
  }

  override willUpdate(changed: PropertyValues): void {
    if (changed.has('deviceId') && changed.get('deviceId') !== undefined) {
      this.command.abort();
      this.entries = [];
      this.refreshedDevice = undefined;
      this.history.clear();
    }
  }

  override updated(changed: PropertyValues): void {
    if (changed.has('entries') && this.transcript) this.transcript.scrollTop = this.transcript.scrollHeight;
  }

  private settle(key: number, outcome: Omit<TranscriptEntry, 'key' | 'command'>): void {
    this.entries = this.entries.map((entry) => (entry.key === key ? { ...entry, ...outcome } : entry));
  }

  private async readDeviceAgain(api: IncidentApi, deviceId: string): Promise<void> {
    if (!api.capabilities.has('entityPages')) return;
    try {
      const device = await api.getEntity(deviceId);
      if (deviceId === this.deviceId) this.refreshedDevice = device;
    } catch {
      // The header keeps the state it had; the transcript already says what the command did.
    }
  }

  private get device(): Entity | undefined {
    return this.refreshedDevice ?? this.session.value?.device;
  }

  private get shownName(): string {
    return this.deviceName || this.device?.displayName || this.deviceId || '';
  }

  /** Why commands cannot run in this session, if they cannot. */
  private get blocker(): string | undefined {
    const session = this.session.value;
    if (!session) return undefined;
    const device = this.device;
    if (device && device.type !== 'device') {
      return `Live response runs on devices; ${device.displayName} is not a device.`;
    }
    if (device && device.onboardingStatus !== 'onboarded') {
      return `${device.displayName} isn't onboarded to Defender for Endpoint; live response needs an onboarded device.`;
    }
    if (isReaderOnly(session.principal)) return `Your role cannot ${ACTION}. Ask an admin for the Responder role.`;
    return undefined;
  }

  private get connection(): ConnectionState {
    switch (this.session.status) {
      case TaskStatus.PENDING:
        return 'connecting';
      case TaskStatus.ERROR:
        return 'disconnected';
      case TaskStatus.COMPLETE: {
        const session = this.session.value!;
        if (isReaderOnly(session.principal)) return 'notAllowed';
        return this.blocker ? 'unavailable' : 'connected';
      }
      default:
        return 'disconnected';
    }
  }

  override render() {
    if (this.api && !this.api.capabilities.has('liveResponse')) {
      return this.renderNotice("Live response isn't available with this incident service.");
    }
    if (!this.deviceId) return this.renderNotice('Choose a device to start a live response session.');
    return html`<section class="console" aria-labelledby="console-title">
      ${this.renderHeader()}
      ${this.session.render({
        initial: () => this.renderConnecting(),
        pending: () => this.renderConnecting(),
        error: (error) => this.renderSessionError(error),
        complete: () => this.renderSession(),
      })}
    </section>`;
  }

  private renderNotice(message: string) {
    return html`<section class="console" aria-labelledby="console-title">
      <header part="header">
        <div class="session"><h2 id="console-title">Live response</h2></div>
        <span class="connection disconnected">Not connected</span>
      </header>
      <div class="body"><p class="notice">${message}</p></div>
    </section>`;
  }

  private renderHeader() {
    const connection = this.connection;
    const device = this.device;
    const platform = device?.type === 'device' ? device.osPlatform : undefined;
    return html`<header part="header">
      <div class="session">
        <h2 id="console-title">Live response <span class="visually-hidden">on ${this.shownName}</span></h2>
        <span class="device" aria-hidden="true">${this.shownName}</span>
        ${platform ? html`<span class="platform">${platform}</span>` : nothing}
        ${device?.type === 'device' && device.isolated ? html`<span class="badge isolated">Isolated</span>` : nothing}
      </div>
      <span class="connection ${connection}">
        <span class="visually-hidden">Connection: </span>${CONNECTION_LABELS[connection]}
      </span>
      ${this.session.status === TaskStatus.COMPLETE && !this.blocker
        ? html`<button type="button" class="header-button" ?disabled=${this.entries.length === 0} @click=${() => this.clear()}>
            Clear
          </button>`
        : nothing}
    </header>`;
  }

  private renderConnecting() {
    return html`<div class="body">
      <p class="notice" role="status"><span class="spinner" aria-hidden="true"></span>Connecting to ${this.shownName}…</p>
    </div>`;
  }

  private renderSessionError(error: unknown) {
    const described = describeApiError(error, { action: ACTION, loading: 'the device' });
    return html`<div class="body">
      <div class="notice error" role="alert">
        <h3>${described.title}</h3>
        <p>${described.message}</p>
        ${described.canRetry
          ? html`<button type="button" class="header-button" @click=${() => void this.session.run()}>Reconnect</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderSession() {
    const blocker = this.blocker;
    const device = this.device;
    const prompt = device?.type === 'device' && /linux|mac/i.test(device.osPlatform) ? '$' : 'C:\\>';
    return html`<div
        class="transcript"
        part="transcript"
        role="log"
        aria-label="Transcript"
        tabindex="0"
      >
        <p class="banner">
          ${blocker ?? `Session started with ${this.shownName}. Type help to list the commands.`}
        </p>
        ${this.entries.map((entry) => this.renderEntry(entry, prompt))}
      </div>
      <form class="command-line ${blocker ? 'blocked' : ''}" part="command-line" @submit=${this.onSubmit}>
        <span class="prompt" aria-hidden="true">${prompt}</span>
        <input
          id="command"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-label="Command"
          aria-describedby=${blocker ? 'blocker' : 'command-hint'}
          placeholder=${blocker ? '' : 'Type a command'}
          ?disabled=${!!blocker}
          @keydown=${this.onInputKeydown}
        />
        ${this.isRunning
          ? html`<button type="button" class="cancel" @click=${() => this.cancel()}>Cancel</button>`
          : nothing}
        <span id="command-hint" class="visually-hidden">
          Enter runs the command. Up and Down arrows recall earlier commands. Escape cancels a running command.
        </span>
        ${blocker ? html`<span id="blocker" class="visually-hidden">${blocker}</span>` : nothing}
      </form>`;
  }

  private renderEntry(entry: TranscriptEntry, prompt: string) {
    return html`<div class="entry ${entry.state}" data-state=${entry.state}>
      <p class="echo">
        <span class="prompt">${prompt}</span>
        <span class="command">${entry.command}</span>
        ${entry.state === 'failed' ? html`<span class="outcome">Failed</span>` : nothing}
        ${entry.state === 'cancelled' ? html`<span class="outcome">Cancelled</span>` : nothing}
      </p>
      ${this.renderOutcome(entry)}
    </div>`;
  }

  private renderOutcome(entry: TranscriptEntry) {
    switch (entry.state) {
      case 'running':
        return html`<p class="pending"><span class="spinner" aria-hidden="true"></span>Running ${entry.command}…</p>`;
      case 'completed':
      case 'failed':
        return html`<pre class="output">${entry.output}</pre>`;
      case 'cancelled':
        return html`<p class="note">The command was cancelled.</p>`;
      case 'error': {
        const error = entry.error!;
        return html`<div class="error-output">
          <p><strong>${error.title}.</strong> ${error.message}</p>
          ${error.canRetry
            ? html`<button type="button" class="retry" ?disabled=${this.isRunning} @click=${() => void this.run(entry.command)}>
                Retry
              </button>`
            : nothing}
        </div>`;
      }
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const input = this.input;
    if (!input || this.isRunning || !input.value.trim()) return;
    const command = input.value;
    input.value = '';
    void this.run(command);
  }

  private onInputKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.isRunning) {
      event.preventDefault();
      this.cancel();
      return;
    }
    this.history.handleKeydown(event);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-live-response': SocLiveResponse;
  }
}
