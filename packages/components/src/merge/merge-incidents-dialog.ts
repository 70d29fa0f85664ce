import { consume } from '@lit/context';
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Incident, MergeIncidentsRequest } from '../api/model.js';
import { FormErrorsController } from '../controllers/form-errors-controller.js';
import { ModalDialogController } from '../controllers/modal-dialog-controller.js';
import { IncidentsMergedEvent } from '../events/incidents-merged.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { severityMarker } from '../internal/severity-marker.js';
import { SocElement } from '../internal/soc-element.js';
import { mergeIncidentsDialogStyles } from './merge-incidents-dialog.styles.js';
import { defaultMergeTarget } from './merge-rules.js';
import { mergeCatalog } from './messages.js';

/** The longest name a merged incident can take (the kit's REST API allows 500 characters). */
export const MAX_MERGED_NAME_LENGTH = 500;

type MergeField = 'name' | 'form';

/**
 * The "Merge incidents" dialog: the incidents to merge, each with its ID, name, severity and
 * alert count; which one stays (the target: by default the one with the most alerts, the oldest
 * of them on a tie); the merged incident's name (the target's, unless the person types another);
 * and what merging does. "Merge" asks the backend (`IncidentApi.mergeIncidents`); a refusal shows
 * in the dialog with everything chosen and typed kept, and a merge that went through closes it.
 *
 * The dialog asks nothing of the signed-in role: whoever opens it (the incident queue) offers it
 * only to roles that may merge, and the backend has the last word.
 *
 * @summary Merges the chosen incidents into one of them.
 *
 * @fires soc-incidents-merged - The incidents were merged: `detail.incident` is the target as stored, `detail.redirected` the others.
 */
export class SocMergeIncidentsDialog extends SocElement {
  static override styles = mergeIncidentsDialogStyles;

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @state() private open = false;
  @state() private incidents: Incident[] = [];
  @state() private targetId = '';
  @state() private name = '';
  /** Whether the person typed a name: choosing another target then keeps it. */
  #nameTyped = false;
  @state() private merging = false;

  readonly #l10n = new LocaleController(this, mergeCatalog);

