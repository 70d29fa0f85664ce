import { isolate } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Incident, SavedView } from '../api/model.js';
import { savedViewStorageFor, type SavedViewStorage } from '../api/saved-view-storage.js';
import { CheckedRows } from '../controllers/checked-rows.js';
import { GridTitleController } from '../controllers/grid-title-controller.js';
import { OnDemand } from '../controllers/on-demand.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { RowSlots } from '../controllers/row-slots.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { clickedRowIndex } from '../controllers/grid-focus.js';
import { SearchDebounceController } from '../controllers/search-debounce-controller.js';
import { UrlSyncController } from '../controllers/url-sync-controller.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { IncidentSelectEvent } from '../events/incident-select.js';
import { RequestManageEvent } from '../events/request-manage.js';
import type { IncidentsMergedEvent } from '../events/incidents-merged.js';
import type { SocMergeIncidentsDialog } from '../merge/merge-incidents-dialog.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import {
  KEY_COLUMN,
  compactColumns,
  defaultColumnLayout,
  loadColumnLayout,
  normalizeColumnLayout,
  saveColumnLayout,
  visibleColumns,
  type ColumnLayout,
} from './column-layout.js';
import { incidentQueueStyles } from './incident-queue.styles.js';
import { CHECK_COLUMN_WIDTH, COMPACT_MAX_WIDTH, COMPACT_ROW_HEIGHT, ROW_HEIGHT } from './queue-metrics.js';
import { describeApiError } from '../internal/describe-api-error.js';
import type { QueueColumn } from './queue-columns.js';
import type { SocQueueColumnPicker } from './queue-column-picker.js';
import type { SocQueueFilterPanel } from './queue-filter-panel.js';
import { queueCatalog } from './messages.js';
import {
  DEFAULT_SORT,
  filterChips,
  filterValues,
  hasFilters,
  toIncidentQuery,
  withoutFilter,
  type FilterName,
  type QueueFilters,
  type QueueSort,
} from './queue-filters.js';
import { columnsIcon, dismissIcon, editIcon, filterIcon, mergeIcon } from './queue-icons.js';
import {
  columnAcrossLayouts,
  gridRows,
  queueGridControllers,
  nextSort,
  renderGridRow,
  renderHeaderRow,
  renderQueueEmpty,
  renderQueueError,
  renderQueueGrid,
  renderQueueHeading,
  renderQueueLoading,
  renderQueuePageError,
  renderQueueSearch,
  renderRowCells,
  cellSpecsOf,
  type CellSpec,
  type QueueGridControllers,
} from './queue-grid.js';
import { readViewState, URL_PARAMS, writeViewState, type QueueViewState } from './url-state.js';
import type { SavedViewApplyEvent } from '../events/saved-view-apply.js';
import type { SavedViewDeletedEvent } from '../events/saved-view-deleted.js';
import type { SavedViewSavedEvent } from '../events/saved-view-saved.js';
import {
  layoutOfColumns,
  portalDefaultFilters,
  queueViewKey,
  queueViewOf,
  visibleColumnIds,
  type InitialFilter,
  type QueueView,
} from './saved-views.js';
import { savedViewsCatalog } from './saved-views-messages.js';
import { linkIcon } from './saved-views-icons.js';

/** Rows per request; one request fills a tall viewport several times over. */
const DEFAULT_PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 300;

