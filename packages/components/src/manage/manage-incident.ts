import { isolate } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { Capability, IncidentApi } from '../api/incident-api.js';
import {
  CLASSIFICATIONS,
  MAX_COMMENT_LENGTH,
  SEVERITIES,
  type BulkResult,
  type Determination,
  type Incident,
  type IncidentPatch,
  type IncidentStatus,
} from '../api/model.js';
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { IncidentUpdatedEvent } from '../events/incident-updated.js';
import { LocaleController, type Localizer, type MessageKey } from '../i18n/localizer.js';
import { closeIcon } from '../internal/icons.js';
import { SocElement } from '../internal/soc-element.js';
import { baseStyles } from '../styles/tokens.js';
import { describeApiError } from '../internal/describe-api-error.js';
import {
  bulkUpdates,
  changedFields,
  commonDraft,
  draftOf,
  DRAFT_FIELDS,
  rebase,
  resolvesWithoutClassification,
  sameValue,
  determinationChoices,
  withClassificationRule,
  type BulkDraft,
  type Draft,
  type DraftField,
} from './incident-draft.js';
import { KEEP, renderAssigneeField } from './assignee-field.js';
import { manageIncidentStyles } from './manage-incident.styles.js';
import { manageCatalog, type manageMessages } from './messages.js';
import { TagComboboxController } from './tag-combobox.js';
import { renderCommentField } from './comment-field.js';
import { renderBulkFailures } from './bulk-failures.js';

type ManageLocalizer = Localizer<typeof manageMessages>;
type ManageKey = MessageKey<typeof manageMessages>;

/** Every field, or only what resolving asks for. */
export type ManagePurpose = 'manage' | 'resolve';

/** The statuses a person can set; `redirected` is the backend's doing. */
const SETTABLE_STATUSES = ['active', 'inProgress', 'resolved'] as const satisfies readonly IncidentStatus[];

/** Lengths the form stops at; a backend with tighter limits still answers with a validation error. */
const MAX_NAME_LENGTH = 256;
const MAX_TAG_LENGTH = 64;

/** How many recently updated incidents the tag suggestions are gathered from. */
const TAG_SAMPLE_SIZE = 500;

const FIELD_LABELS: Record<DraftField, ManageKey> = {
  displayName: 'field.displayName',
  customTags: 'field.customTags',
  assignedTo: 'field.assignedTo',
  status: 'field.status',
  severity: 'field.severity',
  classification: 'field.classification',
  determination: 'field.determination',
};

type ErrorTarget = DraftField | 'comment';

/** Fields a backend may refuse to change, and the capability that says it can. */
const FIELD_CAPABILITIES: Partial<Record<DraftField, Capability>> = {
  displayName: 'incidentNames',
  severity: 'incidentSeverity',
};

const LOCKED_FIELD_NOTES: Partial<Record<DraftField, ManageKey>> = {
  displayName: 'lockedName',
  severity: 'lockedSeverity',
};

/** `patch` without the fields in `locked`. */
function withoutFields<P extends object>(patch: P, locked: readonly DraftField[]): P {
  const kept = { ...patch } as Record<string, unknown>;
  for (const field of locked) delete kept[field];
  return kept as P;
}

interface Conflict {
  /** The version someone else saved. */
  current: Incident;
  /** The version the person started editing from. */
  editedFrom: Incident;
  changedBy?: string;
}

interface BulkFailure {
  incident: Incident;
  message: string;
}

/** The fields were saved but the comment was not; saving again sends only the comment. */
class CommentNotAdded extends Error {
  constructor(readonly reason: unknown) {
    super('The comment was not added.');
  }
}

function looksLikeIncident(value: unknown, id: string): value is Incident {
  const candidate = value as Partial<Incident> | null;
  return typeof value === 'object' && candidate !== null && candidate.id === id && typeof candidate.etag === 'string';
}

/** The control a backend validation error names (`displayName`, `patch.customTags[2]`, `comment`). */
function errorTarget(field: string | undefined): ErrorTarget | undefined {
  if (!field) return undefined;
  const name = /([A-Za-z]+)(?:\[\d+\])?$/.exec(field)?.[1];
  return [...DRAFT_FIELDS, 'comment'].find((known) => known === name) as ErrorTarget | undefined;
}

function sameVersions(a: readonly Incident[], b: readonly Incident[]): boolean {
  return a.length === b.length && a.every((incident, i) => incident.id === b[i].id && incident.etag === b[i].etag);
}

async function tagsInUse(api: IncidentApi, signal: AbortSignal): Promise<string[]> {
  const page = await api.listIncidents(
    { top: TAG_SAMPLE_SIZE, sort: { field: 'lastUpdateDateTime', direction: 'desc' } },
    { signal },
  );
  return [...new Set(page.items.flatMap((incident) => incident.customTags))].sort((a, b) => a.localeCompare(b));
}

