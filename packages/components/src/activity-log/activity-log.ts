import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ApiError } from '../api/api-error.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { MAX_COMMENT_LENGTH, type Comment } from '../api/model.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { CommentAddedEvent } from '../events/comment-added.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { ACTOR_ICONS, KIND_ICONS, initialsOf } from './activity-icons.js';
import {
  LOG_KINDS,
  buildLog,
  countByKind,
  filterLog,
  withComment,
  type LogItem,
  type LogKind,
} from './activity-items.js';
import { activityLogStyles } from './activity-log.styles.js';
import { actorSentence, entrySentences, type Sentence } from './activity-sentences.js';
import { activityLogCatalog } from './messages.js';

interface LoadedLog {
  incidentId: string;
  items: LogItem[];
}


/**
 * The Activity tab of an incident: its comments and its audit trail in one list, newest first.
 * Each change reads as a sentence in the portal's words ("Status changed from Active to In
 * progress") with who made it (a person, an automation rule, or the service) and when.
 *
 * The add-comment box sits on top: multi-line, at most 30,000 characters (counted as typed;
 * the box takes no more), posted with "Post" or Ctrl+Enter. A failed post keeps the text and
 * says why; readers see the box disabled. The list filters by kind and by text.
 *
 * Backends without an audit trail (no `activity` in `capabilities`) show the comments alone.
 *
 * @summary Comments and audit trail of an incident, with an add-comment box.
 *
 * @fires soc-comment-added - A comment was posted; `detail.comment` is the comment as stored.
 *
 * @csspart composer - The add-comment form.
 * @csspart comment-input - The comment text box.
 * @csspart post-button - The "Post" button.
 * @csspart filters - The kind and text filters.
 * @csspart list - The list of items.
 * @csspart item - One comment or audit entry.
 *
 * @cssproperty --soc-color-background - Surface of the tab.
 * @cssproperty --soc-color-border - Dividers and the timeline's line.
 * @cssproperty --soc-color-surface-raised - Comment cards and markers.
 * @cssproperty --soc-color-accent - The "Post" button and the chosen filter.
 * @cssproperty --soc-color-danger - The counter over the limit and post errors.
 */
export class SocActivityLog extends SocElement {
  static override styles = [baseStyles, skeletonStyles, activityLogStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** ID of the incident whose activity to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  @state() private kind: LogKind = 'all';
  @state() private textFilter = '';
  @state() private draft = '';
  /** The last post's failure, until the next post or an edit of what it refused. */
  @state() private postFailure?: unknown;
  /** The loaded log; kept while a refresh runs, so the list does not blink. */
  @state() private log?: LoadedLog;

  /** Unsent comments by incident, so that switching incidents loses nothing typed. */
  readonly #drafts = new Map<string, string>();

  private readonly l10n = new LocaleController(this, activityLogCatalog);

  private readonly logTask = new Task(this, {
    task: async ([api, incidentId], { signal }) => {
      if (!api || !incidentId) return initialState;
      const [comments, activity] = await Promise.all([
        api.listComments(incidentId, { signal }),
        api.capabilities.has('activity') ? api.listActivity(incidentId, { signal }) : [],
      ]);
      const log: LoadedLog = { incidentId, items: buildLog(comments, activity) };
      return log;
    },
    args: () => [this.api, this.incidentId] as const,
    onComplete: (log) => {
      this.log = log;
    },
  });

  private readonly me = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  private readonly postTask = new Task(this, {
    autoRun: false,
    args: () => [this.api, this.incidentId, this.draft] as const,
    task: ([api, incidentId, text]): Promise<Comment> => {
      if (!api || !incidentId) throw new ApiError('network', this.l10n.t('noService'));
      return api.addComment(incidentId, text);
    },
  });

  /** Loads the comments and the audit trail again. */
  refresh(): void {
    void this.logTask.run();
  }

  private get readOnly(): boolean {
    return this.me.readOnly;
  }

  private get posting(): boolean {
    return this.postTask.status === TaskStatus.PENDING;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId')) {
      const previous = changed.get('incidentId');
      if (previous) this.#drafts.set(previous, this.draft);
      this.draft = (this.incidentId && this.#drafts.get(this.incidentId)) || '';
      this.postFailure = undefined;
    }
  }

  private onDraftInput(event: Event): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    if (ApiError.is(this.postFailure, 'validation')) this.postFailure = undefined;
  }