/**
 * The incident queue of the Defender XDR portal: filter, search, sort and select incidents in a
 * virtual grid that pages from the server as it scrolls, so queues of 100,000 incidents stay fast.
 *
 * The grid follows the WAI-ARIA grid pattern: one tab stop, arrows move the active cell, Home/End and
 * Ctrl+Home/Ctrl+End jump, PageUp/PageDown move by a viewport. As in the portal, Enter on the
 * incident's name opens its page (`soc-incident-open`), Enter on any other cell of the row shows its
 * summary (`soc-incident-select`, as a click on the row does), and Space checks the row.
 * `focusIncident(id)` puts focus back on an incident's row (when its page or summary closes), found
 * by its ID wherever a reload has sorted it.
 *
 * Only the rows in view (and a few beyond) are in the DOM, and their elements are reused as the
 * grid scrolls: the rows sit in the DOM in the order their elements were made, not the order they
 * show in. Each row's `aria-rowindex` says where it is in the grid, `data-id` which incident it shows.
 *
 * The queue adapts to the width it is given, not to the viewport: at 480px or less each row shows
 * the incident's name over its severity, status and last update time (those the column layout
 * shows), and the other columns are left out of the grid — a summary pane shows them. The host is a
 * size container (`container-type: inline-size`), so give it a width rather than sizing it by its content.
 *
 * A fresh queue opens with the person's default saved view, else with `initial-filter` (by default
 * the portal's: open incidents of High, Medium and Low severity, shown as chips that "Clear all"
 * removes). "Saved views" lists, applies, saves, renames and deletes the person's views, in the
 * backend when it has the `savedViews` capability, else in `viewStorage` (by default the browser's
 * `localStorage`). "Copy list link" copies a link to the view shown, as `url-sync` writes it.
 *
 * @summary The incident queue: filters, search, sort, selection and a virtual grid over server pages.
 *
 * @fires soc-incident-select - A row was clicked, or Enter pressed on a cell other than the name: show that incident's summary. `detail.incident`.
 * @fires soc-incident-open - The person asked to open an incident's page (a click on its name, or Enter there). `detail.incident`.
 * @fires soc-request-manage - "Manage incidents" was pressed with the checked incidents in `detail.incidents`. Cancelable.
 * @fires soc-incidents-merged - The checked incidents were merged ("Merge", with a backend that has the `mergeIncidents`
 *   capability): `detail.incident` is the one that stayed, `detail.redirected` the others. The queue then reloads.
 * @fires soc-saved-view-apply - The person chose a saved view, which the queue now shows. `detail.view`.
 * @fires soc-saved-view-saved - The person saved, renamed or re-flagged a saved view. `detail.view`, `detail.current`.
 * @fires soc-saved-view-deleted - The person deleted a saved view. `detail.id`.
 *
 * @slot overview - Shown under the heading, above the toolbar: a summary of the queue such as `soc-incident-trend`.
 *
 * @csspart heading - The "Incidents" heading (an `h2`, or the level `heading-level` gives).
 * @csspart toolbar - The row of actions and the search box.
 * @csspart chips - The row of active filters.
 * @csspart content - The area holding the grid or the loading, empty or error message.
 * @csspart scroller - The scrolling element around the grid.
 *
 * @cssproperty --soc-incident-queue-min-height - Smallest height of the grid area (default 320px); give the
 *   element a height to make the grid fill it.
 */
export class SocIncidentQueue extends SocElement {
  static override styles = incidentQueueStyles;

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** The filters in force. Replace the object to change them. */
  @property({ attribute: false })
  filters: QueueFilters = {};

  /** Name or ID text the queue is searched for. */
  @property()
  search = '';

  /** The column and direction rows are sorted by (newest change first by default). Replace the object to change it. */
  @property({ attribute: false })
  sort: QueueSort = { ...DEFAULT_SORT };

  /** The incident whose summary is shown: its row is highlighted. */
  @property({ attribute: 'selected-id' })
  selectedId: string | null = null;

  /** Reflect filters, search and sort into the page's query string (and read them from it), so a view can be shared. */
  @property({ type: Boolean, attribute: 'url-sync' })
  urlSync = false;

  /** Where the column layout is remembered in `localStorage`; an empty string remembers nothing. */
  @property({ attribute: 'storage-key' })
  storageKey = 'soc-incident-queue.columns';

  /** Incidents fetched per request. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = DEFAULT_PAGE_SIZE;

  /** The time relative time ranges ("1 week") count back from; demos over generated data set their own. */
  @property({ attribute: false })
  clock: () => number = Date.now;

  /** Which columns show, in which order. */
  @property({ attribute: false })
  columnLayout: ColumnLayout = defaultColumnLayout();

  /** Level (1–6) of the "Incidents" heading: 1 where the queue is the page's main content. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  /**
   * What a fresh queue shows when the person has no default saved view: `portal`, the portal's
   * default filter (New/Active and In progress incidents of High, Medium and Low severity), or
   * `none`, every incident. A queue is fresh when neither its URL (with `url-sync`) nor its host
   * gave it filters, a search or a sort before it first rendered.
   */
  @property({ attribute: 'initial-filter' })
  initialFilter: InitialFilter = 'portal';

  /**
   * Where saved views are kept when the backend does not keep them (it lacks the `savedViews`
   * capability): a portal's own settings service, say. By default the browser's `localStorage`.
   */
  @property({ attribute: false })
  viewStorage?: SavedViewStorage;

  @query('.scroller')
  private scroller?: HTMLElement;

  @query('soc-queue-filter-panel')
  private filterPanel?: SocQueueFilterPanel;

  @query('soc-queue-column-picker')
  private columnPicker?: SocQueueColumnPicker;

  readonly #l10n = new LocaleController(this, queueCatalog);
  /** The words of saved views and "Copy list link". */
  readonly #views = new LocaleController(this, savedViewsCatalog);

  readonly #rows = new PagedListController<Incident>(this, { pageSize: DEFAULT_PAGE_SIZE });

  /** At most COMPACT_MAX_WIDTH wide, as the styles' container query sees it: compact two-line rows. */
  readonly #width = new ContainerWidthController(this, { maxWidth: COMPACT_MAX_WIDTH });