/** A field's value in the conflict table: enum values in words, names and tags as written (isolated). */
function formatValue(field: DraftField, value: Draft[DraftField] | undefined, l10n: ManageLocalizer) {
  switch (field) {
    case 'customTags': {
      const tags = value as string[];
      if (tags.length === 0) return l10n.t('noTags');
      return tags.map((tag, index) => html`${index > 0 ? l10n.t('listSeparator') : ''}<bdi>${tag}</bdi>`);
    }
    case 'assignedTo':
      return value ? html`<bdi>${value}</bdi>` : l10n.t('state.unassigned');
    case 'status':
      return l10n.t(`status.${value as IncidentStatus}`);
    case 'severity':
      return l10n.t(`severity.${value as Incident['severity']}`);
    case 'classification':
      return l10n.t(`classification.${value as Incident['classification']}`);
    case 'determination':
      return l10n.t(`determination.${value as Determination}`);
    default:
      return html`<bdi>${String(value)}</bdi>`;
  }
}

/**
 * The "Manage incident" dialog: rename, set severity, status, owner, classification and
 * determination, tag, and comment on one incident, or apply the same changes to many.
 *
 * Open it with `show(incident)` or `show(incidents)`, or by setting `incidents` and `open`.
 * One save sends one `updateIncident` with the changed fields and the incident's `etag`; a
 * newer version saved by someone else is shown side by side with the person's changes.
 * Nothing typed is lost on an error. People with only the reader role see the values read-only.
 * A name or severity the backend cannot change (no `incidentNames` or `incidentSeverity` in its
 * `capabilities`) is shown disabled, with a note, and never sent.
 *
 * (A method cannot share the name of the `open` property, hence `show()`, as on `<dialog>`.)
 *
 * @summary Modal dialog to update one incident or many.
 *
 * @fires soc-incident-updated - After a save; `detail.incidents` holds the versions the backend stored.
 * @fires close - After the dialog closed (saved, cancelled, or Escape).
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart save-button - The "Save" button.
 * @csspart cancel-button - The "Cancel" button.
 *
 * @cssproperty --soc-color-background - Dialog background.
 * @cssproperty --soc-color-accent - The "Save" button and the focused field's underline.
 * @cssproperty --soc-color-danger - Field errors and the error message.
 * @cssproperty --soc-shadow - The dialog's shadow.
 */
