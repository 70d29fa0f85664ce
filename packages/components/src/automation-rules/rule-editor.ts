import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import {
  CLASSIFICATIONS,
  CONDITION_PROPERTIES,
  SEVERITIES,
  type Assignee,
  type AutomationRule,
  type Classification,
  type ConditionProperty,
  type Determination,
  type IncidentStatus,
  type Playbook,
  type Severity,
} from '../api/model.js';
import { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
import { describeApiError } from '../internal/describe-api-error.js';
import {
  CLASSIFICATION_LABELS,
  CONDITION_PROPERTY_LABELS,
  DETERMINATION_LABELS,
  INCIDENT_STATUS_LABELS,
  SEVERITY_LABELS,
} from '../internal/labels.js';
import { SocElement } from '../internal/soc-element.js';
import { TRUE_POSITIVE_DETERMINATIONS } from '../manage/incident-draft.js';
import { baseStyles } from '../styles/tokens.js';
import { ruleEditorStyles } from './rule-editor.styles.js';
import {
  ACTION_CHOICES,
  draftOf,
  emptyForm,
  errorPlace,
  formOf,
  isChangeOperator,
  LISTED_VALUES,
  newActionRow,
  newConditionRow,
  operatorsFor,
  picksValues,
  TRIGGERS,
  triggerWhen,
  withOperator,
  withProperty,
  type ActionChoice,
  type ActionRow,
  type ConditionRow,
  type OperatorChoice,
  type RuleForm,
  type Trigger,
} from './rule-form.js';
import { addIcon, closeIcon, deleteIcon } from './rule-icons.js';
import { ACTION_CHOICE_LABELS, OPERATOR_CHOICE_LABELS, TRIGGER_LABELS, valueText } from './rule-text.js';

/** The statuses an action can set; `redirected` is the backend's doing. */
const SETTABLE_STATUSES = ['active', 'inProgress', 'resolved'] as const satisfies readonly IncidentStatus[];

/** Past this many values the list scrolls, so the chosen ones are named beneath it. */
const LONG_CHOICE_LIST = 6;

const SETTABLE_SEVERITIES = SEVERITIES.filter((severity) => severity !== 'unknown').reverse();

/** Which capability an action needs from the backend. */
const ACTION_CAPABILITIES: Partial<Record<ActionChoice, 'playbooks' | 'tasks'>> = {
  playbook: 'playbooks',
  task: 'tasks',
};

/** Where an error shows: a field, a section, or a row by its stable key. */
type ErrorSlot = 'name' | 'trigger' | 'order' | 'expiration' | 'conditions' | 'actions' | `condition-${number}` | `action-${number}`;

function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * The automation rule editor: a side panel (a modal dialog underneath) with the rule's name,
 * trigger, conditions, actions, expiration and order, and "Apply". A rule without an `id` is
 * created; otherwise it is changed.
 *
 * Conditions are rows of property, operator and values: listed properties (severity, status,
 * sources, tactics) and owners pick their values, the others take typed values, one per line;
 * on updates, severity, status and owner can also be "Changed to" or "Changed from". Actions are
 * rows that change the status, severity, classification or owner, add tags, run a playbook or
 * add a task. The backend checks the rule: its validation message shows next to the field or row
 * it names, and everything typed stays. With `read-only`, the rule is shown but cannot be changed.
 *
 * @summary Side panel to create or edit one automation rule.
 *
 * @fires soc-automation-rule-saved - After "Apply" saved the rule; `detail.rule` is the stored rule.
 * @fires close - After the panel closed (applied, cancelled, or Escape).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart apply-button - The "Apply" button.
 * @csspart cancel-button - The "Cancel" button.
 *
 * @cssproperty --soc-color-background - Panel background.
 * @cssproperty --soc-color-accent - The "Apply" button and the focused field's underline.
 * @cssproperty --soc-color-danger - Field errors and the error message.
 * @cssproperty --soc-shadow - The panel's shadow.
 */
export class SocAutomationRuleEditor extends SocElement {
  static override styles = [baseStyles, ruleEditorStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** Whether the panel is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The rule to edit; `undefined` creates a new one. */
  @property({ attribute: false }) rule?: AutomationRule;

  /** The order a new rule starts with (after the last rule, say). */
  @property({ type: Number, attribute: 'default-order' }) defaultOrder = 1;

  /** Shows the rule without letting it be changed (a role that may only read). */
  @property({ type: Boolean, reflect: true, attribute: 'read-only' }) readOnly = false;

  /** Playbooks to offer; by default the editor asks the backend. */
  @property({ attribute: false }) playbooks?: Playbook[];

  /** People to offer as owners; by default the editor asks the backend. */
  @property({ attribute: false }) assignees?: Assignee[];

  @state() private form: RuleForm = emptyForm(1);
  @state() private errors: Partial<Record<ErrorSlot | 'form', string>> = {};
  @state() private saveAttempted = false;

  @query('dialog') private dialog!: HTMLDialogElement;

  private opener?: HTMLElement;

  private readonly knownPlaybooks = new Task(this, {
    task: ([api, open, given], { signal }) =>
      given ?? (api && open && api.capabilities.has('playbooks') ? api.listPlaybooks({ signal }) : initialState),
    args: () => [this.api, this.open, this.playbooks] as const,
  });

  private readonly knownAssignees = new Task(this, {
    task: ([api, open, given], { signal }) => given ?? (api && open ? api.listAssignees({ signal }) : initialState),
    args: () => [this.api, this.open, this.assignees] as const,
  });

  private readonly saving = new Task(this, {
    autoRun: false,
    args: () => [this.api] as const,
    task: async ([api]) => {
      if (!api) throw new ApiError('network', 'No incident service is connected.');
      const created = this.form.id === undefined;
      const saved = await api.saveAutomationRule(draftOf(this.form));
      this.emit(new AutomationRuleSavedEvent(saved, created));
      this.close();
      return saved;
    },
  });

  /** Opens the panel on `rule`, or on a new rule when there is none. */
  show(rule?: AutomationRule): void {
    this.rule = rule;
    this.opener = deepActiveElement();
    if (this.open) this.startEditing();
    this.open = true;
  }

  /** Closes the panel; what was typed is dropped. */
  close(): void {
    this.open = false;
  }

  private get isSaving(): boolean {
    return this.saving.status === TaskStatus.PENDING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.startEditing();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this.dialog.open) {
      this.opener ??= deepActiveElement();
      this.dialog.showModal();
      if (this.readOnly) this.renderRoot.querySelector<HTMLElement>('.body')?.focus();
    } else if (!this.open && this.dialog.open) {
      this.dialog.close();
      this.afterClose();
    }
  }

  private startEditing(): void {
    this.form = this.rule ? formOf(this.rule) : emptyForm(this.defaultOrder);
    this.errors = {};
    this.saveAttempted = false;
  }

  /** Escape goes through `close()` so that state, focus and `close` follow at once. */
  private onDialogKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close();
  }

  /** The browser closed the dialog itself; a `close` queued before the panel reopened is stale. */
  private onDialogClose(): void {
    if (!this.open || this.dialog.open) return;
    this.open = false;
    this.afterClose();
  }

  private afterClose(): void {
    const opener = this.opener;
    this.opener = undefined;
    if (opener?.isConnected) opener.focus();
    this.dispatchEvent(new Event('close'));
  }

  // ---------------------------------------------------------------------------
  // Editing
  // ---------------------------------------------------------------------------

  private edit(changes: Partial<RuleForm>, cleared: ErrorSlot): void {
    this.form = { ...this.form, ...changes };
    this.clearError(cleared);
  }

  private clearError(slot: ErrorSlot): void {
    if (!this.errors[slot]) return;
    const { [slot]: _cleared, ...rest } = this.errors;
    this.errors = rest;
  }

  private setTrigger(trigger: Trigger): void {
    this.edit({ trigger }, 'trigger');
  }

  private updateCondition(key: number, change: (row: ConditionRow) => ConditionRow): void {
    this.form = { ...this.form, conditions: this.form.conditions.map((row) => (row.key === key ? change(row) : row)) };
    this.clearError(`condition-${key}`);
    this.clearError('conditions');
  }

  private updateAction(key: number, changes: Partial<ActionRow>): void {
    this.form = { ...this.form, actions: this.form.actions.map((row) => (row.key === key ? { ...row, ...changes } : row)) };
    this.clearError(`action-${key}`);
    this.clearError('actions');
  }

  private async addCondition(): Promise<void> {
    const row = newConditionRow();
    this.form = { ...this.form, conditions: [...this.form.conditions, row] };
    this.clearError('conditions');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#condition-${row.key}-property`)?.focus();
  }

  private async addAction(): Promise<void> {
    const row = newActionRow();
    this.form = { ...this.form, actions: [...this.form.actions, row] };
    this.clearError('actions');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#action-${row.key}-kind`)?.focus();
  }

  /** Removes a row; focus goes to the row that takes its place, or to the "Add" button. */
  private async removeRow(section: 'conditions' | 'actions', key: number): Promise<void> {
    const rows: { key: number }[] = this.form[section];
    const index = rows.findIndex((row) => row.key === key);
    const remaining = rows.filter((row) => row.key !== key);
    this.form = { ...this.form, [section]: remaining };
    this.clearError(section === 'conditions' ? `condition-${key}` : `action-${key}`);
    await this.updateComplete;
    const next = remaining[Math.min(index, remaining.length - 1)];
    const prefix = section === 'conditions' ? 'condition' : 'action';
    const target = next
      ? this.renderRoot.querySelector<HTMLElement>(`#${prefix}-${next.key}-remove`)
      : this.renderRoot.querySelector<HTMLElement>(`#add-${prefix}`);
    target?.focus();
  }

  // ---------------------------------------------------------------------------
  // Saving
  // ---------------------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.readOnly || this.isSaving) return;
    this.errors = {};
    this.saveAttempted = true;
    // The rows as sent: the backend's indexes name them, whatever is edited while it answers.
    const conditionKeys = this.form.conditions.map((row) => row.key);
    const actionKeys = this.form.actions.map((row) => row.key);
    await this.saving.run();
    if (this.saving.status === TaskStatus.ERROR && ApiError.is(this.saving.error, 'validation')) {
      await this.showValidationError(this.saving.error, conditionKeys, actionKeys);
    }
  }

  private async showValidationError(error: ApiError, conditionKeys: number[], actionKeys: number[]): Promise<void> {
    const place = errorPlace(error.field);
    let slot: ErrorSlot | 'form' = 'form';
    if (place.section === 'condition') {
      const key = conditionKeys[place.index];
      slot = key === undefined ? 'conditions' : `condition-${key}`;
    } else if (place.section === 'action') {
      const key = actionKeys[place.index];
      slot = key === undefined ? 'actions' : `action-${key}`;
    } else {
      slot = place.section;
    }
    this.errors = { [slot]: error.message };
    await this.updateComplete;
    this.controlFor(slot)?.focus();
  }

  private controlFor(slot: ErrorSlot | 'form'): HTMLElement | null {
    const id: Record<string, string> = {
      name: 'name',
      trigger: 'trigger',
      order: 'order',
      expiration: 'expiration',
      conditions: 'add-condition',
      actions: 'add-action',
    };
    if (slot.startsWith('condition-')) return this.renderRoot.querySelector(`#${slot}-property`);
    if (slot.startsWith('action-')) return this.renderRoot.querySelector(`#${slot}-kind`);
    return id[slot] ? this.renderRoot.querySelector(`#${id[slot]}`) : null;
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    const title = this.readOnly ? 'Automation rule' : this.form.id ? 'Edit automation rule' : 'Create new automation rule';
    return html`<dialog
      part="dialog"
      aria-labelledby="title"
      @close=${this.onDialogClose}
      @keydown=${this.onDialogKeydown}
    >
      <form novalidate @submit=${this.onSubmit}>
        <header>
          <h2 id="title">${title}</h2>
          <button type="button" class="icon" aria-label="Close" title="Close" @click=${this.close}>${closeIcon}</button>
        </header>
        <div
          class="body"
          tabindex=${ifDefined(this.readOnly ? '0' : undefined)}
          role=${ifDefined(this.readOnly ? 'region' : undefined)}
          aria-label=${ifDefined(this.readOnly ? 'Automation rule' : undefined)}
        >
          ${this.readOnly
            ? html`<p class="note" role="note">You have read-only access. You can see this rule but not change it.</p>`
            : nothing}
          <fieldset ?disabled=${this.readOnly}>
            <legend class="visually-hidden">Automation rule</legend>
            ${this.renderName()} ${this.renderTrigger()} ${this.renderConditions()} ${this.renderActions()}
            <div class="pair">${this.renderExpiration()} ${this.renderOrder()}</div>
          </fieldset>
        </div>
        ${this.renderSaveOutcome()}
        <footer>
          ${this.readOnly
            ? nothing
            : html`<button
                id="apply"
                type="submit"
                class="primary"
                part="apply-button"
                aria-disabled=${this.isSaving ? 'true' : 'false'}
              >
                ${this.isSaving ? 'Applying…' : 'Apply'}
              </button>`}
          <button type="button" part="cancel-button" @click=${this.close}>${this.readOnly ? 'Close' : 'Cancel'}</button>
        </footer>
      </form>
    </dialog>`;
  }

  private errorId(slot: ErrorSlot): string {
    return `${slot}-error`;
  }

  private describedBy(slot: ErrorSlot, ...others: string[]): string | undefined {
    const ids = [...others, ...(this.errors[slot] ? [this.errorId(slot)] : [])];
    return ids.length ? ids.join(' ') : undefined;
  }

  private renderError(slot: ErrorSlot) {
    const message = this.errors[slot];
    return message ? html`<p class="field-error" id=${this.errorId(slot)}>${message}</p>` : nothing;
  }

  private invalid(slot: ErrorSlot): 'true' | 'false' {
    return this.errors[slot] ? 'true' : 'false';
  }

  private renderName() {
    return html`<div class="field">
      <label for="name">Automation rule name</label>
      <input
        id="name"
        autofocus
        autocomplete="off"
        .value=${live(this.form.name)}
        aria-invalid=${this.invalid('name')}
        aria-describedby=${ifDefined(this.describedBy('name'))}
        @input=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value }, 'name')}
      />
      ${this.renderError('name')}
    </div>`;
  }

  private renderTrigger() {
    const offered = TRIGGERS.filter((trigger) => trigger.startsWith('incidents.') || trigger === this.form.trigger);
    return html`<div class="field">
      <label for="trigger">Trigger</label>
      <select
        id="trigger"
        .value=${live(this.form.trigger)}
        aria-invalid=${this.invalid('trigger')}
        aria-describedby=${ifDefined(this.describedBy('trigger'))}
        @change=${(e: Event) => this.setTrigger((e.target as HTMLSelectElement).value as Trigger)}
      >
        ${offered.map(
          (trigger) =>
            html`<option value=${trigger} ?selected=${trigger === this.form.trigger}>${TRIGGER_LABELS[trigger]}</option>`,
        )}
      </select>
      ${this.renderError('trigger')}
    </div>`;
  }

  private renderConditions() {
    const rows = this.form.conditions;
    return html`<section class="rows-section" aria-labelledby="conditions-heading">
      <h3 id="conditions-heading">Conditions</h3>
      <p class="hint" id="conditions-hint">
        ${rows.length === 0
          ? 'No conditions: the rule acts on every incident its trigger fires for.'
          : 'The rule acts when every condition holds. A condition with several values holds when any of them matches.'}
      </p>
      ${rows.length
        ? html`<ol class="rows" aria-label="Conditions">
            ${repeat(
              rows,
              (row) => row.key,
              (row, index) => this.renderCondition(row, index),
            )}
          </ol>`
        : nothing}
      ${this.renderError('conditions')}
      ${this.readOnly
        ? nothing
        : html`<button id="add-condition" type="button" class="link add" @click=${this.addCondition}>
            ${addIcon} Add condition
          </button>`}
    </section>`;
  }

  private renderCondition(row: ConditionRow, index: number) {
    const id = `condition-${row.key}`;
    const slot: ErrorSlot = `condition-${row.key}`;
    const number = index + 1;
    const operators = operatorsFor(row.property, this.form.trigger, row.operator);
    const changeOnCreate = isChangeOperator(row.operator) && triggerWhen(this.form.trigger) !== 'updated';
    const noteId = `${id}-note`;
    return html`<li class="row condition ${this.errors[slot] ? 'invalid' : ''}">
      <span class="row-number" aria-hidden="true">${number}</span>
      <div class="condition-controls">
        <label class="visually-hidden" for="${id}-property">Condition ${number} property</label>
        <select
          id="${id}-property"
          .value=${live(row.property)}
          aria-invalid=${this.invalid(slot)}
          aria-describedby=${ifDefined(this.describedBy(slot, ...(changeOnCreate ? [noteId] : [])))}
          @change=${(e: Event) =>
            this.updateCondition(row.key, (r) =>
              withProperty(r, (e.target as HTMLSelectElement).value as ConditionProperty, this.form.trigger),
            )}
        >
          ${CONDITION_PROPERTIES.map(
            (property) =>
              html`<option value=${property} ?selected=${property === row.property}>
                ${CONDITION_PROPERTY_LABELS[property]}
              </option>`,
          )}
        </select>
        <label class="visually-hidden" for="${id}-operator">Condition ${number} operator</label>
        <select
          id="${id}-operator"
          .value=${live(row.operator)}
          @change=${(e: Event) =>
            this.updateCondition(row.key, (r) => withOperator(r, (e.target as HTMLSelectElement).value as OperatorChoice))}
        >
          ${operators.map(
            (operator) =>
              html`<option value=${operator} ?selected=${operator === row.operator}>
                ${OPERATOR_CHOICE_LABELS[operator]}
              </option>`,
          )}
        </select>
        <div class="values">${this.renderConditionValues(row, number)}</div>
      </div>
      ${this.readOnly
        ? nothing
        : html`<button
            id="${id}-remove"
            type="button"
            class="icon"
            aria-label="Remove condition ${number}"
            title="Remove condition"
            @click=${() => this.removeRow('conditions', row.key)}
          >
            ${deleteIcon}
          </button>`}
      <div class="row-notes">
        ${changeOnCreate
          ? html`<p class="hint" id=${noteId}>
              “${OPERATOR_CHOICE_LABELS[row.operator]}” holds only when an incident is updated; with this trigger the
              rule never acts.
            </p>`
          : nothing}
        ${this.renderError(slot)}
      </div>
    </li>`;
  }

  private renderConditionValues(row: ConditionRow, number: number) {
    const id = `condition-${row.key}-values`;
    if (!picksValues(row.property, row.operator)) {
      return html`<label class="visually-hidden" for=${id}>Condition ${number} values, one per line</label>
        <textarea
          id=${id}
          rows=${Math.min(6, Math.max(2, row.text.split('\n').length))}
          placeholder="Values, one per line"
          .value=${live(row.text)}
          @input=${(e: Event) => this.updateCondition(row.key, (r) => ({ ...r, text: (e.target as HTMLTextAreaElement).value }))}
        ></textarea>`;
    }
    const choices = this.valueChoices(row);
    if (this.readOnly) {
      const chosen = choices.filter((choice) => row.values.includes(choice.value)).map((choice) => choice.label);
      return html`<p class="read-only-values" id=${id}>${chosen.length ? chosen.join(', ') : 'None selected'}</p>`;
    }
    const toggle = (value: string, checked: boolean) =>
      this.updateCondition(row.key, (r) => ({
        ...r,
        values: checked ? [...r.values.filter((v) => v !== value), value] : r.values.filter((v) => v !== value),
      }));
    return html`<fieldset class="choices" id=${id}>
      <legend class="visually-hidden">Condition ${number} values</legend>
      ${choices.map(
        ({ value, label }, i) => html`<label class="choice">
          <input
            type="checkbox"
            id="${id}-${i}"
            .checked=${live(row.values.includes(value))}
            @change=${(e: Event) => toggle(value, (e.target as HTMLInputElement).checked)}
          />
          <span>${label}</span>
        </label>`,
      )}
      ${choices.length > LONG_CHOICE_LIST
        ? html`<p class="hint selected">
            ${row.values.length
              ? `Selected: ${choices
                  .filter((choice) => row.values.includes(choice.value))
                  .map((choice) => choice.label)
                  .join(', ')}`
              : 'None selected'}
          </p>`
        : nothing}
      ${row.property === 'owner' && this.knownAssignees.status === TaskStatus.ERROR
        ? html`<p class="hint">
            Couldn't load the people to choose from.
            <button type="button" class="link" @click=${() => void this.knownAssignees.run()}>Retry</button>
          </p>`
        : nothing}
    </fieldset>`;
  }

  /** The values a picked condition offers; values saved elsewhere and not offered stay, as they are. */
  private valueChoices(row: ConditionRow): { value: string; label: string }[] {
    const vocabulary = { assignees: this.knownAssignees.value };
    const listed =
      row.property === 'owner'
        ? ['', ...(this.knownAssignees.value ?? []).map((person) => person.id)]
        : [...(LISTED_VALUES[row.property] ?? [])];
    const extra = row.values.filter((value) => !listed.some((known) => known.toLowerCase() === value.toLowerCase()));
    return [...listed, ...extra].map((value) => ({ value, label: valueText(row.property, value, vocabulary) }));
  }

  private renderActions() {
    const rows = this.form.actions;
    return html`<section class="rows-section" aria-labelledby="actions-heading">
      <h3 id="actions-heading">Actions</h3>
      <p class="hint">The actions run in this order.</p>
      ${rows.length
        ? html`<ol class="rows" aria-label="Actions">
            ${repeat(
              rows,
              (row) => row.key,
              (row, index) => this.renderAction(row, index),
            )}
          </ol>`
        : nothing}
      ${this.renderError('actions')}
      ${this.readOnly
        ? nothing
        : html`<button id="add-action" type="button" class="link add" @click=${this.addAction}>
            ${addIcon} Add action
          </button>`}
    </section>`;
  }

  private offeredActions(current: ActionChoice): ActionChoice[] {
    const api = this.api;
    return ACTION_CHOICES.filter((choice) => {
      const capability = ACTION_CAPABILITIES[choice];
      return choice === current || !capability || !api || api.capabilities.has(capability);
    });
  }

  private renderAction(row: ActionRow, index: number) {
    const id = `action-${row.key}`;
    const slot: ErrorSlot = `action-${row.key}`;
    const number = index + 1;
    return html`<li class="row action ${this.errors[slot] ? 'invalid' : ''}">
      <span class="row-number" aria-hidden="true">${number}</span>
      <div class="action-controls">
        <div class="action-kind">
        <label class="small" for="${id}-kind">Action<span class="visually-hidden"> ${number}</span></label>
        <select
          id="${id}-kind"
          .value=${live(row.kind)}
          aria-invalid=${this.invalid(slot)}
          aria-describedby=${ifDefined(this.describedBy(slot))}
          @change=${(e: Event) => this.updateAction(row.key, { kind: (e.target as HTMLSelectElement).value as ActionChoice })}
        >
          ${this.offeredActions(row.kind).map(
            (choice) =>
              html`<option value=${choice} ?selected=${choice === row.kind}>${ACTION_CHOICE_LABELS[choice]}</option>`,
          )}
        </select>
        </div>
        <div class="action-fields">${this.renderActionFields(row, id, number)}</div>
      </div>
      ${this.readOnly
        ? nothing
        : html`<button
            id="${id}-remove"
            type="button"
            class="icon"
            aria-label="Remove action ${number}"
            title="Remove action"
            @click=${() => this.removeRow('actions', row.key)}
          >
            ${deleteIcon}
          </button>`}
      <div class="row-notes">${this.renderError(slot)}</div>
    </li>`;
  }

  private renderActionFields(row: ActionRow, id: string, number: number) {
    const set = (changes: Partial<ActionRow>) => this.updateAction(row.key, changes);
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    switch (row.kind) {
      case 'status':
        return html`${this.small(`${id}-status`, 'Status', number)}
          <select id="${id}-status" .value=${live(row.status)} @change=${(e: Event) => set({ status: value(e) as IncidentStatus })}>
            ${SETTABLE_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${status === row.status}>${INCIDENT_STATUS_LABELS[status]}</option>`,
            )}
          </select>
          ${row.status === 'resolved' ? this.renderClassification(row, id, number) : nothing}`;
      case 'severity':
        return html`${this.small(`${id}-severity`, 'Severity', number)}
          <select id="${id}-severity" .value=${live(row.severity)} @change=${(e: Event) => set({ severity: value(e) as Severity })}>
            ${SETTABLE_SEVERITIES.map(
              (severity) =>
                html`<option value=${severity} ?selected=${severity === row.severity}>${SEVERITY_LABELS[severity]}</option>`,
            )}
          </select>`;
      case 'classification':
        return this.renderClassification(row, id, number);
      case 'owner':
        return this.renderOwner(row, id, number);
      case 'tags':
        return html`${this.small(`${id}-tags`, 'Tags to add', number)}
          <input
            id="${id}-tags"
            autocomplete="off"
            placeholder="Separate tags with commas"
            .value=${live(row.tags)}
            @input=${(e: Event) => set({ tags: value(e) })}
          />`;
      case 'playbook':
        return this.renderPlaybook(row, id, number);
      case 'task':
        return html`${this.small(`${id}-title`, 'Task title', number)}
          <input id="${id}-title" autocomplete="off" .value=${live(row.title)} @input=${(e: Event) => set({ title: value(e) })} />
          ${this.small(`${id}-description`, 'Description (optional)', number)}
          <textarea
            id="${id}-description"
            rows="2"
            .value=${live(row.description)}
            @input=${(e: Event) => set({ description: value(e) })}
          ></textarea>`;
    }
  }

  /** A field's visible label; the row number makes each name unique for assistive technology. */
  private small(forId: string, text: string, number: number) {
    return html`<label class="small" for=${forId}>${text}<span class="visually-hidden"> (action ${number})</span></label>`;
  }

  private renderClassification(row: ActionRow, id: string, number: number) {
    const set = (changes: Partial<ActionRow>) => this.updateAction(row.key, changes);
    const classifications = CLASSIFICATIONS.filter((c) => c !== 'unknown' || row.kind === 'classification');
    const determinations: Determination[] = ['unknown', ...TRUE_POSITIVE_DETERMINATIONS];
    if (!determinations.includes(row.determination)) determinations.push(row.determination);
    return html`${this.small(`${id}-classification`, 'Classification', number)}
      <select
        id="${id}-classification"
        .value=${live(row.classification)}
        @change=${(e: Event) => set({ classification: (e.target as HTMLSelectElement).value as Classification })}
      >
        ${classifications.map(
          (c) => html`<option value=${c} ?selected=${c === row.classification}>${CLASSIFICATION_LABELS[c]}</option>`,
        )}
      </select>
      ${row.classification === 'truePositive'
        ? html`${this.small(`${id}-determination`, 'Determination', number)}
            <select
              id="${id}-determination"
              .value=${live(row.determination)}
              @change=${(e: Event) => set({ determination: (e.target as HTMLSelectElement).value as Determination })}
            >
              ${determinations.map(
                (d) => html`<option value=${d} ?selected=${d === row.determination}>${DETERMINATION_LABELS[d] ?? d}</option>`,
              )}
            </select>`
        : nothing}`;
  }

  private renderOwner(row: ActionRow, id: string, number: number) {
    const people = this.knownAssignees.value ?? [];
    const extra = row.owner && !people.some((p) => p.id.toLowerCase() === row.owner.toLowerCase()) ? [row.owner] : [];
    return html`${this.small(`${id}-owner`, 'Owner', number)}
      <select
        id="${id}-owner"
        .value=${live(row.owner)}
        @change=${(e: Event) => this.updateAction(row.key, { owner: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${row.owner === ''}>Unassigned</option>
        ${people.map((p) => html`<option value=${p.id} ?selected=${p.id === row.owner}>${p.displayName}</option>`)}
        ${extra.map((upn) => html`<option value=${upn} selected>${upn}</option>`)}
      </select>
      ${this.knownAssignees.status === TaskStatus.ERROR
        ? html`<p class="hint">
            Couldn't load the people to assign.
            ${describeApiError(this.knownAssignees.error, { action: 'list assignees' }).message}
            <button type="button" class="link" @click=${() => void this.knownAssignees.run()}>Retry</button>
          </p>`
        : nothing}`;
  }

  private renderPlaybook(row: ActionRow, id: string, number: number) {
    const playbooks = (this.knownPlaybooks.value ?? []).filter((playbook) => playbook.triggerKind === 'incident');
    const loading = this.knownPlaybooks.status === TaskStatus.PENDING && playbooks.length === 0;
    const unknown = row.playbookId && !playbooks.some((p) => p.id === row.playbookId) ? [row.playbookId] : [];
    return html`${this.small(`${id}-playbook`, 'Playbook', number)}
      <select
        id="${id}-playbook"
        .value=${live(row.playbookId)}
        @change=${(e: Event) => this.updateAction(row.key, { playbookId: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${row.playbookId === ''}>${loading ? 'Loading playbooks…' : 'Choose a playbook'}</option>
        ${playbooks.map((p) => html`<option value=${p.id} ?selected=${p.id === row.playbookId}>${p.name}</option>`)}
        ${unknown.map((playbookId) => html`<option value=${playbookId} selected>${playbookId}</option>`)}
      </select>
      ${this.knownPlaybooks.status === TaskStatus.ERROR
        ? html`<p class="hint">
            Couldn't load the playbooks.
            ${describeApiError(this.knownPlaybooks.error, { action: 'list playbooks' }).message}
            <button type="button" class="link" @click=${() => void this.knownPlaybooks.run()}>Retry</button>
          </p>`
        : nothing}`;
  }

  private renderExpiration() {
    const expired = this.form.expiration !== '' && new Date(this.form.expiration).getTime() <= Date.now();
    return html`<div class="field">
      <label for="expiration">Rule expiration</label>
      <input
        id="expiration"
        type="datetime-local"
        .value=${live(this.form.expiration)}
        aria-invalid=${this.invalid('expiration')}
        aria-describedby=${ifDefined(this.describedBy('expiration', 'expiration-hint'))}
        @input=${(e: Event) => this.edit({ expiration: (e.target as HTMLInputElement).value }, 'expiration')}
      />
      <p class="hint" id="expiration-hint">
        ${this.form.expiration === ''
          ? 'Indefinite: leave empty for a rule that never expires.'
          : expired
            ? 'This time has passed: the rule no longer acts.'
            : 'The rule stops acting at this time (your time zone).'}
      </p>
      ${this.renderError('expiration')}
    </div>`;
  }

  private renderOrder() {
    return html`<div class="field">
      <label for="order">Order</label>
      <input
        id="order"
        type="number"
        inputmode="numeric"
        min="1"
        max="1000"
        step="1"
        .value=${live(this.form.order)}
        aria-invalid=${this.invalid('order')}
        aria-describedby=${ifDefined(this.describedBy('order', 'order-hint'))}
        @input=${(e: Event) => this.edit({ order: (e.target as HTMLInputElement).value }, 'order')}
      />
      <p class="hint" id="order-hint">Rules run from the lowest order to the highest.</p>
      ${this.renderError('order')}
    </div>`;
  }

  private renderSaveOutcome() {
    let content: unknown = nothing;
    if (this.saveAttempted && this.saving.status === TaskStatus.ERROR) {
      const error = this.saving.error;
      const described = describeApiError(error, { action: 'change automation rules' });
      const validation = ApiError.is(error, 'validation');
      const formLevel = !validation || this.errors.form !== undefined;
      content = html`<div class="notice error">
        <strong>${validation ? 'The rule was not saved' : described.title}</strong>
        ${validation
          ? formLevel
            ? described.message
            : 'Check the highlighted field: the message beside it says what to change.'
          : described.message}
        ${described.canRetry ? ' Your rule is kept: select Apply to try again.' : ''}
      </div>`;
    }
    return html`<div class="alert-region" role="alert">${content}</div>
      <p class="visually-hidden" role="status">${this.isSaving ? 'Applying…' : ''}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-automation-rule-editor': SocAutomationRuleEditor;
  }
}
