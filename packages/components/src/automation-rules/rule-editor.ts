import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
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
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { AutomationRuleSavedEvent } from '../events/automation-rule-saved.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { LocaleController } from '../i18n/localizer.js';
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
import { renderIsolated } from '../i18n/isolate.js';
import { automationRulesCatalog } from './messages.js';
import { actionChoiceLabel, itemList, operatorLabel, propertyLabel, triggerLabel, valueText } from './rule-text.js';

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

  private readonly l10n = new LocaleController(this, automationRulesCatalog);
  @state() private saveAttempted = false;

  private readonly errors = new FormErrorsController<ErrorSlot | 'form'>(this, {
    control: (slot) => this.controlFor(slot),
  });

  /** Escape goes through `close()`, so that state, focus and `close` follow at once. */
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => this.close(),
    afterShow: () => {
      if (this.readOnly) this.renderRoot.querySelector<HTMLElement>('.body')?.focus();
    },
    afterClose: () => this.dispatchEvent(new Event('close')),
  });

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
      if (!api) throw new ApiError('network', this.l10n.t('noServiceConnected'));
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
    this.modal.setOpener();
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

  private startEditing(): void {
    this.form = this.rule ? formOf(this.rule) : emptyForm(this.defaultOrder);
    this.errors.clear();
    this.saveAttempted = false;
  }

  // ---------------------------------------------------------------------------
  // Editing
  // ---------------------------------------------------------------------------

  private edit(changes: Partial<RuleForm>, cleared: ErrorSlot): void {
    this.form = { ...this.form, ...changes };
    this.errors.clear(cleared);
  }

  private setTrigger(trigger: Trigger): void {
    this.edit({ trigger }, 'trigger');
  }

  private updateCondition(key: number, change: (row: ConditionRow) => ConditionRow): void {
    this.form = { ...this.form, conditions: this.form.conditions.map((row) => (row.key === key ? change(row) : row)) };
    this.errors.clear(`condition-${key}`);
    this.errors.clear('conditions');
  }

  private updateAction(key: number, changes: Partial<ActionRow>): void {
    this.form = { ...this.form, actions: this.form.actions.map((row) => (row.key === key ? { ...row, ...changes } : row)) };
    this.errors.clear(`action-${key}`);
    this.errors.clear('actions');
  }

  private async addCondition(): Promise<void> {
    const row = newConditionRow();
    this.form = { ...this.form, conditions: [...this.form.conditions, row] };
    this.errors.clear('conditions');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#condition-${row.key}-property`)?.focus();
  }

  private async addAction(): Promise<void> {
    const row = newActionRow();
    this.form = { ...this.form, actions: [...this.form.actions, row] };
    this.errors.clear('actions');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#action-${row.key}-kind`)?.focus();
  }

  /** Removes a row; focus goes to the row that takes its place, or to the "Add" button. */
  private async removeRow(section: 'conditions' | 'actions', key: number): Promise<void> {
    const rows: { key: number }[] = this.form[section];
    const index = rows.findIndex((row) => row.key === key);
    const remaining = rows.filter((row) => row.key !== key);
    this.form = { ...this.form, [section]: remaining };
    this.errors.clear(section === 'conditions' ? `condition-${key}` : `action-${key}`);
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
    this.errors.clear();
    this.saveAttempted = true;
    // The rows as sent: the backend's indexes name them, whatever is edited while it answers.
    const conditionKeys = this.form.conditions.map((row) => row.key);
    const actionKeys = this.form.actions.map((row) => row.key);
    await this.saving.run();
    if (this.saving.status === TaskStatus.ERROR && ApiError.is(this.saving.error, 'validation')) {
      this.showValidationError(this.saving.error, conditionKeys, actionKeys);
    }
  }

  private showValidationError(error: ApiError, conditionKeys: number[], actionKeys: number[]): void {
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
    this.errors.report({ [slot]: error.message });
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
    const title = this.l10n.t(this.readOnly ? 'ruleTitle' : this.form.id ? 'editTitle' : 'createTitle');
    return html`<dialog part="dialog" aria-labelledby="title">
      <form novalidate @submit=${this.onSubmit}>
        <header>
          <h2 id="title">${title}</h2>
          <button
            type="button"
            class="icon"
            aria-label=${this.l10n.t('action.close')}
            title=${this.l10n.t('action.close')}
            @click=${this.close}
          >
            ${closeIcon}
          </button>
        </header>
        <div
          class="body"
          tabindex=${ifDefined(this.readOnly ? '0' : undefined)}
          role=${ifDefined(this.readOnly ? 'region' : undefined)}
          aria-label=${ifDefined(this.readOnly ? this.l10n.t('ruleTitle') : undefined)}
        >
          ${this.readOnly
            ? html`<p class="note" role="note">${this.l10n.t('readOnlyRule')}</p>`
            : nothing}
          <fieldset ?disabled=${this.readOnly}>
            <legend class="visually-hidden">${this.l10n.t('ruleTitle')}</legend>
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
                ${this.isSaving ? this.l10n.t('applying') : this.l10n.t('action.apply')}
              </button>`}
          <button type="button" part="cancel-button" @click=${this.close}>
            ${this.l10n.t(this.readOnly ? 'action.close' : 'action.cancel')}
          </button>
        </footer>
      </form>
    </dialog>`;
  }

  private renderName() {
    return html`<div class="field">
      <label for="name">${this.l10n.t('ruleName')}</label>
      <input
        id="name"
        dir="auto"
        autofocus
        autocomplete="off"
        .value=${live(this.form.name)}
        aria-invalid=${this.errors.invalid('name')}
        aria-describedby=${ifDefined(this.errors.describedBy('name'))}
        @input=${(e: Event) => this.edit({ name: (e.target as HTMLInputElement).value }, 'name')}
      />
      ${this.errors.render('name')}
    </div>`;
  }

  private renderTrigger() {
    const offered = TRIGGERS.filter((trigger) => trigger.startsWith('incidents.') || trigger === this.form.trigger);
    return html`<div class="field">
      <label for="trigger">${this.l10n.t('trigger')}</label>
      <select
        id="trigger"
        .value=${live(this.form.trigger)}
        aria-invalid=${this.errors.invalid('trigger')}
        aria-describedby=${ifDefined(this.errors.describedBy('trigger'))}
        @change=${(e: Event) => this.setTrigger((e.target as HTMLSelectElement).value as Trigger)}
      >
        ${offered.map(
          (trigger) =>
            html`<option value=${trigger} ?selected=${trigger === this.form.trigger}>${triggerLabel(trigger, this.l10n)}</option>`,
        )}
      </select>
      ${this.errors.render('trigger')}
    </div>`;
  }

  private renderConditions() {
    const rows = this.form.conditions;
    return html`<section class="rows-section" aria-labelledby="conditions-heading">
      <h3 id="conditions-heading">${this.l10n.t('conditions')}</h3>
      <p class="hint" id="conditions-hint">
        ${rows.length === 0
          ? this.l10n.t('noConditions')
          : this.l10n.t('conditionsHint')}
      </p>
      ${rows.length
        ? html`<ol class="rows" aria-label=${this.l10n.t('conditions')}>
            ${repeat(
              rows,
              (row) => row.key,
              (row, index) => this.renderCondition(row, index),
            )}
          </ol>`
        : nothing}
      ${this.errors.render('conditions')}
      ${this.readOnly
        ? nothing
        : html`<button id="add-condition" type="button" class="link add" @click=${this.addCondition}>
            ${addIcon} ${this.l10n.t('addCondition')}
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
    return html`<li class="row condition ${this.errors.message(slot) ? 'invalid' : ''}">
      <span class="row-number" aria-hidden="true">${number}</span>
      <div class="condition-controls">
        <label class="visually-hidden" for="${id}-property">${this.l10n.t('conditionProperty', { number })}</label>
        <select
          id="${id}-property"
          .value=${live(row.property)}
          aria-invalid=${this.errors.invalid(slot)}
          aria-describedby=${ifDefined(this.errors.describedBy(slot, ...(changeOnCreate ? [noteId] : [])))}
          @change=${(e: Event) =>
            this.updateCondition(row.key, (r) =>
              withProperty(r, (e.target as HTMLSelectElement).value as ConditionProperty, this.form.trigger),
            )}
        >
          ${CONDITION_PROPERTIES.map(
            (property) =>
              html`<option value=${property} ?selected=${property === row.property}>
                ${propertyLabel(property, this.l10n)}
              </option>`,
          )}
        </select>
        <label class="visually-hidden" for="${id}-operator">${this.l10n.t('conditionOperator', { number })}</label>
        <select
          id="${id}-operator"
          .value=${live(row.operator)}
          @change=${(e: Event) =>
            this.updateCondition(row.key, (r) => withOperator(r, (e.target as HTMLSelectElement).value as OperatorChoice))}
        >
          ${operators.map(
            (operator) =>
              html`<option value=${operator} ?selected=${operator === row.operator}>
                ${operatorLabel(operator, this.l10n)}
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
            aria-label=${this.l10n.t('removeConditionNumber', { number })}
            title=${this.l10n.t('removeCondition')}
            @click=${() => this.removeRow('conditions', row.key)}
          >
            ${deleteIcon}
          </button>`}
      <div class="row-notes">
        ${changeOnCreate
          ? html`<p class="hint" id=${noteId}>
              ${this.l10n.t('changeOnCreate', { operator: operatorLabel(row.operator, this.l10n) })}
            </p>`
          : nothing}
        ${this.errors.render(slot)}
      </div>
    </li>`;
  }

  private renderConditionValues(row: ConditionRow, number: number) {
    const id = `condition-${row.key}-values`;
    if (!picksValues(row.property, row.operator)) {
      return html`<label class="visually-hidden" for=${id}>${this.l10n.t('conditionTypedValues', { number })}</label>
        <textarea
          id=${id}
          dir="auto"
          rows=${Math.min(6, Math.max(2, row.text.split('\n').length))}
          placeholder=${this.l10n.t('typedValuesPlaceholder')}
          .value=${live(row.text)}
          @input=${(e: Event) => this.updateCondition(row.key, (r) => ({ ...r, text: (e.target as HTMLTextAreaElement).value }))}
        ></textarea>`;
    }
    const choices = this.valueChoices(row);
    if (this.readOnly) {
      const chosen = choices.filter((choice) => row.values.includes(choice.value)).map((choice) => choice.label);
      return html`<p class="read-only-values" id=${id}>
        ${chosen.length ? renderIsolated(itemList(chosen, this.l10n)) : this.l10n.t('noneSelected')}
      </p>`;
    }
    const toggle = (value: string, checked: boolean) =>
      this.updateCondition(row.key, (r) => ({
        ...r,
        values: checked ? [...r.values.filter((v) => v !== value), value] : r.values.filter((v) => v !== value),
      }));
    return html`<fieldset class="choices" id=${id}>
      <legend class="visually-hidden">${this.l10n.t('conditionValues', { number })}</legend>
      ${choices.map(
        ({ value, label }, i) => html`<label class="choice">
          <input
            type="checkbox"
            id="${id}-${i}"
            .checked=${live(row.values.includes(value))}
            @change=${(e: Event) => toggle(value, (e.target as HTMLInputElement).checked)}
          />
          <span>${renderIsolated(label)}</span>
        </label>`,
      )}
      ${choices.length > LONG_CHOICE_LIST
        ? html`<p class="hint selected">
            ${row.values.length
              ? renderIsolated(
                  this.l10n.t('selectedValues', {
                    values: itemList(
                      choices.filter((choice) => row.values.includes(choice.value)).map((choice) => choice.label),
                      this.l10n,
                    ),
                  }),
                )
              : this.l10n.t('noneSelected')}
          </p>`
        : nothing}
      ${row.property === 'owner' && this.knownAssignees.status === TaskStatus.ERROR
        ? html`<p class="hint">
            ${this.l10n.t('peopleToChooseFailed')}
            <button type="button" class="link" @click=${() => void this.knownAssignees.run()}>
              ${this.l10n.t('action.retry')}
            </button>
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
    return [...listed, ...extra].map((value) => ({ value, label: valueText(row.property, value, vocabulary, this.l10n) }));
  }

  private renderActions() {
    const rows = this.form.actions;
    return html`<section class="rows-section" aria-labelledby="actions-heading">
      <h3 id="actions-heading">${this.l10n.t('actions')}</h3>
      <p class="hint">${this.l10n.t('actionsHint')}</p>
      ${rows.length
        ? html`<ol class="rows" aria-label=${this.l10n.t('actions')}>
            ${repeat(
              rows,
              (row) => row.key,
              (row, index) => this.renderAction(row, index),
            )}
          </ol>`
        : nothing}
      ${this.errors.render('actions')}
      ${this.readOnly
        ? nothing
        : html`<button id="add-action" type="button" class="link add" @click=${this.addAction}>
            ${addIcon} ${this.l10n.t('addAction')}
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
    return html`<li class="row action ${this.errors.message(slot) ? 'invalid' : ''}">
      <span class="row-number" aria-hidden="true">${number}</span>
      <div class="action-controls">
        <div class="action-kind">
        <label class="small" for="${id}-kind">
          ${this.l10n.t('action')}<span class="visually-hidden"> ${this.l10n.count(number)}</span>
        </label>
        <select
          id="${id}-kind"
          .value=${live(row.kind)}
          aria-invalid=${this.errors.invalid(slot)}
          aria-describedby=${ifDefined(this.errors.describedBy(slot))}
          @change=${(e: Event) => this.updateAction(row.key, { kind: (e.target as HTMLSelectElement).value as ActionChoice })}
        >
          ${this.offeredActions(row.kind).map(
            (choice) =>
              html`<option value=${choice} ?selected=${choice === row.kind}>${actionChoiceLabel(choice, this.l10n)}</option>`,
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
            aria-label=${this.l10n.t('removeActionNumber', { number })}
            title=${this.l10n.t('removeAction')}
            @click=${() => this.removeRow('actions', row.key)}
          >
            ${deleteIcon}
          </button>`}
      <div class="row-notes">${this.errors.render(slot)}</div>
    </li>`;
  }

  private renderActionFields(row: ActionRow, id: string, number: number) {
    const set = (changes: Partial<ActionRow>) => this.updateAction(row.key, changes);
    const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;
    switch (row.kind) {
      case 'status':
        return html`${this.small(`${id}-status`, this.l10n.t('status'), number)}
          <select id="${id}-status" .value=${live(row.status)} @change=${(e: Event) => set({ status: value(e) as IncidentStatus })}>
            ${SETTABLE_STATUSES.map(
              (status) =>
                html`<option value=${status} ?selected=${status === row.status}>${this.l10n.t(`status.${status}`)}</option>`,
            )}
          </select>
          ${row.status === 'resolved' ? this.renderClassification(row, id, number) : nothing}`;
      case 'severity':
        return html`${this.small(`${id}-severity`, this.l10n.t('severity'), number)}
          <select id="${id}-severity" .value=${live(row.severity)} @change=${(e: Event) => set({ severity: value(e) as Severity })}>
            ${SETTABLE_SEVERITIES.map(
              (severity) =>
                html`<option value=${severity} ?selected=${severity === row.severity}>
                  ${this.l10n.t(`severity.${severity}`)}
                </option>`,
            )}
          </select>`;
      case 'classification':
        return this.renderClassification(row, id, number);
      case 'owner':
        return this.renderOwner(row, id, number);
      case 'tags':
        return html`${this.small(`${id}-tags`, this.l10n.t('tagsToAdd'), number)}
          <input
            id="${id}-tags"
            autocomplete="off"
            dir="auto"
            placeholder=${this.l10n.t('tagsPlaceholder')}
            .value=${live(row.tags)}
            @input=${(e: Event) => set({ tags: value(e) })}
          />`;
      case 'playbook':
        return this.renderPlaybook(row, id, number);
      case 'task':
        return html`${this.small(`${id}-title`, this.l10n.t('taskTitle'), number)}
          <input
            id="${id}-title"
            dir="auto"
            autocomplete="off"
            .value=${live(row.title)}
            @input=${(e: Event) => set({ title: value(e) })}
          />
          ${this.small(`${id}-description`, this.l10n.t('taskDescription'), number)}
          <textarea
            id="${id}-description"
            dir="auto"
            rows="2"
            .value=${live(row.description)}
            @input=${(e: Event) => set({ description: value(e) })}
          ></textarea>`;
    }
  }

  /** A field's visible label; the row number makes each name unique for assistive technology. */
  private small(forId: string, text: string, number: number) {
    return html`<label class="small" for=${forId}>
      ${text}<span class="visually-hidden"> ${this.l10n.t('ofAction', { number })}</span>
    </label>`;
  }

  private renderClassification(row: ActionRow, id: string, number: number) {
    const set = (changes: Partial<ActionRow>) => this.updateAction(row.key, changes);
    const classifications = CLASSIFICATIONS.filter((c) => c !== 'unknown' || row.kind === 'classification');
    const determinations: Determination[] = ['unknown', ...TRUE_POSITIVE_DETERMINATIONS];
    if (!determinations.includes(row.determination)) determinations.push(row.determination);
    return html`${this.small(`${id}-classification`, this.l10n.t('classification'), number)}
      <select
        id="${id}-classification"
        .value=${live(row.classification)}
        @change=${(e: Event) => set({ classification: (e.target as HTMLSelectElement).value as Classification })}
      >
        ${classifications.map(
          (c) => html`<option value=${c} ?selected=${c === row.classification}>${this.l10n.t(`classification.${c}`)}</option>`,
        )}
      </select>
      ${row.classification === 'truePositive'
        ? html`${this.small(`${id}-determination`, this.l10n.t('determination'), number)}
            <select
              id="${id}-determination"
              .value=${live(row.determination)}
              @change=${(e: Event) => set({ determination: (e.target as HTMLSelectElement).value as Determination })}
            >
              ${determinations.map(
                (d) => html`<option value=${d} ?selected=${d === row.determination}>${this.l10n.t(`determination.${d}`)}</option>`,
              )}
            </select>`
        : nothing}`;
  }

  private renderOwner(row: ActionRow, id: string, number: number) {
    const people = this.knownAssignees.value ?? [];
    const extra = row.owner && !people.some((p) => p.id.toLowerCase() === row.owner.toLowerCase()) ? [row.owner] : [];
    return html`${this.small(`${id}-owner`, this.l10n.t('owner'), number)}
      <select
        id="${id}-owner"
        .value=${live(row.owner)}
        @change=${(e: Event) => this.updateAction(row.key, { owner: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${row.owner === ''}>${this.l10n.t('state.unassigned')}</option>
        ${people.map((p) => html`<option value=${p.id} dir="auto" ?selected=${p.id === row.owner}>${p.displayName}</option>`)}
        ${extra.map((upn) => html`<option value=${upn} dir="auto" selected>${upn}</option>`)}
      </select>
      ${this.knownAssignees.status === TaskStatus.ERROR
        ? html`<p class="hint">
            ${this.l10n.t('peopleToAssignFailed', {
              message: describeApiError(this.knownAssignees.error, { action: this.l10n.t('actionListAssignees') }, this.l10n)
                .message,
            })}
            <button type="button" class="link" @click=${() => void this.knownAssignees.run()}>
              ${this.l10n.t('action.retry')}
            </button>
          </p>`
        : nothing}`;
  }

  private renderPlaybook(row: ActionRow, id: string, number: number) {
    const playbooks = (this.knownPlaybooks.value ?? []).filter((playbook) => playbook.triggerKind === 'incident');
    const loading = this.knownPlaybooks.status === TaskStatus.PENDING && playbooks.length === 0;
    const unknown = row.playbookId && !playbooks.some((p) => p.id === row.playbookId) ? [row.playbookId] : [];
    return html`${this.small(`${id}-playbook`, this.l10n.t('playbook'), number)}
      <select
        id="${id}-playbook"
        .value=${live(row.playbookId)}
        @change=${(e: Event) => this.updateAction(row.key, { playbookId: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${row.playbookId === ''}>
          ${this.l10n.t(loading ? 'loadingPlaybooks' : 'choosePlaybook')}
        </option>
        ${playbooks.map((p) => html`<option value=${p.id} dir="auto" ?selected=${p.id === row.playbookId}>${p.name}</option>`)}
        ${unknown.map((playbookId) => html`<option value=${playbookId} dir="auto" selected>${playbookId}</option>`)}
      </select>
      ${this.knownPlaybooks.status === TaskStatus.ERROR
        ? html`<p class="hint">
            ${this.l10n.t('playbooksFailed', {
              message: describeApiError(this.knownPlaybooks.error, { action: this.l10n.t('actionListPlaybooks') }, this.l10n)
                .message,
            })}
            <button type="button" class="link" @click=${() => void this.knownPlaybooks.run()}>
              ${this.l10n.t('action.retry')}
            </button>
          </p>`
        : nothing}`;
  }

  private renderExpiration() {
    const expired = this.form.expiration !== '' && new Date(this.form.expiration).getTime() <= Date.now();
    return html`<div class="field">
      <label for="expiration">${this.l10n.t('ruleExpiration')}</label>
      <input
        id="expiration"
        type="datetime-local"
        .value=${live(this.form.expiration)}
        aria-invalid=${this.errors.invalid('expiration')}
        aria-describedby=${ifDefined(this.errors.describedBy('expiration', 'expiration-hint'))}
        @input=${(e: Event) => this.edit({ expiration: (e.target as HTMLInputElement).value }, 'expiration')}
      />
      <p class="hint" id="expiration-hint">
        ${this.form.expiration === ''
          ? this.l10n.t('expirationNone')
          : expired
            ? this.l10n.t('expirationPassed')
            : this.l10n.t('expirationFuture')}
      </p>
      ${this.errors.render('expiration')}
    </div>`;
  }

  private renderOrder() {
    return html`<div class="field">
      <label for="order">${this.l10n.t('order')}</label>
      <input
        id="order"
        type="number"
        inputmode="numeric"
        min="1"
        max="1000"
        step="1"
        .value=${live(this.form.order)}
        aria-invalid=${this.errors.invalid('order')}
        aria-describedby=${ifDefined(this.errors.describedBy('order', 'order-hint'))}
        @input=${(e: Event) => this.edit({ order: (e.target as HTMLInputElement).value }, 'order')}
      />
      <p class="hint" id="order-hint">${this.l10n.t('orderHint')}</p>
      ${this.errors.render('order')}
    </div>`;
  }

  private renderSaveOutcome() {
    let content: unknown = nothing;
    if (this.saveAttempted && this.saving.status === TaskStatus.ERROR) {
      const error = this.saving.error;
      const described = describeApiError(error, { action: this.l10n.t('actionChange') }, this.l10n);
      const validation = ApiError.is(error, 'validation');
      const formLevel = !validation || this.errors.message('form') !== undefined;
      content = html`<div class="notice error">
        <strong>${validation ? this.l10n.t('notSaved') : described.title}</strong>
        ${validation ? (formLevel ? described.message : this.l10n.t('checkField')) : described.message}
        ${described.canRetry ? this.l10n.t('ruleKept') : ''}
      </div>`;
    }
    return html`<div class="alert-region" role="alert">${content}</div>
      <p class="visually-hidden" role="status">${this.isSaving ? this.l10n.t('applying') : ''}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-automation-rule-editor': SocAutomationRuleEditor;
  }
}