export class SocManageIncident extends SocElement {
  static override styles = [baseStyles, manageIncidentStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** Whether the dialog is showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The incidents to manage: one, or several for a bulk update. */
  @property({ attribute: false }) incidents: Incident[] = [];

  /** Tags to offer while typing; by default the tags of the most recently updated incidents. */
  @property({ attribute: false }) tagSuggestions?: string[];

  /** The incidents the next save applies to (after a partial bulk failure: those that failed). */
  @state() private targets: Incident[] = [];
  @state() private bulk = false;
  /** Single mode: the version the draft is compared with, and whose `etag` the save sends. */
  @state() private base?: Incident;
  /** What the dialog is for: every field, or resolving (classification and a resolving comment). */
  @state() private purpose: ManagePurpose = 'manage';
  /** Bulk mode: what the incidents had in common when the dialog opened. */
  @state() private common: BulkDraft = { customTags: [] };
  @state() private draft: BulkDraft = { customTags: [] };
  @state() private comment = '';
  @state() private conflict?: Conflict;
  @state() private bulkFailures: BulkFailure[] = [];
  @state() private bulkSavedCount = 0;
  /** Whether the last save's outcome belongs to this opening of the dialog. */
  @state() private saveAttempted = false;

  private readonly fieldErrors = new FormErrorsController<ErrorTarget>(this, {
    control: (target) => this.controlFor(target),
  });

  /**
   * Escape goes through `close()`, so that state, focus and the `close` event follow at once;
   * the tag list stops the Escape it uses itself.
   */
  private readonly modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => this.close(),
    afterShow: () => {
      // Focus puts the caret at the end of a long name; show its beginning instead.
      const name = this.renderRoot.querySelector<HTMLInputElement>('#displayName');
      name?.setSelectionRange(0, 0);
      if (name) name.scrollLeft = 0;
    },
    afterClose: () => this.dispatchEvent(new Event('close')),
  });

  private readonly l10n = new LocaleController(this, manageCatalog);

  private readonly tags = new TagComboboxController(this, {
    suggestions: () => this.knownTags.value ?? [],
    chosen: () => this.draft.customTags,
    add: (tag) => this.setTags([...this.draft.customTags, tag]),
    removeLast: () => this.setTags(this.draft.customTags.slice(0, -1)),
  });

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
    needed: () => this.open,
  });

  private readonly assignees = new Task(this, {
    task: ([api, open], { signal }) => (api && open ? api.listAssignees({ signal }) : initialState),
    args: () => [this.api, this.open] as const,
  });

  private readonly knownTags = new Task(this, {
    task: ([api, open, given], { signal }) => given ?? (api && open ? tagsInUse(api, signal) : initialState),
    args: () => [this.api, this.open, this.tagSuggestions] as const,
  });

  private readonly saving = new Task(this, {
    autoRun: false,
    args: () => [this.api] as const,
    task: async ([api]) => {
      if (!api) throw new ApiError('network', this.l10n.t('noService'));
      if (this.bulk) await this.saveMany(api);
      else await this.saveOne(api);
    },
  });

  /**
   * Opens the dialog for one incident or several (a bulk update). With `purpose: 'resolve'` it
   * asks only what resolving needs: classification, determination and a resolving comment.
   */
  show(target?: Incident | Incident[], { purpose = 'manage' }: { purpose?: ManagePurpose } = {}): void {
    if (target) this.incidents = Array.isArray(target) ? [...target] : [target];
    this.purpose = purpose;
    this.modal.setOpener();
    this.open = true;
  }

  /** Closes the dialog; unsaved changes are dropped. */
  close(): void {
    this.open = false;
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  /** Fields the connected backend cannot change: shown disabled, never sent. */
  private get lockedFields(): DraftField[] {
    const api = this.api;
    if (!api) return [];
    return (Object.entries(FIELD_CAPABILITIES) as [DraftField, Capability][])
      .filter(([, capability]) => !api.capabilities.has(capability))
      .map(([field]) => field);
  }

  private isLocked(field: DraftField): boolean {
    return this.lockedFields.includes(field);
  }

  /** The single-incident patch a save sends. */
  private patchForOne(base: Incident): IncidentPatch {
    const patch = withoutFields(changedFields(draftOf(base), this.draft as Draft), this.lockedFields);
    return this.commentInPatch && this.comment.trim() ? { ...patch, resolvingComment: this.comment } : patch;
  }

  /** The bulk calls a save makes. */
  private bulkCalls() {
    const locked = this.lockedFields;
    const resolvingComment = this.commentInPatch && this.comment.trim() ? { resolvingComment: this.comment } : {};
    return bulkUpdates(this.targets, this.common, this.draft)
      .map(({ ids, patch }) => ({ ids, patch: { ...withoutFields(patch, locked), ...resolvingComment } }))
      .filter(({ patch }) => Object.keys(patch).length > 0);
  }

  private get resolving(): boolean {
    return this.purpose === 'resolve';
  }

  /** Resolving with a backend that stores a resolving comment sends it with the change, in one call. */
  private get commentInPatch(): boolean {
    return this.resolving && !!this.api?.capabilities.has('resolvingComment');
  }

  private get isSaving(): boolean {
    return this.saving.status === TaskStatus.PENDING;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const opening = changed.has('open') && this.open;
    // A host that hands in equal incidents again (a fresh array on each render) must not wipe the draft.
    const newTargets = changed.has('incidents') && !sameVersions(changed.get('incidents') ?? [], this.incidents);
    if (opening || newTargets) this.startEditing();
  }

  private startEditing(): void {
    this.targets = [...this.incidents];
    this.bulk = this.targets.length > 1;
    this.base = this.bulk ? undefined : this.targets[0];
    this.common = commonDraft(this.targets);
    this.draft = this.base ? draftOf(this.base) : { ...this.common, customTags: [...this.common.customTags] };
    if (this.resolving) this.draft = { ...this.draft, status: 'resolved' };
    this.comment = '';
    this.fieldErrors.clear();
    this.conflict = undefined;
    this.bulkFailures = [];
    this.bulkSavedCount = 0;
    this.saveAttempted = false;
    this.tags.input('');
    this.tags.close();
  }

  // ---------------------------------------------------------------------------
  // Editing
  // ---------------------------------------------------------------------------

  private setField<F extends Exclude<DraftField, 'customTags'>>(field: F, value: Draft[F] | undefined): void {
    const next: BulkDraft = { ...this.draft };
    if (value === undefined) delete next[field];
    else (next as Record<string, unknown>)[field] = value;
    this.draft = field === 'classification' ? withClassificationRule(next) : next;
    this.fieldErrors.clear(field);
    if (field === 'status' || field === 'classification') this.fieldErrors.clear('classification');
  }

  private setTags(tags: string[]): void {
    this.draft = { ...this.draft, customTags: tags };
    this.fieldErrors.clear('customTags');
  }

  private selectValue(event: Event): string | undefined {
    const value = (event.target as HTMLSelectElement).value;
    return value === KEEP ? undefined : value;
  }

  // ---------------------------------------------------------------------------
  // Saving
  // ---------------------------------------------------------------------------

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.readOnly || this.isSaving) return;
    if (this.fieldErrors.report(this.validate())) return;
    this.saveAttempted = true;
    await this.saving.run();
    if (this.saving.status === TaskStatus.ERROR) this.markFieldOf(this.saving.error);
  }

  /** Problems the form can see without asking the backend. */
  private validate(): Partial<Record<ErrorTarget, string>> {
    const problems: Partial<Record<ErrorTarget, string>> = {};
    if (this.draft.displayName !== undefined && this.draft.displayName.trim() === '') {
      problems.displayName = this.l10n.t('nameRequired');
    }
    const changesFields = this.bulk
      ? this.bulkCalls().length > 0
      : !!this.base && Object.keys(this.patchForOne(this.base)).length > 0;
    const unclassifiedResolve = this.bulk
      ? this.targets.some((incident) => resolvesWithoutClassification(this.draft, incident))
      : resolvesWithoutClassification(this.draft);
    if (changesFields && unclassifiedResolve) {
      problems.classification = this.bulk
        ? this.l10n.t('classifyToResolveMany')
        : this.l10n.t('classifyToResolve');
    }
    return problems;
  }

  private markFieldOf(error: unknown): void {
    const reason = error instanceof CommentNotAdded ? error.reason : error;
    if (!ApiError.is(reason, 'validation')) return;
    const target = error instanceof CommentNotAdded ? 'comment' : errorTarget(reason.field);
    if (target) this.fieldErrors.add(target, reason.message);
  }

  private async saveOne(api: IncidentApi): Promise<void> {
    const base = this.base;
    if (!base) return;
    const patch = this.patchForOne(base);
    let saved: Incident | undefined;
    if (Object.keys(patch).length > 0) {
      try {
        saved = await api.updateIncident(base.id, patch, { etag: base.etag });
      } catch (error) {
        if (ApiError.is(error, 'conflict')) return this.showConflict(api, base, error);
        throw error;
      }
      this.base = saved;
      this.draft = draftOf(saved);
    }
    if (this.comment.trim() && !this.commentInPatch) {
      try {
        await api.addComment(base.id, this.comment);
      } catch (error) {
        if (!saved) throw error;
        this.emit(new IncidentUpdatedEvent([saved]));
        throw new CommentNotAdded(error);
      }
      this.comment = '';
    }
    this.emit(new IncidentUpdatedEvent([saved ?? base]));
    this.close();
  }

  private async showConflict(api: IncidentApi, editedFrom: Incident, error: ApiError): Promise<void> {
    const current = looksLikeIncident(error.current, editedFrom.id)
      ? error.current
      : await api.getIncident(editedFrom.id);
    let changedBy: string | undefined;
    try {
      const activity = await api.listActivity(editedFrom.id);
      changedBy = activity
        .filter((entry) => entry.action === 'updated')
        .sort((a, b) => Date.parse(b.time) - Date.parse(a.time))[0]?.actor;
    } catch {
      // Who changed it is a courtesy; the newer values are what matter.
    }
    this.conflict = { current, editedFrom, changedBy };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#apply-again')?.focus();
  }

  private async applyAgain(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.draft = rebase(conflict.current, draftOf(conflict.editedFrom), this.draft as Draft);
    this.base = conflict.current;
    this.conflict = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#save')?.focus();
    this.renderRoot.querySelector('form')?.requestSubmit();
  }

  private async discardChanges(): Promise<void> {
    const conflict = this.conflict;
    if (!conflict) return;
    this.base = conflict.current;
    this.draft = draftOf(conflict.current);
    this.conflict = undefined;
    this.fieldErrors.clear();
    this.saveAttempted = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('#save')?.focus();
  }

  private async saveMany(api: IncidentApi): Promise<void> {
    const updates = this.bulkCalls();
    const byId = new Map(this.targets.map((incident) => [incident.id, incident]));
    const succeeded = new Map<string, Incident>();
    const failed = new Map<string, string>();
    let firstError: unknown;
    let failedCalls = 0;

    for (const { ids, patch } of updates) {
      try {
        const result = await this.applyBulk(api, ids, patch, byId);
        for (const incident of result.succeeded) succeeded.set(incident.id, incident);
        for (const failure of result.failed) failed.set(failure.id, failure.error.message);
      } catch (error) {
        firstError ??= error;
        failedCalls += 1;
        for (const id of ids) failed.set(id, describeApiError(error, { action: this.l10n.t('actionChange') }, this.l10n).message);
      }
    }
    // Nothing was applied: one error message for the whole dialog, the draft untouched.
    if (updates.length > 0 && failedCalls === updates.length) throw firstError;

    const comment = this.comment;
    if (comment.trim() && !this.commentInPatch) {
      const commentTargets = updates.length > 0 ? [...succeeded.keys()] : [...byId.keys()];
      const results = await Promise.allSettled(commentTargets.map((id) => api.addComment(id, comment)));
      const rejected = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (updates.length === 0 && rejected.length === results.length && rejected[0]) throw rejected[0].reason;
      results.forEach((result, index) => {
        if (result.status === 'rejected') {
          const message = describeApiError(result.reason, { action: this.l10n.t('actionComment') }, this.l10n).message;
          failed.set(commentTargets[index], this.l10n.t('commentNotAdded', { message }));
        }
      });
    }

    if (succeeded.size > 0) this.emit(new IncidentUpdatedEvent([...succeeded.values()]));
    if (failed.size === 0) {
      this.close();
      return;
    }
    this.bulkSavedCount = this.targets.length - failed.size;
    this.bulkFailures = [...failed].map(([id, message]) => ({ incident: byId.get(id)!, message }));
    // Saving again retries only what failed.
    this.targets = this.bulkFailures.map((failure) => succeeded.get(failure.incident.id) ?? failure.incident);
  }

  /** A bulk update, or one update per incident when the backend has no bulk endpoint. */
  private async applyBulk(
    api: IncidentApi,
    ids: string[],
    patch: IncidentPatch,
    byId: Map<string, Incident>,
  ): Promise<BulkResult> {
    if (api.capabilities.has('updateIncidents')) return api.updateIncidents(ids, patch);
    const result: BulkResult = { succeeded: [], failed: [] };
    for (const id of ids) {
      try {
        result.succeeded.push(await api.updateIncident(id, patch, { etag: byId.get(id)?.etag }));
      } catch (error) {
        const kind = ApiError.is(error) ? error.kind : 'server';
        const { message } = describeApiError(error, { action: this.l10n.t('actionChange') }, this.l10n);
        result.failed.push({ id, error: { kind, message } });
      }
    }
    return result;
  }

  private controlFor(target: ErrorTarget): HTMLElement | null {
    const id = target === 'customTags' ? 'tags-input' : target;
    return this.renderRoot.querySelector<HTMLElement>(`#${id}`);
  }

  // ---------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------

  override render() {
    const count = this.incidents.length;
    const single = this.bulk ? undefined : this.base;
    return html`<dialog part="dialog" aria-labelledby="title" aria-describedby="subtitle">
      <form novalidate @submit=${this.onSubmit}>
        <header>
          <h2 id="title">${this.dialogTitle()}</h2>
          <button
            type="button"
            class="icon"
            aria-label=${this.l10n.t('action.close')}
            title=${this.l10n.t('action.close')}
            @click=${this.close}
          >
            ${closeIcon}
          </button>
          <p class="subtitle" id="subtitle">
            ${this.bulk
              ? this.l10n.t('selected', { count })
              : single
                ? html`<bdi>${single.displayName}</bdi> <span aria-hidden="true">·</span>
                    ${this.l10n.markup('incidentId', { id: html`<bdi>${single.id}</bdi>` })}`
                : nothing}
          </p>
        </header>
        <!-- Read-only, nothing inside takes focus, so the scrolling area itself must. -->
        <div
          class="body"
          tabindex=${ifDefined(this.readOnly ? '0' : undefined)}
          role=${ifDefined(this.readOnly ? 'region' : undefined)}
          aria-label=${ifDefined(this.readOnly ? this.l10n.t('properties') : undefined)}
        >
          ${this.readOnly ? html`<p class="note" role="note">${this.l10n.t('readOnly')}</p>` : nothing}
          ${this.renderConflict()} ${this.renderBulkFailures()}
          <fieldset ?disabled=${this.readOnly}>
            <legend class="visually-hidden">${this.l10n.t('properties')}</legend>
            ${this.resolving
              ? nothing
              : html`${this.bulk ? nothing : this.renderName()} ${this.renderTags()} ${this.renderAssignee()}
                  <div class="pair">${this.renderStatus()} ${this.renderSeverity()}</div>`}
            ${this.renderClassification()} ${this.renderDetermination()} ${this.renderComment()}
          </fieldset>
        </div>
        ${this.renderSaveOutcome()}
        <footer>
          ${this.readOnly || this.conflict
            ? nothing
            : html`<button
                id="save"
                type="submit"
                class="primary"
                part="save-button"
                aria-disabled=${this.isSaving ? 'true' : 'false'}
              >
                ${this.l10n.t(this.isSaving ? 'state.saving' : this.resolving ? 'resolve' : 'action.save')}
              </button>`}
          <button type="button" part="cancel-button" @click=${this.close}>
            ${this.l10n.t(this.readOnly ? 'action.close' : 'action.cancel')}
          </button>
        </footer>
      </form>
    </dialog>`;
  }

  private dialogTitle(): string {
    if (this.resolving) return this.l10n.t(this.bulk ? 'titleResolveMany' : 'titleResolve');
    return this.l10n.t(this.bulk ? 'titleManageMany' : 'titleManage');
  }

  private renderLockedNote(field: DraftField) {
    return this.isLocked(field)
      ? html`<p class="hint" id="${field}-locked">${this.l10n.t(LOCKED_FIELD_NOTES[field]!)}</p>`
      : nothing;
  }

  private describedByWithLock(field: DraftField): string | undefined {
    return this.fieldErrors.describedBy(field, ...(this.isLocked(field) ? [`${field}-locked`] : []));
  }

  private renderName() {
    return html`<div class="field">
      <label for="displayName">${this.l10n.t('field.displayName')}</label>
      <input
        id="displayName"
        autofocus
        maxlength=${MAX_NAME_LENGTH}
        autocomplete="off"
        .value=${live(this.draft.displayName ?? '')}
        ?disabled=${this.isLocked('displayName')}
        aria-invalid=${this.fieldErrors.invalid('displayName')}
        aria-describedby=${ifDefined(this.describedByWithLock('displayName'))}
        @input=${(e: Event) => this.setField('displayName', (e.target as HTMLInputElement).value)}
      />
      ${this.renderLockedNote('displayName')} ${this.fieldErrors.render('displayName')}
    </div>`;
  }

  private renderTags() {
    const options = this.tags.expanded ? this.tags.options : [];
    const active = this.tags.activeOption;
    const activeId = active ? `tag-option-${this.tags.activeIndex}` : undefined;
    return html`<div class="field">
      <label for="tags-input">${this.l10n.t('field.customTags')}</label>
      ${this.draft.customTags.length
        ? html`<ul class="chips" aria-label=${this.l10n.t('chosenTags')}>
            ${this.draft.customTags.map(
              (tag) => html`<li class="chip">
                <span dir="auto">${tag}</span>
                ${this.readOnly
                  ? nothing
                  : html`<button
                  type="button"
                  aria-label=${this.l10n.t('removeTag', { tag: isolate(tag) })}
                  title=${this.l10n.t('removeTagTitle')}
                  @click=${() => this.setTags(this.draft.customTags.filter((t) => t !== tag))}
                >
                      ${closeIcon}
                    </button>`}
              </li>`,
            )}
          </ul>`
        : nothing}
      <div class="combobox">
        <input
          id="tags-input"
          role="combobox"
          autocomplete="off"
          ?autofocus=${this.bulk}
          placeholder=${this.l10n.t('addTags')}
          aria-autocomplete="list"
          aria-expanded=${options.length > 0 ? 'true' : 'false'}
          aria-controls="tags-listbox"
          aria-activedescendant=${ifDefined(activeId)}
          aria-invalid=${this.fieldErrors.invalid('customTags')}
          aria-describedby=${ifDefined(this.fieldErrors.describedBy('customTags', ...(this.bulk ? ['tags-hint'] : [])))}
          maxlength=${MAX_TAG_LENGTH}
          .value=${live(this.tags.query)}
          @input=${(e: Event) => this.tags.input((e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.tags.keydown(e)}
          @blur=${() => this.tags.close()}
        />
        <ul id="tags-listbox" role="listbox" aria-label=${this.l10n.t('field.customTags')} ?hidden=${options.length === 0}>
          ${options.map(
            (option, index) => html`<li
              id="tag-option-${index}"
              role="option"
              class="${option.isNew ? 'create' : ''} ${index === this.tags.activeIndex ? 'active' : ''}"
              aria-selected=${index === this.tags.activeIndex ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.tags.choose(option)}
            >
              ${option.isNew
                ? this.l10n.markup('createTag', { tag: html`<bdi>${option.tag}</bdi>` })
                : html`<bdi>${option.tag}</bdi>`}
            </li>`,
          )}
        </ul>
      </div>
      ${this.bulk
        ? html`<p class="hint" id="tags-hint">${this.l10n.t('bulkTagsHint')}</p>`
        : nothing}
      ${this.fieldErrors.render('customTags')}
    </div>`;
  }

  private renderAssignee() {
    const me = this.me.value;
    return renderAssigneeField({
      value: 'assignedTo' in this.draft ? this.draft.assignedTo : undefined,
      assignees: this.assignees.value ?? [],
      others: this.targets.map((incident) => incident.assignedTo),
      me: me && !this.readOnly ? me.id : undefined,
      labels: {
        field: this.l10n.t('field.assignedTo'),
        keep: this.l10n.t('keepOwners'),
        unassigned: this.l10n.t('state.unassigned'),
        assignToMe: this.l10n.t('assignToMe'),
      },
      loadFailure:
        this.assignees.status === TaskStatus.ERROR
          ? {
              message: this.l10n.t('assigneesFailed', {
                message: describeApiError(this.assignees.error, { action: this.l10n.t('actionListAssignees') }, this.l10n)
                  .message,
              }),
              retry: this.l10n.t('action.retry'),
            }
          : undefined,
      invalid: this.fieldErrors.invalid('assignedTo'),
      describedBy: this.fieldErrors.describedBy('assignedTo'),
      error: this.fieldErrors.render('assignedTo'),
      onChange: (value) => this.setField('assignedTo', value),
      onRetry: () => void this.assignees.run(),
    });
  }

  private renderStatus() {
    const current = this.draft.status;
    const statuses: IncidentStatus[] = [...SETTABLE_STATUSES];
    if (this.targets.some((i) => i.status === 'redirected')) statuses.push('redirected');
    return html`<div class="field">
      <label for="status">${this.l10n.t('field.status')}</label>
      <select
        id="status"
        .value=${live(current ?? KEEP)}
        aria-invalid=${this.fieldErrors.invalid('status')}
        aria-describedby=${ifDefined(this.fieldErrors.describedBy('status'))}
        @change=${(e: Event) => this.setField('status', this.selectValue(e) as IncidentStatus | undefined)}
      >
        ${current === undefined ? html`<option value=${KEEP} selected>${this.l10n.t('keepCurrent')}</option>` : nothing}
        ${statuses.map(
          (status) =>
            html`<option value=${status} ?selected=${current === status} ?disabled=${status === 'redirected'}>
              ${this.l10n.t(`status.${status}`)}
            </option>`,
        )}
      </select>
      ${this.fieldErrors.render('status')}
    </div>`;
  }

  private renderSeverity() {
    const current = this.draft.severity;
    return html`<div class="field">
      <label for="severity">${this.l10n.t('field.severity')}</label>
      <select
        id="severity"
        .value=${live(current ?? KEEP)}
        ?disabled=${this.isLocked('severity')}
        aria-invalid=${this.fieldErrors.invalid('severity')}
        aria-describedby=${ifDefined(this.describedByWithLock('severity'))}
        @change=${(e: Event) => this.setField('severity', this.selectValue(e) as Incident['severity'] | undefined)}
      >
        ${current === undefined ? html`<option value=${KEEP} selected>${this.l10n.t('keepCurrent')}</option>` : nothing}
        ${[...SEVERITIES]
          .reverse()
          .filter((severity) => severity !== 'unknown' || current === 'unknown')
          .map(
            (severity) =>
              html`<option value=${severity} ?selected=${current === severity}>
                ${this.l10n.t(`severity.${severity}`)}
              </option>`,
          )}
      </select>
      ${this.renderLockedNote('severity')} ${this.fieldErrors.render('severity')}
    </div>`;
  }

  private renderClassification() {
    const current = this.draft.classification;
    return html`<div class="field">
      <label for="classification">${this.l10n.t('field.classification')}</label>
      <select
        id="classification"
        ?autofocus=${this.resolving}
        .value=${live(current ?? KEEP)}
        aria-invalid=${this.fieldErrors.invalid('classification')}
        aria-describedby=${ifDefined(this.fieldErrors.describedBy('classification'))}
        @change=${(e: Event) =>
          this.setField('classification', this.selectValue(e) as Incident['classification'] | undefined)}
      >
        ${current === undefined ? html`<option value=${KEEP} selected>${this.l10n.t('keepCurrent')}</option>` : nothing}
        ${CLASSIFICATIONS.map(
          (classification) =>
            html`<option value=${classification} ?selected=${current === classification}>
              ${this.l10n.t(`classification.${classification}`)}
            </option>`,
        )}
      </select>
      ${this.fieldErrors.render('classification')}
    </div>`;
  }

  private renderDetermination() {
    const enabled = this.draft.classification === 'truePositive';
    const current = this.draft.determination;
    const offered = determinationChoices([current, ...this.targets.map((i) => i.determination)]);
    return html`<div class="field">
      <label for="determination">${this.l10n.t('field.determination')}</label>
      <select
        id="determination"
        .value=${live(current ?? KEEP)}
        ?disabled=${!enabled}
        aria-invalid=${this.fieldErrors.invalid('determination')}
        aria-describedby=${ifDefined(this.fieldErrors.describedBy('determination', 'determination-hint'))}
        @change=${(e: Event) => this.setField('determination', this.selectValue(e) as Determination | undefined)}
      >
        ${current === undefined ? html`<option value=${KEEP} selected>${this.l10n.t('keepCurrent')}</option>` : nothing}
        ${offered.map(
          (determination) =>
            html`<option value=${determination} ?selected=${current === determination}>
              ${this.l10n.t(`determination.${determination}`)}
            </option>`,
        )}
      </select>
      <p class="hint" id="determination-hint">
        ${this.l10n.t(enabled ? 'determinationHint' : 'determinationDisabled')}
      </p>
      ${this.fieldErrors.render('determination')}
    </div>`;
  }

  private renderComment() {
    return renderCommentField({
      value: this.comment,
      rows: 4,
      labels: {
        field: this.l10n.t(this.resolving ? 'resolvingComment' : 'comment'),
        placeholder: this.l10n.t(this.resolving ? 'resolvingPlaceholder' : 'commentPlaceholder'),
        counter: this.l10n.t('counter', { count: this.comment.length, max: MAX_COMMENT_LENGTH }),
        counterUnit: this.l10n.t('counterUnit'),
      },
      invalid: this.fieldErrors.invalid('comment'),
      describedBy: this.fieldErrors.describedBy('comment', 'comment-count'),
      error: this.fieldErrors.render('comment'),
      onInput: (value) => {
        this.comment = value;
        this.fieldErrors.clear('comment');
      },
    });
  }

  private renderConflict() {
    const conflict = this.conflict;
    if (!conflict) return nothing;
    const before = draftOf(conflict.editedFrom);
    const now = draftOf(conflict.current);
    const mine = changedFields(before, this.draft as Draft) as Partial<Draft>;
    const fields = DRAFT_FIELDS.filter((field) => !sameValue(before[field], now[field]) || field in mine);
    const who = conflict.changedBy;
    return html`<section class="notice warning" role="alert" aria-labelledby="conflict-title">
      <h3 id="conflict-title">${this.l10n.t('conflictTitle')}</h3>
      <p>${who ? this.l10n.markup('conflictBy', { who: html`<bdi>${who}</bdi>` }) : this.l10n.t('conflictBySomeone')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${this.l10n.t('columnField')}</th>
            <th scope="col">${this.l10n.t('columnNewer')}</th>
            <th scope="col">${this.l10n.t('columnMine')}</th>
          </tr>
        </thead>
        <tbody>
          ${fields.map(
            (field) => html`<tr>
              <th scope="row">${this.l10n.t(FIELD_LABELS[field])}</th>
              <td>${formatValue(field, now[field], this.l10n)}</td>
              <td>${field in mine ? formatValue(field, mine[field], this.l10n) : this.l10n.t('noChange')}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="actions">
        <button id="apply-again" type="button" class="primary" @click=${this.applyAgain}>
          ${this.l10n.t('applyAgain')}
        </button>
        <button type="button" @click=${this.discardChanges}>${this.l10n.t('discard')}</button>
      </div>
    </section>`;
  }

  private renderBulkFailures() {
    if (this.bulkFailures.length === 0) return nothing;
    return renderBulkFailures(
      (key, params) => this.l10n.t(key, params),
      this.bulkSavedCount,
      this.bulkFailures.map((failure) =>
        this.l10n.markup('failure', {
          name: html`<strong><bdi>${failure.incident.displayName}</bdi></strong>`,
          id: html`<bdi>${failure.incident.id}</bdi>`,
          message: failure.message,
        }),
      ),
    );
  }

  private renderSaveOutcome() {
    const status = this.saving.status;
    let content: unknown = nothing;
    if (this.saveAttempted && status === TaskStatus.ERROR) {
      const error = this.saving.error;
      const commentFailed = error instanceof CommentNotAdded;
      const described = describeApiError(
        commentFailed ? error.reason : error,
        { action: this.l10n.t('actionChange') },
        this.l10n,
      );
      content = html`<div class="notice error">
        <strong>${commentFailed ? this.l10n.t('savedWithoutComment') : described.title}</strong>
        ${described.message} ${described.canRetry ? this.l10n.t('changesKept') : ''}
      </div>`;
    } else if (this.saveAttempted && this.bulkFailures.length > 0 && status === TaskStatus.COMPLETE) {
      content = html`<div class="notice error">${this.l10n.t('someNotUpdated')}</div>`;
    }
    return html`<div class="alert-region" role="alert">${content}</div>
      <p class="visually-hidden" role="status">${this.isSaving ? this.l10n.t('state.saving') : ''}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-manage-incident': SocManageIncident;
  }
}