  private onDraftKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void this.post();
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.post();
  }

  private async post(): Promise<void> {
    if (this.readOnly || this.posting || this.draft.trim() === '') return;
    const incidentId = this.incidentId;
    const text = this.draft;
    this.postFailure = undefined;
    await this.postTask.run([this.api, incidentId, text]);
    if (this.postTask.status === TaskStatus.ERROR) {
      if (this.incidentId === incidentId) this.postFailure = this.postTask.error;
      return;
    }
    const comment = this.postTask.value!;
    if (incidentId) this.#drafts.delete(incidentId);
    if (incidentId && this.incidentId === incidentId) {
      // Whatever was typed while the post was on its way stays in the box.
      if (this.draft === text) this.draft = '';
      const log = this.log;
      if (log?.incidentId === incidentId) this.log = { incidentId, items: withComment(log.items, comment) };
    }
    this.emit(new CommentAddedEvent(comment));
  }

  private clearFilters(): void {
    this.kind = 'all';
    this.textFilter = '';
  }

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('empty')}</p></div>`;
    }
    return html`${this.renderComposer()}
      <div class="log-area">${this.renderLog()}</div>`;
  }

  private renderLog() {
    if (this.logTask.status === TaskStatus.ERROR) return this.renderError(this.logTask.error);
    const log = this.log?.incidentId === this.incidentId ? this.log : undefined;
    if (!log) return this.renderLoading();
    return this.renderItems(log.items, this.logTask.status === TaskStatus.PENDING);
  }

  private renderComposer() {
    const readOnly = this.readOnly;
    const length = this.draft.length;
    const over = length > MAX_COMMENT_LENGTH;
    const failure = this.postFailure;
    const fieldError = ApiError.is(failure, 'validation');
    const describedBy = ['comment-count', readOnly ? 'comment-readonly' : '', failure ? 'comment-error' : '']
      .filter(Boolean)
      .join(' ');
    return html`<form class="composer" part="composer" @submit=${this.onSubmit}>
      <label for="comment">${this.l10n.t('commentLabel')}</label>
      <textarea
        id="comment"
        part="comment-input"
        rows="3"
        maxlength=${MAX_COMMENT_LENGTH}
        placeholder=${this.l10n.t('commentPlaceholder')}
        aria-keyshortcuts="Control+Enter"
        aria-invalid=${fieldError || over ? 'true' : 'false'}
        aria-describedby=${describedBy}
        ?disabled=${readOnly}
        .value=${live(this.draft)}
        @input=${this.onDraftInput}
        @keydown=${this.onDraftKeydown}
      ></textarea>
      <div class="composer-footer">
        <span class="counter ${over ? 'over' : ''}" id="comment-count"
          >${this.l10n.t('counter', { count: length, max: MAX_COMMENT_LENGTH })}<span class="visually-hidden">
            ${this.l10n.t('counterUnit')}</span
          ></span
        >
        <span class="shortcut" aria-hidden="true">${this.l10n.t('shortcut')}</span>
        <button
          type="submit"
          class="primary"
          part="post-button"
          ?disabled=${readOnly || this.draft.trim() === ''}
          aria-disabled=${this.posting ? 'true' : 'false'}
        >
          ${this.posting ? this.l10n.t('posting') : this.l10n.t('post')}
        </button>
      </div>
      ${readOnly
        ? html`<p class="note" id="comment-readonly">${this.l10n.t('readOnly')}</p>`
        : nothing}
      ${failure ? this.renderPostFailure(failure) : nothing}
    </form>`;
  }

  private renderPostFailure(failure: unknown) {
    const described = describeApiError(failure, { action: this.l10n.t('actionComment') }, this.l10n);
    return html`<div class="post-error" id="comment-error" role="alert">
      <p><strong>${this.l10n.t('postFailed', { reason: described.title })}</strong> ${described.message}</p>
      <p class="muted">${this.l10n.t('textKept')}</p>
      ${described.canRetry
        ? html`<button type="button" @click=${() => void this.post()}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderLoading() {
    return html`<div class="skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <span></span><span></span><span></span><span></span>
    </div>`;
  }

  private renderError(error: unknown) {
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

  private renderItems(items: LogItem[], refreshing: boolean) {
    if (items.length === 0) {
      const audited = this.api?.capabilities.has('activity');
      return html`<div class="state">
        <p class="empty">${this.l10n.t(audited ? 'noActivity' : 'noComments')}</p>
        <p class="muted">${this.l10n.t(audited ? 'noActivityHint' : 'noCommentsHint')}</p>
      </div>`;
    }
    const shown = filterLog(items, this.kind, this.textFilter, this.l10n);
    const filtered = this.kind !== 'all' || this.textFilter.trim() !== '';
    return html`${this.renderFilters(items)}
      <p class="result-count muted" role="status">
        ${filtered
          ? this.l10n.t('showing', { shown: shown.length, count: items.length })
          : this.l10n.t('itemCount', { count: items.length })}
      </p>
      ${shown.length === 0
        ? html`<div class="state">
            <p class="empty">${this.l10n.t('noMatches')}</p>
            <button type="button" @click=${this.clearFilters}>${this.l10n.t('clearFilters')}</button>
          </div>`
        : html`<ol class="log" part="list" aria-label=${this.l10n.t('listLabel')} aria-busy=${refreshing ? 'true' : 'false'}>
            ${shown.map((item) => this.renderItem(item))}
          </ol>`}`;
  }

  private renderFilters(items: LogItem[]) {
    const counts = countByKind(items);
    const kinds = this.api?.capabilities.has('activity') ? LOG_KINDS : (['all', 'comments'] as const);
    return html`<div class="filters" part="filters">
      <fieldset class="kinds">
        <legend class="visually-hidden">${this.l10n.t('kindsLegend')}</legend>
        ${kinds.map(
          (kind) => html`<label class="kind">
            <input
              type="radio"
              name="kind"
              value=${kind}
              .checked=${live(this.kind === kind)}
              @change=${() => (this.kind = kind)}
            />
            <span>${this.l10n.t(`kind.${kind}`)}</span>
            <span class="count">${this.l10n.count(counts[kind])}</span>
          </label>`,
        )}
      </fieldset>
      <input
        type="search"
        class="text-filter"
        aria-label=${this.l10n.t('textFilterLabel')}
        placeholder=${this.l10n.t('textFilterPlaceholder')}
        .value=${live(this.textFilter)}
        @input=${(event: Event) => (this.textFilter = (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  private renderItem(item: LogItem) {
    return html`<li class="item ${item.kind}" part="item">
      <span class="marker" aria-hidden="true">${KIND_ICONS[item.kind]}</span>
      <div class="content">
        <p class="meta">
          ${this.renderActor(item)}
          <span class="kind-name">${this.l10n.t(`itemKind.${item.kind}`)}</span>
          <time datetime=${item.time}>${this.l10n.dateTime(item.time)}</time>
        </p>
        ${item.comment !== undefined
          ? html`<p class="comment" dir="auto">${item.comment}</p>`
          : html`<ul class="sentences">
              ${(item.entry ? entrySentences(item.entry, this.l10n) : []).map(
                (sentence) => html`<li>${renderSentence(sentence)}</li>`,
              )}
            </ul>`}
      </div>
    </li>`;
  }

  private renderActor(item: LogItem) {
    const badge =
      item.actorKind === 'person'
        ? html`<span class="avatar" aria-hidden="true" dir="auto">${initialsOf(item.actor)}</span>`
        : html`<span class="avatar ${item.actorKind}" aria-hidden="true">${ACTOR_ICONS[item.actorKind]}</span>`;
    return html`<span class="actor"
      >${badge}<span class="actor-name">${renderSentence(actorSentence(item.actor, this.l10n))}</span></span
    >`;
  }
}

/** A sentence with its user data isolated, so that a right-to-left name neither reorders nor is reordered by the words. */
function renderSentence(sentence: Sentence) {
  return sentence.map((part) => (typeof part === 'string' ? part : html`<bdi>${part.data}</bdi>`));
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-activity-log': SocActivityLog;
  }
}
