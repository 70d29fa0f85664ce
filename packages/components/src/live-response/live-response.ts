import { isolate } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isAbort } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Entity, Principal } from '../api/model.js';
import { isReadOnly, principalOf } from '../controllers/principal-controller.js';
import { LiveResponseResultEvent } from '../events/live-response-result.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { spinnerStyles } from '../styles/spinner.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { downloadCollectedFile, readCollectedFile } from './collected-file.js';
import { CommandHistoryController } from './command-history.js';
import { liveResponseStyles } from './live-response.styles.js';
import { liveResponseCatalog, type liveResponseMessages } from './messages.js';

/** A command in the transcript and what came of it. */
interface TranscriptEntry {
  key: number;
  command: string;
  state: 'running' | 'completed' | 'failed' | 'error' | 'cancelled';
  output?: string;
  /** Why the command got no answer (`state` 'error'); described when shown, in the language then. */
  error?: unknown;
}

interface Session {
  /** The device as the backend knows it; absent when the backend has no entity pages. */
  device?: Entity;
  principal: Principal;
}

type ConnectionState = 'connecting' | 'connected' | 'disconnected' | 'unavailable' | 'notAllowed';

/** Why commands cannot run: a message of the catalog, naming the device when it says `{name}`. */
interface Blocker {
  message: keyof typeof liveResponseMessages & ('notDevice' | 'notOnboarded' | 'readerOnly');
  name?: string;
}

/** `message` with its `{name}` placeholder replaced by `name`, isolated (user data in a sentence). */
function withName(message: string, name: string) {
  const at = message.indexOf('{name}');
  return at < 0 ? message : html`${message.slice(0, at)}<bdi>${name}</bdi>${message.slice(at + '{name}'.length)}`;
}

