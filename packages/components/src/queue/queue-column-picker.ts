import { css, html } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles, token } from '../styles/tokens.js';
import { KEY_COLUMN, defaultColumnLayout, type ColumnLayout } from './column-layout.js';
import type { QueueColumnId } from './queue-columns.js';
import { arrowDownIcon, arrowUpIcon, dismissIcon } from './queue-icons.js';
import { queueCatalog } from './messages.js';
import { sidePanelStyles } from './side-panel.styles.js';

/**
 * The queue's "Customize columns" flyout: show or hide each column and move it up or down.
 * Changes apply at once so the person sees the grid change behind the panel.
 *
 * @summary Column chooser of the incident queue.
 * @fires change - The layout changed; read it from `layout`.
 */
export class SocQueueColumnPicker extends SocElement {
  static override styles = [
    baseStyles,
    sidePanelStyles,
    css`
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 4px;
        min-height: 36px;
        border-block-end: 1px solid ${token.colorSurfaceRaised};
      }
      li label {
        flex: 1 1 auto;
      }
    `,
  ];

  @property({ attribute: false })
  layout: ColumnLayout = defaultColumnLayout();

  @query('dialog')
  private dialog!: HTMLDialogElement;

  readonly #l10n = new LocaleController(this, queueCatalog);

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  async show(): Promise<void> {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  override render() {
    const { order, hidden } = this.layout;
    return html`
      <dialog aria-labelledby="title" part="panel">
        <div class="panel-header">
          <h2 id="title">${this.#l10n.t('customizeColumns')}</h2>
          <button class="icon-button" aria-label=${this.#l10n.t('action.close')} @click=${this.close}>${dismissIcon}</button>
        </div>
        <div class="panel-body">
          <ol aria-label=${this.#l10n.t('columns')}>
            ${order.map((id, index) => {
              const label = this.#l10n.t(`column.${id}`);
              return html`<li data-column=${id}>
                <label
                  ><input
                    type="checkbox"
                    .checked=${!hidden.includes(id)}
                    ?disabled=${id === KEY_COLUMN}
                    @change=${(event: Event) => this.#setVisible(id, (event.target as HTMLInputElement).checked)}
                  />${label}</label
                >
                <button
                  class="icon-button"
                  data-move="up"
                  aria-label=${this.#l10n.t('moveUp', { column: label })}
                  ?disabled=${index === 0}
                  @click=${() => this.#move(id, -1)}
                >
                  ${arrowUpIcon}
                </button>
                <button
                  class="icon-button"
                  data-move="down"
                  aria-label=${this.#l10n.t('moveDown', { column: label })}
                  ?disabled=${index === order.length - 1}
                  @click=${() => this.#move(id, 1)}
                >
                  ${arrowDownIcon}
                </button>
              </li>`;
            })}
          </ol>
        </div>
        <div class="panel-footer">
          <button class="button primary" @click=${this.close}>${this.#l10n.t('done')}</button>
          <button class="button" @click=${() => this.#change(defaultColumnLayout())}>${this.#l10n.t('resetToDefault')}</button>
        </div>
      </dialog>
    `;
  }

  #setVisible(id: QueueColumnId, visible: boolean): void {
    const hidden = this.layout.hidden.filter((column) => column !== id);
    this.#change({ order: this.layout.order, hidden: visible ? hidden : [...hidden, id] });
  }

  async #move(id: QueueColumnId, step: -1 | 1): Promise<void> {
    const order = [...this.layout.order];
    const from = order.indexOf(id);
    const to = from + step;
    if (to < 0 || to >= order.length) return;
    [order[from], order[to]] = [order[to]!, order[from]!];
    this.#change({ order, hidden: this.layout.hidden });
    await this.updateComplete;
    // Keep the person on the button they pressed, unless the column hit the end of the list.
    const button = this.renderRoot.querySelector<HTMLButtonElement>(
      `li[data-column="${id}"] [data-move="${step < 0 ? 'up' : 'down'}"]`,
    );
    (button && !button.disabled ? button : this.renderRoot.querySelector<HTMLButtonElement>(`li[data-column="${id}"] input`))?.focus();
  }

  #change(layout: ColumnLayout): void {
    this.layout = layout;
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-queue-column-picker': SocQueueColumnPicker;
  }
}
