import { ROLE_LABELS } from '@soc-kit/components';
import { ROLES, type Role } from '@soc-kit/components/api';
import type { MockBackend, Scenario } from '@soc-kit/mock-api';
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';

const LATENCIES = [0, 300, 1000, 3000] as const;
const ERROR_RATES = [0, 0.1, 0.5, 1] as const;
const SIZES = [50, 500, 5_000, 100_000] as const;

/**
 * The demo's "Mock backend" panel: switches the mock service's scenarios at run time and
 * regenerates or resets its data. It talks to the backend object, never to the REST API; the
 * backend's `change` event tells the page to reload what it shows.
 */
@customElement('soc-mock-backend-panel')
export class SocMockBackendPanel extends LitElement {
  static override styles = css`
    :host {
      position: relative;
      font-size: 13px;
    }
    summary {
      cursor: pointer;
      padding: 4px 10px;
      border: 1px solid rgba(255, 255, 255, 0.6);
      border-radius: 4px;
      color: #ffffff;
      list-style-position: inside;
    }
    summary .state {
      margin-inline-start: 6px;
      opacity: 0.85;
    }
    details[open] summary {
      background: rgba(255, 255, 255, 0.15);
    }
    form {
      position: absolute;
      inset-block-start: calc(100% + 6px);
      inset-inline-end: 0;
      z-index: 20;
      width: 300px;
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px 12px;
      align-items: center;
      padding: 12px;
      color: var(--soc-color-text, #1b1a19);
      background: var(--soc-color-background, #fff);
      border: 1px solid var(--soc-color-border-strong, #8a8886);
      border-radius: 6px;
      box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
    }
    label {
      color: var(--soc-color-text-muted, #545454);
    }
    select,
    button {
      font: inherit;
      padding: 3px 6px;
      border: 1px solid var(--soc-color-border-strong, #8a8886);
      border-radius: 4px;
      background: var(--soc-color-background, #fff);
      color: inherit;
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
      display: flex;
      gap: 8px;
      align-items: center;
    }
    button {
      cursor: pointer;
    }
    button:hover {
      background: var(--soc-color-surface-raised, #f3f2f1);
    }
    .status {
      grid-column: 1 / -1;
      margin: 0;
      color: var(--soc-color-text-muted, #545454);
    }
    :focus-visible {
      outline: 2px solid var(--soc-color-focus, #0f6cbd);
      outline-offset: 1px;
    }
    summary:focus-visible {
      outline-color: #ffffff;
    }
    /* On a phone the top bar wraps and the panel may sit anywhere in it: open under the whole bar. */
    @media (max-width: 600px) {
      :host {
        position: static;
      }
      form {
        inset-inline: 8px;
        width: auto;
        max-height: calc(100dvh - 100% - 16px);
        overflow: auto;
      }
    }
  `;

  @property({ attribute: false }) backend!: MockBackend;

  @state() private busy = false;
  @state() private status = '';

  override render() {
    const scenario = this.backend.scenario;
    const size = this.backend.service.options.size;
    const degraded = scenario.offline || scenario.throttled || scenario.errorRate > 0 || scenario.latencyMs > 0;
    return html`
      <details>
        <summary>Mock backend<span class="state">${degraded ? 'scenario active' : 'healthy'}</span></summary>
        <form @submit=${(e: Event) => e.preventDefault()}>
          <label for="latency">Latency</label>
          <select id="latency" @change=${(e: Event) => this.set({ latencyMs: Number(this.selectValue(e)) })}>
            ${LATENCIES.map(
              (ms) => html`<option value=${ms} ?selected=${scenario.latencyMs === ms}>${ms ? `${ms} ms` : 'None'}</option>`,
            )}
          </select>
          <label for="errors">Errors</label>
          <select id="errors" @change=${(e: Event) => this.set({ errorRate: Number(this.selectValue(e)) })}>
            ${ERROR_RATES.map(
              (rate) =>
                html`<option value=${rate} ?selected=${scenario.errorRate === rate}>
                  ${rate ? `${rate * 100}% of requests fail` : 'None'}
                </option>`,
            )}
          </select>
          <label for="role">Role</label>
          <select id="role" @change=${(e: Event) => this.set({ role: this.selectValue(e) as Role })}>
            ${ROLES.map((role) => html`<option value=${role} ?selected=${scenario.role === role}>${ROLE_LABELS[role]}</option>`)}
          </select>
          <label class="check">
            <input type="checkbox" .checked=${scenario.throttled} @change=${(e: Event) => this.set({ throttled: this.checked(e) })} />
            Throttle requests (429)
          </label>
          <label class="check">
            <input type="checkbox" .checked=${scenario.offline} @change=${(e: Event) => this.set({ offline: this.checked(e) })} />
            Offline
          </label>
          <label for="size">Data size</label>
          <select id="size" ?disabled=${this.busy} @change=${(e: Event) => this.regenerate(Number(this.selectValue(e)))}>
            ${SIZES.map(
              (n) => html`<option value=${n} ?selected=${size === n}>${n.toLocaleString('en-US')} incidents</option>`,
            )}
          </select>
          <div class="actions">
            <button type="button" ?disabled=${this.busy} @click=${() => this.regenerate(size)}>Reset data</button>
          </div>
          <p class="status" role="status">${this.status}</p>
        </form>
      </details>
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
    this.status = 'Scenario updated.';
    this.requestUpdate();
  }

  private async regenerate(size: number) {
    this.busy = true;
    this.status = `Generating ${size.toLocaleString('en-US')} incidents…`;
    // Let the status paint before the synchronous generation blocks the main thread.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const started = performance.now();
    this.backend.reset({ size });
    const ms = Math.round(performance.now() - started);
    this.status = `Data reset: ${size.toLocaleString('en-US')} incidents generated in ${ms} ms.`;
    this.busy = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-mock-backend-panel': SocMockBackendPanel;
  }
}
