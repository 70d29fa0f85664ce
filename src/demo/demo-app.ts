import { HttpIncidentApi, type IncidentApi, type Principal } from '@soc-kit/components/api';
import type { MockBackend } from '@soc-kit/mock-api';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ROLE_LABELS } from '@soc-kit/components';

/**
 * The demo portal's shell: the top bar with the Mock backend panel, and the workspace inside a
 * `<soc-api-provider>`, as a host portal embeds the kit.
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
    soc-mock-backend-panel {
      margin-inline-start: auto;
    }
    header .who {
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

  /** The client the page hands to the kit through `<soc-api-provider>`. */
  @property({ attribute: false })
  api?: IncidentApi;

  @property({ attribute: false }) backend?: MockBackend;

  /** Why the mock backend could not start, when it could not. */
  @property({ attribute: false }) startError?: string;

  /**
   * After a scenario switch or a data reset, a new client makes every element that consumes it
   * load afresh: the role, the data and the failure modes take effect at once.
   */
  private readonly onBackendChange = () => {
    this.api = new HttpIncidentApi({ baseUrl: '/api' });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend')) {
      changed.get('backend')?.removeEventListener('change', this.onBackendChange);
      this.backend?.addEventListener('change', this.onBackendChange);
    }
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
        ${this.backend ? html`<soc-mock-backend-panel .backend=${this.backend}></soc-mock-backend-panel>` : nothing}
        <span class="who">${this.me.render({ complete: (me) => (me ? this.renderWho(me) : nothing) })}</span>
      </header>
      <main>
        ${this.startError
          ? html`<p class="notice error" role="alert">The mock backend could not start: ${this.startError}</p>`
          : html`<soc-api-provider .api=${this.api}>
              <soc-incident-workspace url-sync></soc-incident-workspace>
            </soc-api-provider>`}
      </main>
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
