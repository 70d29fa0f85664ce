import { ROLES, type Role } from '@soc-kit/components/api';
import { LocaleController } from '@soc-kit/components/i18n';
import { isDefaultScenario, type MockBackend, type Scenario } from '@soc-kit/mock-api';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { demoCatalog } from './demo-messages.js';

const LATENCIES = [0, 300, 1000, 3000] as const;
const ERROR_RATES = [0, 0.1, 0.5, 1] as const;
const SIZES = [50, 500, 5_000, 100_000] as const;

/** The element that has focus, looked for inside shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** Alt+Shift+M, by the key's place: on a Mac, Option+Shift+M types a character instead of an "m". */
const isShortcut = (event: KeyboardEvent) =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyM';

/**
 * The demo's "Mock backend" panel: switches the mock service's scenarios at run time and
 * regenerates or resets its data. It talks to the backend object, never to the REST API.
 *
 * The panel is a modal dialog of its own, so it opens over anything, a kit dialog included (the
 * latest modal dialog is the one the browser leaves usable); Alt+Shift+M opens it from anywhere,
 * since the button in the top bar cannot be reached while another dialog is open. Closing it
 * puts focus back where it was, in that dialog with its typed text.
 */
@customElement('soc-mock-backend-panel')
export class SocMockBackendPanel extends LitElement {
  static override styles = css`
    :host {
      font-size: 13px;
    }
    .trigger {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      min-height: 32px;
      padding: 4px 10px;
      font: inherit;
      color: #ffffff;
      background: transparent;
      border: 1px solid rgba(255, 255, 255, 0.6);
      border-radius: var(--soc-radius, 4px);
      cursor: pointer;
    }
    .trigger:hover {
      background: rgba(255, 255, 255, 0.15);
    }
    .trigger:focus-visible {
      outline: 2px solid #ffffff;
      outline-offset: 1px;
    }
    .state {
      padding: 0 6px;
      border-radius: var(--soc-radius, 4px);
      opacity: 0.85;
    }
    /* A scenario other than the default is plain to see, even with the panel closed. */
    .state.active {
      font-weight: 600;
      color: #1b1a19;
      background: #ffd95c;
      opacity: 1;
    }
    dialog {
      box-sizing: border-box;
      width: min(320px, calc(100vw - 16px));
      max-height: calc(100dvh - 16px);
      margin-block: 56px auto;
      margin-inline: auto 16px;
      padding: 0;
      overflow: auto;
      font-family: var(--soc-font-family, 'Segoe UI', system-ui, sans-serif);
      color: var(--soc-color-text, #1b1a19);
      background: var(--soc-color-background, #ffffff);
      border: 1px solid var(--soc-color-border-strong, #8a8886);
      border-radius: 6px;
      box-shadow: var(--soc-shadow, 0 4px 16px rgba(0, 0, 0, 0.18));
    }
    dialog::backdrop {
      background: color-mix(in srgb, var(--soc-color-text, #1b1a19) 20%, transparent);
    }
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 8px 8px 12px;
      border-block-end: 1px solid var(--soc-color-border, #c8c6c4);
    }
    h2 {
      margin: 0;
      font-size: 16px;
      font-weight: 600;
    }
    form {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: 8px 12px;
      align-items: center;
      padding: 12px;
    }
    label {
      color: var(--soc-color-text-muted, #545454);
    }
    select,
    button {
      min-height: 28px;
      font: inherit;
      padding: 3px 8px;
      color: inherit;
      background: var(--soc-color-background, #ffffff);
      border: 1px solid var(--soc-color-border-strong, #8a8886);
      border-radius: var(--soc-radius, 4px);
    }
    button {
      cursor: pointer;
    }
    button:hover {
      background: var(--soc-color-surface-raised, #f3f2f1);
    }
    button:disabled {
      color: var(--soc-color-text-muted, #545454);
      cursor: not-allowed;
    }
    .check {
      grid-column: 1 / -1;
      display: flex;
      gap: 6px;
      align-items: center;
      color: inherit;
    }
    .actions {
      grid-column: 1 / -1;
    }
    .status,
    .hint {
      grid-column: 1 / -1;
      margin: 0;
      color: var(--soc-color-text-muted, #545454);
    }
    .status:empty {
      display: none;
    }
    dialog :focus-visible {
      outline: 2px solid var(--soc-color-focus, #0f6cbd);
      outline-offset: 1px;
    }
    @media (forced-colors: active) {
      .state.active {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
      }
    }
  `;

  @property({ attribute: false }) backend!: MockBackend;

