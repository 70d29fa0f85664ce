import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import {
  ALERT_STATUSES,
  CLASSIFICATIONS,
  DETECTION_SOURCES,
  DETERMINATIONS,
  INCIDENT_STATUSES,
  INVESTIGATION_STATES,
  OS_PLATFORMS,
  SENSITIVITY_LABELS,
  SERVICE_SOURCES,
  UNASSIGNED,
  type Assignee,
  type Severity,
} from '../api/model.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { pillLook } from '../styles/looks.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { dismissIcon } from './queue-icons.js';
import { queueCatalog } from './messages.js';
import {
  TIME_RANGE_PRESETS,
  isPreset,
  type QueueFilters,
  type TimeRangePreset,
} from './queue-filters.js';
import { sidePanelStyles } from './side-panel.styles.js';

/** Severities from the most to the least urgent, as the portal lists them. */
const SEVERITY_ORDER: Severity[] = ['high', 'medium', 'low', 'informational', 'unknown'];

type ListFilter =
  | 'status'
  | 'severity'
  | 'serviceSources'
  | 'detectionSources'
  | 'assignedTo'
  | 'classification'
  | 'determination'
  | 'osPlatforms'
  | 'investigationState'
  | 'sensitivityLabels';
type FreeFilter = 'tags' | 'categories' | 'entities' | 'deviceGroups' | 'threats';

/** A filter the panel can offer. */
export type PanelFilterName = ListFilter | FreeFilter | 'timeRange';

/** The incident queue's filters, in the panel's order. */
export const INCIDENT_PANEL_FILTERS: readonly PanelFilterName[] = [
  'timeRange',
  'status',
  'severity',
  'serviceSources',
  'detectionSources',
  'assignedTo',
  'classification',
  'tags',
  'categories',
  'entities',
  'deviceGroups',
  'osPlatforms',
  'investigationState',
  'threats',
  'sensitivityLabels',
];

/** The filters the panel edits: the incident queue's, or those of another queue by the same names (the alert queue's). */
type PanelFilters = QueueFilters & { determination?: string[] };

/** The messages that name adding and removing a value of each free-text filter. */
const FREE_ACTIONS = {
  tags: { add: 'addTag', remove: 'removeTag' },
  categories: { add: 'addCategory', remove: 'removeCategory' },
  entities: { add: 'addEntity', remove: 'removeEntity' },
  deviceGroups: { add: 'addDeviceGroup', remove: 'removeDeviceGroup' },
  threats: { add: 'addThreat', remove: 'removeThreat' },
} as const satisfies Record<FreeFilter, { add: string; remove: string }>;

interface Option {
  value: string;
  label: string;
  /** A person's name from the API rather than a word from the catalog: isolated for right-to-left. */
  userData?: boolean;
}

