import { consume } from '@lit/context';
import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Alert } from '../api/model.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { clickedRowIndex } from '../controllers/grid-focus.js';
import { CheckedRows } from '../controllers/checked-rows.js';
import { GridTitleController } from '../controllers/grid-title-controller.js';
import { OnDemand } from '../controllers/on-demand.js';
import { PagedListController } from '../controllers/paged-list-controller.js';
import { PrincipalController } from '../controllers/principal-controller.js';
import { RowSlots } from '../controllers/row-slots.js';
import { SearchDebounceController } from '../controllers/search-debounce-controller.js';
import { UrlSyncController } from '../controllers/url-sync-controller.js';
import { AlertSelectEvent } from '../events/alert-select.js';
import type { AlertsLinkedEvent } from '../events/alerts-linked.js';
import type { AlertsUpdatedEvent } from '../events/alerts-updated.js';
import { IncidentOpenEvent } from '../events/incident-open.js';
import { RequestAlertActionEvent, type AlertAction } from '../events/request-alert-action.js';
import { isolate } from '../i18n/isolate.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { SocElement } from '../internal/soc-element.js';
import type { SocLinkAlerts } from '../link-alerts/link-alerts.js';
import type { SocManageAlert } from '../manage-alert/manage-alert.js';
import { queueCatalog } from '../queue/messages.js';
import type { QueueFilters } from '../queue/queue-filters.js';
import type { SocQueueFilterPanel } from '../queue/queue-filter-panel.js';
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
} from '../queue/queue-grid.js';
import { dismissIcon, editIcon, filterIcon } from '../queue/queue-icons.js';
import { linkIcon } from '../queue/saved-views-icons.js';
import { CHECK_COLUMN_WIDTH, COMPACT_MAX_WIDTH, COMPACT_ROW_HEIGHT, ROW_HEIGHT } from '../queue/queue-metrics.js';
import { COMPACT_COLUMNS, TABLE_COLUMNS, type AlertColumn } from './alert-queue-columns.js';
import {
  ALERT_PANEL_FILTERS,
  DEFAULT_ALERT_SORT,
  activeAlertFilters,
  alertFilterValues,
  hasAlertFilters,
  namesAlertView,
  readAlertViewState,
  toAlertQuery,
  withoutAlertFilter,
  writeAlertViewState,
  type AlertFilterName,
  type AlertQueueFilters,
  type AlertQueueSort,
} from './alert-queue-filters.js';
import { alertQueueStyles } from './alert-queue.styles.js';
import { alertQueueCatalog } from './messages.js';

/** Rows per request; one request fills a tall viewport several times over. */
const DEFAULT_PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 300;

/**
 * The Alerts queue of the Defender XDR portal: every alert across incidents, filtered, searched and
 * sorted on the server, in a virtual grid that pages as it scrolls, so queues of 100,000 alerts stay
 * fast. It shares the incident queue's controllers, filter panel, chips, styles and URL format.
 *
 * The grid follows the WAI-ARIA grid pattern: one tab stop, arrows move the active cell, Home/End
 * and Ctrl+Home/Ctrl+End jump, PageUp/PageDown move by a viewport. A click on a row, or Enter on a
 * cell other than a link, shows the alert's summary pane beside the grid (over it, in a narrow
 * queue), and Escape (in the grid or the pane) closes it; Space checks the row. The alert's name opens its incident's page on the alert
 * (`soc-incident-open` with `detail.alertId`), the Incident column the incident's page.
 *
 * "Manage alerts" and "Link alerts to another incident" act on the checked alerts, the summary
 * pane's buttons on its alert. Actions the backend lacks (`updateAlerts`, `linkAlerts`,
 * `playbooks`) are not offered; a backend without `alertQueue` gets a message instead of a grid.
 *
 * Only the rows in view (and a few beyond) are in the DOM, reused as the grid scrolls; each row's
 * `aria-rowindex` says where it is, `data-id` which alert it shows. At 480px or less each row shows
 * the alert's name over its severity, status and last activity. The host is a size container, so
 * give it a width rather than sizing it by its content.
 *
 * @summary The alert queue: filters, search, sort, selection, a virtual grid over server pages and a summary pane.
 *
 * @fires soc-alert-select - A row was clicked, or Enter pressed on a cell other than a link: its summary shows. `detail.alert`.
 * @fires soc-incident-open - The alert's name (with `detail.alertId`) or its incident ID was chosen. `detail.incident.id`.
 * @fires soc-request-alert-action - "Manage alert(s)" or "Link alert(s)…" was pressed, before the queue opens the dialog; `detail.action`, `detail.alerts`. Cancel it to open your own.
 *
 * @csspart heading - The "Alerts" heading (an `h2`, or the level `heading-level` gives).
 * @csspart toolbar - The row of actions and the search box.
 * @csspart chips - The row of active filters.
 * @csspart content - The area holding the grid or the loading, empty or error message.
 * @csspart scroller - The scrolling element around the grid.
 * @csspart pane - The summary pane of the selected alert.
 *
 * @cssproperty --soc-alert-queue-min-height - Smallest height of the grid area (default 320px); give the
 *   element a height to make the grid fill it.
 */
