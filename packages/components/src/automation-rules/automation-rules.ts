import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { AutomationRule } from '../api/model.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { AutomationRuleDeletedEvent } from '../events/automation-rule-deleted.js';
import { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError, type ErrorDescription } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { automationRulesStyles } from './automation-rules.styles.js';
import type { SocAutomationRuleEditor } from './rule-editor.js';
import { draftOfRule, type Trigger } from './rule-form.js';
import { addIcon, arrowDownIcon, arrowUpIcon, deleteIcon, editIcon, refreshIcon } from './rule-icons.js';
import { MAX_ORDER, orderChanges } from './rule-order.js';
import { isolate, renderIsolated } from '../i18n/isolate.js';
import { automationRulesCatalog } from './messages.js';
import { actionTexts, conditionText, isExpired, ownerName, triggerLabel, type RuleVocabulary } from './rule-text.js';

interface OperationFailure extends ErrorDescription {
  /** Runs the failed operation again, when retrying can help. */
  retry?: () => void;
}

type MoveDirection = 'up' | 'down';

/**
 * The automation rules of the tenant, as the portal's Automation blade lists them: order, name,
 * trigger, conditions, actions, expiration, an Enabled switch and the last change, with Edit,
 * Move up, Move down and Delete on each rule. "Create" opens the rule editor.
 *
 * Rules run in the order the list shows. Moving a rule saves new order numbers for the rules
 * involved (Alt+Up and Alt+Down move the rule whose control has focus); the switch saves the rule
 * enabled or disabled; Delete asks first. A person whose role only reads sees the rules and can
 * open each one, but not change them. A backend without automation rules (no `automationRules`
 * in its `capabilities`) gets a note instead of the list.
 *
 * @summary List, order, enable, create and edit automation rules.
 *
 * @fires soc-automation-rule-saved - A rule was created, edited, switched on or off, or moved; `detail.rule` is the stored rule.
 * @fires soc-automation-rule-deleted - A rule was deleted; `detail.rule` is the rule as it was.
 *
 * @csspart toolbar - The bar with "Create" and "Refresh".
 * @csspart table - The table of rules.
 * @csspart row - One rule in the table.
 * @csspart switch - A rule's Enabled switch.
 * @csspart editor - The rule editor element.
 * @csspart editor-dialog - The rule editor's side panel.
 * @csspart apply-button - The rule editor's "Apply" button.
 * @csspart cancel-button - The rule editor's "Cancel" button.
 * @csspart delete-dialog - The dialog that confirms a deletion.
 *
 * @cssproperty --soc-color-background - Table and dialog background.
 * @cssproperty --soc-color-border - Row dividers.
 * @cssproperty --soc-color-accent - "Create", and the switch when on.
 * @cssproperty --soc-color-danger - The "Delete" button and error messages.
 * @cssproperty --soc-color-warning - The mark of an expired rule.
 */