  @state() private busy = false;
  @state() private status = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly l10n = new LocaleController(this, demoCatalog);
  /** Where focus was when the panel opened: it goes back there when the panel closes. */
  private opener?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: seen before anything inside an open dialog can handle the key.
    window.addEventListener('keydown', this.onKeydown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKeydown, true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend')) {
      changed.get('backend')?.removeEventListener('change', this.onBackendChange);
      this.backend?.addEventListener('change', this.onBackendChange);
    }
  }

  /** Whether the panel is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the panel over the page and over any dialog open in it. */
  show(): void {
    if (!this.dialog || this.dialog.open) return;
    this.opener = deepActiveElement();
    this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  private readonly onBackendChange = () => this.requestUpdate();

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (!isShortcut(event)) return;
    event.preventDefault();
    if (this.open) this.close();
    else this.show();
  };

  private readonly onClose = () => {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
  };

  override render() {
    const t = this.l10n.t.bind(this.l10n);
    const scenario = this.backend.scenario;
    const size = this.backend.service.options.size;
    const healthy = isDefaultScenario(scenario);
    return html`
      <button
        class="trigger"
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Alt+Shift+M"
        title=${t('panel.open')}
        @click=${() => this.show()}
      >
        ${t('mockBackend')}<span class="state ${healthy ? '' : 'active'}">${healthy ? t('panel.healthy') : t('panel.scenario')}</span>
      </button>
      <dialog aria-labelledby="panel-title" @close=${this.onClose}>
        <div class="head">
          <h2 id="panel-title">${t('mockBackend')}</h2>
          <button type="button" @click=${() => this.close()}>${t('action.close')}</button>
        </div>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <label for="latency">${t('panel.latency')}</label>
          <select id="latency" @change=${(e: Event) => this.set({ latencyMs: Number(this.selectValue(e)) })}>
            ${LATENCIES.map(
              (ms) =>
                html`<option value=${ms} ?selected=${scenario.latencyMs === ms}>
                  ${ms ? t('panel.latencyMs', { ms }) : t('panel.none')}
                </option>`,
            )}
          </select>
          <label for="errors">${t('panel.errors')}</label>
          <select id="errors" @change=${(e: Event) => this.set({ errorRate: Number(this.selectValue(e)) })}>
            ${ERROR_RATES.map(
              (rate) =>
                html`<option value=${rate} ?selected=${scenario.errorRate === rate}>
                  ${rate ? t('panel.errorRate', { percent: rate * 100 }) : t('panel.none')}
                </option>`,
            )}
          </select>
          <label for="role">${t('panel.role')}</label>
          <select id="role" @change=${(e: Event) => this.set({ role: this.selectValue(e) as Role })}>
            ${ROLES.map(
              (role) => html`<option value=${role} ?selected=${scenario.role === role}>${t(`role.${role}`)}</option>`,
            )}
          </select>
          <label class="check">
            <input id="throttled" type="checkbox" .checked=${scenario.throttled} @change=${(e: Event) => this.set({ throttled: this.checked(e) })} />
            ${t('panel.throttle')}
          </label>
          <label class="check">
            <input id="offline" type="checkbox" .checked=${scenario.offline} @change=${(e: Event) => this.set({ offline: this.checked(e) })} />
            ${t('panel.offline')}
          </label>
          <label for="size">${t('panel.size')}</label>
          <select id="size" ?disabled=${this.busy} @change=${(e: Event) => this.regenerate(Number(this.selectValue(e)))}>
            ${SIZES.map(
              (n) => html`<option value=${n} ?selected=${size === n}>${t('panel.sizeOption', { count: n })}</option>`,
            )}
          </select>
          <div class="actions">
            <button type="button" ?disabled=${this.busy} @click=${() => this.regenerate(size)}>${t('panel.reset')}</button>
          </div>
          <p class="status" role="status">${this.status}</p>
          <p class="hint">${t('panel.shortcut')}</p>
        </form>
      </dialog>
    `;
  }

  private selectValue(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  private checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }

  private set(change: Partial<Scenario>) {
    this.backend.setScenario(change);
    this.status = this.l10n.t('panel.updated');
  }

  private async regenerate(size: number) {
    this.busy = true;
    this.status = this.l10n.t('panel.generating', { count: size });
    // Let the status paint before the synchronous generation blocks the main thread.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = performance.now();
    this.backend.reset({ size });
    const ms = Math.round(performance.now() - started);
    this.status = this.l10n.t('panel.generated', { count: size, ms });
    this.busy = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-mock-backend-panel': SocMockBackendPanel;
  }
}
