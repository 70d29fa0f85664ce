import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import type { SavedView, SavedViewDraft } from '../api/model.js';
import { SAVED_VIEW_LIMITS, type SavedViewStorage } from '../api/saved-view-storage.js';
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { SavedViewApplyEvent } from '../events/saved-view-apply.js';
import { SavedViewDeletedEvent } from '../events/saved-view-deleted.js';
import { SavedViewSavedEvent } from '../events/saved-view-saved.js';
import { MenuButtonController } from '../controllers/menu-button-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { isolate } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { buttonClassStyles } from '../styles/button-class.styles.js';
import { confirmDialogStyles } from '../styles/confirm-dialog.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { menuStyles } from '../styles/menu.styles.js';
import { baseStyles, token } from '../styles/tokens.js';
import { savedQueryOf, visibleColumnIds, type QueueView } from './saved-views.js';
import { savedViewsCatalog } from './saved-views-messages.js';

const MAX_VIEW_NAME_LENGTH = SAVED_VIEW_LIMITS.nameLength;

function icon(path: ReturnType<typeof svg>) {
  return html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">${path}</svg>`;
}

const viewsIcon = icon(
  svg`<path d="M5.5 3A2.5 2.5 0 0 0 3 5.5v9A2.5 2.5 0 0 0 5.5 17h9a2.5 2.5 0 0 0 2.5-2.5v-9A2.5 2.5 0 0 0 14.5 3h-9ZM4 5.5C4 4.67 4.67 4 5.5 4h9c.83 0 1.5.67 1.5 1.5V7H4V5.5ZM4 8h12v6.5c0 .83-.67 1.5-1.5 1.5h-9A1.5 1.5 0 0 1 4 14.5V8Zm2 2.5c0-.28.22-.5.5-.5h7a.5.5 0 0 1 0 1h-7a.5.5 0 0 1-.5-.5Zm.5 1.5a.5.5 0 0 0 0 1h4a.5.5 0 0 0 0-1h-4Z" />`,
);
const chevronIcon = icon(svg`<path d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.5 5.5a.5.5 0 0 1-.7 0l-5.5-5.5a.5.5 0 1 1 .7-.7L10 12.79l5.15-5.14a.5.5 0 0 1 .7 0Z" />`);
const checkIcon = icon(svg`<path d="M7.65 14.35a.5.5 0 0 0 .7 0l8-8a.5.5 0 0 0-.7-.7L8 13.29l-3.65-3.64a.5.5 0 0 0-.7.7l4 4Z" />`);

/** What the save dialog does: update the view in force, or save a new one. */
type SaveMode = 'update' | 'new';
type SaveField = 'name' | 'form';
type ManageField = 'rename' | 'form';

/**
 * The queue's "Saved views" menu button, its menu (the person's views by name, "Save view…",
 * "Manage views…") and the dialogs those open. The queue applies views and knows which one is in
 * force; this element only lists, saves and deletes them. The dialogs are made the first time
 * they are opened.
 *
 * @summary Saved views of the incident queue.
 *
 * @fires soc-saved-view-apply - The person chose a view. `detail.view`.
 * @fires soc-saved-view-saved - A view was saved, renamed or made (or no longer) the default. `detail.view`, `detail.current`.
 * @fires soc-saved-view-deleted - A view was deleted. `detail.id`.
 */