/** Commands that change the device, after which its isolation state is read again. */
const DEVICE_CHANGING_COMMAND = /^\s*(isolate|release)\b/i;

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
  static override styles = [baseStyles, spinnerStyles, liveResponseStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

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
  private readonly l10n = new LocaleController(this, liveResponseCatalog);
  private entryCount = 0;

  private readonly session = new Task(this, {
    // The principal is read with the session, not followed: a session keeps the role it started with.
    task: async ([api, deviceId], { signal }): Promise<Session | typeof initialState> => {
      if (!api || !deviceId || !api.capabilities.has('liveResponse')) return initialState;
      const [principal, device] = await Promise.all([
        principalOf(api, this.providedPrincipal, { signal }),
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
          isAbort(error) ? { state: 'cancelled' } : { state: 'error', error },
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
  private get blocker(): Blocker | undefined {
    const session = this.session.value;
    if (!session) return undefined;
    const device = this.device;
    if (device && device.type !== 'device') return { message: 'notDevice', name: device.displayName };
    if (device && device.onboardingStatus !== 'onboarded') return { message: 'notOnboarded', name: device.displayName };
    if (isReadOnly(session.principal)) return { message: 'readerOnly' };
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
        if (isReadOnly(session.principal)) return 'notAllowed';
        return this.blocker ? 'unavailable' : 'connected';
      }
      default:
        return 'disconnected';
    }
  }

  override render() {
    if (this.api && !this.api.capabilities.has('liveResponse')) {
      return this.renderNotice(this.l10n.t('unavailable'));
    }
    if (!this.deviceId) return this.renderNotice(this.l10n.t('chooseDevice'));
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
        <div class="session"><h2 id="console-title">${this.l10n.t('title')}</h2></div>
        <span class="connection disconnected">${this.l10n.t('notConnected')}</span>
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
        <h2 id="console-title">
          <span aria-hidden="true">${this.l10n.t('title')}</span
          ><span class="visually-hidden">${this.l10n.t('titleOnDevice', { name: isolate(this.shownName) })}</span>
        </h2>
        <span class="device" aria-hidden="true" dir="auto">${this.shownName}</span>
        ${platform ? html`<span class="platform" dir="auto">${platform}</span>` : nothing}
        ${device?.type === 'device' && device.isolated ? html`<span class="badge isolated">${this.l10n.t('isolated')}</span>` : nothing}
      </div>
      <span class="connection ${connection}">
        <span class="visually-hidden">${this.l10n.t('connectionLabel')} </span>${this.l10n.t(`connection.${connection}`)}
      </span>
      ${this.session.status === TaskStatus.COMPLETE && !this.blocker
        ? html`<button type="button" class="header-button" ?disabled=${this.entries.length === 0} @click=${() => this.clear()}>
            ${this.l10n.t('clear')}
          </button>`
        : nothing}
    </header>`;
  }

  private renderConnecting() {
    return html`<div class="body">
      <p class="notice" role="status">
        <span class="spinner" aria-hidden="true"></span>${withName(this.l10n.t('connectingTo'), this.shownName)}
      </p>
    </div>`;
  }

  private renderSessionError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionRun'), loading: this.l10n.t('loadingDevice') },
      this.l10n,
    );
    return html`<div class="body">
      <div class="notice error" role="alert">
        <h3>${described.title}</h3>
        <p>${described.message}</p>
        ${described.canRetry
          ? html`<button type="button" class="header-button" @click=${() => void this.session.run()}>
              ${this.l10n.t('reconnect')}
            </button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderSession() {
    const blocker = this.blocker;
    const device = this.device;
    const prompt = device?.type === 'device' && /linux|mac/i.test(device.osPlatform) ? '$' : 'C:\\>';
    // The command line, the echo of each command and its output are a terminal's: left to right
    // whatever the page's direction. The prompt and the commands are data, isolated.
    return html`<div
        class="transcript"
        part="transcript"
        role="log"
        aria-label=${this.l10n.t('transcript')}
        tabindex="0"
      >
        <p class="banner">
          ${blocker
            ? withName(this.l10n.t(blocker.message), blocker.name ?? '')
            : withName(this.l10n.t('sessionStarted'), this.shownName)}
        </p>
        ${this.entries.map((entry) => this.renderEntry(entry, prompt))}
      </div>
      <form class="command-line ${blocker ? 'blocked' : ''}" part="command-line" dir="ltr" @submit=${this.onSubmit}>
        <bdi class="prompt" aria-hidden="true">${prompt}</bdi>
        <input
          id="command"
          part="input"
          type="text"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          aria-label=${this.l10n.t('command')}
          aria-describedby=${blocker ? 'blocker' : 'command-hint'}
          placeholder=${blocker ? '' : this.l10n.t('typeCommand')}
          ?disabled=${!!blocker}
          @keydown=${this.onInputKeydown}
        />
        ${this.isRunning
          ? html`<button type="button" class="cancel" @click=${() => this.cancel()}>${this.l10n.t('action.cancel')}</button>`
          : nothing}
        <span id="command-hint" class="visually-hidden">${this.l10n.t('commandHint')}</span>
        ${blocker
          ? html`<span id="blocker" class="visually-hidden">${this.l10n.t(blocker.message, { name: blocker.name ?? '' })}</span>`
          : nothing}
      </form>`;
  }

  private renderEntry(entry: TranscriptEntry, prompt: string) {
    return html`<div class="entry ${entry.state}" data-state=${entry.state}>
      <p class="echo" dir="ltr">
        <bdi class="prompt">${prompt}</bdi>
        <bdi class="command">${entry.command}</bdi>
        ${entry.state === 'failed' ? html`<span class="outcome">${this.l10n.t('failed')}</span>` : nothing}
        ${entry.state === 'cancelled' ? html`<span class="outcome">${this.l10n.t('cancelled')}</span>` : nothing}
      </p>
      ${this.renderOutcome(entry)}
    </div>`;
  }

  private renderOutcome(entry: TranscriptEntry) {
    switch (entry.state) {
      case 'running':
        return html`<p class="pending">
          <span class="spinner" aria-hidden="true"></span>${this.renderRunning(entry.command)}
        </p>`;
      case 'completed':
      case 'failed': {
        // What the device sent: a terminal's output, left to right; a collected file is offered
        // for download instead of shown encoded.
        const { shown, file } = readCollectedFile(entry.output ?? '');
        return html`<pre class="output" dir="ltr">${shown}</pre>
          ${file
            ? html`<p class="collected-file">
                <button type="button" class="download" @click=${() => downloadCollectedFile(file)}>
                  ${withName(this.l10n.t('downloadFile'), file.name)}
                </button>
                <span class="file-size">${this.l10n.t('fileSize', { count: file.bytes.length })}</span>
              </p>`
            : nothing}`;
      }
      case 'cancelled':
        return html`<p class="note">${this.l10n.t('commandCancelled')}</p>`;
      case 'error': {
        const error = describeApiError(entry.error, { action: this.l10n.t('actionRun') }, this.l10n);
        return html`<div class="error-output">
          <p><strong>${this.l10n.t('errorLead', { title: error.title })}</strong> ${error.message}</p>
          ${error.canRetry
            ? html`<button type="button" class="retry" ?disabled=${this.isRunning} @click=${() => void this.run(entry.command)}>
                ${this.l10n.t('action.retry')}
              </button>`
            : nothing}
        </div>`;
      }
    }
  }

  /** "Running <command>…", the command isolated and left to right, as typed. */
  private renderRunning(command: string) {
    const message = this.l10n.t('running');
    const at = message.indexOf('{command}');
    if (at < 0) return message;
    return html`${message.slice(0, at)}<bdi dir="ltr">${command}</bdi>${message.slice(at + '{command}'.length)}`;
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
