import { consume } from '@lit/context';
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { buttonStyles } from '../styles/button.styles.js';
import { menuStyles } from '../styles/menu.styles.js';
import { baseStyles, token } from '../styles/tokens.js';
import { gatherIncidentReport, reportFileName } from './incident-report.js';
import { reportCatalog } from './messages.js';
import { incidentReportMarkdown } from './report-markdown.js';
import { renderPrintableReport } from './report-print.js';

const FORMATS = ['markdown', 'print'] as const;
type Format = (typeof FORMATS)[number];

/**
 * "Export": the incident report (summary, timeline of alerts, evidence, actions taken, comments
 * and activity) as a Markdown file or as a printable page, written in the element's language. A
 * menu button following the WAI-ARIA menu button pattern.
 *
 * @summary Export an incident report as Markdown or a printable page.
 *
 * @csspart button - The "Export" button.
 * @csspart menu - The menu of formats.
 */
export class SocExportIncident extends SocElement {
  static override styles = [
    baseStyles,
    buttonStyles,
    menuStyles,
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      [role='menu'] {
        position: absolute;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        z-index: 10;
      }
      .error {
        position: absolute;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        z-index: 10;
        width: max-content;
        max-width: 320px;
        margin: 0;
        padding: 8px 12px;
        color: ${token.colorDanger};
        background: ${token.colorDangerSurface};
        border: 1px solid ${token.colorDanger};
        border-radius: ${token.radius};
      }
      .error:empty {
        display: none;
      }
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident to report on. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** The reference time of the report's "generated" stamp; a parameter for stable tests. */
  @property({ attribute: false }) clock: () => number = Date.now;

  @state() private expanded = false;
  @state() private busy = false;
  @state() private error = '';

  private readonly l10n = new LocaleController(this, reportCatalog);

  private get items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override render() {
    return html`<button
        type="button"
        id="export"
        part="button"
        aria-haspopup="menu"
        aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="formats"
        aria-disabled=${this.busy ? 'true' : 'false'}
        @click=${() => (this.expanded ? this.closeMenu(false) : void this.openMenu(0))}
        @keydown=${this.onButtonKeydown}
      >
        ${this.busy ? this.l10n.t('preparing') : this.l10n.t('export')}
      </button>
      <ul id="formats" role="menu" part="menu" aria-labelledby="export" ?hidden=${!this.expanded} @keydown=${this.onMenuKeydown}>
        ${FORMATS.map(
          (format) => html`<li role="none">
            <button type="button" role="menuitem" tabindex="-1" @click=${() => void this.export(format)}>
              ${this.l10n.t(`format.${format}`)}
            </button>
          </li>`,
        )}
      </ul>
      <p class="error" role="alert">${this.error || nothing}</p>`;
  }

  private async openMenu(index: number): Promise<void> {
    if (this.busy) return;
    this.error = '';
    this.expanded = true;
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    await this.updateComplete;
    const items = this.items;
    items.at(index)?.focus();
  }

  private closeMenu(returnFocus: boolean): void {
    this.expanded = false;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (returnFocus) this.renderRoot.querySelector<HTMLButtonElement>('#export')?.focus();
  }

  private readonly onOutsidePointer = (event: PointerEvent) => {
    if (!event.composedPath().includes(this)) this.closeMenu(false);
  };

  private onButtonKeydown(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.openMenu(event.key === 'ArrowDown' ? 0 : -1);
    }
  }

  private onMenuKeydown(event: KeyboardEvent): void {
    const items = this.items;
    const current = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1);
        break;
      case 'ArrowUp':
        move(current - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(-1);
        break;
      case 'Escape':
        this.closeMenu(true);
        break;
      case 'Tab':
        this.closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  private async export(format: Format): Promise<void> {
    const { api, incidentId } = this;
    this.closeMenu(true);
    if (!api || !incidentId) return;
    // The window opens while the click still counts as the person's, or a popup blocker stops it.
    const printWindow = format === 'print' ? window.open('', '_blank') : null;
    if (format === 'print' && !printWindow) {
      this.error = this.l10n.t('popupBlocked');
      return;
    }
    if (printWindow) printWindow.document.body.textContent = this.l10n.t('preparingWindow');
    this.busy = true;
    try {
      // The report is written in the element's language: its words must be at hand first.
      const [report] = await Promise.all([gatherIncidentReport(api, incidentId, { now: this.clock() }), this.l10n.load()]);
      if (printWindow) renderPrintableReport(printWindow.document, report, this.l10n);
      else download(incidentReportMarkdown(report, this.l10n), reportFileName(report.incident, 'md'), 'text/markdown');
    } catch (error) {
      printWindow?.close();
      const { message } = describeApiError(error, { action: this.l10n.t('actionExport') }, this.l10n);
      this.error = this.l10n.t('failed', { message });
    } finally {
      this.busy = false;
    }
  }
}

function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-export-incident': SocExportIncident;
  }
}