export class SocAutomationRules extends SocElement {
  static override styles = [baseStyles, skeletonStyles, automationRulesStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** A write in flight (switch, move, delete); others wait for it. */
  @state() private writing = false;
  @state() private failure?: OperationFailure;
  @state() private announcement = '';
  /** The rule the delete dialog asks about. */
  @state() private deleting?: AutomationRule;
  @state() private deleteFailure?: ErrorDescription;

  @query('soc-automation-rule-editor') private editor?: SocAutomationRuleEditor;
  @query('#delete-dialog') private deleteDialog?: HTMLDialogElement;

  private readonly l10n = new LocaleController(this, automationRulesCatalog);

  /** Where focus goes once the list has reloaded after a write. */
  private focusAfterLoad?: () => HTMLElement | null | undefined;

  private readonly rulesTask = new Task(this, {
    task: async ([api, supported], { signal }) => {
      if (!api || !supported) return initialState;
      return api.listAutomationRules({ signal });
    },
    args: () => [this.api, this.supported] as const,
  });

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
    needed: () => this.supported,
  });

  private readonly playbooks = new Task(this, {
    task: ([api, supported], { signal }) =>
      api && supported && api.capabilities.has('playbooks') ? api.listPlaybooks({ signal }) : initialState,
    args: () => [this.api, this.supported] as const,
  });

  private readonly assignees = new Task(this, {
    task: ([api, supported], { signal }) => (api && supported ? api.listAssignees({ signal }) : initialState),
    args: () => [this.api, this.supported] as const,
  });

  private get supported(): boolean {
    return !!this.api?.capabilities.has('automationRules');
  }

  /** Whether the signed-in person may only read (then nothing here offers a change). */
  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get rules(): AutomationRule[] {
    return this.rulesTask.value ?? [];
  }

  private get vocabulary(): RuleVocabulary {
    return { assignees: this.assignees.value, playbooks: this.playbooks.value };
  }

  /** Loads the rules again. */
  refresh(): void {
    void this.rulesTask.run();
  }

  /** Opens the editor on a new rule. */
  create(): void {
    this.editor?.show();
  }

  private async reload(): Promise<void> {
    await this.rulesTask.run();
    await this.updateComplete;
    const target = this.focusAfterLoad?.();
    this.focusAfterLoad = undefined;
    target?.focus();
  }

  // ---------------------------------------------------------------------------
  // Writes from the list
  // ---------------------------------------------------------------------------

  /** Runs one write of the list: one at a time, reloading after, and reporting a failure with a retry. */
  private async write(failureTitle: string, operation: () => Promise<void>, retry: () => void): Promise<boolean> {
    if (this.writing || !this.api) return false;
    this.writing = true;
    this.failure = undefined;
    try {
      await operation();
      return true;
    } catch (error) {
      const described = describeApiError(error, { action: this.l10n.t('actionChange') }, this.l10n);
      this.failure = {
        ...described,
        title: this.l10n.t('failureWithReason', { failure: failureTitle, reason: described.title }),
        retry: described.canRetry ? retry : undefined,
      };
      return false;
    } finally {
      this.writing = false;
      await this.reload();
    }
  }

  private async toggle(rule: AutomationRule): Promise<void> {
    const enabled = !rule.enabled;
    const index = this.rules.indexOf(rule);
    this.focusAfterLoad = () => this.rowControl(this.indexOf(rule.id) ?? index, 'switch');
    const done = await this.write(
      this.l10n.t(enabled ? 'turnOnFailed' : 'turnOffFailed', { name: isolate(rule.displayName) }),
      async () => {
        const saved = await this.api!.saveAutomationRule(draftOfRule(rule, { enabled }));
        this.emit(new AutomationRuleSavedEvent(saved, false));
      },
      () => void this.toggle(rule),
    );
    if (done) {
      void this.announce(this.l10n.t(enabled ? 'enabledAnnouncement' : 'disabledAnnouncement', { name: isolate(rule.displayName) }));
    }
  }

  private async move(rule: AutomationRule, direction: MoveDirection): Promise<void> {
    if (this.writing) return;
    const rules = this.rules;
    const from = rules.indexOf(rule);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= rules.length) return;
    const changes = orderChanges(rules, from, to);
    // Focus follows the rule, on the same button, so that moving it again is one more key press.
    this.focusAfterLoad = () => {
      const index = this.indexOf(rule.id);
      return index === undefined ? undefined : this.rowControl(index, `move-${direction}`);
    };
    const done = await this.write(
      this.l10n.t('moveFailed', { name: isolate(rule.displayName) }),
      async () => {
        for (const change of changes) {
          const saved = await this.api!.saveAutomationRule(draftOfRule(change.rule, { order: change.order }));
          this.emit(new AutomationRuleSavedEvent(saved, false));
        }
      },
      () => void this.move(rule, direction),
    );
    if (done) {
      const position = (this.indexOf(rule.id) ?? to) + 1;
      void this.announce(
        this.l10n.t('movedAnnouncement', { name: isolate(rule.displayName), position, count: this.rules.length }),
      );
    }
  }

  private onRowKeydown(event: KeyboardEvent, rule: AutomationRule): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || this.readOnly) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const control = (event.target as HTMLElement).dataset['control'];
    void this.move(rule, event.key === 'ArrowUp' ? 'up' : 'down').then(() => {
      // Focus stays on the control the keys were pressed on, wherever the row went.
      const index = this.indexOf(rule.id);
      if (control && index !== undefined) this.rowControl(index, control)?.focus();
    });
  }

  private async askDelete(rule: AutomationRule): Promise<void> {
    this.deleting = rule;
    this.deleteFailure = undefined;
    await this.updateComplete;
    this.deleteDialog?.showModal();
    this.deleteDialog?.querySelector<HTMLButtonElement>('#cancel-delete')?.focus();
  }

  private closeDelete(): void {
    const rule = this.deleting;
    this.deleting = undefined;
    this.deleteFailure = undefined;
    if (this.deleteDialog?.open) this.deleteDialog.close();
    const index = rule ? this.indexOf(rule.id) : undefined;
    if (index !== undefined) this.rowControl(index, 'delete')?.focus();
  }

  private async confirmDelete(): Promise<void> {
    const rule = this.deleting;
    const api = this.api;
    if (!rule || !api || this.writing) return;
    this.writing = true;
    this.deleteFailure = undefined;
    const index = this.indexOf(rule.id) ?? 0;
    try {
      await api.deleteAutomationRule(rule.id);
    } catch (error) {
      this.writing = false;
      this.deleteFailure = describeApiError(error, { action: this.l10n.t('actionDelete') }, this.l10n);
      return;
    }
    this.writing = false;
    this.deleting = undefined;
    this.deleteDialog?.close();
    this.emit(new AutomationRuleDeletedEvent(rule));
    this.focusAfterLoad = () =>
      this.rules.length === 0
        ? this.renderRoot.querySelector<HTMLElement>('#create')
        : this.rowControl(Math.min(index, this.rules.length - 1), 'delete');
    await this.reload();
    void this.announce(this.l10n.t('deletedAnnouncement', { name: isolate(rule.displayName) }));
  }

  private onDeleteDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.closeDelete();
  }

  /** The browser asked to close the dialog (a close request other than our Escape): close it our way. */
  private onDeleteDialogCancel(event: Event): void {
    event.preventDefault();
    this.closeDelete();
  }

  private onEditorSaved(event: AutomationRuleSavedEvent): void {
    const { rule, created } = event.detail;
    void this.announce(this.l10n.t(created ? 'createdAnnouncement' : 'savedAnnouncement', { name: isolate(rule.displayName) }));
    void this.reload();
  }

  private async announce(message: string): Promise<void> {
    // A repeated message must still be read out: render the region empty first, then set it.
    // (Not on an animation frame: a page in a background tab gets none.)
    this.announcement = '';
    await this.updateComplete;
    this.announcement = message;
  }

  private indexOf(id: string): number | undefined {
    const index = this.rules.findIndex((rule) => rule.id === id);
    return index < 0 ? undefined : index;
  }

  private rowControl(index: number, control: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#rule-${index}-${control}`);
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    if (!this.api) {
      return html`<div class="state"><p class="muted">${this.l10n.t('noService')}</p></div>`;
    }
    if (!this.supported) {
      return html`<div class="state">
        <p class="muted">${this.l10n.t('notSupported')}</p>
      </div>`;
    }
    const nextOrder = Math.min(MAX_ORDER, Math.max(0, ...this.rules.map((rule) => rule.order)) + 1);
    return html`${this.renderToolbar()} ${this.renderBody()}
      <p class="visually-hidden" role="status">${renderIsolated(this.announcement)}</p>
      <soc-automation-rule-editor
        part="editor"
        exportparts="dialog: editor-dialog, apply-button, cancel-button"
        default-order=${nextOrder}
        ?read-only=${this.readOnly}
        .playbooks=${this.playbooks.value}
        .assignees=${this.assignees.value}
        @soc-automation-rule-saved=${this.onEditorSaved}
      ></soc-automation-rule-editor>
      ${this.renderDeleteDialog()}`;
  }

  private renderToolbar() {
    const loaded = this.rulesTask.status === TaskStatus.COMPLETE;
    const count = this.rules.length;
    return html`<div class="toolbar" part="toolbar">
      ${this.readOnly
        ? nothing
        : html`<button id="create" type="button" class="command" @click=${() => this.create()}>
            ${addIcon} ${this.l10n.t('create')}
          </button>`}
      <button type="button" class="command" @click=${() => this.refresh()}>${refreshIcon} ${this.l10n.t('action.refresh')}</button>
      ${loaded ? html`<span class="count">${this.l10n.t('ruleCount', { count })}</span>` : nothing}
    </div>`;
  }

  private renderBody() {
    const task = this.rulesTask;
    if (task.status === TaskStatus.ERROR) return this.renderLoadError(task.error);
    if (task.value === undefined) return this.renderLoading();
    return html`${this.readOnly
        ? html`<p class="note" role="note">${this.l10n.t('readOnlyList')}</p>`
        : nothing}
      ${this.renderFailure()} ${task.value.length === 0 ? this.renderEmpty() : this.renderTable(task.value)}`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loadingRules')}</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderLoadError(error: unknown) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingWhat') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => this.refresh()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderFailure() {
    const failure = this.failure;
    return html`<div class="failure-region" role="alert">
      ${failure
        ? html`<div class="notice error">
            <strong>${renderIsolated(failure.title)}</strong>
            <span>${failure.message}</span>
            <span class="notice-actions">
              ${failure.retry
                ? html`<button type="button" @click=${failure.retry}>${this.l10n.t('action.retry')}</button>`
                : nothing}
              <button type="button" @click=${() => (this.failure = undefined)}>${this.l10n.t('dismiss')}</button>
            </span>
          </div>`
        : nothing}
    </div>`;
  }

  private renderEmpty() {
    return html`<div class="state empty">
      <h2>${this.l10n.t('emptyTitle')}</h2>
      <p class="muted">${this.l10n.t('emptyText')}</p>
    </div>`;
  }

  private renderTable(rules: AutomationRule[]) {
    const busy = this.writing || this.rulesTask.status === TaskStatus.PENDING;
    return html`<div class="table-wrap">
      <table part="table" aria-label=${this.l10n.t('tableLabel')} aria-busy=${busy ? 'true' : 'false'}>
        <thead>
          <tr>
            <th scope="col" class="order">${this.l10n.t('order')}</th>
            <th scope="col" class="name">${this.l10n.t('ruleName')}</th>
            <th scope="col" class="trigger">${this.l10n.t('trigger')}</th>
            <th scope="col" class="conditions">${this.l10n.t('conditions')}</th>
            <th scope="col" class="actions">${this.l10n.t('actions')}</th>
            <th scope="col" class="expiration">${this.l10n.t('expiration')}</th>
            <th scope="col" class="enabled" id="enabled-heading">${this.l10n.t('enabled')}</th>
            <th scope="col" class="modified">${this.l10n.t('lastModified')}</th>
            <th scope="col" class="row-actions"><span class="visually-hidden">${this.l10n.t('ruleActions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            rules,
            (rule) => rule.id,
            (rule, index) => this.renderRow(rule, index, rules.length),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderRow(rule: AutomationRule, index: number, count: number) {
    const vocabulary = this.vocabulary;
    const id = `rule-${index}`;
    const nameId = `${id}-name`;
    const trigger = `${rule.triggersOn}.${rule.triggersWhen}` as Trigger;
    const conditions = rule.conditions.map((condition) => conditionText(condition, vocabulary, this.l10n));
    const actions = rule.actions.flatMap((action) => actionTexts(action, vocabulary, this.l10n));
    const readOnly = this.readOnly;
    const blocked = this.writing;
    return html`<tr part="row" class=${rule.enabled ? '' : 'disabled'} @keydown=${(e: KeyboardEvent) => this.onRowKeydown(e, rule)}>
      <td class="order">${rule.order}</td>
      <th scope="row" class="name" id=${nameId} dir="auto">${rule.displayName}</th>
      <td>${triggerLabel(trigger, this.l10n)}</td>
      <td>
        ${conditions.length ? this.renderSummary(conditions) : html`<span class="muted">${this.l10n.t('allIncidents')}</span>`}
      </td>
      <td>${this.renderSummary(actions)}</td>
      <td class="expiration">${this.renderExpiration(rule)}</td>
      <td class="enabled">
        <span class="switch-cell">
          <button
            id="${id}-switch"
            data-control="switch"
            type="button"
            role="switch"
            part="switch"
            class="switch"
            aria-checked=${rule.enabled ? 'true' : 'false'}
            aria-labelledby="enabled-heading ${nameId}"
            aria-disabled=${blocked ? 'true' : 'false'}
            ?disabled=${readOnly}
            @click=${() => void this.toggle(rule)}
          >
            <span class="track" aria-hidden="true"><span class="thumb"></span></span>
          </button>
          <span class="switch-text" aria-hidden="true">${this.l10n.t(rule.enabled ? 'switchOn' : 'switchOff')}</span>
        </span>
      </td>
      <td class="modified">
        <span class="time">${this.renderTime(rule.lastModifiedDateTime)}</span>
        <span class="muted by" dir=${rule.lastModifiedBy ? 'auto' : nothing}>
          ${ownerName(rule.lastModifiedBy, vocabulary, this.l10n)}
        </span>
      </td>
      <td class="row-actions">
        <span class="row-buttons">
          <button
            id="${id}-edit"
            data-control="edit"
            type="button"
            class="icon"
            aria-label=${readOnly ? this.l10n.t('view') : this.l10n.t('action.edit')}
            aria-describedby=${nameId}
            title=${readOnly ? this.l10n.t('view') : this.l10n.t('action.edit')}
            @click=${() => this.editor?.show(rule)}
          >
            ${editIcon}
          </button>
          ${readOnly
            ? nothing
            : html`${this.renderMoveButton(rule, id, nameId, 'up', index === 0 || blocked)}
                ${this.renderMoveButton(rule, id, nameId, 'down', index === count - 1 || blocked)}
                <button
                  id="${id}-delete"
                  data-control="delete"
                  type="button"
                  class="icon danger"
                  aria-label=${this.l10n.t('action.delete')}
                  aria-describedby=${nameId}
                  aria-disabled=${blocked ? 'true' : 'false'}
                  title=${this.l10n.t('action.delete')}
                  @click=${() => !this.writing && void this.askDelete(rule)}
                >
                  ${deleteIcon}
                </button>`}
        </span>
      </td>
    </tr>`;
  }

  private renderMoveButton(rule: AutomationRule, id: string, nameId: string, direction: MoveDirection, inactive: boolean) {
    const label = this.l10n.t(direction === 'up' ? 'moveUp' : 'moveDown');
    // aria-disabled rather than disabled: focus stays on the button when the rule reaches an end.
    return html`<button
      id="${id}-move-${direction}"
      data-control="move-${direction}"
      type="button"
      class="icon"
      aria-label=${label}
      aria-describedby=${nameId}
      aria-disabled=${inactive ? 'true' : 'false'}
      aria-keyshortcuts=${direction === 'up' ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
      title=${label}
      @click=${() => !inactive && void this.move(rule, direction)}
    >
      ${direction === 'up' ? arrowUpIcon : arrowDownIcon}
    </button>`;
  }

  private renderSummary(lines: string[]) {
    return html`<ul class="summary">
      ${lines.map((line) => html`<li title=${line}>${renderIsolated(line)}</li>`)}
    </ul>`;
  }

  private renderExpiration(rule: AutomationRule) {
    if (rule.expiration === null) return html`<span class="muted">${this.l10n.t('indefinite')}</span>`;
    const when = this.renderTime(rule.expiration);
    return isExpired(rule, Date.now())
      ? html`<span class="expired">${this.l10n.t('expired')}</span> <span class="time">${when}</span>`
      : html`<span class="time">${when}</span>`;
  }

  private renderTime(iso: string | null | undefined) {
    return iso ? html`<time datetime=${iso}>${this.l10n.dateTime(iso)}</time>` : '—';
  }

  private renderDeleteDialog() {
    const rule = this.deleting;
    const failure = this.deleteFailure;
    return html`<dialog
      id="delete-dialog"
      part="delete-dialog"
      role="alertdialog"
      aria-labelledby="delete-title"
      aria-describedby="delete-message"
      @keydown=${this.onDeleteDialogKeydown}
      @cancel=${this.onDeleteDialogCancel}
    >
      <h2 id="delete-title">${this.l10n.t('deleteTitle')}</h2>
      <p id="delete-message">
        ${rule ? renderIsolated(this.l10n.t('deleteMessage', { name: isolate(rule.displayName) })) : nothing}
      </p>
      <div class="failure-region" role="alert">
        ${failure
          ? html`<div class="notice error">
              <strong>${failure.title}</strong>
              <span>${failure.message}</span>
            </div>`
          : nothing}
      </div>
      <div class="dialog-buttons">
        <button
          id="confirm-delete"
          type="button"
          class="danger-primary"
          aria-disabled=${this.writing ? 'true' : 'false'}
          @click=${() => void this.confirmDelete()}
        >
          ${this.writing ? this.l10n.t('deleting') : this.l10n.t('action.delete')}
        </button>
        <button id="cancel-delete" type="button" @click=${() => this.closeDelete()}>${this.l10n.t('action.cancel')}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-automation-rules': SocAutomationRules;
  }
}