function options<T extends string>(values: readonly T[], label: (value: T) => string): Option[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/**
 * The queue's filter flyout: edits a draft of the filters and hands it over on "Apply". It offers
 * the incident queue's filters unless `fields` and `statuses` say otherwise (the alert queue's).
 *
 * @summary Filter panel of the incident and alert queues.
 * @fires change - The person applied new filters; read them from `filters`.
 */
export class SocQueueFilterPanel extends SocElement {
  static override styles = [
    baseStyles,
    sidePanelStyles,
    css`
      .options {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(170px, 1fr));
        column-gap: 12px;
      }
      .free-values {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin-block-end: 8px;
      }
      .value-chip {
        ${pillLook}
        gap: 4px;
        min-height: 24px;
        padding-inline: 8px 4px;
        border-radius: 12px;
      }
      .value-chip button {
        display: inline-grid;
        place-items: center;
        width: 20px;
        height: 20px;
        padding: 0;
        border: none;
        border-radius: 50%;
        background: transparent;
      }
      .add-row {
        display: flex;
        gap: 8px;
      }
      .add-row input {
        flex: 1 1 auto;
        min-width: 0;
      }
      .custom-range {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 8px;
        margin-top: 8px;
      }
      .custom-range label {
        flex-direction: column;
        align-items: stretch;
        gap: 4px;
      }
    `,
  ];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** The filters in force; replaced (and `change` fired) when the person applies the draft. */
  @property({ attribute: false })
  filters: QueueFilters = {};

  /** The filters offered, in order. */
  @property({ attribute: false })
  fields: readonly PanelFilterName[] = INCIDENT_PANEL_FILTERS;

  /** Whose statuses the status filter offers: an incident's (New/Active, …) or an alert's (New, In progress, Resolved). */
  @property({ attribute: false })
  statuses: 'incident' | 'alert' = 'incident';

  /** Tags seen in the queue, offered while typing one. */
  @property({ attribute: false })
  tagSuggestions: string[] = [];

  /** Categories seen in the queue, offered while typing one. */
  @property({ attribute: false })
  categorySuggestions: string[] = [];

  /** Device groups seen in the queue, offered while typing one. */
  @property({ attribute: false })
  deviceGroupSuggestions: string[] = [];

  /** Threats seen in the queue, offered while typing one. */
  @property({ attribute: false })
  threatSuggestions: string[] = [];

  @state()
  private draft: PanelFilters = {};

  @query('dialog')
  private dialog!: HTMLDialogElement;

  readonly #l10n = new LocaleController(this, queueCatalog);

  readonly #assignees = new Task(this, {
    autoRun: false,
    args: () => [this.api] as const,
    task: async ([api], { signal }): Promise<Assignee[]> => (api ? api.listAssignees({ signal }) : []),
  });

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the panel on a fresh draft of the current filters. */
  async show(): Promise<void> {
    this.draft = structuredClone(this.filters);
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
    if (this.#assignees.status !== TaskStatus.COMPLETE) void this.#assignees.run();
  }

  close(): void {
    this.dialog?.close();
  }

  override render() {
    const l10n = this.#l10n;
    return html`
      <dialog aria-labelledby="title" part="panel">
        <div class="panel-header">
          <h2 id="title">${l10n.t('filters')}</h2>
          <button class="icon-button" aria-label=${l10n.t('action.close')} @click=${this.close}>${dismissIcon}</button>
        </div>
        <div class="panel-body">${this.fields.map((name) => this.#renderFilter(name))}</div>
        <div class="panel-footer">
          <button class="button primary" @click=${this.#apply}>${l10n.t('action.apply')}</button>
          <button class="button" @click=${this.#resetDraft}>${l10n.t('action.reset')}</button>
          <button class="button" @click=${this.close}>${l10n.t('action.cancel')}</button>
        </div>
      </dialog>
    `;
  }

  #renderFilter(name: PanelFilterName) {
    const l10n = this.#l10n;
    switch (name) {
      case 'timeRange':
        return this.#renderTimeRange();
      case 'status':
        return this.statuses === 'alert'
          ? this.#renderList('status', options(ALERT_STATUSES, (value) => l10n.t(`alertStatus.${value}`)))
          : this.#renderList('status', options(INCIDENT_STATUSES, (value) => l10n.t(`status.${value}`)));
      case 'severity':
        return this.#renderList('severity', options(SEVERITY_ORDER, (value) => l10n.t(`severity.${value}`)));
      case 'serviceSources':
        return this.#renderList('serviceSources', options(SERVICE_SOURCES, (value) => l10n.t(`serviceSource.${value}`)));
      case 'detectionSources':
        return this.#renderList('detectionSources', options(DETECTION_SOURCES, (value) => l10n.t(`detectionSource.${value}`)));
      case 'assignedTo':
        return this.#renderAssignees();
      case 'classification':
        return this.#renderList('classification', options(CLASSIFICATIONS, (value) => l10n.t(`classification.${value}`)));
      case 'determination':
        return this.#renderList('determination', options(DETERMINATIONS, (value) => l10n.t(`determination.${value}`)));
      case 'tags':
        return this.#renderFree('tags', this.tagSuggestions);
      case 'categories':
        return this.#renderFree('categories', this.categorySuggestions, (value) => l10n.category(value));
      case 'entities':
        return this.#renderFree('entities', []);
      case 'deviceGroups':
        return this.#renderFree('deviceGroups', this.deviceGroupSuggestions);
      case 'osPlatforms':
        return this.#renderList('osPlatforms', options(OS_PLATFORMS, (value) => l10n.t(`osPlatform.${value}`)));
      case 'investigationState':
        return this.#renderList('investigationState', options(INVESTIGATION_STATES, (value) => l10n.t(`investigationState.${value}`)));
      case 'threats':
        return this.#renderFree('threats', this.threatSuggestions);
      case 'sensitivityLabels':
        return this.#renderList('sensitivityLabels', options(SENSITIVITY_LABELS, (value) => l10n.t(`sensitivityLabel.${value}`)));
    }
  }

  #renderList(name: ListFilter, choices: Option[], extra: TemplateResult | typeof nothing = nothing) {
    const selected = (this.draft[name] ?? []) as string[];
    return html`
      <fieldset>
        <legend>${this.#l10n.t(`filter.${name}`)}</legend>
        <div class="options">
          ${choices.map(
            (choice) => html`<label
              ><input
                type="checkbox"
                name=${name}
                .value=${choice.value}
                .checked=${selected.includes(choice.value)}
                @change=${(event: Event) => this.#toggle(name, choice.value, (event.target as HTMLInputElement).checked)}
              />${choice.userData ? html`<bdi>${choice.label}</bdi>` : choice.label}</label
            >`,
          )}
        </div>
        ${extra}
      </fieldset>
    `;
  }

  #renderAssignees() {
    const unassigned: Option = { value: UNASSIGNED, label: this.#l10n.t('state.unassigned') };
    return this.#assignees.render({
      initial: () => this.#renderList('assignedTo', [unassigned]),
      pending: () =>
        this.#renderList('assignedTo', [unassigned], html`<p class="muted" role="status">${this.#l10n.t('loadingPeople')}</p>`),
      complete: (people) =>
        this.#renderList('assignedTo', [
          unassigned,
          ...people.map((person) => ({ value: person.id, label: person.displayName, userData: true })),
        ]),
      error: (error) => {
        const view = describeApiError(
          error,
          { action: this.#l10n.t('actionViewPeople'), loading: this.#l10n.t('loadingPeopleWhat') },
          this.#l10n,
        );
        return this.#renderList(
          'assignedTo',
          [unassigned],
          html`<p class="error" role="alert">${this.#l10n.t('failure', { title: view.title, message: view.message })}</p>
            ${view.canRetry
              ? html`<button class="button" @click=${() => this.#assignees.run()}>${this.#l10n.t('action.retry')}</button>`
              : nothing}`,
        );
      },
    });
  }

  #renderFree(name: FreeFilter, suggestions: string[], labelOf: (value: string) => string = String) {
    const values = this.draft[name] ?? [];
    const inputId = `${name}-input`;
    const add = this.#l10n.t(FREE_ACTIONS[name].add);
    const remove = (value: string) => this.#l10n.t(FREE_ACTIONS[name].remove, { value });
    return html`
      <fieldset>
        <legend>${this.#l10n.t(`filter.${name}`)}</legend>
        ${values.length > 0
          ? html`<div class="free-values">
              ${values.map(
                (value) => html`<span class="value-chip"
                  ><bdi>${labelOf(value)}</bdi><button aria-label=${remove(value)} @click=${() => this.#removeFree(name, value)}>
                    ${dismissIcon}
                  </button></span
                >`,
              )}
            </div>`
          : nothing}
        <div class="add-row">
          <input
            id=${inputId}
            type="text"
            aria-label=${add}
            placeholder=${add}
            list=${`${name}-suggestions`}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Enter') this.#addFree(name, event.target as HTMLInputElement);
            }}
          />
          <button class="button" @click=${() => this.#addFree(name, this.renderRoot.querySelector(`#${inputId}`)!)}>
            ${this.#l10n.t('action.add')}
          </button>
        </div>
        <datalist id=${`${name}-suggestions`}>
          ${suggestions
            .filter((value) => !values.includes(value))
            .map((value) => html`<option .value=${value} label=${labelOf(value)}></option>`)}
        </datalist>
      </fieldset>
    `;
  }

  #renderTimeRange() {
    const range = this.draft.timeRange;
    const choice = range === undefined ? 'any' : isPreset(range) ? range : 'custom';
    const custom = range !== undefined && !isPreset(range) ? range : {};
    const radio = (value: string, label: string) =>
      html`<label
        ><input
          type="radio"
          name="timeRange"
          .value=${value}
          .checked=${choice === value}
          @change=${() => this.#setTimeRange(value)}
        />${label}</label
      >`;
    return html`
      <fieldset>
        <legend>${this.#l10n.t('filter.timeRange')}</legend>
        <div class="options">
          ${radio('any', this.#l10n.t('anyTime'))}
          ${TIME_RANGE_PRESETS.map((preset) => radio(preset, this.#l10n.t(`timeRange.${preset}`)))}
          ${radio('custom', this.#l10n.t('customRange'))}
        </div>
        ${choice === 'custom'
          ? html`<div class="custom-range">
              <label
                >${this.#l10n.t('rangeFrom')}<input
                  type="date"
                  name="from"
                  .value=${custom.from ?? ''}
                  @change=${(event: Event) => this.#setCustom('from', (event.target as HTMLInputElement).value)}
              /></label>
              <label
                >${this.#l10n.t('rangeTo')}<input
                  type="date"
                  name="to"
                  .value=${custom.to ?? ''}
                  @change=${(event: Event) => this.#setCustom('to', (event.target as HTMLInputElement).value)}
              /></label>
            </div>`
          : nothing}
      </fieldset>
    `;
  }

  #toggle(name: ListFilter, value: string, checked: boolean): void {
    const current = (this.draft[name] ?? []) as string[];
    const next = checked ? [...new Set([...current, value])] : current.filter((item) => item !== value);
    this.draft = { ...this.draft, [name]: next };
  }

  #addFree(name: FreeFilter, input: HTMLInputElement): void {
    const value = input.value.trim();
    if (!value) return;
    const current = this.draft[name] ?? [];
    if (!current.includes(value)) this.draft = { ...this.draft, [name]: [...current, value] };
    input.value = '';
  }

  #removeFree(name: FreeFilter, value: string): void {
    this.draft = { ...this.draft, [name]: (this.draft[name] ?? []).filter((item) => item !== value) };
  }

  #setTimeRange(choice: string): void {
    const draft = { ...this.draft };
    if (choice === 'any') delete draft.timeRange;
    else if (choice === 'custom') draft.timeRange = isPreset(draft.timeRange) ? {} : (draft.timeRange ?? {});
    else draft.timeRange = choice as TimeRangePreset;
    this.draft = draft;
  }

  #setCustom(bound: 'from' | 'to', value: string): void {
    const current = this.draft.timeRange;
    const custom = current !== undefined && !isPreset(current) ? { ...current } : {};
    if (value) custom[bound] = value;
    else delete custom[bound];
    this.draft = { ...this.draft, timeRange: custom };
  }

  #resetDraft(): void {
    this.draft = {};
  }

  #apply(): void {
    const applied: QueueFilters = {};
    for (const [name, value] of Object.entries(this.draft) as [keyof PanelFilters, unknown][]) {
      const empty =
        value === undefined ||
        (Array.isArray(value) && value.length === 0) ||
        (typeof value === 'object' && !Array.isArray(value) && !(value as { from?: string }).from && !(value as { to?: string }).to);
      if (!empty) (applied as Record<string, unknown>)[name] = value;
    }
    this.filters = applied;
    this.close();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-queue-filter-panel': SocQueueFilterPanel;
  }
}