export class SocAlertQueue extends SocElement {
  static override styles = alertQueueStyles;

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  @consume({ context: principalContext, subscribe: true })
  @state()
  private providedPrincipal?: ProvidedPrincipal;

  /** The filters in force. Replace the object to change them. */
  @property({ attribute: false })
  filters: AlertQueueFilters = {};

  /** Name, ID or asset text the queue is searched for. */
  @property()
  search = '';

  /** The column and direction rows are sorted by (latest activity first by default). Replace the object to change it. */
  @property({ attribute: false })
  sort: AlertQueueSort = { ...DEFAULT_ALERT_SORT };

  /** The alert whose summary is shown: its row is highlighted. */
  @property({ attribute: 'selected-id' })
  selectedId: string | null = null;

  /**
   * Reflect filters, search and sort into the page's query string (and read them from it), so a view
   * can be shared. The parameters are the incident queue's under the prefix `alerts.`
   * (`alerts.status=new&alerts.sort=severity`), so both queues can keep their views in one page's URL.
   */
  @property({ type: Boolean, attribute: 'url-sync' })
  urlSync = false;

  /** Alerts fetched per request. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = DEFAULT_PAGE_SIZE;

  /** The time relative time ranges ("1 week") count back from; demos over generated data set their own. */
  @property({ attribute: false })
  clock: () => number = Date.now;

  /** Level (1–6) of the "Alerts" heading: 1 where the queue is the page's main content. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel = 2;

  @query('.scroller')
  private scroller?: HTMLElement;

  @query('soc-queue-filter-panel')
  private filterPanel?: SocQueueFilterPanel;

  @query('soc-manage-alert')
  private manageDialog?: SocManageAlert;

  @query('soc-link-alerts')
  private linkDialog?: SocLinkAlerts;

  readonly #l10n = new LocaleController(this, alertQueueCatalog);
  /** The words the alert queue shares with the incident queue: filters, chips and time ranges. */
  readonly #queueWords = new LocaleController(this, queueCatalog);

  readonly #rows = new PagedListController<Alert>(this, { pageSize: DEFAULT_PAGE_SIZE });
  readonly #width = new ContainerWidthController(this, { maxWidth: COMPACT_MAX_WIDTH });