  readonly #errors = new FormErrorsController<MergeField>(this, {
    control: (field) => (field === 'name' ? this.renderRoot.querySelector<HTMLElement>('#merged-name') : undefined),
  });

  readonly #dialog = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => (this.open = false),
    busy: () => this.merging,
    afterShow: () => this.renderRoot.querySelector<HTMLInputElement>('input[name="target"]:checked')?.focus(),
  });

  /** The incidents the dialog merges, as it was opened with them. */
  get mergedIncidents(): readonly Incident[] {
    return this.incidents;
  }

  /** Whether the dialog shows. */
  get isOpen(): boolean {
    return this.open;
  }

  /**
   * Opens the dialog for `incidents` (two or more), the default target chosen and its name in the
   * name field. Focus returns to what had it when the dialog closes.
   */
  async show(incidents: readonly Incident[]): Promise<void> {
    const target = defaultMergeTarget(incidents);
    if (incidents.length < 2 || !target) return;
    this.incidents = [...incidents];
    this.targetId = target.id;
    this.name = target.displayName;
    this.#nameTyped = false;
    this.#errors.clear();
    this.#dialog.setOpener();
    this.open = true;
    await this.updateComplete;
  }

  /** Closes the dialog, unless a merge is under way. */
  close(): void {
    this.#dialog.requestClose();
  }

  get #target(): Incident | undefined {
    return this.incidents.find((incident) => incident.id === this.targetId);
  }

  #chooseTarget(incident: Incident): void {
    this.targetId = incident.id;
    if (!this.#nameTyped) this.name = incident.displayName;
    this.#errors.clear('form');
  }

  #onNameInput(event: Event): void {
    this.name = (event.target as HTMLInputElement).value;
    this.#nameTyped = true;
    this.#errors.clear('name');
  }

  #checkName(): string | undefined {
    const trimmed = this.name.trim();
    if (!trimmed) return this.#l10n.t('nameRequired');
    if (trimmed.length > MAX_MERGED_NAME_LENGTH) return this.#l10n.t('nameTooLong', { max: MAX_MERGED_NAME_LENGTH });
    return undefined;
  }

  async #submit(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api;
    const target = this.#target;
    if (!api || !target || this.merging) return;
    const problem = this.#checkName();
    if (problem) {
      this.#errors.report({ name: problem });
      return;
    }
    const name = this.name.trim();
    const request: MergeIncidentsRequest = {
      targetId: target.id,
      sourceIds: this.incidents.filter((incident) => incident !== target).map((incident) => incident.id),
      // The target keeps its own name unless the person gave another.
      ...(name === target.displayName ? {} : { displayName: name }),
    };
    this.merging = true;
    this.#errors.clear();
    try {
      const result = await api.mergeIncidents(request);
      this.merging = false;
      this.open = false;
      this.emit(new IncidentsMergedEvent(result.incident, result.redirected));
    } catch (error) {
      this.merging = false;
      this.#errors.report(this.#describe(error));
    }
  }

  /** A refusal as a sentence: a rejected name beside the name field, anything else for the whole form. */
  #describe(error: unknown): Partial<Record<MergeField, string>> {
    const view = describeApiError(error, { action: this.#l10n.t('actionMerge') }, this.#l10n);
    if (ApiError.is(error, 'validation') && error.field === 'displayName') return { name: view.message };
    return { form: this.#l10n.t('mergeFailed', { reason: view.message }) };
  }

  override render() {
    // Made once opened; kept while closed so that it can close with its own transition and return focus.
    if (!this.open && this.incidents.length === 0) return nothing;
    const errors = this.#errors;
    const formError = errors.message('form');
    return html`<dialog aria-labelledby="merge-title" aria-describedby="merge-outcome">
      <form novalidate @submit=${this.#submit}>
        <h2 id="merge-title">${this.#l10n.t('title')}</h2>
        <fieldset aria-describedby="target-hint">
          <legend>${this.#l10n.t('targetLegend')}</legend>
          <p class="hint" id="target-hint">${this.#l10n.t('targetHint')}</p>
          <ul class="incidents">
            ${this.incidents.map((incident, index) => this.#renderIncident(incident, index))}
          </ul>
        </fieldset>
        <div class="field">
          <label for="merged-name">${this.#l10n.t('incidentName')}</label>
          <input
            id="merged-name"
            type="text"
            dir="auto"
            autocomplete="off"
            required
            maxlength=${MAX_MERGED_NAME_LENGTH * 2}
            aria-invalid=${errors.invalid('name')}
            aria-describedby=${ifDefined(errors.describedBy('name', 'name-hint'))}
            .value=${live(this.name)}
            @input=${this.#onNameInput}
          />
          <p class="hint" id="name-hint">${this.#l10n.t('nameHint')}</p>
          ${errors.render('name')}
        </div>
        <p class="note" id="merge-outcome">${this.#l10n.t('outcome')}</p>
        ${formError ? html`<p class="form-error" role="alert">${formError}</p>` : nothing}
        <div class="dialog-buttons">
          <button type="submit" class="button primary" data-action="merge" ?disabled=${this.merging}>
            ${this.#l10n.t(this.merging ? 'merging' : 'merge')}
          </button>
          <button type="button" class="button" data-action="cancel" ?disabled=${this.merging} @click=${() => this.#dialog.requestClose()}>
            ${this.#l10n.t('action.cancel')}
          </button>
        </div>
      </form>
    </dialog>`;
  }

  #renderIncident(incident: Incident, index: number) {
    const factsId = `facts-${index}`;
    return html`<li>
      <label class="incident" data-id=${incident.id}>
        <input
          type="radio"
          name="target"
          value=${incident.id}
          aria-describedby=${factsId}
          .checked=${live(incident.id === this.targetId)}
          ?disabled=${this.merging}
          @change=${() => this.#chooseTarget(incident)}
        />
        <span class="incident-text">
          <bdi class="incident-name">${incident.displayName}</bdi>
          <span class="facts" id=${factsId}>
            ${this.#l10n.markup('incidentFacts', {
              id: html`<bdi>${incident.id}</bdi>`,
              severity: severityMarker(incident.severity, this.#l10n),
              alerts: this.#l10n.t('alertCount', { count: incident.alertCount }),
            })}
          </span>
        </span>
      </label>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-merge-incidents-dialog': SocMergeIncidentsDialog;
  }
}