export class SocQueueSavedViews extends SocElement {
  static override styles = [
    baseStyles,
    buttonClassStyles,
    fieldStyles,
    menuStyles,
    confirmDialogStyles,
    css`
      :host {
        display: inline-flex;
        min-width: 0;
        max-width: 100%;
      }
      .icon {
        fill: currentColor;
        flex: none;
      }
      .views-button {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        min-width: 0;
        max-width: 100%;
        min-height: 32px;
        padding: 0 8px;
        border: 1px solid transparent;
        border-radius: ${token.radius};
        background: transparent;
      }
      .views-button > .icon:first-child {
        color: ${token.colorAccent};
      }
      .views-button:hover {
        background: ${token.colorSurfaceRaised};
      }
      .view-name {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .modified {
        flex: none;
        font-size: ${token.fontSizeSmall};
        font-style: italic;
        color: ${token.colorTextMuted};
      }
      [role='menu'] {
        position: fixed;
        inset: auto;
        max-width: min(360px, calc(100vw - 16px));
        max-height: min(420px, calc(100vh - 16px));
        overflow-y: auto;
      }
      [role='menuitem'] .label {
        flex: 1 1 auto;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
        text-align: start;
      }
      [role='menuitem'] .mark {
        display: inline-flex;
        width: 16px;
        color: ${token.colorAccent};
      }
      .badge {
        flex: none;
        padding: 0 6px;
        border: 1px solid ${token.colorBorder};
        border-radius: 10px;
        font-size: ${token.fontSizeSmall};
        color: ${token.colorTextMuted};
      }
      .menu-note .label {
        white-space: normal;
      }
      form,
      .dialog-body {
        display: grid;
        gap: 16px;
      }
      dialog h2 {
        margin: 0;
      }
      fieldset {
        display: grid;
        gap: 4px;
        margin: 0;
        padding: 0;
        border: none;
      }
      legend {
        padding: 0 0 4px;
        font-weight: 600;
      }
      .check {
        display: flex;
        align-items: center;
        gap: 8px;
        min-height: 28px;
      }
      .form-error {
        margin: 0;
        color: ${token.colorDanger};
        font-weight: 600;
      }
      dialog.manage {
        width: min(640px, calc(100vw - 32px));
      }
      .views {
        display: grid;
        gap: 0;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .views li {
        display: grid;
        gap: 8px;
        padding: 8px 0;
        border-block-end: 1px solid ${token.colorSurfaceRaised};
      }
      .view-line {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      .view-line .name {
        flex: 1 1 160px;
        min-width: 0;
        overflow-wrap: anywhere;
        font-weight: 600;
      }
      .row-actions {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
      }
      .rename-row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        gap: 8px;
      }
      .rename-row .field {
        flex: 1 1 200px;
      }
      .confirm {
        display: grid;
        gap: 8px;
        padding: 8px;
        border-radius: ${token.radius};
        background: ${token.colorDangerSurface};
      }
      .confirm p {
        margin: 0;
      }
      .button.danger {
        color: ${token.colorBackground};
        background: ${token.colorDanger};
        border-color: ${token.colorDanger};
      }
    `,
  ];

  /** Where the views are kept. */
  @property({ attribute: false })
  storage?: SavedViewStorage;

  /** What the queue shows now, for "Save view…". */
  @property({ attribute: false })
  snapshot: () => QueueView | undefined = () => undefined;

  /** The time the queue's time ranges count back from. */
  @property({ attribute: false })
  clock: () => number = Date.now;

  /** The view the queue applied, if any. */
  @property({ attribute: false })
  applied?: SavedView;

  /** Whether the queue's filters, search, sort or columns moved since `applied` was applied. */
  @property({ type: Boolean })
  modified = false;

  @state() private dialog?: 'save' | 'manage';
  @state() private announcement = '';
  // Save dialog
  @state() private saveMode: SaveMode = 'new';
  @state() private draftName = '';
  @state() private draftDefault = false;
  @state() private saving = false;
  // Manage dialog
  @state() private renamingId?: string;
  @state() private renameDraft = '';
  @state() private confirmingId?: string;
  @state() private busyId?: string;

  /** The dialogs made so far: each is made when first opened. */
  readonly #made = new Set<'save' | 'manage'>();

  readonly #l10n = new LocaleController(this, savedViewsCatalog);