  readonly #grid: QueueGridControllers<Incident> = queueGridControllers<Incident>(this, {
    rows: () => this.#rows,
    compact: () => this.#compact,
    columnCount: () => this.#columns.length,
    scroller: () => this.scroller,
    stickyWidth: () => CHECK_COLUMN_WIDTH + (this.#columns[0]?.id === KEY_COLUMN ? this.#columns[0].width : 0),
    firstPage: () => this.#firstPage,
    clearChecked: () => this.#checked.clear(),
  });

  /** The cell under the pointer carries the title of what its row shows. */
  readonly #titles = new GridTitleController(this, (cell) => this.#titleOf(cell));
  /** With `url-sync`, the view in the page's query string; a view taken from it is the first view. */
  readonly #url = new UrlSyncController(this, {
    enabled: () => this.urlSync,
    names: (params) => URL_PARAMS.some((name) => params.has(name)),
    apply: (params) => this.#applyUrlView(readViewState(params)),
    write: (params) => this.#writeView(params),
    onRead: () => (this.#initialReady = true),
  });
  readonly #searchBox = new SearchDebounceController(this, (value) => (this.search = value), SEARCH_DELAY_MS);

  /** Checked incidents by id; kept whole so a bulk action has them even after their page left the cache. */
  readonly #checked = new CheckedRows<Incident>(this);
  readonly #rowSlots = new RowSlots<string>();
  /**
   * The filter panel, column picker and merge dialog are made when first opened, so a queue shows its
   * first rows without building any.
   */
  readonly #panels = new OnDemand<'filters' | 'columns' | 'merge'>(this);
  #columnsFor?: ColumnLayout;
  #columnsCompact = false;
  #visibleColumns: QueueColumn[] = [];
  /** Whether the rows are rendered in the compact layout; follows `#width` at the start of an update. */
  #compact = false;

  /** Whether the first view is known: given by the URL or the host, or the default view looked up. Until then no incidents are asked for. */
  #initialReady = false;
  #initialLookup = false;
  /** The views the default was looked up in, handed to the menu so its first opening need not wait. */
  #knownViews?: SavedView[];
  /** Whether the URL or a saved view chose the columns: the remembered layout does not replace them. */
  #layoutGiven = false;
  #storageFor?: { api: IncidentApi; fallback?: SavedViewStorage; storage: SavedViewStorage };
  /** The saved view in force, and the key of the view it gave (see `#currentKey`). */
  #appliedView?: SavedView;
  #appliedKey = '';
  /** `queueViewKey` of what the queue shows, kept up to date as filters, search, sort or columns change. */
  #currentKey = '';
  /** Said in the live region: "Link copied". */
  #announcement = '';
  /** The link the clipboard refused, shown for the person to copy. */
  #refusedLink?: string;

  readonly #firstPage = new Task(this, {
    args: () => [this.api, this.#queryKey(), this.pageSize, this.#grid.load.reloads, this.#initialReady] as const,
    task: async ([api, , pageSize, , ready], { signal }) => {
      if (!api || !ready) return initialState;
      const incidentQuery = toIncidentQuery(this.filters, this.search, this.sort, new Date(this.clock()));
      const page = await api.listIncidents({ ...incidentQuery, skip: 0, top: pageSize }, { signal });
      return { api, incidentQuery, pageSize, page };
    },
    onComplete: ({ api, incidentQuery, pageSize, page }) => {
      this.#rows.reset(
        ({ skip, top, signal }) => api.listIncidents({ ...incidentQuery, skip, top }, { signal }),
        page,
        pageSize,
      );
      this.#grid.load.loaded();
    },
    onError: () => this.#grid.load.failed(),
  });

  /** Who is signed in, to offer "Manage incidents" only to roles that may change incidents. */
  readonly #principal = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  /** Unknown (still loading, or failed) counts as allowed: the backend has the last word anyway. */
  get #mayManage(): boolean {
    const principal = this.#principal.value;
    return !principal || principal.roles.some((role) => role !== 'reader');
  }

  get #columns(): QueueColumn[] {
    if (this.#columnsFor !== this.columnLayout || this.#columnsCompact !== this.#compact) {
      this.#columnsFor = this.columnLayout;
      this.#columnsCompact = this.#compact;
      this.#visibleColumns = this.#compact ? compactColumns(this.columnLayout) : visibleColumns(this.columnLayout);
    }
    return this.#visibleColumns;
  }

  get #rowHeight(): number {
    return this.#compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  }

  /** Whether rows show in the compact layout (the queue is at most 480px wide): name, severity, status and last update. */
  get compact(): boolean {
    return this.#compact;
  }

  /** Switches the layout the rows render in; the active cell stays on its column when the new layout has it. */
  #followWidth(): void {
    const compact = this.#width.narrow;
    if (compact === this.#compact) return;
    const before = this.#columns;
    this.#compact = compact;
    this.#grid.keyboard.setActive(this.#grid.keyboard.row, columnAcrossLayouts(this.#grid.keyboard.col, before, this.#columns));
  }

  /** The checked incidents, in the order they were checked. */
  get checkedIncidents(): Incident[] {
    return this.#checked.items;
  }

  /** The saved view the queue last applied or saved, while it has not been deleted. */
  get appliedView(): SavedView | undefined {
    return this.#appliedView;
  }

  /** Number of incidents that match the current filters, once known. */
  get totalCount(): number {
    return this.#rows.totalCount;
  }

  /** Loads the queue again (same filters), re-sorting rows whose values changed; resolves when the first page is in. */
  refresh(): Promise<void> {
    return this.#grid.load.refresh();
  }

  /**
   * Shows new values of an incident in its row without reloading (after a save, say). The row keeps its
   * place until the next `refresh()` sorts it again. Returns whether the incident was in the loaded rows.
   */
  upsertIncident(incident: Incident): boolean {
    this.#checked.refresh(incident);
    const found = this.#rows.replace((row) => row.id === incident.id, incident);
    this.requestUpdate();
    return found;
  }

  /**
   * Puts focus on the row of incident `id`, in the column that was current, scrolled into view: where
   * focus returns when the incident's page or summary closes. The row is found by its ID, wherever a
   * reload has sorted it (a reload under way is waited for). An incident not among the loaded rows
   * leaves focus on the grid's current cell. Resolves with whether the incident's row has focus.
   */
  focusIncident(id: string): Promise<boolean> {
    return this.#grid.focus.focusRow(id);
  }

  /** Unchecks every row. */
  clearChecked(): void {
    this.#checked.clear();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#followWidth();
    if (changed.has('storageKey') && !this.#layoutGiven) {
      const stored = loadColumnLayout(this.storageKey);
      if (stored) this.columnLayout = stored;
    }
    if (changed.has('columnLayout')) this.columnLayout = normalizeColumnLayout(this.columnLayout);
    if (changed.has('urlSync') && this.urlSync && changed.get('urlSync') === false) this.#url.read();
    if (!this.#initialReady && !this.#initialLookup) {
      if (this.#hostGaveView()) this.#initialReady = true;
      else if (this.api) void this.#lookUpInitialView(this.api);
    }
    if (changed.has('filters') || changed.has('search') || changed.has('sort') || changed.has('columnLayout')) {
      this.#currentKey = queueViewKey(this.#view());
      this.#url.follow(this.#currentKey);
    }
    this.#grid.load.follow(this.#queryKey());
  }

  protected override updated(): void {
    if (this.#firstPage.status === TaskStatus.COMPLETE) {
      this.#rows.ensureRange(this.#grid.range.first, this.#grid.range.last);
    }
  }

  override render() {
    return html`
      ${this.#renderHeading()}
      <slot name="overview"></slot>
      ${guard(
        [
          this.#checked.size,
          this.#firstPage.status,
          this.#rows.totalCount,
          this.#mayManage,
          this.search,
          this.#localeKey,
          this.api,
          this.viewStorage,
          this.#appliedView,
          this.#modified,
        ],
        () => this.#renderToolbar(),
      )}
      ${guard([this.#announcement, this.#refusedLink, this.#localeKey], () => this.#renderLinkNotice())}
      ${guard([this.filters, this.#localeKey], () => this.#renderChips())}
      <div class="content" part="content">
        ${this.#grid.load.render({
          loading: () => this.#renderLoading(),
          rows: (refreshing) => this.#renderRows(refreshing),
          error: (error) => this.#renderError(error),
        })}
      </div>
      ${this.#panels.has('filters')
        ? html`<soc-queue-filter-panel .filters=${this.filters} @change=${this.#onFiltersApplied}></soc-queue-filter-panel>`
        : nothing}
      ${this.#panels.has('columns')
        ? html`<soc-queue-column-picker .layout=${this.columnLayout} @change=${this.#onLayoutChanged}></soc-queue-column-picker>`
        : nothing}
      ${this.#panels.has('merge') ? html`<soc-merge-incidents-dialog @soc-incidents-merged=${this.#onMerged}></soc-merge-incidents-dialog>` : nothing}
    `;
  }

  #renderHeading() {
    return renderQueueHeading(this.headingLevel, this.#l10n.t('title'));
  }

  #renderToolbar() {
    const checked = this.#checked.size;
    const loaded = this.#firstPage.status === TaskStatus.COMPLETE;
    return html`
      <div class="toolbar" part="toolbar">
        <button
          class="action"
          data-action="manage"
          ?disabled=${checked === 0 || !this.#mayManage}
          title=${this.#mayManage ? nothing : this.#l10n.t('manageNotAllowed')}
          @click=${this.#requestManage}
        >
          ${editIcon}${this.#l10n.t('manageIncidents')}
        </button>
        ${this.api?.capabilities.has('mergeIncidents')
          ? html`<button
              class="action"
              data-action="merge"
              aria-haspopup="dialog"
              ?disabled=${checked < 2 || !this.#mayManage}
              title=${this.#mayManage ? nothing : this.#l10n.t('mergeNotAllowed')}
              @click=${this.#openMerge}
            >
              ${mergeIcon}${this.#l10n.t('mergeIncidents')}
            </button>`
          : nothing}
        <button class="action" data-action="filters" aria-haspopup="dialog" @click=${this.#openFilters}>
          ${filterIcon}${this.#l10n.t('filters')}
        </button>
        <button class="action" data-action="columns" aria-haspopup="dialog" @click=${this.#openColumns}>
          ${columnsIcon}${this.#l10n.t('customizeColumns')}
        </button>
        <soc-queue-saved-views
          .storage=${this.api ? this.#storage(this.api) : undefined}
          .snapshot=${this.#snapshot}
          .clock=${this.clock}
          .applied=${this.#appliedView}
          ?modified=${this.#modified}
          @soc-saved-view-apply=${this.#onViewApply}
          @soc-saved-view-saved=${this.#onViewSaved}
          @soc-saved-view-deleted=${this.#onViewDeleted}
        ></soc-queue-saved-views>
        <button class="action" data-action="copy-link" @click=${this.#copyLink}>
          ${linkIcon}${this.#views.t('copyLink')}
        </button>
        ${renderQueueSearch(this.#countText(checked, loaded), this.#l10n.t('search'), this.search, this.#searchBox)}
      </div>
    `;
  }

  /** "Link copied" for screen readers; a refused clipboard shows the link for the person to copy. */
  #renderLinkNotice() {
    return html`<div class="visually-hidden" role="status">${this.#announcement}</div>
      ${this.#refusedLink
        ? html`<div class="link-notice" role="alert">
            <label for="list-link">${this.#views.t('copyRefused')}</label>
            <input id="list-link" type="text" readonly dir="ltr" .value=${this.#refusedLink} @focus=${selectAll} />
            <button class="icon-button" aria-label=${this.#l10n.t('action.close')} @click=${this.#dismissLinkNotice}>${dismissIcon}</button>
          </div>`
        : nothing}`;
  }

  /** "2 selected · 1,234 incidents" for the live region; the total only once known. */
  #countText(checked: number, loaded: boolean): string {
    const total = this.#rows.totalCount;
    if (checked > 0) {
      return loaded ? this.#l10n.t('selectedOfTotal', { selected: checked, count: total }) : this.#l10n.t('selectedOnly', { count: checked });
    }
    return loaded ? this.#l10n.t('incidentCount', { count: total }) : '';
  }

  /** A chip's "Status: Active, In progress", values that people typed (tags, owners) isolated for right-to-left. */
  #renderChipText(name: FilterName) {
    const separator = this.#l10n.t('valueSeparator');
    const values = filterValues(this.filters, name, this.#l10n).map(
      (value, index) => html`${index > 0 ? separator : ''}${value.userData ? html`<bdi>${value.text}</bdi>` : value.text}`,
    );
    return this.#l10n.markup('filterChip', { filter: this.#l10n.t(`filter.${name}`), values });
  }

  #renderChips() {
    const chips = filterChips(this.filters, this.#l10n);
    if (chips.length === 0) return nothing;
    return html`
      <ul class="chips" part="chips" aria-label=${this.#l10n.t('activeFilters')}>
        ${chips.map(
          (chip) =>
            html`<li>
              <button
                class="chip"
                data-filter=${chip.name}
                aria-label=${this.#l10n.t('removeFilter', { filter: chip.text })}
                @click=${() => this.#removeFilter(chip.name)}
              >
                <span class="chip-text">${this.#renderChipText(chip.name)}</span>
                <svg class="icon" viewBox="0 0 20 20" width="12" height="12" aria-hidden="true" focusable="false">
                  <path
                    d="m4.1 4.2.1-.1a.5.5 0 0 1 .6 0l.1.1L10 9.3l5.1-5.2a.5.5 0 0 1 .8.7L10.7 10l5.2 5.1a.5.5 0 0 1-.7.8L10 10.7l-5.1 5.2a.5.5 0 0 1-.8-.7L9.3 10 4.1 4.9a.5.5 0 0 1 0-.7Z"
                  />
                </svg>
              </button>
            </li>`,
        )}
        <li><button class="link" data-action="clear-filters" @click=${this.#clearFilters}>${this.#l10n.t('clearAll')}</button></li>
      </ul>
    `;
  }

  #renderLoading() {
    return renderQueueLoading(this.#l10n.t('loadingIncidents'));
  }

  get #filtered(): boolean {
    return hasFilters(this.filters) || this.search.trim() !== '';
  }

  #renderError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingWhat') }, this.#l10n);
    return renderQueueError(view, {
      retryLabel: this.#l10n.t('action.retry'),
      retry: () => void this.refresh(),
      clearLabel: this.#filtered ? this.#l10n.t('clearFilters') : undefined,
      clear: this.#clearFilters,
    });
  }

  #renderEmpty() {
    const filtered = this.#filtered;
    const clearLabel = filtered ? this.#l10n.t('clearFilters') : undefined;
    return renderQueueEmpty(this.#l10n.t(filtered ? 'noMatches' : 'noIncidents'), clearLabel, this.#clearFilters);
  }

  #renderRows(refreshing: boolean) {
    const total = this.#rows.totalCount;
    if (total === 0 && !refreshing) return this.#renderEmpty();
    const columns = this.#columns;
    const { range, keyboard } = this.#grid;
    const rows = gridRows(range.first, Math.min(range.last, total - 1), keyboard.row - 1, total, this.#rowSlots, (index) => this.#rows.item(index)?.id);
    const pageError = this.#rows.error;
    const locale = this.#localeKey;
    return renderQueueGrid({
      label: this.#l10n.t('title'),
      loadingLabel: this.#l10n.t('loadingIncidents'),
      refreshing,
      pageError: pageError ? this.#renderPageError(pageError) : nothing,
      total,
      columnWidths: columns.map((column) => column.width),
      compact: this.#compact,
      rowHeight: this.#rowHeight,
      header: this.#renderHeaderRow(columns),
      rows,
      renderRow: (index) => {
        const incident = this.#rows.item(index);
        const activeCol = this.#grid.keyboard.row === index + 1 ? this.#grid.keyboard.col : -1;
        const checked = incident ? this.#checked.has(incident.id) : false;
        const current = incident?.id === this.selectedId;
        // Rows whose inputs did not change skip re-rendering: a scroll renders only the rows it brings in.
        // The locale is an input too: a new language, or its strings arriving, re-render every row.
        return guard([index, incident, checked, current, activeCol, columns, locale], () =>
          this.#renderRow(index, incident, checked, current, activeCol, columns),
        );
      },
      onKeydown: this.#onGridKeydown,
      onClick: this.#onGridClick,
      onFocusIn: this.#grid.focus.onFocusIn,
      onPointerOver: this.#titles.onPointerOver,
      onPointerOut: this.#titles.onPointerOut,
    });
  }

  /** Changes with the language and when its strings arrive: rendered text depends on it. */
  get #localeKey(): string {
    return `${this.#l10n.locale}:${this.#l10n.language}`;
  }

  #renderPageError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingMore') }, this.#l10n);
    const text = this.#l10n.t('failure', { title: view.title, message: view.message });
    return renderQueuePageError(text, view.canRetry ? this.#l10n.t('action.retry') : undefined, () => this.#rows.retry());
  }

  #stickyClass(columns: readonly QueueColumn[], index: number): string {
    return index === 0 && columns[0]?.id === KEY_COLUMN ? 'sticky key' : '';
  }

  /** The header row; drawn again only when its inputs change, not on every scroll. */
  #renderHeaderRow(columns: QueueColumn[]) {
    const { allChecked, someChecked } = this.#checked.selectAllState(() => this.#rows.loadedItems());
    const activeCol = this.#grid.keyboard.row === 0 ? this.#grid.keyboard.col : -1;
    return guard([columns, this.sort, this.#localeKey, activeCol, allChecked, someChecked], () =>
      renderHeaderRow(columns, {
        sort: this.sort,
        selectAllLabel: this.#l10n.t('selectAll'),
        allChecked,
        someChecked,
        activeCol,
        stickyClass: (index) => this.#stickyClass(columns, index),
        label: (column) => this.#l10n.t(`column.${column.id}`),
        onToggleAll: this.#toggleAll,
        onSort: (column) => this.#sortBy(column),
      }),
    );
  }

  /**
   * Row `index`: the row element says where it is (position, row index), its cells what it shows. The
   * cells do not depend on the position, so a row that moves (a row above it was removed) keeps them
   * as they are, and only the row's own attributes change.
   */
  #renderRow(index: number, incident: Incident | undefined, checked: boolean, current: boolean, activeCol: number, columns: QueueColumn[]) {
    const locale = this.#localeKey;
    const cells = guard([incident, checked, activeCol, columns, locale], () => this.#renderCells(incident, checked, activeCol, columns));
    return renderGridRow(index, this.#rowHeight, incident?.id, checked, current, cells);
  }

  /** The cells of an incident's row, or of a placeholder; `activeCol` is the column holding the grid's tab stop, or -1. */
  #renderCells(incident: Incident | undefined, checked: boolean, activeCol: number, columns: QueueColumn[]): TemplateResult {
    const loaded = incident && {
      checkLabel: this.#l10n.t('selectIncident', { name: isolate(incident.displayName) }),
      checked,
      onCheck: (value: boolean) => this.#checked.set(incident, value),
      cells: columns.map((column) =>
        column.id === KEY_COLUMN
          ? { content: incident.displayName, open: () => this.#open(incident) }
          : { content: column.cell(incident, this.#l10n), userData: column.userData?.(incident) },
      ),
    };
    return renderRowCells(this.#cellSpecs(columns), activeCol, loaded, this.#l10n.t('loadingRow'));
  }

  /** How each column's cells are drawn: the name is a link. */
  #cellSpecs(columns: QueueColumn[]): readonly CellSpec[] {
    return cellSpecsOf(columns, (index) => this.#stickyClass(columns, index), (column) => column.id === KEY_COLUMN);
  }

  // --- Query and URL ---------------------------------------------------------------------------

  #queryKey(): string {
    return JSON.stringify([this.filters, this.search.trim(), this.sort]);
  }

  #view(): QueueView {
    return { filters: this.filters, search: this.search, sort: this.sort, columnLayout: this.columnLayout };
  }

  /** What "Save view…" keeps; handed to the saved views menu once, so the toolbar need not re-render as the view changes. */
  readonly #snapshot = (): QueueView => this.#view();

  get #modified(): boolean {
    return this.#appliedView !== undefined && this.#currentKey !== this.#appliedKey;
  }

  /** Whether the host set filters, a search or a sort before the queue looked for its first view. */
  #hostGaveView(): boolean {
    return hasFilters(this.filters) || this.search.trim() !== '' || this.sort.field !== DEFAULT_SORT.field || this.sort.direction !== DEFAULT_SORT.direction;
  }

  #storage(api: IncidentApi): SavedViewStorage {
    const memo = this.#storageFor;
    if (memo?.api === api && memo.fallback === this.viewStorage) return memo.storage;
    const storage = savedViewStorageFor(api, this.viewStorage);
    this.#storageFor = { api, fallback: this.viewStorage, storage };
    return storage;
  }

  /**
   * A fresh queue opens with the person's default view, else with `initialFilter`. No incidents are
   * asked for until this is known; a storage that fails counts as no default view.
   */
  async #lookUpInitialView(api: IncidentApi): Promise<void> {
    this.#initialLookup = true;
    const before = queueViewKey(this.#view());
    let views: SavedView[] | undefined;
    try {
      views = await this.#storage(api).listSavedViews();
    } catch {
      // The menu says what went wrong when it is opened.
    }
    this.#knownViews = views;
    // A view the host or the URL set meanwhile stands.
    if (queueViewKey(this.#view()) === before) {
      const preferred = views?.find((view) => view.isDefault);
      if (preferred) this.#applyView(preferred);
      else if (this.initialFilter === 'portal') this.filters = portalDefaultFilters();
    }
    this.#initialReady = true;
    this.requestUpdate();
    await this.updateComplete;
    const menu = this.renderRoot.querySelector('soc-queue-saved-views');
    if (menu && views) menu.knownViews = views;
  }

  #applyView(saved: SavedView): void {
    const view = queueViewOf(saved);
    this.#searchBox.cancel();
    this.filters = view.filters;
    this.search = view.search;
    this.sort = view.sort;
    this.columnLayout = view.columnLayout;
    this.#layoutGiven = true;
    this.#appliedView = saved;
    this.#appliedKey = queueViewKey(view);
  }

  #onViewApply(event: SavedViewApplyEvent): void {
    this.#applyView(event.detail.view);
  }

  #onViewSaved(event: SavedViewSavedEvent): void {
    const { view, current } = event.detail;
    if (current) {
      this.#appliedView = view;
      this.#appliedKey = this.#currentKey;
    } else if (this.#appliedView?.id === view.id) {
      this.#appliedView = view;
    }
    this.requestUpdate();
  }

  #onViewDeleted(event: SavedViewDeletedEvent): void {
    if (this.#appliedView?.id !== event.detail.id) return;
    this.#appliedView = undefined;
    this.requestUpdate();
  }

  #viewState(): QueueViewState {
    const columns = visibleColumnIds(this.columnLayout);
    return { filters: this.filters, search: this.search, sort: this.sort, ...(columns ? { columns } : {}) };
  }

  /**
   * Writes the view into `params` as URL sync does. A view with nothing to write (every incident) is
   * named, where an empty URL would open another one (the portal's default filter or a default view).
   */
  #writeView(params: URLSearchParams): void {
    writeViewState(params, this.#viewState());
    const opensOther = this.initialFilter === 'portal' || !!this.#knownViews?.some((view) => view.isDefault);
    if (opensOther && !URL_PARAMS.some((name) => params.has(name))) params.set('view', 'all');
  }

  /** Shows the view (columns included) the URL gives. */
  #applyUrlView(view: QueueViewState): void {
    this.filters = view.filters;
    this.search = view.search;
    this.sort = view.sort;
    this.columnLayout = layoutOfColumns(view.columns);
    this.#layoutGiven = true;
  }

  /** Copies the link of the view shown (as URL sync writes it, whether or not it is on) to the clipboard. */
  async #copyLink(): Promise<void> {
    const url = new URL(location.href);
    this.#writeView(url.searchParams);
    const link = url.href;
    this.#announcement = '';
    this.#refusedLink = undefined;
    this.requestUpdate();
    try {
      await navigator.clipboard.writeText(link);
      await this.updateComplete;
      // Said again on a second copy: the live region hears a change.
      this.#announcement = this.#views.t('linkCopied');
    } catch {
      this.#refusedLink = link;
    }
    this.requestUpdate();
    if (this.#refusedLink) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#list-link')?.focus();
    }
  }

  async #dismissLinkNotice(): Promise<void> {
    this.#refusedLink = undefined;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="copy-link"]')?.focus();
  }

  #sortBy(column: QueueColumn): void {
    this.sort = nextSort(this.sort, column) ?? this.sort;
  }

  #removeFilter(name: FilterName): void {
    this.filters = withoutFilter(this.filters, name);
  }

  #clearFilters(): void {
    this.filters = {};
    this.search = '';
    this.#searchBox.cancel();
  }

  #onFiltersApplied(event: Event): void {
    this.filters = (event.target as SocQueueFilterPanel).filters;
  }

  #onLayoutChanged(event: Event): void {
    this.columnLayout = normalizeColumnLayout((event.target as SocQueueColumnPicker).layout);
    saveColumnLayout(this.storageKey, this.columnLayout);
  }

  async #openFilters(): Promise<void> {
    const panel = await this.#panels.make('filters', () => this.filterPanel);
    if (!panel) return;
    const loaded = this.#rows.loadedItems();
    const seen = (values: (incident: Incident) => readonly string[]) => [...new Set(loaded.flatMap(values))].sort();
    panel.tagSuggestions = seen((incident) => incident.customTags);
    panel.categorySuggestions = seen((incident) => incident.categories);
    panel.deviceGroupSuggestions = seen((incident) => incident.deviceGroups);
    panel.threatSuggestions = seen((incident) => incident.threats);
    void panel.show();
  }

  async #openColumns(): Promise<void> {
    const picker = await this.#panels.make('columns', () => this.columnPicker);
    void picker?.show();
  }

  // --- Selection and actions -------------------------------------------------------------------

  #toggleAll(): void {
    this.#checked.toggleAll(this.#rows.loadedItems());
  }

  #requestManage(): void {
    if (this.#checked.size === 0 || !this.#mayManage) return;
    this.emit(new RequestManageEvent(this.checkedIncidents));
  }

  async #openMerge(): Promise<void> {
    if (this.#checked.size < 2 || !this.#mayManage) return;
    const dialog = await this.#panels.make('merge', () => this.renderRoot.querySelector<SocMergeIncidentsDialog>('soc-merge-incidents-dialog') ?? undefined);
    void dialog?.show(this.checkedIncidents);
  }

  /**
   * After a merge: nothing checked, the rows loaded again (the merged incidents changed), the merge
   * said aloud, and focus on the row of the incident that stayed (the "Merge" button it would go
   * back to is disabled now that nothing is checked).
   */
  async #onMerged(event: IncidentsMergedEvent): Promise<void> {
    const { incident, redirected } = event.detail;
    this.#checked.clear();
    this.#announcement = this.#l10n.t('incidentsMerged', {
      count: redirected.length,
      sources: this.#l10n.list(redirected.map((source) => source.id)),
      target: incident.id,
    });
    await this.refresh();
    await this.focusIncident(incident.id);
  }

  #select(incident: Incident): void {
    this.selectedId = incident.id;
    this.emit(new IncidentSelectEvent(incident));
  }

  #open(incident: Incident): void {
    this.emit(new IncidentOpenEvent(incident));
  }

  // --- Grid interaction ------------------------------------------------------------------------

  #onGridClick(event: MouseEvent): void {
    const index = clickedRowIndex(event);
    const incident = index === undefined ? undefined : this.#rows.item(index);
    if (incident) this.#select(incident);
  }

  /** The title of the cell under the pointer: the name, or the text its column gives for what its row shows now. */
  #titleOf(cell: HTMLElement): string | undefined {
    const index = cell.closest<HTMLElement>('[role="row"]')?.dataset.index;
    const incident = index === undefined ? undefined : this.#rows.item(Number(index));
    // The name's button says what its cell says: both take the column's title.
    const columnId = cell.dataset.column ?? cell.closest<HTMLElement>('[data-column]')?.dataset.column;
    return incident ? this.#columns.find((column) => column.id === columnId)?.title?.(incident, this.#l10n) : undefined;
  }

  #onGridKeydown(event: KeyboardEvent): void {
    if (this.#grid.keyboard.handleKeydown(event)) return;
    const row = this.#grid.keyboard.row;
    if (row === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const incident = this.#rows.item(row - 1);
    if (!incident) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.#columns[this.#grid.keyboard.col - 1]?.id === KEY_COLUMN) this.#open(incident);
      else this.#select(incident);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.#checked.set(incident, !this.#checked.has(incident.id));
    }
  }
}

/** Selects the text of the link the clipboard refused, ready to copy. */
function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-queue': SocIncidentQueue;
  }
}
