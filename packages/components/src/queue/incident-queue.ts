import { isolate } from '../i18n/isolate.js';
import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Incident, SavedView } from '../api/model.js';
import { savedViewStorageFor, type SavedViewStorage } from '../api/saved-view-storage.js';
import { GridKeyboardController, type GridCell } from '../controllers/grid-keyboard-controller.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { RowSlots } from '../controllers/row-slots.js';
import { VirtualRangeController } from '../controllers/virtual-range-controller.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { IncidentSelectEvent } from '../events/incident-select.js';
import { RequestManageEvent } from '../events/request-manage.js';
import { LocaleController } from '../i18n/localizer.js';
import { SocElement } from '../internal/soc-element.js';
import { styleProps } from '../internal/style-props.js';
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
import {
  CHECK_COLUMN_WIDTH,
  COMPACT_HEADER_HEIGHT,
  COMPACT_MAX_WIDTH,
  COMPACT_ROW_HEIGHT,
  HEADER_HEIGHT,
  ROW_HEIGHT,
} from './queue-metrics.js';
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
import { arrowDownIcon, arrowUpIcon, columnsIcon, dismissIcon, editIcon, filterIcon, searchIcon } from './queue-icons.js';
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
const SKELETON_ROWS = 8;

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

  readonly #range = new VirtualRangeController(this, {
    rowHeight: () => this.#rowHeight,
    headerHeight: () => (this.#compact ? COMPACT_HEADER_HEIGHT : HEADER_HEIGHT),
    overscan: 6,
    scroller: () => this.scroller,
  });

  readonly #keyboard = new GridKeyboardController(this, {
    rowCount: () => this.#rows.totalCount + 1,
    colCount: () => this.#columns.length + 1,
    pageRows: () => this.#range.pageRows,
    firstBodyRow: 1,
    onMove: (cell) => this.#moveFocus(cell),
  });

  /** Checked incidents by id; kept whole so a bulk action has them even after their page left the cache. */
  readonly #checked = new Map<string, Incident>();
  readonly #rowSlots = new RowSlots<string>();
  /**
   * The dialogs made so far: the filter panel and the column picker are made when first opened, so a
   * queue shows its first rows without building either.
   */
  readonly #panels = new Set<'filters' | 'columns'>();
  /** The cell under the pointer, which alone carries a title (see `#onGridPointerOver`). */
  #titled?: HTMLElement;
  #reloads = 0;
  #columnsFor?: ColumnLayout;
  #columnsCompact = false;
  #visibleColumns: QueueColumn[] = [];
  /** Whether the rows are rendered in the compact layout; follows `#width` at the start of an update. */
  #compact = false;
  #viewKey = '';
  /** Whether the rows of the previous load stay on screen while the next one is on its way. */
  #keepRowsWhileLoading = false;
  #focusPending = false;
  /** A new view puts the active cell back on the first row once it has loaded. */
  #startAtTop = true;
  #everLoaded = false;
  #searchTimer?: ReturnType<typeof setTimeout>;

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
  #urlKey = '';
  /** Said in the live region: "Link copied". */
  #announcement = '';
  /** The link the clipboard refused, shown for the person to copy. */
  #refusedLink?: string;

  readonly #firstPage = new Task(this, {
    args: () => [this.api, this.#queryKey(), this.pageSize, this.#reloads, this.#initialReady] as const,
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
      this.#keepRowsWhileLoading = false;
      if (this.#startAtTop) {
        this.#startAtTop = false;
        // The first rows start the grid on the first incident's name; later views keep the column.
        if (!this.#everLoaded) this.#keyboard.setActive(1, 1);
        else if (this.#keyboard.row > 0) this.#keyboard.setActive(1, this.#keyboard.col);
      }
      this.#everLoaded = true;
    },
    onError: () => {
      // Rows of an earlier view must not come back while a retry loads.
      this.#rows.clear();
      this.#keepRowsWhileLoading = false;
    },
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
    const activeColumn = this.#keyboard.col > 0 ? this.#columns[this.#keyboard.col - 1]?.id : undefined;
    this.#compact = compact;
    const index = activeColumn ? this.#columns.findIndex((column) => column.id === activeColumn) : -1;
    const col = this.#keyboard.col === 0 ? 0 : index >= 0 ? index + 1 : 1;
    this.#keyboard.setActive(this.#keyboard.row, col);
  }

  /** The checked incidents, in the order they were checked. */
  get checkedIncidents(): Incident[] {
    return [...this.#checked.values()];
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
  async refresh(): Promise<void> {
    this.#keepRowsWhileLoading = this.#rows.hasData;
    this.#reloads++;
    this.requestUpdate();
    await this.updateComplete;
    await this.#firstPage.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /**
   * Shows new values of an incident in its row without reloading (after a save, say). The row keeps its
   * place until the next `refresh()` sorts it again. Returns whether the incident was in the loaded rows.
   */
  upsertIncident(incident: Incident): boolean {
    if (this.#checked.has(incident.id)) this.#checked.set(incident.id, incident);
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
  async focusIncident(id: string): Promise<boolean> {
    await this.updateComplete;
    if (this.#firstPage.status === TaskStatus.PENDING) {
      await this.#firstPage.taskComplete.catch(() => undefined);
      await this.updateComplete;
    }
    const index = this.#indexOf(id);
    if (index >= 0) this.#keyboard.setActive(index + 1, this.#keyboard.col);
    this.#moveFocus({ row: this.#keyboard.row, col: this.#keyboard.col });
    await this.updateComplete;
    const focused = this.shadowRoot?.activeElement;
    return index >= 0 && !!focused && focused.closest<HTMLElement>('[role="row"]')?.dataset.id === id;
  }

  /** Index of incident `id` among the loaded rows, or -1; the active row is looked at first. */
  #indexOf(id: string): number {
    const active = this.#keyboard.row - 1;
    if (this.#rows.item(active)?.id === id) return active;
    const pageSize = this.#rows.pageSize;
    for (let index = 0; index < this.#rows.totalCount; index++) {
      const incident = this.#rows.item(index);
      if (incident?.id === id) return index;
      // A page not in memory is skipped whole.
      if (!incident && index % pageSize === 0) index += pageSize - 1;
    }
    return -1;
  }

  /** Unchecks every row. */
  clearChecked(): void {
    this.#checked.clear();
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.urlSync && this.#readUrl()) this.#initialReady = true;
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#followWidth();
    if (changed.has('storageKey') && !this.#layoutGiven) {
      const stored = loadColumnLayout(this.storageKey);
      if (stored) this.columnLayout = stored;
    }
    if (changed.has('columnLayout')) this.columnLayout = normalizeColumnLayout(this.columnLayout);
    if (changed.has('urlSync') && this.urlSync && changed.get('urlSync') === false && this.#readUrl()) this.#initialReady = true;
    if (!this.#initialReady && !this.#initialLookup) {
      if (this.#hostGaveView()) this.#initialReady = true;
      else if (this.api) void this.#lookUpInitialView(this.api);
    }
    if (changed.has('filters') || changed.has('search') || changed.has('sort') || changed.has('columnLayout')) {
      this.#currentKey = queueViewKey(this.#view());
      if (this.#currentKey !== this.#urlKey) {
        const firstView = this.#urlKey === '';
        this.#urlKey = this.#currentKey;
        if (!firstView && this.urlSync) this.#writeUrl();
      }
    }
    const viewKey = this.#queryKey();
    if (viewKey !== this.#viewKey) {
      this.#viewKey = viewKey;
      // The rows of the last view stay (under a progress bar) until the new ones arrive, so focus in the grid survives.
      this.#keepRowsWhileLoading = this.#rows.hasData;
      this.#checked.clear();
      this.#range.scrollToTop();
      this.#startAtTop = true;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    const focusInGrid = this.#focusInGrid();
    super.update(changed);
    // A placeholder row that became a loaded one was re-created: put focus back where it was.
    if (focusInGrid && !this.#focusInGrid()) this.#focusPending = true;
  }

  #focusInGrid(): boolean {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    return focused?.dataset.col !== undefined;
  }

  protected override updated(): void {
    // A scroll may have given the row under the pointer another incident.
    if (this.#titled) {
      if (this.#titled.isConnected) this.#applyTitle(this.#titled);
      else this.#titled = undefined;
    }
    if (this.#firstPage.status === TaskStatus.COMPLETE) {
      this.#rows.ensureRange(this.#range.first, this.#range.last);
    }
    if (this.#focusPending) {
      this.#focusPending = false;
      this.#focusActiveCell();
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
        ${this.#firstPage.render({
          initial: () => this.#renderLoading(),
          pending: () => (this.#keepRowsWhileLoading ? this.#renderRows(true) : this.#renderLoading()),
          complete: () => this.#renderRows(false),
          error: (error) => this.#renderError(error),
        })}
      </div>
      ${this.#panels.has('filters')
        ? html`<soc-queue-filter-panel .filters=${this.filters} @change=${this.#onFiltersApplied}></soc-queue-filter-panel>`
        : nothing}
      ${this.#panels.has('columns')
        ? html`<soc-queue-column-picker .layout=${this.columnLayout} @change=${this.#onLayoutChanged}></soc-queue-column-picker>`
        : nothing}
    `;
  }

  #renderHeading() {
    const title = this.#l10n.t('title');
    switch (this.headingLevel) {
      case 1:
        return html`<h1 class="title" part="heading">${title}</h1>`;
      case 3:
        return html`<h3 class="title" part="heading">${title}</h3>`;
      case 4:
        return html`<h4 class="title" part="heading">${title}</h4>`;
      case 5:
        return html`<h5 class="title" part="heading">${title}</h5>`;
      case 6:
        return html`<h6 class="title" part="heading">${title}</h6>`;
      default:
        return html`<h2 class="title" part="heading">${title}</h2>`;
    }
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
        <span class="spacer"></span>
        <span class="count" role="status">${this.#countText(checked, loaded)}</span>
        <div class="search">
          ${searchIcon}
          <input
            type="search"
            aria-label=${this.#l10n.t('search')}
            placeholder=${this.#l10n.t('search')}
            .value=${this.search}
            @input=${this.#onSearchInput}
            @keydown=${this.#onSearchKeydown}
          />
        </div>
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
    return html`
      <div class="progress" role="progressbar" aria-label=${this.#l10n.t('loadingIncidents')}></div>
      <div class="skeleton-rows" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_ROWS },
          () =>
            html`<div class="skeleton-row">
              <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span
              ><span class="skeleton"></span><span class="skeleton"></span>
            </div>`,
        )}
      </div>
    `;
  }

  #renderError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingWhat') }, this.#l10n);
    const filtered = hasFilters(this.filters) || this.search.trim() !== '';
    return html`
      <div class="message error" role="alert">
        <p class="message-title">${view.title}</p>
        <p>${view.message}</p>
        ${view.canRetry ? html`<button class="button" @click=${() => this.refresh()}>${this.#l10n.t('action.retry')}</button>` : nothing}
        ${!view.canRetry && filtered
          ? html`<button class="button" @click=${this.#clearFilters}>${this.#l10n.t('clearFilters')}</button>`
          : nothing}
      </div>
    `;
  }

  #renderEmpty() {
    const filtered = hasFilters(this.filters) || this.search.trim() !== '';
    return html`
      <div class="message" role="status">
        <p class="message-title">${this.#l10n.t(filtered ? 'noMatches' : 'noIncidents')}</p>
        ${filtered ? html`<button class="button" @click=${this.#clearFilters}>${this.#l10n.t('clearFilters')}</button>` : nothing}
      </div>
    `;
  }

  #renderRows(refreshing: boolean) {
    const total = this.#rows.totalCount;
    if (total === 0 && !refreshing) return this.#renderEmpty();
    const columns = this.#columns;
    const widths = [CHECK_COLUMN_WIDTH, ...columns.map((column) => column.width)];
    // Compact rows take the queue's width and place their cells by the styles' container query.
    const gridStyle: Record<string, string> = this.#compact
      ? {}
      : {
          '--columns': widths.map((width) => `${width}px`).join(' '),
          width: `${widths.reduce((sum, width) => sum + width, 0)}px`,
        };
    const rowHeight = this.#rowHeight;
    const first = this.#range.first;
    const last = Math.min(this.#range.last, total - 1);
    const indices: number[] = [];
    for (let index = first; index <= last; index++) indices.push(index);
    // The active cell is the grid's tab stop: keep its row in the DOM even when scrolled away.
    const activeIndex = this.#keyboard.row - 1;
    if (activeIndex >= 0 && activeIndex < total && (activeIndex < first || activeIndex > last)) indices.push(activeIndex);
    const slots = this.#rowSlots.assign(this.#rowKeys(indices));
    // Rows sit in the DOM in their slots' order, and each is placed by its transform: recycling a row never
    // moves an element. Each row's aria-rowindex says where it is in the grid.
    const rows = indices.map((index, position) => ({ index, slot: slots[position]! })).sort((a, b) => a.slot - b.slot);
    const pageError = this.#rows.error;
    const locale = this.#localeKey;
    return html`
      ${refreshing ? html`<div class="progress" role="progressbar" aria-label=${this.#l10n.t('loadingIncidents')}></div>` : nothing}
      ${pageError ? this.#renderPageError(pageError) : nothing}
      <div class="scroll-frame">
        <div
          class="scroller"
          part="scroller"
          @keydown=${this.#onGridKeydown}
          @click=${this.#onGridClick}
          @focusin=${this.#onGridFocusIn}
          @pointerover=${this.#onGridPointerOver}
          @pointerout=${this.#onGridPointerOut}
        >
          <div
            role="grid"
            aria-label=${this.#l10n.t('title')}
            aria-multiselectable="true"
            aria-rowcount=${total + 1}
            aria-colcount=${columns.length + 1}
            aria-busy=${refreshing ? 'true' : 'false'}
            data-layout=${this.#compact ? 'compact' : 'table'}
            ${styleProps(gridStyle)}
          >
            <div role="rowgroup" class="head">${this.#renderHeaderRow(columns)}</div>
            <div role="rowgroup" class="body" ${styleProps({ height: `${total * rowHeight}px` })}>
              ${repeat(
                rows,
                (row) => row.slot,
                ({ index }) => {
                  const incident = this.#rows.item(index);
                  const activeCol = this.#keyboard.row === index + 1 ? this.#keyboard.col : -1;
                  const checked = incident ? this.#checked.has(incident.id) : false;
                  const current = incident?.id === this.selectedId;
                  // Rows whose inputs did not change skip re-rendering: a scroll renders only the rows it brings in.
                  // The locale is an input too: a new language, or its strings arriving, re-render every row.
                  return guard([index, incident, checked, current, activeCol, columns, locale], () =>
                    this.#renderRow(index, incident, checked, current, activeCol, columns),
                  );
                },
              )}
            </div>
          </div>
        </div>
      </div>
    `;
  }

  /**
   * What each row's slot follows: its incident, so a row keeps its element when rows above it come or
   * go, or its position while the incident is loading. An incident listed twice (the server's order
   * moved between two pages) is keyed by position the second time.
   */
  #rowKeys(indices: readonly number[]): string[] {
    const seen = new Set<string>();
    return indices.map((index) => {
      const id = this.#rows.item(index)?.id;
      if (id === undefined || seen.has(id)) return `@${index}`;
      seen.add(id);
      return id;
    });
  }

  /** Changes with the language and when its strings arrive: rendered text depends on it. */
  get #localeKey(): string {
    return `${this.#l10n.locale}:${this.#l10n.language}`;
  }

  #renderPageError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingMore') }, this.#l10n);
    return html`<div class="page-error" role="alert">
      <span>${this.#l10n.t('failure', { title: view.title, message: view.message })}</span>
      ${view.canRetry ? html`<button class="button" @click=${() => this.#rows.retry()}>${this.#l10n.t('action.retry')}</button>` : nothing}
    </div>`;
  }

  #tabIndex(row: number, col: number): number {
    return this.#keyboard.isActive(row, col) ? 0 : -1;
  }

  #stickyClass(columns: QueueColumn[], index: number): string {
    return index === 0 && columns[0]?.id === KEY_COLUMN ? 'sticky key' : '';
  }

  /** The header row; drawn again only when its inputs change, not on every scroll. */
  #renderHeaderRow(columns: QueueColumn[]) {
    let allChecked = false;
    let someChecked = false;
    if (this.#checked.size > 0) {
      const loaded = this.#rows.loadedItems();
      let checkedLoaded = 0;
      for (const incident of loaded) if (this.#checked.has(incident.id)) checkedLoaded++;
      allChecked = loaded.length > 0 && checkedLoaded === loaded.length;
      someChecked = checkedLoaded > 0 && !allChecked;
    }
    const activeCol = this.#keyboard.row === 0 ? this.#keyboard.col : -1;
    return guard([columns, this.sort, this.#localeKey, activeCol, allChecked, someChecked], () =>
      this.#renderHeaderCells(columns, allChecked, someChecked),
    );
  }

  #renderHeaderCells(columns: QueueColumn[], allChecked: boolean, someChecked: boolean) {
    return html`<div role="row" class="row" aria-rowindex="1">
      <div role="columnheader" class="cell check sticky">
        <input
          type="checkbox"
          aria-label=${this.#l10n.t('selectAll')}
          data-col="0"
          tabindex=${this.#tabIndex(0, 0)}
          .checked=${allChecked}
          .indeterminate=${someChecked}
          @change=${this.#toggleAll}
        />
      </div>
      ${columns.map((column, index) => {
        const sorted = this.sort.field === column.sortField;
        const ariaSort = sorted ? (this.sort.direction === 'asc' ? 'ascending' : 'descending') : nothing;
        return html`<div
          role="columnheader"
          class="cell ${this.#stickyClass(columns, index)}"
          aria-sort=${ariaSort}
          data-column=${column.id}
        >
          <button class="sort" data-col=${index + 1} tabindex=${this.#tabIndex(0, index + 1)} @click=${() => this.#sortBy(column)}>
            <span class="cell-text">${this.#l10n.t(`column.${column.id}`)}</span>${sorted
              ? this.sort.direction === 'asc'
                ? arrowUpIcon
                : arrowDownIcon
              : nothing}
          </button>
        </div>`;
      })}
    </div>`;
  }

  /**
   * Row `index`: the row element says where it is (position, row index), its cells what it shows. The
   * cells do not depend on the position, so a row that moves (a row above it was removed) keeps them
   * as they are, and only the row's own attributes change.
   */
  #renderRow(index: number, incident: Incident | undefined, checked: boolean, current: boolean, activeCol: number, columns: QueueColumn[]) {
    const position = styleProps({ transform: `translateY(${index * this.#rowHeight}px)` });
    const locale = this.#localeKey;
    if (!incident) {
      return html`<div role="row" class="row placeholder" aria-rowindex=${index + 2} ${position}>
        ${guard([activeCol, columns, locale], () => this.#renderPlaceholderCells(activeCol, columns))}
      </div>`;
    }
    return html`<div
      role="row"
      class="row"
      aria-rowindex=${index + 2}
      aria-selected=${checked ? 'true' : 'false'}
      aria-current=${current ? 'true' : nothing}
      data-index=${index}
      data-id=${incident.id}
      ${position}
    >
      ${guard([incident, checked, activeCol, columns, locale], () => this.#renderCells(incident, checked, activeCol, columns))}
    </div>`;
  }

  #renderPlaceholderCells(activeCol: number, columns: QueueColumn[]): TemplateResult {
    const tabIndex = (col: number) => (col === activeCol ? 0 : -1);
    return html`<div role="gridcell" class="cell check sticky" data-col="0" tabindex=${tabIndex(0)}>
        <span class="visually-hidden">${this.#l10n.t('loadingRow')}</span>
      </div>
      ${columns.map(
        (_, col) =>
          html`<div role="gridcell" class="cell ${this.#stickyClass(columns, col)}" data-col=${col + 1} tabindex=${tabIndex(col + 1)}>
            <span class="skeleton"></span>
          </div>`,
      )}`;
  }

  /** The cells of an incident's row; `activeCol` is the column holding the grid's tab stop, or -1. */
  #renderCells(incident: Incident, checked: boolean, activeCol: number, columns: QueueColumn[]): TemplateResult {
    const tabIndex = (col: number) => (col === activeCol ? 0 : -1);
    return html`<div role="gridcell" class="cell check sticky">
        <input
          type="checkbox"
          aria-label=${this.#l10n.t('selectIncident', { name: isolate(incident.displayName) })}
          data-col="0"
          tabindex=${tabIndex(0)}
          .checked=${checked}
          @change=${(event: Event) => this.#setChecked(incident, (event.target as HTMLInputElement).checked)}
        />
      </div>
      ${columns.map((column, col) =>
        column.id === KEY_COLUMN
          ? html`<div role="gridcell" class="cell ${this.#stickyClass(columns, col)}" data-column=${column.id}>
              <button
                class="open"
                dir="auto"
                data-col=${col + 1}
                tabindex=${tabIndex(col + 1)}
                @click=${() => this.#open(incident)}
              >
                ${incident.displayName}
              </button>
            </div>`
          : html`<div
              role="gridcell"
              class="cell ${this.#stickyClass(columns, col)}"
              data-column=${column.id}
              data-col=${col + 1}
              tabindex=${tabIndex(col + 1)}
            >
              <span class="cell-text" dir=${column.userData?.(incident) ? 'auto' : nothing}>${column.cell(incident, this.#l10n)}</span>
            </div>`,
      )}`;
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
    clearTimeout(this.#searchTimer);
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

  /** Takes the view the URL names, if it names one (columns included); returns whether it did. */
  #readUrl(): boolean {
    const params = new URLSearchParams(location.search);
    if (!URL_PARAMS.some((name) => params.has(name))) return false;
    this.#applyUrlView(readViewState(params));
    return true;
  }

  #applyUrlView(view: QueueViewState): void {
    this.filters = view.filters;
    this.search = view.search;
    this.sort = view.sort;
    this.columnLayout = layoutOfColumns(view.columns);
    this.#layoutGiven = true;
  }

  #writeUrl(): void {
    const url = new URL(location.href);
    this.#writeView(url.searchParams);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  readonly #onPopState = (): void => {
    if (!this.urlSync) return;
    this.#applyUrlView(readViewState(new URLSearchParams(location.search)));
  };

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
    const sorted = this.sort.field === column.sortField;
    this.sort = {
      field: column.sortField,
      direction: sorted ? (this.sort.direction === 'asc' ? 'desc' : 'asc') : column.firstDirection,
    };
  }

  #onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.search = value), SEARCH_DELAY_MS);
  }

  #onSearchKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    clearTimeout(this.#searchTimer);
    this.search = (event.target as HTMLInputElement).value;
  }

  #removeFilter(name: FilterName): void {
    this.filters = withoutFilter(this.filters, name);
  }

  #clearFilters(): void {
    this.filters = {};
    this.search = '';
    clearTimeout(this.#searchTimer);
  }

  #onFiltersApplied(event: Event): void {
    this.filters = (event.target as SocQueueFilterPanel).filters;
  }

  #onLayoutChanged(event: Event): void {
    this.columnLayout = normalizeColumnLayout((event.target as SocQueueColumnPicker).layout);
    saveColumnLayout(this.storageKey, this.columnLayout);
  }

  /** Makes the filter panel or column picker the first time it is opened (see `#panels`). */
  async #panel<T extends HTMLElement>(name: 'filters' | 'columns', element: () => T | undefined): Promise<T | undefined> {
    if (!this.#panels.has(name)) {
      this.#panels.add(name);
      this.requestUpdate();
      await this.updateComplete;
    }
    return element();
  }

  async #openFilters(): Promise<void> {
    const panel = await this.#panel('filters', () => this.filterPanel);
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
    const picker = await this.#panel('columns', () => this.columnPicker);
    void picker?.show();
  }

  // --- Selection and actions -------------------------------------------------------------------

  #setChecked(incident: Incident, checked: boolean): void {
    if (checked) this.#checked.set(incident.id, incident);
    else this.#checked.delete(incident.id);
    this.requestUpdate();
  }

  #toggleAll(): void {
    const loaded = this.#rows.loadedItems();
    const allChecked = loaded.length > 0 && loaded.every((incident) => this.#checked.has(incident.id));
    for (const incident of loaded) {
      if (allChecked) this.#checked.delete(incident.id);
      else this.#checked.set(incident.id, incident);
    }
    this.requestUpdate();
  }

  #requestManage(): void {
    if (this.#checked.size === 0 || !this.#mayManage) return;
    this.emit(new RequestManageEvent(this.checkedIncidents));
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
    const path = event.composedPath();
    if (path.some((target) => target instanceof HTMLInputElement || target instanceof HTMLButtonElement)) return;
    const rowElement = path.find(
      (target): target is HTMLElement => target instanceof HTMLElement && target.dataset.index !== undefined,
    );
    const incident = rowElement ? this.#rows.item(Number(rowElement.dataset.index)) : undefined;
    if (incident) this.#select(incident);
  }

  /**
   * A cell's tooltip (its whole text, where the cell may cut it short) is set while the pointer is
   * over it, and only then: a title written into every row would be an attribute the browser restyles
   * each cell for whenever a scroll gives a row another incident.
   */
  #onGridPointerOver(event: PointerEvent): void {
    const cell = event
      .composedPath()
      .find((target): target is HTMLElement => target instanceof HTMLElement && (target.classList.contains('open') || target.dataset.column !== undefined));
    if (cell === this.#titled) return;
    this.#clearTitle();
    if (!cell || !cell.closest('.body')) return;
    this.#titled = cell;
    this.#applyTitle(cell);
  }

  #onGridPointerOut(event: PointerEvent): void {
    const to = event.relatedTarget;
    if (this.#titled && !(to instanceof Node && this.#titled.contains(to))) this.#clearTitle();
  }

  /** Gives the cell under the pointer the title of what its row shows now. */
  #applyTitle(cell: HTMLElement): void {
    const index = cell.closest<HTMLElement>('[role="row"]')?.dataset.index;
    const incident = index === undefined ? undefined : this.#rows.item(Number(index));
    let title: string | undefined;
    if (incident && cell.classList.contains('open')) title = incident.displayName;
    else if (incident) title = this.#columns.find((column) => column.id === cell.dataset.column)?.title?.(incident, this.#l10n);
    if (title) cell.title = title;
    else cell.removeAttribute('title');
  }

  #clearTitle(): void {
    this.#titled?.removeAttribute('title');
    this.#titled = undefined;
  }

  #onGridFocusIn(event: FocusEvent): void {
    const cell = gridCellOf(event.target as HTMLElement);
    if (!cell) return;
    const { row, col } = cell;
    if (!this.#keyboard.isActive(row, col)) {
      this.#keyboard.setActive(row, col);
      this.requestUpdate();
    }
  }

  #onGridKeydown(event: KeyboardEvent): void {
    if (this.#keyboard.handleKeydown(event)) return;
    const row = this.#keyboard.row;
    if (row === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const incident = this.#rows.item(row - 1);
    if (!incident) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (this.#columns[this.#keyboard.col - 1]?.id === KEY_COLUMN) this.#open(incident);
      else this.#select(incident);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.#setChecked(incident, !this.#checked.has(incident.id));
    }
  }

  #moveFocus(cell: GridCell): void {
    if (cell.row > 0) this.#range.scrollRowIntoView(cell.row - 1);
    this.#focusPending = true;
    this.requestUpdate();
  }

  #focusActiveCell(): void {
    const target = this.renderRoot.querySelector<HTMLElement>(
      `[role="row"][aria-rowindex="${this.#keyboard.row + 1}"] [data-col="${this.#keyboard.col}"]`,
    );
    const scroller = this.scroller;
    if (!target || !scroller) return;
    target.focus({ preventScroll: true });
    const cell = target.closest<HTMLElement>('[role="gridcell"], [role="columnheader"]') ?? target;
    if (cell.classList.contains('sticky')) return;
    const columns = this.#columns;
    const stickyWidth = CHECK_COLUMN_WIDTH + (columns[0]?.id === KEY_COLUMN ? columns[0].width : 0);
    // Measured on screen, so it holds right-to-left too, where the sticky columns are on the right
    // and scrollLeft runs negative.
    const box = scroller.getBoundingClientRect();
    const viewStart = box.left + scroller.clientLeft;
    const viewEnd = viewStart + scroller.clientWidth;
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    const left = rtl ? viewStart : viewStart + stickyWidth;
    const right = rtl ? viewEnd - stickyWidth : viewEnd;
    const { left: cellLeft, right: cellRight } = cell.getBoundingClientRect();
    if (cellLeft < left) scroller.scrollLeft -= left - cellLeft;
    else if (cellRight > right) scroller.scrollLeft += cellRight - right;
  }
}

/**
 * The grid cell a focusable element of the grid stands for. Cells name only their column (`data-col`)
 * and rows their position (`aria-rowindex`), so a row that moves up or down rewrites one attribute,
 * not one per cell.
 */
function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}

function gridCellOf(element: HTMLElement): GridCell | undefined {
  const col = element.dataset?.col;
  const rowIndex = element.closest?.('[role="row"]')?.getAttribute('aria-rowindex');
  if (col === undefined || !rowIndex) return undefined;
  return { row: Number(rowIndex) - 1, col: Number(col) };
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-queue': SocIncidentQueue;
  }
}