  readonly #menu = new MenuButtonController(this, {
    button: () => this.renderRoot.querySelector<HTMLElement>('.views-button'),
    menu: () => this.renderRoot.querySelector<HTMLElement>('[role="menu"]'),
  });

  readonly #saveErrors = new FormErrorsController<SaveField>(this, {
    control: (field) => (field === 'name' ? this.renderRoot.querySelector<HTMLElement>('#view-name') : undefined),
  });

  readonly #manageErrors = new FormErrorsController<ManageField>(this, {
    control: (field) => (field === 'rename' ? this.renderRoot.querySelector<HTMLElement>('#rename') : undefined),
  });

  readonly #saveDialog = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.save'),
    open: () => this.dialog === 'save',
    close: () => this.#closeDialog(),
    busy: () => this.saving,
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('.views-button'),
  });

  readonly #manageDialog = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector<HTMLDialogElement>('dialog.manage'),
    open: () => this.dialog === 'manage',
    close: () => this.#closeDialog(),
    busy: () => this.busyId !== undefined,
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('.views-button'),
  });

  /** The person's views, loaded when the menu or the manage dialog opens, and after each change. */
  readonly #views = new Task(this, {
    autoRun: false,
    args: () => [this.storage] as const,
    task: async ([storage], { signal }): Promise<SavedView[]> => (storage ? storage.listSavedViews({ signal }) : []),
  });

  /** The views as last listed, while a new listing is on its way. */
  #listed?: SavedView[];

  /** Views the queue already has (it looked for the default one); spares the first listing. */
  set knownViews(views: SavedView[] | undefined) {
    this.#listed = views;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('storage') && changed.get('storage') !== undefined) {
      this.#listed = undefined;
      this.#menu.close();
    }
  }

  get #list(): SavedView[] | undefined {
    return this.#views.status === TaskStatus.COMPLETE ? this.#views.value : this.#listed;
  }

  #reload(): void {
    void this.#views.run().then(
      () => (this.#listed = this.#views.value),
      () => undefined,
    );
  }

  #toggleMenu(): void {
    if (this.#menu.openKey === undefined) this.#reload();
    this.#menu.toggle('views');
  }

  #onButtonKeydown(event: KeyboardEvent): void {
    if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(event.key) && this.#menu.openKey === undefined) this.#reload();
    this.#menu.handleButtonKeydown(event, 'views');
  }

  #apply(view: SavedView): void {
    this.#menu.close({ returnFocus: true });
    this.emit(new SavedViewApplyEvent(view));
  }

  async #open(dialog: 'save' | 'manage'): Promise<void> {
    this.#menu.close({ returnFocus: true });
    this.announcement = '';
    if (dialog === 'save') {
      this.saveMode = this.applied ? 'update' : 'new';
      this.draftName = '';
      this.draftDefault = this.applied?.isDefault ?? false;
      this.#saveErrors.clear();
    } else {
      this.renamingId = undefined;
      this.confirmingId = undefined;
      this.#manageErrors.clear();
      this.#reload();
    }
    this.#made.add(dialog);
    this.dialog = dialog;
    await this.updateComplete;
  }

  #closeDialog(): void {
    this.dialog = undefined;
  }

  /** Problems the form can tell without asking the storage; the storage still has the last word. */
  #checkName(name: string, exceptId?: string): string | undefined {
    const trimmed = name.trim();
    if (!trimmed) return this.#l10n.t('nameRequired');
    if (trimmed.length > MAX_VIEW_NAME_LENGTH) return this.#l10n.t('nameTooLong', { max: MAX_VIEW_NAME_LENGTH });
    const taken = this.#list?.find((view) => view.id !== exceptId && view.name.toLowerCase() === trimmed.toLowerCase());
    return taken ? this.#l10n.t('nameTaken', { name: isolate(taken.name) }) : undefined;
  }

  /** A storage error as a sentence: a rejected name beside the name field, anything else for the whole form. */
  #describe(error: unknown, sentence: 'saveFailed' | 'deleteFailed' | 'changeFailed'): { field: 'name' | 'form'; message: string } {
    if (ApiError.is(error, 'validation') && (error.field === 'name' || error.field === undefined)) {
      return { field: 'name', message: isolate(error.message) };
    }
    const view = describeApiError(error, { action: this.#l10n.t('savedViews') }, this.#l10n);
    return { field: 'form', message: this.#l10n.t(sentence, { reason: view.message }) };
  }

  async #submitSave(event: Event): Promise<void> {
    event.preventDefault();
    const storage = this.storage;
    const snapshot = this.snapshot();
    if (!storage || !snapshot || this.saving) return;
    const updating = this.saveMode === 'update' && this.applied;
    const name = updating ? this.applied!.name : this.draftName.trim();
    if (!updating) {
      // A listing on its way (the menu was just opened) may know a name the last one did not: check against it.
      if (this.#views.status === TaskStatus.PENDING) {
        this.saving = true;
        await this.#views.taskComplete.catch(() => undefined);
        this.saving = false;
      }
      const problem = this.#checkName(this.draftName);
      if (problem) {
        this.#saveErrors.report({ name: problem });
        return;
      }
    }
    const draft: SavedViewDraft = {
      ...(updating ? { id: this.applied!.id } : {}),
      name,
      query: savedQueryOf(snapshot, new Date(this.clock())),
      columns: visibleColumnIds(snapshot.columnLayout),
      isDefault: this.draftDefault,
    };
    this.saving = true;
    this.#saveErrors.clear();
    try {
      const saved = await storage.saveSavedView(draft);
      this.saving = false;
      this.#listed = undefined;
      this.announcement = this.#l10n.t('viewSaved', { name: isolate(saved.name) });
      this.emit(new SavedViewSavedEvent(saved, true));
      this.dialog = undefined;
      this.#reload();
    } catch (error) {
      this.saving = false;
      const { field, message } = this.#describe(error, 'saveFailed');
      // A rejected update names no field the person can change: shown for the whole form.
      this.#saveErrors.report(updating && field === 'name' ? { form: message } : { [field]: message });
      // A name refused as taken was saved elsewhere since the last listing: list again, so the form knows it next time.
      if (field === 'name') this.#reload();
    }
  }

  async #change(view: SavedView, change: Partial<SavedViewDraft>, done: (saved: SavedView) => string): Promise<boolean> {
    const storage = this.storage;
    if (!storage || this.busyId) return false;
    this.busyId = view.id;
    this.#manageErrors.clear();
    try {
      const saved = await storage.saveSavedView({
        id: view.id,
        name: view.name,
        query: view.query,
        columns: view.columns,
        isDefault: view.isDefault,
        ...change,
      });
      this.busyId = undefined;
      this.announcement = done(saved);
      this.emit(new SavedViewSavedEvent(saved, false));
      this.#reload();
      return true;
    } catch (error) {
      this.busyId = undefined;
      const { field, message } = this.#describe(error, 'changeFailed');
      this.#manageErrors.report(field === 'name' && this.renamingId === view.id ? { rename: message } : { form: message });
      return false;
    }
  }

  async #startRename(view: SavedView): Promise<void> {
    this.confirmingId = undefined;
    this.renamingId = view.id;
    this.renameDraft = view.name;
    this.#manageErrors.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#rename')?.select();
  }

  async #submitRename(event: Event, view: SavedView): Promise<void> {
    event.preventDefault();
    const problem = this.#checkName(this.renameDraft, view.id);
    if (problem) {
      this.#manageErrors.report({ rename: problem });
      return;
    }
    const name = this.renameDraft.trim();
    if (await this.#change(view, { name }, (saved) => this.#l10n.t('viewRenamed', { name: isolate(saved.name) }))) {
      this.renamingId = undefined;
      await this.#focusRow(view.id, '[data-action="rename"]');
    }
  }

  async #cancelRow(view: SavedView, selector: string): Promise<void> {
    this.renamingId = undefined;
    this.confirmingId = undefined;
    this.#manageErrors.clear();
    await this.#focusRow(view.id, selector);
  }

  async #toggleDefault(view: SavedView): Promise<void> {
    const isDefault = !view.isDefault;
    await this.#change(view, { isDefault }, (saved) =>
      this.#l10n.t(isDefault ? 'defaultSet' : 'defaultCleared', { name: isolate(saved.name) }),
    );
    await this.#focusRow(view.id, '[data-action="default"]');
  }

  async #askDelete(view: SavedView): Promise<void> {
    this.renamingId = undefined;
    this.confirmingId = view.id;
    this.#manageErrors.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="confirm-delete"]')?.focus();
  }

  async #delete(view: SavedView): Promise<void> {
    const storage = this.storage;
    if (!storage || this.busyId) return;
    this.busyId = view.id;
    this.#manageErrors.clear();
    try {
      await storage.deleteSavedView(view.id);
      this.busyId = undefined;
      this.confirmingId = undefined;
      this.announcement = this.#l10n.t('viewDeleted', { name: isolate(view.name) });
      this.emit(new SavedViewDeletedEvent(view.id));
      const list = this.#list ?? [];
      const next = list[list.indexOf(view) + 1] ?? list[list.indexOf(view) - 1];
      this.#views.run().catch(() => undefined);
      await this.#views.taskComplete.catch(() => undefined);
      await this.updateComplete;
      // Focus goes to the next view's first action, or the dialog's close button when none is left.
      const target = next
        ? this.renderRoot.querySelector<HTMLElement>(`li[data-view-id="${CSS.escape(next.id)}"] [data-action="rename"]`)
        : this.renderRoot.querySelector<HTMLElement>('dialog.manage [data-action="close"]');
      target?.focus();
    } catch (error) {
      this.busyId = undefined;
      this.#manageErrors.report({ form: this.#describe(error, 'deleteFailed').message });
    }
  }

  async #focusRow(id: string, selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`li[data-view-id="${CSS.escape(id)}"] ${selector}`)?.focus();
  }

  override render() {
    const open = this.#menu.openKey !== undefined;
    const applied = this.applied;
    const label = applied
      ? this.#l10n.t(this.modified ? 'appliedViewModified' : 'appliedView', { name: isolate(applied.name) })
      : undefined;
    return html`
      <button
        type="button"
        class="views-button"
        data-action="views"
        aria-haspopup="menu"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${open ? 'views-menu' : nothing}
        title=${ifDefined(label)}
        @click=${this.#toggleMenu}
        @keydown=${this.#onButtonKeydown}
      >
        ${viewsIcon}${applied ? html`<span class="visually-hidden">${this.#l10n.t('appliedPrefix')} </span>` : nothing}<span class="view-name" dir=${applied ? 'auto' : nothing}>${applied ? applied.name : this.#l10n.t('savedViews')}</span
        >${applied && this.modified ? html`<span class="modified"> ${this.#l10n.t('modified')}</span>` : nothing}${chevronIcon}
      </button>
      ${open ? this.#renderMenu() : nothing}
      <span class="visually-hidden" role="status">${this.announcement}</span>
      ${this.#made.has('save') ? this.#renderSaveDialog() : nothing}
      ${this.#made.has('manage') ? this.#renderManageDialog() : nothing}
    `;
  }

  #renderMenu() {
    const list = this.#list;
    const loading = this.#views.status === TaskStatus.PENDING && !list;
    const error = this.#views.status === TaskStatus.ERROR ? this.#views.error : undefined;
    return html`<div
      role="menu"
      id="views-menu"
      popover="manual"
      aria-label=${this.#l10n.t('viewsMenu')}
      aria-busy=${loading ? 'true' : 'false'}
      @keydown=${this.#menu.handleMenuKeydown}
    >
      ${loading ? this.#renderNote(this.#l10n.t('loadingViews')) : nothing}
      ${error
        ? this.#renderNote(
            this.#l10n.t('viewsFailed', { reason: describeApiError(error, { action: this.#l10n.t('savedViews') }, this.#l10n).message }),
          )
        : nothing}
      ${list && list.length === 0 && !error ? this.#renderNote(this.#l10n.t('noSavedViews')) : nothing}
      ${(list ?? []).map(
        (view) =>
          html`<button
            type="button"
            role="menuitem"
            tabindex="-1"
            data-view-id=${view.id}
            aria-current=${view.id === this.applied?.id ? 'true' : nothing}
            @click=${() => this.#apply(view)}
          >
            <span class="mark">${view.id === this.applied?.id ? checkIcon : nothing}</span>
            <span class="label" dir="auto">${view.name}</span>
            ${view.isDefault ? html`<span class="badge">${this.#l10n.t('isDefault')}</span>` : nothing}
          </button>`,
      )}
      ${error
        ? html`<button type="button" role="menuitem" tabindex="-1" data-action="retry" @click=${() => this.#reload()}>
            <span class="mark"></span><span class="label">${this.#l10n.t('action.retry')}</span>
          </button>`
        : nothing}
      ${(list?.length ?? 0) > 0 || error ? html`<div role="separator"></div>` : nothing}
      <button type="button" role="menuitem" tabindex="-1" data-action="save-view" @click=${() => this.#open('save')}>
        <span class="mark"></span><span class="label">${this.#l10n.t('saveView')}</span>
      </button>
      <button type="button" role="menuitem" tabindex="-1" data-action="manage-views" @click=${() => this.#open('manage')}>
        <span class="mark"></span><span class="label">${this.#l10n.t('manageViews')}</span>
      </button>
    </div>`;
  }

  /** A line of the menu that only tells something: an item that does nothing, so arrows still reach it. */
  #renderNote(text: string) {
    return html`<div role="menuitem" tabindex="-1" aria-disabled="true" class="menu-note">
      <span class="label">${text}</span>
    </div>`;
  }

  #renderSaveDialog() {
    const applied = this.applied;
    const updating = this.saveMode === 'update' && !!applied;
    const errors = this.#saveErrors;
    return html`<dialog class="save" aria-labelledby="save-title">
      <form novalidate @submit=${this.#submitSave}>
        <h2 id="save-title">${this.#l10n.t('saveViewTitle')}</h2>
        <p class="hint" id="save-hint">${this.#l10n.t('saveViewHint')}</p>
        ${applied
          ? html`<fieldset>
              <legend>${this.#l10n.t('saveChoice')}</legend>
              <label class="check"
                ><input
                  type="radio"
                  name="mode"
                  value="update"
                  .checked=${live(updating)}
                  @change=${() => (this.saveMode = 'update')}
                />${this.#l10n.t('updateView', { name: isolate(applied.name) })}</label
              >
              <label class="check"
                ><input type="radio" name="mode" value="new" .checked=${live(!updating)} @change=${() => (this.saveMode = 'new')} />${this.#l10n.t(
                  'saveAsNew',
                )}</label
              >
            </fieldset>`
          : nothing}
        ${updating
          ? nothing
          : html`<div class="field">
              <label for="view-name">${this.#l10n.t('viewName')}</label>
              <input
                id="view-name"
                type="text"
                autocomplete="off"
                dir="auto"
                required
                maxlength=${MAX_VIEW_NAME_LENGTH * 2}
                aria-invalid=${errors.invalid('name')}
                aria-describedby=${ifDefined(errors.describedBy('name'))}
                .value=${live(this.draftName)}
                @input=${(event: Event) => {
                  this.draftName = (event.target as HTMLInputElement).value;
                  errors.clear('name');
                }}
              />
              ${errors.render('name')}
            </div>`}
        <label class="check"
          ><input
            type="checkbox"
            name="default"
            .checked=${live(this.draftDefault)}
            @change=${(event: Event) => (this.draftDefault = (event.target as HTMLInputElement).checked)}
          />${this.#l10n.t('makeDefault')}</label
        >
        ${errors.message('form') ? html`<p class="form-error" role="alert">${errors.message('form')}</p>` : nothing}
        <div class="dialog-buttons">
          <button type="submit" class="button primary" ?disabled=${this.saving} aria-describedby="save-hint">
            ${this.#l10n.t('action.save')}
          </button>
          <button type="button" class="button" ?disabled=${this.saving} @click=${() => this.#saveDialog.requestClose()}>
            ${this.#l10n.t('action.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderManageDialog() {
    const list = this.#list;
    const error = this.#views.status === TaskStatus.ERROR ? this.#views.error : undefined;
    const formError = this.#manageErrors.message('form');
    return html`<dialog class="manage" aria-labelledby="manage-title">
      <div class="dialog-body">
        <h2 id="manage-title">${this.#l10n.t('manageViewsTitle')}</h2>
        ${error
          ? html`<p class="form-error" role="alert">
              ${this.#l10n.t('viewsFailed', { reason: describeApiError(error, { action: this.#l10n.t('savedViews') }, this.#l10n).message })}
              <button type="button" class="button" @click=${() => this.#reload()}>${this.#l10n.t('action.retry')}</button>
            </p>`
          : nothing}
        ${!list && !error ? html`<p role="status">${this.#l10n.t('loadingViews')}</p>` : nothing}
        ${list && list.length === 0 ? html`<p>${this.#l10n.t('noSavedViews')}</p>` : nothing}
        ${list && list.length > 0
          ? html`<ul class="views" aria-label=${this.#l10n.t('viewsTable')}>
              ${list.map((view) => this.#renderManagedView(view))}
            </ul>`
          : nothing}
        ${formError ? html`<p class="form-error" role="alert">${formError}</p>` : nothing}
        <div class="dialog-buttons">
          <button type="button" class="button" data-action="close" @click=${() => this.#manageDialog.requestClose()}>
            ${this.#l10n.t('action.close')}
          </button>
        </div>
      </div>
    </dialog>`;
  }

  #renderManagedView(view: SavedView) {
    const name = isolate(view.name);
    const busy = this.busyId === view.id;
    const errors = this.#manageErrors;
    if (this.renamingId === view.id) {
      return html`<li data-view-id=${view.id}>
        <form class="rename-row" novalidate @submit=${(event: Event) => this.#submitRename(event, view)}>
          <div class="field">
            <label for="rename">${this.#l10n.t('newName', { name })}</label>
            <input
              id="rename"
              type="text"
              dir="auto"
              autocomplete="off"
              aria-invalid=${errors.invalid('rename')}
              aria-describedby=${ifDefined(errors.describedBy('rename'))}
              .value=${live(this.renameDraft)}
              @input=${(event: Event) => {
                this.renameDraft = (event.target as HTMLInputElement).value;
                errors.clear('rename');
              }}
              @keydown=${(event: KeyboardEvent) => {
                if (event.key !== 'Escape') return;
                event.preventDefault();
                void this.#cancelRow(view, '[data-action="rename"]');
              }}
            />
            ${errors.render('rename')}
          </div>
          <button type="submit" class="button primary" ?disabled=${busy}>${this.#l10n.t('action.save')}</button>
          <button type="button" class="button" ?disabled=${busy} @click=${() => this.#cancelRow(view, '[data-action="rename"]')}>
            ${this.#l10n.t('action.cancel')}
          </button>
        </form>
      </li>`;
    }
    return html`<li data-view-id=${view.id}>
      <div class="view-line">
        <span class="name" dir="auto">${view.name}</span>
        ${view.isDefault ? html`<span class="badge">${this.#l10n.t('isDefault')}</span>` : nothing}
        <span class="row-actions">
          <button
            type="button"
            class="button"
            data-action="rename"
            aria-label=${this.#l10n.t('renameView', { name })}
            ?disabled=${busy}
            @click=${() => this.#startRename(view)}
          >
            ${this.#l10n.t('rename')}
          </button>
          <button
            type="button"
            class="button"
            data-action="default"
            aria-label=${this.#l10n.t(view.isDefault ? 'clearDefaultLabel' : 'makeViewDefaultLabel', { name })}
            ?disabled=${busy}
            @click=${() => this.#toggleDefault(view)}
          >
            ${this.#l10n.t(view.isDefault ? 'clearDefault' : 'makeViewDefault')}
          </button>
          <button
            type="button"
            class="button"
            data-action="delete"
            aria-label=${this.#l10n.t('deleteView', { name })}
            ?disabled=${busy}
            @click=${() => this.#askDelete(view)}
          >
            ${this.#l10n.t('action.delete')}
          </button>
        </span>
      </div>
      ${this.confirmingId === view.id
        ? html`<div class="confirm" role="group" aria-labelledby="confirm-text">
            <p id="confirm-text">${this.#l10n.t('confirmDelete', { name })}</p>
            <div class="dialog-buttons">
              <button type="button" class="button danger" data-action="confirm-delete" ?disabled=${busy} @click=${() => this.#delete(view)}>
                ${this.#l10n.t('action.delete')}
              </button>
              <button type="button" class="button" ?disabled=${busy} @click=${() => this.#cancelRow(view, '[data-action="delete"]')}>
                ${this.#l10n.t('action.cancel')}
              </button>
            </div>
          </div>`
        : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-queue-saved-views': SocQueueSavedViews;
  }
}
