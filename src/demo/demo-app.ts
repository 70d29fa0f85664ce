import { provide } from '@lit/context';
import { apiContext, HttpIncidentApi, type IncidentApi, type Principal } from '@soc-kit/components/api';
import type { MockBackend } from '@soc-kit/mock-api';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ROLE_LABELS } from '@soc-kit/components';

/**
 * The demo portal's shell: the top bar, the page, and the Mock backend panel. It provides the
 * client to everything inside, exactly as a host portal would with `<soc-api-provider>`.
 */
@customElement('soc-demo-app')
export class SocDemoApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto 1fr;
      height: 100vh;
      font-family: var(--soc-font-family, 'Segoe UI', system-ui, sans-serif);
      color: var(--soc-color-text);
      background: var(--soc-color-surface);
    }
    header {
      display: flex;
      align-items: center;
      gap: 16px;
      padding: 0 16px;
      height: 48px;
      background: #1b1a19;
      color: #ffffff;
    }
    header strong {
      font-size: 16px;
      font-weight: 600;
    }
    header .who {
      margin-inline-start: auto;
      font-size: 13px;
    }
    main {
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
      height: calc(100vh - 48px);
    }
    soc-incident-workspace {
      flex: 1 1 auto;
      min-height: 0;
    }
    .notice {
      max-width: 720px;
      padding: 12px 16px;
      border: 1px solid var(--soc-color-border);
      border-radius: 4px;
      background: var(--soc-color-background);
      line-height: 1.5;
    }
    .error {
      border-color: var(--soc-color-danger);
      color: var(--soc-color-danger);
      background: var(--soc-color-danger-surface);
    }
  `;

  @provide({ context: apiContext })
  @property({ attribute: false })
  api?: IncidentApi;

  @property({ attribute: false }) backend?: MockBackend;

  /** Why the mock backend could not start, when it could not. */
  @property({ attribute: false }) startError?: string;

  constructor() {
    super();
    // A new client after a data reset makes every element that consumes it load afresh.
    this.addEventListener('soc-mock-data-reset', () => {
      this.api = new HttpIncidentApi({ baseUrl: '/api' });
    });
  }

  private readonly me = new Task(this, {
    task: ([api], { signal }) => (api ? api.whoAmI({ signal }) : undefined),
    args: () => [this.api, this.backend?.scenario.role] as const,
  });

  override render() {
    return html`
      <header>
        <strong>SOC Kit</strong>
        <span>Incidents &amp; alerts</span>
        <span class="who">${this.me.render({ complete: (me) => (me ? this.renderWho(me) : nothing) })}</span>
      </header>
      <main>
        ${this.startError
          ? html`<p class="notice error" role="alert">The mock backend could not start: ${this.startError}</p>`
          : html`<soc-incident-workspace url-sync></soc-incident-workspace>`}
      </main>
      ${this.backend ? html`<soc-mock-backend-panel .backend=${this.backend}></soc-mock-backend-panel>` : nothing}
    `;
  }

  private renderWho(me: Principal) {
    const roles = me.roles.map((role) => ROLE_LABELS[role]).join(', ');
    return html`Signed in as ${me.displayName} (${roles})`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-demo-app': SocDemoApp;
  }
}