  readonly #grid: QueueGridControllers<Alert> = queueGridControllers<Alert>(this, {
    rows: () => this.#rows,
    compact: () => this.#compact,
    columnCount: () => this.#columns.length,
    scroller: () => this.scroller,
    stickyWidth: () => CHECK_COLUMN_WIDTH + (this.#columns[0]?.width ?? 0),
    firstPage: () => this.#firstPage,
    clearChecked: () => this.#checked.clear(),
  });

  readonly #principal = new PrincipalController(this, {
    api: () => this.api,
    provided: () => this.providedPrincipal,
  });

  /** The cell under the pointer carries the title of what its row shows. */
  readonly #titles = new GridTitleController(this, (cell) => this.#titleOf(cell));
  /** With `url-sync`, the view in the page's query string under the prefix `alerts.`. */
  readonly #url = new UrlSyncController(this, {
    enabled: () => this.urlSync,
    names: namesAlertView,
    apply: (params) => this.#applyUrlView(params),
    write: (params) => writeAlertViewState(params, { filters: this.filters, search: this.search, sort: this.sort }),
  });
  readonly #searchBox = new SearchDebounceController(this, (value) => (this.search = value), SEARCH_DELAY_MS);

  /** Checked alerts by id; kept whole so a bulk action has them even after their page left the cache. */
  readonly #checked = new CheckedRows<Alert>(this);
  readonly #rowSlots = new RowSlots<string>();
  /** The filter panel and the dialogs, each made when first opened, so a queue shows its first rows without building any. */
  readonly #dialogs = new OnDemand<'filters' | AlertAction>(this);
  /** The alert the summary pane shows (kept whole: its row may scroll out of the cache). */
  #selected?: Alert;
  #compact = false;

  readonly #firstPage = new Task(this, {
    args: () => [this.api, this.#queryKey(), this.pageSize, this.#grid.load.reloads] as const,
    task: async ([api, , pageSize], { signal }) => {
      if (!api || !this.#supported) return initialState;
      const alertQuery = toAlertQuery(this.filters, this.search, this.sort, new Date(this.clock()));
      const page = await api.listAlerts({ ...alertQuery, skip: 0, top: pageSize }, { signal });
      return { api, alertQuery, pageSize, page };
    },
    onComplete: ({ api, alertQuery, pageSize, page }) => {
      this.#rows.reset(({ skip, top, signal }) => api.listAlerts({ ...alertQuery, skip, top }, { signal }), page, pageSize);
      // A host that named the selected alert before its row arrived.
      if (this.selectedId && !this.#selected) this.#selected = page.items.find((alert) => alert.id === this.selectedId);
      this.#grid.load.loaded();
    },
    onError: () => this.#grid.load.failed(),
  });

  /** Whether the backend lists alerts across incidents; unknown (no backend yet) counts as yes. */
  get #supported(): boolean {
    return !this.api || this.api.capabilities.has('alertQueue');
  }

  get #readOnly(): boolean {
    return this.#principal.readOnly;
  }

  #can(capability: 'updateAlerts' | 'linkAlerts'): boolean {
    return !!this.api?.capabilities.has(capability);
  }

  get #columns(): readonly AlertColumn[] {
    return this.#compact ? COMPACT_COLUMNS : TABLE_COLUMNS;
  }

  get #rowHeight(): number {
    return this.#compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
  }

  /** Whether rows show in the compact layout (the queue is at most 480px wide). */
  get compact(): boolean {
    return this.#compact;
  }

  /** The checked alerts, in the order they were checked. */
  get checkedAlerts(): Alert[] {
    return this.#checked.items;
  }

  /** Number of alerts that match the current filters, once known. */
  get totalCount(): number {
    return this.#rows.totalCount;
  }

  /** The alert the summary pane shows. */
  get selectedAlert(): Alert | undefined {
    return this.#selected;
  }

  /** Loads the queue again (same filters); resolves when the first page is in. */
  refresh(): Promise<void> {
    return this.#grid.load.refresh();
  }

  /** Shows new values of an alert in its row and its summary without reloading. Returns whether it was among the loaded rows. */
  upsertAlert(alert: Alert): boolean {
    this.#checked.refresh(alert);
    if (this.#selected?.id === alert.id) this.#selected = alert;
    const found = this.#rows.replace((row) => row.id === alert.id, alert);
    this.requestUpdate();
    return found;
  }

  /** Unchecks every row. */
  clearChecked(): void {
    this.#checked.clear();
    this.requestUpdate();
  }

  /**
   * Puts focus on the row of alert `id`, in the column that was current, scrolled into view. An alert
   * not among the loaded rows leaves focus on the grid's current cell. Resolves with whether its row has focus.
   */
  focusAlert(id: string): Promise<boolean> {
    return this.#grid.focus.focusRow(id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#followWidth();
    if (changed.has('urlSync') && this.urlSync && changed.get('urlSync') === false) this.#url.read();
    if (changed.has('filters') || changed.has('search') || changed.has('sort')) this.#url.follow(this.#queryKey());
    if (changed.has('selectedId') && this.#selected?.id !== this.selectedId) {
      this.#selected = this.selectedId ? this.#rows.loadedItems().find((alert) => alert.id === this.selectedId) : undefined;
    }
    this.#grid.load.follow(this.#queryKey());
  }

  protected override updated(): void {
    if (this.#firstPage.status === TaskStatus.COMPLETE) this.#rows.ensureRange(this.#grid.range.first, this.#grid.range.last);
  }

  #followWidth(): void {
    const compact = this.#width.narrow;
    if (compact === this.#compact) return;
    const before = this.#columns;
    this.#compact = compact;
    this.#grid.keyboard.setActive(this.#grid.keyboard.row, columnAcrossLayouts(this.#grid.keyboard.col, before, this.#columns));
  }

  /** Changes with the language and when its strings arrive: rendered text depends on it. */
  get #localeKey(): string {
    return `${this.#l10n.locale}:${this.#l10n.language}:${this.#queueWords.language}`;
  }

  override render() {
    if (!this.#supported) return html`${this.#renderHeading()}${this.#renderUnsupported()}`;
    const selected = this.#selected;
    return html`
      ${this.#renderHeading()}
      ${guard(
        [this.#checked.size, this.#firstPage.status, this.#rows.totalCount, this.#readOnly, this.search, this.#localeKey, this.api],
        () => this.#renderToolbar(),
      )}
      ${guard([this.filters, this.#localeKey], () => this.#renderChips())}
      <div class="main" data-pane=${selected ? 'open' : 'closed'}>
        <div class="content" part="content">
          ${this.#grid.load.render({
            loading: () => this.#renderLoading(),
            rows: (refreshing) => this.#renderRows(refreshing),
            error: (error) => this.#renderError(error),
          })}
        </div>
        ${selected
          ? html`<aside class="pane" part="pane" aria-label=${this.#l10n.t('summaryLabel')} @keydown=${this.#onPaneKeydown}>
              <soc-alert-summary
                .alert=${selected}
                ?read-only=${this.#readOnly}
                @soc-request-close=${this.#closeSummary}
                @soc-request-alert-action=${this.#onSummaryAction}
              ></soc-alert-summary>
            </aside>`
          : nothing}
      </div>
      ${this.#dialogs.has('filters')
        ? html`<soc-queue-filter-panel
            .fields=${ALERT_PANEL_FILTERS}
            .statuses=${'alert'}
            .filters=${this.filters as QueueFilters}
            @change=${this.#onFiltersApplied}
          ></soc-queue-filter-panel>`
        : nothing}
      ${this.#dialogs.has('manage') ? html`<soc-manage-alert @soc-alerts-updated=${this.#onAlertsUpdated}></soc-manage-alert>` : nothing}
      ${this.#dialogs.has('link') ? html`<soc-link-alerts @soc-alerts-linked=${this.#onAlertsLinked}></soc-link-alerts>` : nothing}
    `;
  }

  #renderHeading() {
    return renderQueueHeading(this.headingLevel, this.#l10n.t('title'));
  }

  #renderUnsupported() {
    return html`<div class="content" part="content">
      <div class="message" role="status">
        <p class="message-title">${this.#l10n.t('unsupportedTitle')}</p>
        <p>${this.#l10n.t('unsupportedMessage')}</p>
      </div>
    </div>`;
  }

  #renderToolbar() {
    const checked = this.#checked.size;
    const loaded = this.#firstPage.status === TaskStatus.COMPLETE;
    const denied = this.#readOnly ? this.#l10n.t('notAllowed') : nothing;
    return html`
      <div class="toolbar" part="toolbar">
        ${this.#can('updateAlerts')
          ? html`<button
              class="action"
              data-action="manage"
              ?disabled=${checked === 0 || this.#readOnly}
              title=${denied}
              @click=${() => this.#act('manage', this.checkedAlerts)}
            >
              ${editIcon}${this.#l10n.t('manageAlerts')}
            </button>`
          : nothing}
        ${this.#can('linkAlerts')
          ? html`<button
              class="action"
              data-action="link"
              ?disabled=${checked === 0 || this.#readOnly}
              title=${denied}
              @click=${() => this.#act('link', this.checkedAlerts)}
            >
              ${linkIcon}${this.#l10n.t('linkAlerts')}
            </button>`
          : nothing}
        <button class="action" data-action="filters" aria-haspopup="dialog" @click=${this.#openFilters}>
          ${filterIcon}${this.#queueWords.t('filters')}
        </button>
        ${renderQueueSearch(this.#countText(checked, loaded), this.#l10n.t('search'), this.search, this.#searchBox)}
      </div>
    `;
  }

  #countText(checked: number, loaded: boolean): string {
    const total = this.#rows.totalCount;
    if (checked > 0) {
      return loaded ? this.#l10n.t('selectedOfTotal', { selected: checked, count: total }) : this.#l10n.t('selectedOnly', { count: checked });
    }
    return loaded ? this.#l10n.t('alertCount', { count: total }) : '';
  }

  #renderChipText(name: AlertFilterName) {
    const words = this.#queueWords;
    const separator = words.t('valueSeparator');
    const values = alertFilterValues(this.filters, name, words).map(
      (value, index) => html`${index > 0 ? separator : ''}${value.userData ? html`<bdi>${value.text}</bdi>` : value.text}`,
    );
    return words.markup('filterChip', { filter: words.t(`filter.${name}`), values });
  }

  #renderChips() {
    const names = activeAlertFilters(this.filters);
    if (names.length === 0) return nothing;
    const words = this.#queueWords;
    const separator = words.t('valueSeparator');
    return html`
      <ul class="chips" part="chips" aria-label=${words.t('activeFilters')}>
        ${names.map((name) => {
          const text = words.t('filterChip', {
            filter: words.t(`filter.${name}`),
            values: alertFilterValues(this.filters, name, words)
              .map((value) => value.text)
              .join(separator),
          });
          return html`<li>
            <button class="chip" data-filter=${name} aria-label=${words.t('removeFilter', { filter: text })} @click=${() => this.#removeFilter(name)}>
              <span class="chip-text">${this.#renderChipText(name)}</span>${dismissIcon}
            </button>
          </li>`;
        })}
        <li><button class="link" data-action="clear-filters" @click=${this.#clearFilters}>${words.t('clearAll')}</button></li>
      </ul>
    `;
  }

  #renderLoading() {
    return renderQueueLoading(this.#l10n.t('loadingAlerts'));
  }

  get #filtered(): boolean {
    return hasAlertFilters(this.filters) || this.search.trim() !== '';
  }

  #renderError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingWhat') }, this.#l10n);
    return renderQueueError(view, {
      retryLabel: this.#l10n.t('action.retry'),
      retry: () => void this.refresh(),
      clearLabel: this.#filtered ? this.#queueWords.t('clearFilters') : undefined,
      clear: this.#clearFilters,
    });
  }

  #renderEmpty() {
    const filtered = this.#filtered;
    const clearLabel = filtered ? this.#queueWords.t('clearFilters') : undefined;
    return renderQueueEmpty(this.#l10n.t(filtered ? 'noMatches' : 'noAlerts'), clearLabel, this.#clearFilters);
  }

  #renderPageError(error: unknown) {
    const view = describeApiError(error, { action: this.#l10n.t('actionView'), loading: this.#l10n.t('loadingMore') }, this.#l10n);
    const text = this.#queueWords.t('failure', { title: view.title, message: view.message });
    return renderQueuePageError(text, view.canRetry ? this.#l10n.t('action.retry') : undefined, () => this.#rows.retry());
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
      loadingLabel: this.#l10n.t('loadingAlerts'),
      refreshing,
      pageError: pageError ? this.#renderPageError(pageError) : nothing,
      total,
      columnWidths: columns.map((column) => column.width),
      compact: this.#compact,
      rowHeight: this.#rowHeight,
      header: this.#renderHeaderRow(columns),
      rows,
      renderRow: (index) => {
        const alert = this.#rows.item(index);
        const activeCol = this.#grid.keyboard.row === index + 1 ? this.#grid.keyboard.col : -1;
        const checked = alert ? this.#checked.has(alert.id) : false;
        const current = alert !== undefined && alert.id === this.selectedId;
        return guard([index, alert, checked, current, activeCol, columns, locale], () =>
          this.#renderRow(index, alert, checked, current, activeCol, columns),
        );
      },
      onKeydown: this.#onGridKeydown,
      onClick: this.#onGridClick,
      onFocusIn: this.#grid.focus.onFocusIn,
      onPointerOver: this.#titles.onPointerOver,
      onPointerOut: this.#titles.onPointerOut,
    });
  }

  #stickyClass(index: number): string {
    return index === 0 ? 'sticky key' : '';
  }

  #renderHeaderRow(columns: readonly AlertColumn[]) {
    const { allChecked, someChecked } = this.#checked.selectAllState(() => this.#rows.loadedItems());
    const activeCol = this.#grid.keyboard.row === 0 ? this.#grid.keyboard.col : -1;
    return guard([columns, this.sort, this.#localeKey, activeCol, allChecked, someChecked], () =>
      renderHeaderRow(columns, {
        sort: this.sort,
        selectAllLabel: this.#l10n.t('selectAll'),
        allChecked,
        someChecked,
        activeCol,
        stickyClass: (index) => this.#stickyClass(index),
        label: (column) => this.#l10n.t(`column.${column.id}`),
        onToggleAll: this.#toggleAll,
        onSort: (column) => this.#sortBy(column),
      }),
    );
  }

  #renderRow(index: number, alert: Alert | undefined, checked: boolean, current: boolean, activeCol: number, columns: readonly AlertColumn[]) {
    const locale = this.#localeKey;
    const cells = guard([alert, checked, activeCol, columns, locale], () => this.#renderCells(alert, checked, activeCol, columns));
    return renderGridRow(index, this.#rowHeight, alert?.id, checked, current, cells);
  }

  /** The cells of an alert's row, or of a placeholder; `activeCol` is the column holding the grid's tab stop, or -1. */
  #renderCells(alert: Alert | undefined, checked: boolean, activeCol: number, columns: readonly AlertColumn[]): TemplateResult {
    const loaded = alert && {
      checkLabel: this.#l10n.t('selectAlert', { name: isolate(alert.title) }),
      checked,
      onCheck: (value: boolean) => this.#checked.set(alert, value),
      cells: columns.map((column) => {
        const content = column.cell(alert, this.#l10n);
        if (column.id === 'name') return { content, open: () => this.#openOnAlert(alert) };
        if (column.id === 'incident') return { content, open: () => this.#openIncident(alert) };
        return { content, userData: column.userData?.(alert) };
      }),
    };
    return renderRowCells(this.#cellSpecs(columns), activeCol, loaded, this.#l10n.t('loadingRow'));
  }

  /** How each column's cells are drawn: the name and the incident are links. */
  #cellSpecs(columns: readonly AlertColumn[]): readonly CellSpec[] {
    return cellSpecsOf(columns, (index) => this.#stickyClass(index), (column) => column.id === 'name' || column.id === 'incident');
  }

  // --- Query and URL ---------------------------------------------------------------------------

  #queryKey(): string {
    return JSON.stringify([this.filters, this.search.trim(), this.sort]);
  }

  /** Shows the view the URL gives. */
  #applyUrlView(params: URLSearchParams): void {
    const view = readAlertViewState(params);
    this.filters = view.filters;
    this.search = view.search;
    this.sort = view.sort;
  }

  #sortBy(column: AlertColumn): void {
    this.sort = nextSort(this.sort, column) ?? this.sort;
  }

  #removeFilter(name: AlertFilterName): void {
    this.filters = withoutAlertFilter(this.filters, name);
  }

  #clearFilters(): void {
    this.filters = {};
    this.search = '';
    this.#searchBox.cancel();
  }

  #onFiltersApplied(event: Event): void {
    // The panel edits filters by name; the alert queue's have the names of the incident queue's.
    this.filters = (event.target as SocQueueFilterPanel).filters as AlertQueueFilters;
  }

  async #openFilters(): Promise<void> {
    const panel = await this.#dialogs.make('filters', () => this.filterPanel);
    if (!panel) return;
    panel.categorySuggestions = [...new Set(this.#rows.loadedItems().map((alert) => alert.category).filter(Boolean))].sort();
    void panel.show();
  }

  // --- Selection and actions -------------------------------------------------------------------

  #toggleAll(): void {
    this.#checked.toggleAll(this.#rows.loadedItems());
  }

  /** "Manage alert(s)" or "Link alert(s)…": announced first, so a host can cancel and open its own dialog. */
  async #act(action: AlertAction, alerts: Alert[]): Promise<void> {
    if (alerts.length === 0 || this.#readOnly) return;
    if (!this.emit(new RequestAlertActionEvent(action, alerts))) return;
    const dialog = action === 'manage' ? await this.#dialogs.make('manage', () => this.manageDialog) : await this.#dialogs.make('link', () => this.linkDialog);
    dialog?.show(alerts);
  }

  #onSummaryAction(event: RequestAlertActionEvent): void {
    // The queue announces the action itself, from its own host.
    event.stopPropagation();
    void this.#act(event.detail.action, event.detail.alerts);
  }

  #onAlertsUpdated(event: AlertsUpdatedEvent): void {
    for (const alert of event.detail.alerts) this.upsertAlert(alert);
  }

  /** Moved alerts show their new incident at once; the reload sorts and filters them again. */
  #onAlertsLinked(event: AlertsLinkedEvent): void {
    const { alertIds, result } = event.detail;
    const selected = this.#selected;
    if (selected && alertIds.includes(selected.id)) this.#selected = { ...selected, incidentId: result.incident.id };
    for (const id of alertIds) this.#checked.delete(id);
    void this.refresh();
  }

  #select(alert: Alert): void {
    this.selectedId = alert.id;
    this.#selected = alert;
    this.emit(new AlertSelectEvent(alert));
  }

  async #closeSummary(): Promise<void> {
    const id = this.selectedId;
    this.selectedId = null;
    this.#selected = undefined;
    if (id) await this.focusAlert(id);
  }

  #onPaneKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    void this.#closeSummary();
  }

  #openOnAlert(alert: Alert): void {
    this.emit(new IncidentOpenEvent({ id: alert.incidentId }, alert.id));
  }

  #openIncident(alert: Alert): void {
    this.emit(new IncidentOpenEvent({ id: alert.incidentId }));
  }

  // --- Grid interaction ------------------------------------------------------------------------

  #onGridClick(event: MouseEvent): void {
    const index = clickedRowIndex(event);
    const alert = index === undefined ? undefined : this.#rows.item(index);
    if (alert) this.#select(alert);
  }

  /** The title of the cell under the pointer: the text its column gives for what its row shows now. */
  #titleOf(cell: HTMLElement): string | undefined {
    const index = cell.closest<HTMLElement>('[role="row"]')?.dataset.index;
    const alert = index === undefined ? undefined : this.#rows.item(Number(index));
    const columnId = cell.dataset.column ?? cell.closest<HTMLElement>('[data-column]')?.dataset.column;
    return alert ? this.#columns.find((column) => column.id === columnId)?.title?.(alert, this.#l10n) : undefined;
  }

  #onGridKeydown(event: KeyboardEvent): void {
    if (this.#grid.keyboard.handleKeydown(event)) return;
    if (event.key === 'Escape' && this.#selected) {
      event.preventDefault();
      void this.#closeSummary();
      return;
    }
    const row = this.#grid.keyboard.row;
    if (row === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const alert = this.#rows.item(row - 1);
    if (!alert) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      const column = this.#columns[this.#grid.keyboard.col - 1]?.id;
      if (column === 'name') this.#openOnAlert(alert);
      else if (column === 'incident') this.#openIncident(alert);
      else this.#select(alert);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.#checked.set(alert, !this.#checked.has(alert.id));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-alert-queue': SocAlertQueue;
  }
}
