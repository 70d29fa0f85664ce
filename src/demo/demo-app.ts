import type { IncidentApi, Principal } from '@soc-kit/components/api';
import type { IncidentOpenEvent, SocIncidentWorkspace } from '@soc-kit/components';
import { DEFAULT_SCENARIO, isDefaultScenario, type MockBackend, type Scenario } from '@soc-kit/mock-api';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { LocaleController } from '@soc-kit/components/i18n';
import { setDemoLanguage } from './demo-language.js';
import { DEMO_LANGUAGES, demoCatalog } from './demo-messages.js';

/**
 * The demo portal's shell: the top bar with the Mock backend panel, and the workspace inside a
 * `<soc-api-provider>`, as a host portal embeds the kit.
 */
const SECTIONS = ['incidents', 'alerts', 'metrics', 'automation'] as const;
type DemoSection = (typeof SECTIONS)[number];

/** The section in the URL's hash (`#alerts`, `#metrics`, `#automation`), so a reload or a shared link opens it again. */
function sectionInUrl(): DemoSection {
  const hash = location.hash.slice(1);
  return SECTIONS.find((section) => section !== 'incidents' && section === hash) ?? 'incidents';
}

@customElement('soc-demo-app')
export class SocDemoApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto minmax(0, 1fr);
      grid-template-columns: minmax(0, 1fr);
      height: 100vh;
      height: 100dvh;
      font-family: var(--soc-font-family, 'Segoe UI', system-ui, sans-serif);
      color: var(--soc-color-text);
      background: var(--soc-color-surface);
    }
    /* The top bar wraps onto more lines on a phone; the Mock backend panel then opens under it. */
    header {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 16px;
      padding: 8px 16px;
      min-height: 48px;
      box-sizing: border-box;
      background: #1b1a19;
      color: #ffffff;
    }
    header strong {
      font-size: 16px;
      font-weight: 600;
      white-space: nowrap;
    }
    nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    nav a {
      color: #ffffff;
      text-decoration: none;
      padding: 4px 10px;
      border-radius: 4px;
    }
    nav a:hover {
      background: #3b3a39;
    }
    nav a[aria-current='page'] {
      background: #3b3a39;
      box-shadow: inset 0 -2px 0 #479ef5;
    }
    nav a:focus-visible {
      outline: 2px solid #ffffff;
      outline-offset: 1px;
    }
    .rules {
      flex: 1 1 auto;
      overflow: auto;
      padding: 16px clamp(8px, 4vw, 24px);
      background: var(--soc-color-background);
    }
    .metrics {
      flex: 1 1 auto;
      overflow: auto;
      background: var(--soc-color-surface);
    }
    .rules h1 {
      margin: 0 0 12px;
      font-size: 20px;
      font-weight: 600;
    }
    soc-mock-backend-panel {
      margin-inline-start: auto;
    }
    .language {
      display: flex;
      align-items: center;
      gap: 6px;
      font-size: 13px;
    }
    .language select {
      font: inherit;
    }
    header .who {
      font-size: 13px;
    }
    main {
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
    }
    soc-incident-workspace {
      flex: 1 1 auto;
      min-height: 0;
    }
    /* The alert queue sits as the workspace's incident queue does: its padding, the height that is left. */
    soc-alert-queue {
      flex: 1 1 auto;
      min-height: 0;
      padding: 12px clamp(8px, 2vw, 16px) 0;
    }
    .banner {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 12px;
      margin: 0;
      padding: 6px 16px;
      line-height: 20px;
      border-block-end: 1px solid var(--soc-color-border, #c8c6c4);
      background: var(--soc-color-surface, #faf9f8);
    }
    .banner.warning {
      border-block-end-color: var(--soc-color-warning, #8a3707);
      background: var(--soc-color-warning-surface, #fff9f5);
    }
    .banner button {
      min-height: 28px;
      padding: 3px 12px;
      font: inherit;
      color: var(--soc-color-text, #1b1a19);
      background: var(--soc-color-background, #ffffff);
      border: 1px solid var(--soc-color-border-strong, #8a8886);
      border-radius: var(--soc-radius, 4px);
      cursor: pointer;
    }
    .banner button:hover {
      background: var(--soc-color-surface-raised, #f3f2f1);
    }
    .banner button:focus-visible {
      outline: 2px solid var(--soc-color-focus, #0f6cbd);
      outline-offset: 1px;
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

  @query('soc-incident-workspace') private workspace?: SocIncidentWorkspace;

  /** Why the mock backend could not start, when it could not. */
  @property({ attribute: false }) startError?: string;

  /**
   * The section shown: the incidents workspace, the alert queue (`#alerts`), the incident metrics (`#metrics`) or the
   * automation rules (`#automation`).
   */
  @property({ attribute: false }) section: DemoSection = sectionInUrl();

  private readonly onHashChange = () => {
    this.section = sectionInUrl();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * A scenario switch, here or in another tab, shows in the notices and the top bar only: the views
   * keep what they show and what was typed, and their next request meets the new scenario.
   */
  private readonly onBackendChange = () => this.requestUpdate();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('backend')) {
      for (const type of ['change', 'persistencechange']) {
        changed.get('backend')?.removeEventListener(type, this.onBackendChange);
        this.backend?.addEventListener(type, this.onBackendChange);
      }
    }
  }

  private readonly l10n = new LocaleController(this, demoCatalog);

  private readonly me = new Task(this, {
    task: ([api], { signal }) => (api ? api.whoAmI({ signal }) : undefined),
    args: () => [this.api, this.backend?.scenario.role] as const,
  });

  /** An alert's incident opened from the alert queue: the incidents workspace shows its page, on the alert. */
  private readonly onOpenFromAlerts = (event: IncidentOpenEvent) => {
    event.stopPropagation();
    const { incident, alertId } = event.detail;
    location.hash = '';
    this.section = 'incidents';
    void this.updateComplete.then(() => this.workspace?.openIncident(incident.id, { alertId }));
  };

  /** The language switch: the page's `lang` changes and every element follows at run time. */
  private readonly onLanguageChange = (event: Event) => {
    setDemoLanguage((event.target as HTMLSelectElement).value);
  };

  override render() {
    return html`
      <header>
        <strong>SOC Kit</strong>
        <nav aria-label=${this.l10n.t('sections')}>
          ${SECTIONS.map(
            (section) =>
              html`<a href=${section === 'incidents' ? '#' : `#${section}`} aria-current=${this.section === section ? 'page' : 'false'}
                >${this.l10n.t(section)}</a
              >`,
          )}
        </nav>
        ${this.backend ? html`<soc-mock-backend-panel .backend=${this.backend}></soc-mock-backend-panel>` : nothing}
        <label class="language">
          <span>${this.l10n.t('language')}</span>
          <select @change=${this.onLanguageChange}>
            ${DEMO_LANGUAGES.map(
              ([tag, name]) => html`<option value=${tag} lang=${tag} ?selected=${tag.toLowerCase() === document.documentElement.lang.toLowerCase()}>${name}</option>`,
            )}
          </select>
        </label>
        <span class="who">${this.me.render({ complete: (me) => (me ? this.renderWho(me) : nothing) })}</span>
      </header>
      <main>
        ${this.renderNotices()}
        ${this.startError
          ? html`<p class="notice error" role="alert">${this.l10n.t('startFailed', { reason: this.startError })}</p>`
          : html`<soc-api-provider .api=${this.api}>
              <soc-incident-workspace url-sync ?hidden=${this.section !== 'incidents'}></soc-incident-workspace>
              ${this.section === 'alerts'
                ? html`<soc-alert-queue heading-level="1" url-sync @soc-incident-open=${this.onOpenFromAlerts}></soc-alert-queue>`
                : nothing}
              ${this.section === 'metrics' ? html`<soc-incident-metrics class="metrics"></soc-incident-metrics>` : nothing}
              ${this.section === 'automation'
                ? html`<section class="rules" aria-labelledby="rules-title">
                    <h1 id="rules-title">${this.l10n.t('automationRules')}</h1>
                    <soc-automation-rules></soc-automation-rules>
                  </section>`
                : nothing}
            </soc-api-provider>`}
      </main>
    `;
  }

  /** What a person must know about the mock backend before trusting what they see. */
  private renderNotices() {
    const backend = this.backend;
    if (!backend) return nothing;
    const scenario = backend.scenario;
    return html`
      ${backend.persistence === 'none'
        ? html`<p class="banner" role="status" data-notice="storage-blocked">${this.l10n.t('storageBlocked')}</p>`
        : nothing}
      ${backend.persistence === 'failed'
        ? html`<p class="banner warning" role="alert" data-notice="storage-failed">${this.l10n.t('storageFailed')}</p>`
        : nothing}
      ${isDefaultScenario(scenario)
        ? nothing
        : html`<div class="banner warning" role="status" data-notice="scenario">
            <span>${this.l10n.t('scenarioActive', { switches: this.l10n.list(this.scenarioSwitches(scenario)) })}</span>
            <button type="button" @click=${() => backend.setScenario(DEFAULT_SCENARIO)}>${this.l10n.t('backToHealthy')}</button>
          </div>`}
    `;
  }

  private scenarioSwitches(scenario: Readonly<Scenario>): string[] {
    const t = this.l10n.t.bind(this.l10n);
    return [
      scenario.offline ? t('switch.offline') : '',
      scenario.throttled ? t('switch.throttled') : '',
      scenario.errorRate > 0 ? t('switch.errorRate', { percent: Math.round(scenario.errorRate * 100) }) : '',
      scenario.latencyMs > 0 ? t('switch.latency', { ms: scenario.latencyMs }) : '',
      scenario.role !== DEFAULT_SCENARIO.role ? t('switch.role', { role: t(`role.${scenario.role}`) }) : '',
    ].filter(Boolean);
  }

  private renderWho(me: Principal) {
    const roles = this.l10n.list(me.roles.map((role) => this.l10n.t(`role.${role}`)));
    return this.l10n.t('signedInAs', { name: me.displayName, roles });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-demo-app': SocDemoApp;
  }
}
