import type { Task } from '@lit/task';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { SortDirection } from '../api/model.js';
import { GridFocusController, type GridFocusOptions } from '../controllers/grid-focus-controller.js';
import { GridKeyboardController } from '../controllers/grid-keyboard-controller.js';
import type { PagedListController } from '../controllers/paged-list-controller.js';
import type { SearchDebounceController } from '../controllers/search-debounce-controller.js';
import { rowKeys } from '../controllers/grid-focus.js';
import type { RowSlots } from '../controllers/row-slots.js';
import { ViewLoad } from '../controllers/view-load.js';
import { VirtualRangeController } from '../controllers/virtual-range-controller.js';
import type { ErrorDescription } from '../internal/describe-api-error.js';
import { styleProps } from '../internal/style-props.js';
import { arrowDownIcon, arrowUpIcon, searchIcon } from './queue-icons.js';
import { CHECK_COLUMN_WIDTH, COMPACT_HEADER_HEIGHT, COMPACT_ROW_HEIGHT, HEADER_HEIGHT, ROW_HEIGHT } from './queue-metrics.js';

/**
 * The templates the queues' virtual grids share (the incident queue's and the alert queue's): the
 * heading, the loading, empty and error states, the grid around its rows, the header row with its
 * sort buttons and "select all" box, and the rows' check, text and link cells. Each is one static
 * template whatever the queue, so a row that scrolls in costs what it did when each queue wrote its
 * own; the queue passes what differs (words, handlers, its columns' cells).
 */

const SKELETON_ROWS = 8;

/** What a queue's header and cells need of a column. */
export interface GridColumn<F extends string = string> {
  id: string;
  /** The field a header's button sorts by; a column without one has a plain header. */
  sortField?: F;
  firstDirection: SortDirection;
  width: number;
  /** Whether its cells may hold markup (else they are always text). */
  markup?: boolean;
  /** Present when its cells may show user data. */
  userData?: unknown;
}

export interface GridSort<F extends string = string> {
  field: F;
  direction: SortDirection;
}

/** A rendered row: its index in the list and the slot (`RowSlots`) its element is kept in. */
export interface GridRow {
  index: number;
  slot: number;
}

export interface QueueGridSetup<T extends { id: string }> {
  rows: () => PagedListController<T>;
  /** Whether rows show in the compact layout, which has its own row and header heights. */
  compact: () => boolean;
  /** Columns after the check column. */
  columnCount: () => number;
  scroller: () => HTMLElement | undefined;
  stickyWidth: GridFocusOptions<T>['stickyWidth'];
  firstPage: () => Task<readonly unknown[], unknown>;
  /** Forgets the checked rows: a new view checks none. */
  clearChecked: () => void;
}

export interface QueueGridControllers<T extends { id: string }> {
  /** The rows in view, a few beyond each edge. */
  range: VirtualRangeController;
  /** The active cell (the grid's tab stop) and the grid's keys; the header is row 0. */
  keyboard: GridKeyboardController;
  focus: GridFocusController<T>;
  /** The first page's load from one view to the next (`follow` it from `willUpdate`). */
  load: ViewLoad;
}

/**
 * The controllers of a queue's virtual grid, wired to one another: what scrolls, what is active, where
 * focus goes, and how the grid goes from one view to the next.
 */
export function queueGridControllers<T extends { id: string }>(host: ReactiveElement, setup: QueueGridSetup<T>): QueueGridControllers<T> {
  const range = new VirtualRangeController(host, {
    rowHeight: () => (setup.compact() ? COMPACT_ROW_HEIGHT : ROW_HEIGHT),
    headerHeight: () => (setup.compact() ? COMPACT_HEADER_HEIGHT : HEADER_HEIGHT),
    overscan: 6,
    scroller: setup.scroller,
  });
  const grid: QueueGridControllers<T> = {
    range,
    keyboard: new GridKeyboardController(host, {
      rowCount: () => setup.rows().totalCount + 1,
      colCount: () => setup.columnCount() + 1,
      pageRows: () => range.pageRows,
      firstBodyRow: 1,
      onMove: (cell) => grid.focus.moveTo(cell),
    }),
    focus: new GridFocusController<T>(host, {
      keyboard: () => grid.keyboard,
      range: () => range,
      rows: setup.rows,
      scroller: setup.scroller,
      stickyWidth: setup.stickyWidth,
      firstPage: setup.firstPage,
    }),
    load: new ViewLoad(host, {
      rows: setup.rows,
      keyboard: () => grid.keyboard,
      range: () => range,
      clearChecked: setup.clearChecked,
      firstPage: setup.firstPage,
    }),
  };
  return grid;
}

/** The queue's heading, at the level the host asked for (2 by default). */
export function renderQueueHeading(level: number, title: string): TemplateResult {
  switch (level) {
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

/** The end of the toolbar: the count for the live region ("2 selected · 1,234 incidents") and the search box. */
export function renderQueueSearch(count: string, label: string, value: string, box: SearchDebounceController): TemplateResult {
  return html`<span class="spacer"></span>
    <span class="count" role="status">${count}</span>
    <div class="search">
      ${searchIcon}
      <input type="search" aria-label=${label} placeholder=${label} .value=${value} @input=${box.onInput} @keydown=${box.onKeydown} />
    </div>`;
}

/** The first load: a progress bar named `label` over skeleton rows. */
export function renderQueueLoading(label: string): TemplateResult {
  return html`
    <div class="progress" role="progressbar" aria-label=${label}></div>
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

/** What the states offer: "Retry", and "Clear filters" where the view is filtered (`clearLabel` given). */
export interface QueueStateActions {
  retryLabel: string;
  retry: () => void;
  /** Given only when filters or a search are in force. */
  clearLabel?: string;
  clear: () => void;
}

/** The first page failed: what went wrong, and "Retry" where retrying may help, else "Clear filters" on a filtered view. */
export function renderQueueError(view: ErrorDescription, actions: QueueStateActions): TemplateResult {
  return html`
    <div class="message error" role="alert">
      <p class="message-title">${view.title}</p>
      <p>${view.message}</p>
      ${view.canRetry ? html`<button class="button" @click=${actions.retry}>${actions.retryLabel}</button>` : nothing}
      ${!view.canRetry && actions.clearLabel
        ? html`<button class="button" @click=${actions.clear}>${actions.clearLabel}</button>`
        : nothing}
    </div>
  `;
}

/** Nothing to list: `title`, and "Clear filters" when `clearLabel` is given. */
export function renderQueueEmpty(title: string, clearLabel: string | undefined, clear: () => void): TemplateResult {
  return html`
    <div class="message" role="status">
      <p class="message-title">${title}</p>
      ${clearLabel ? html`<button class="button" @click=${clear}>${clearLabel}</button>` : nothing}
    </div>
  `;
}

/** A later page failed: `text` over the rows, with "Retry" when `retryLabel` is given. */
export function renderQueuePageError(text: string, retryLabel: string | undefined, retry: () => void): TemplateResult {
  return html`<div class="page-error" role="alert">
    <span>${text}</span>
    ${retryLabel ? html`<button class="button" @click=${retry}>${retryLabel}</button>` : nothing}
  </div>`;
}

/**
 * The rows to render: those in the range in view, plus the active cell's row (the grid's tab stop
 * stays in the DOM when scrolled away), each with its slot, in slot order. Rows sit in the DOM in
 * their slots' order, each placed by its transform, so recycling a row never moves an element.
 */
export function gridRows(
  first: number,
  last: number,
  activeIndex: number,
  total: number,
  slots: RowSlots<string>,
  idAt: (index: number) => string | undefined,
): GridRow[] {
  const indices: number[] = [];
  for (let index = first; index <= last; index++) indices.push(index);
  if (activeIndex >= 0 && activeIndex < total && (activeIndex < first || activeIndex > last)) indices.push(activeIndex);
  const assigned = slots.assign(rowKeys(indices, idAt));
  return indices.map((index, position) => ({ index, slot: assigned[position]! })).sort((a, b) => a.slot - b.slot);
}

export interface QueueGridOptions {
  /** The grid's accessible name. */
  label: string;
  /** The progress bar's name while the rows of the last view stay up for the next (`refreshing`). */
  loadingLabel: string;
  refreshing: boolean;
  /** A later page's failure (`renderQueuePageError`), or `nothing`. */
  pageError: unknown;
  /** Rows in the list; the header row makes one more. */
  total: number;
  /** The widths of the columns after the check column. */
  columnWidths: readonly number[];
  /** Compact rows take the queue's width and place their cells by the styles' container query. */
  compact: boolean;
  rowHeight: number;
  header: unknown;
  rows: readonly GridRow[];
  /** Row `index`; rows whose inputs did not change should skip re-rendering (`guard`). */
  renderRow: (index: number) => unknown;
  onKeydown: (event: KeyboardEvent) => void;
  onClick: (event: MouseEvent) => void;
  onFocusIn: (event: FocusEvent) => void;
  onPointerOver: (event: PointerEvent) => void;
  onPointerOut: (event: PointerEvent) => void;
}

/** The scrolling grid: its header row, and the body as tall as every row, holding the rows in view. */
export function renderQueueGrid(grid: QueueGridOptions): TemplateResult {
  const widths = [CHECK_COLUMN_WIDTH, ...grid.columnWidths];
  const gridStyle: Record<string, string> = grid.compact
    ? {}
    : { '--columns': widths.map((width) => `${width}px`).join(' '), width: `${widths.reduce((sum, width) => sum + width, 0)}px` };
  return html`
    ${grid.refreshing ? html`<div class="progress" role="progressbar" aria-label=${grid.loadingLabel}></div>` : nothing}
    ${grid.pageError}
    <div class="scroll-frame">
      <div
        class="scroller"
        part="scroller"
        @keydown=${grid.onKeydown}
        @click=${grid.onClick}
        @focusin=${grid.onFocusIn}
        @pointerover=${grid.onPointerOver}
        @pointerout=${grid.onPointerOut}
      >
        <div
          role="grid"
          aria-label=${grid.label}
          aria-multiselectable="true"
          aria-rowcount=${grid.total + 1}
          aria-colcount=${grid.columnWidths.length + 1}
          aria-busy=${grid.refreshing ? 'true' : 'false'}
          data-layout=${grid.compact ? 'compact' : 'table'}
          ${styleProps(gridStyle)}
        >
          <div role="rowgroup" class="head">${grid.header}</div>
          <div role="rowgroup" class="body" ${styleProps({ height: `${grid.total * grid.rowHeight}px` })}>
            ${repeat(grid.rows, (row) => row.slot, ({ index }) => grid.renderRow(index))}
          </div>
        </div>
      </div>
    </div>
  `;
}

export interface HeaderRowOptions<F extends string, C extends GridColumn<F>> {
  sort: GridSort<F>;
  selectAllLabel: string;
  allChecked: boolean;
  someChecked: boolean;
  /** The column of the header row's tab stop, or -1. */
  activeCol: number;
  /** The class that pins the column at `index` (the name column) to the start, or ''. */
  stickyClass: (index: number) => string;
  label: (column: C) => string;
  onToggleAll: () => void;
  onSort: (column: C) => void;
}

/** The header row: "select all", then each column's name, a button that sorts by it where it sorts. */
export function renderHeaderRow<F extends string, C extends GridColumn<F>>(
  columns: readonly C[],
  header: HeaderRowOptions<F, C>,
): TemplateResult {
  const { sort, activeCol } = header;
  const tabIndex = (col: number) => (col === activeCol ? 0 : -1);
  return html`<div role="row" class="row" aria-rowindex="1">
    <div role="columnheader" class="cell check sticky">
      <input
        type="checkbox"
        aria-label=${header.selectAllLabel}
        data-col="0"
        tabindex=${tabIndex(0)}
        .checked=${header.allChecked}
        .indeterminate=${header.someChecked}
        @change=${header.onToggleAll}
      />
    </div>
    ${columns.map((column, index) => {
      const label = html`<span class="cell-text">${header.label(column)}</span>`;
      if (!column.sortField) {
        return html`<div
          role="columnheader"
          class="cell plain ${header.stickyClass(index)}"
          data-column=${column.id}
          data-col=${index + 1}
          tabindex=${tabIndex(index + 1)}
        >
          ${label}
        </div>`;
      }
      const sorted = sort.field === column.sortField;
      const ariaSort = sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : nothing;
      return html`<div role="columnheader" class="cell ${header.stickyClass(index)}" aria-sort=${ariaSort} data-column=${column.id}>
        <button class="sort" data-col=${index + 1} tabindex=${tabIndex(index + 1)} @click=${() => header.onSort(column)}>
          ${label}${sorted ? (sort.direction === 'asc' ? arrowUpIcon : arrowDownIcon) : nothing}
        </button>
      </div>`;
    })}
  </div>`;
}

/** The sort after a click on `column`'s header: the other direction if it sorts already, else its first direction. */
export function nextSort<F extends string>(sort: GridSort<F>, column: GridColumn<F>): GridSort<F> | undefined {
  if (!column.sortField) return undefined;
  const sorted = sort.field === column.sortField;
  return { field: column.sortField, direction: sorted ? (sort.direction === 'asc' ? 'desc' : 'asc') : column.firstDirection };
}

/**
 * Row `index`: the row element says where it is (position, row index), its cells (`renderRowCells`,
 * guarded by the queue) what it shows. The cells do not depend on the position, so a row that moves
 * keeps them as they are, and only the row's own attributes change. A row whose item has not loaded
 * (`id` undefined) is a placeholder; it is the same template, so a row that loads keeps its elements.
 */
export function renderGridRow(index: number, rowHeight: number, id: string | undefined, checked: boolean, current: boolean, cells: unknown) {
  const loaded = id !== undefined;
  return html`<div
    role="row"
    class=${loaded ? 'row' : 'row placeholder'}
    aria-rowindex=${index + 2}
    aria-selected=${loaded ? (checked ? 'true' : 'false') : nothing}
    aria-current=${current ? 'true' : nothing}
    data-index=${loaded ? index : nothing}
    data-id=${id ?? nothing}
    ${styleProps({ transform: `translateY(${index * rowHeight}px)` })}
  >
    ${cells}
  </div>`;
}

/**
 * How a column's cells are drawn: `sticky` classes; whether the cell is a button that opens what the
 * row shows; whether its content is always text (set as the cell's text: no part or marker of its
 * own); whether it may show user data (then its direction is bound, to follow that text; other cells
 * have none to bind).
 */
export interface CellSpec {
  id: string;
  sticky: string;
  opens?: boolean;
  text?: boolean;
  userData?: boolean;
}

const specsByColumns = new WeakMap<readonly GridColumn[], CellSpec[]>();

/**
 * How the cells of `columns` are drawn: `sticky(index)` gives a column's sticky classes, `opens(column)` whether
 * its cells are links. The same array for the same columns, so that all the rows of a column layout share one
 * template (`rowCellsStrings`).
 */
export function cellSpecsOf<C extends GridColumn>(
  columns: readonly C[],
  sticky: (index: number) => string,
  opens: (column: C) => boolean,
): readonly CellSpec[] {
  let specs = specsByColumns.get(columns);
  if (!specs) {
    specs = columns.map((column, index) => ({
      id: column.id,
      sticky: sticky(index),
      opens: opens(column),
      text: !column.markup,
      userData: column.userData !== undefined,
    }));
    specsByColumns.set(columns, specs);
  }
  return specs;
}

/** What a loaded row's cell shows: its content, whether that is user data (isolated for right to left), what opening does. */
export interface RowCell {
  content: unknown;
  userData?: boolean;
  open?: () => void;
}

export interface LoadedCells {
  /** The check box's accessible name. */
  checkLabel: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
  /** One per spec, in order. */
  cells: readonly RowCell[];
}

/** Class names and column ids that go into a row's markup: the kit's own words, never data. */
const MARKUP_WORDS = /^[a-z][a-zA-Z0-9 -]*$|^$/;
const rowTemplates = new Map<string, TemplateStringsArray>();
/** The same, by the specs array a queue keeps while its columns stay: no key to build for each row. */
const rowTemplatesBySpecs = new WeakMap<readonly CellSpec[], TemplateStringsArray>();

/**
 * The markup of a row's cells for the columns `specs`, made once per column layout: the check cell,
 * then a text or link cell per column, each with its bindings. It is what `lit/static-html.js` does
 * with static values: a template whose static parts are known only at run time, built from the
 * kit's column ids and class names (checked above) and kept, so that every row of a layout shares
 * one template. A row then costs one template instance for its cells rather than one per cell.
 */
function rowCellsStrings(specs: readonly CellSpec[]): TemplateStringsArray {
  const known = rowTemplatesBySpecs.get(specs);
  if (known) return known;
  const key = specs.map((spec) => `${spec.id}:${spec.sticky}:${spec.opens ? 1 : 0}:${spec.text ? 1 : 0}:${spec.userData ? 1 : 0}`).join(',');
  let strings = rowTemplates.get(key);
  if (strings) {
    rowTemplatesBySpecs.set(specs, strings);
    return strings;
  }
  const parts: string[] = [];
  let text = '<div role="gridcell" class="cell check sticky" data-col=';
  const bind = (after: string) => {
    parts.push(text);
    text = after;
  };
  bind(' tabindex=');
  bind('>');
  bind('</div>');
  specs.forEach((spec, index) => {
    if (!MARKUP_WORDS.test(spec.id) || !MARKUP_WORDS.test(spec.sticky)) throw new Error(`Not a column id or class: ${spec.id} ${spec.sticky}`);
    const cell = `<div role="gridcell" class="cell ${spec.sticky}" data-column="${spec.id}"`;
    if (spec.opens) {
      text += `${cell} data-col=`;
      bind(' tabindex=');
      bind('>');
      bind('</div>');
    } else {
      text += `${cell} data-col="${index + 1}" tabindex="-1"><span class="cell-text"`;
      if (spec.userData) {
        text += ' dir=';
        bind('');
      }
      if (spec.text) {
        text += ' .textContent=';
        bind('></span></div>');
      } else {
        text += '>';
        bind('</span></div>');
      }
    }
  });
  // The tab stop among the plain cells: one binding after them all, rather than one per cell.
  bind('');
  parts.push(text);
  strings = Object.freeze(Object.assign([...parts], { raw: Object.freeze([...parts]) })) as unknown as TemplateStringsArray;
  rowTemplates.set(key, strings);
  rowTemplatesBySpecs.set(specs, strings);
  return strings;
}

const placeholderText = html`<span class="cell-text"></span>`;

/**
 * A row's cells: its check cell, then one cell per column of `specs`. A loaded row (`loaded` given)
 * shows its check box (named `checkLabel`), its text cells and its link cells (`.open` buttons); a
 * placeholder names itself "loading" (`loadingLabel`) in its check cell, which then holds the tab
 * stop, and shows a bar in each cell. Both are one template, so a row that loads after a far jump
 * keeps its cells and only their contents change. `activeCol` is the column holding the grid's tab
 * stop, or -1.
 */
export function renderRowCells(specs: readonly CellSpec[], activeCol: number, loaded: LoadedCells | undefined, loadingLabel: string) {
  const tabIndex = (col: number) => (activeCol === col ? 0 : -1);
  const values: unknown[] = loaded
    ? [
        nothing,
        nothing,
        html`<input
          type="checkbox"
          aria-label=${loaded.checkLabel}
          data-col="0"
          tabindex=${tabIndex(0)}
          .checked=${loaded.checked}
          @change=${(event: Event) => loaded.onCheck((event.target as HTMLInputElement).checked)}
        />`,
      ]
    : ['0', tabIndex(0), html`<span class="visually-hidden">${loadingLabel}</span>`];
  specs.forEach((spec, index) => {
    const col = index + 1;
    const cell = loaded?.cells[index];
    if (spec.opens) {
      values.push(
        cell ? nothing : col,
        cell ? nothing : tabIndex(col),
        cell
          ? html`<button class="open" dir="auto" data-col=${col} tabindex=${tabIndex(col)} @click=${cell.open}>${cell.content}</button>`
          : placeholderText,
      );
    } else {
      const content = spec.text ? String(cell?.content ?? '') : (cell?.content ?? nothing);
      if (spec.userData) values.push(cell?.userData ? 'auto' : nothing);
      values.push(content);
    }
  });
  const activeSpec = specs[activeCol - 1];
  values.push(plainCellTabStop(activeSpec && !activeSpec.opens ? activeCol : -1));
  return html(rowCellsStrings(specs), ...values);
}

/** Values a cell shows before it counts the rest ("+3"). */
const SHOWN_VALUES = 2;

/**
 * A cell's first two `values`, as tag pills (`pills`) or as names (isolated, between `separator`), then `more(count)`
 * for the rest ("+3"), or "—" when there are none. One template however many values there are (a pill without a value
 * is hidden), so a row that scrolls in to show another item changes its cell's text, not its nodes.
 */
export function renderFirstValues(values: readonly string[], separator: string, more: (count: number) => string, pills: boolean) {
  const hidden = values.length - SHOWN_VALUES;
  const rest = values.length === 0 ? '—' : hidden > 0 ? more(hidden) : '';
  const restClass = values.length === 0 ? '' : 'more';
  return pills
    ? html`<span class="tag" dir="auto" ?hidden=${values.length < 1}>${values[0] ?? ''}</span
        ><span class="tag" dir="auto" ?hidden=${values.length < 2}>${values[1] ?? ''}</span
        ><span class=${restClass}>${rest}</span>`
    : html`<bdi>${values[0] ?? ''}</bdi>${values.length > 1 ? separator : ''}<bdi>${values[1] ?? ''}</bdi>${hidden > 0 ? ' ' : ''}<span
          class=${restClass}
          >${rest}</span
        >`;
}

/**
 * Makes the row's plain cell (one that is neither the check cell nor a link cell) in column `col`
 * its tab stop, and the one it made before no longer; -1 for none. The plain cells are written with
 * `tabindex="-1"`, so the row binds one tab stop rather than a tabindex per cell; the check box and
 * the links bind theirs. Bound after the row's last cell, so it runs once the cells are in place.
 */
class PlainCellTabStop extends Directive {
  #stop?: Element;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('plainCellTabStop belongs after the cells');
  }

  render(_col: number) {
    return nothing;
  }

  override update(part: ChildPart, [col]: [number]) {
    // The cells' parent: the row, or the template's fragment while the row's cells are first made.
    const stop = col > 0 ? (part.parentNode as ParentNode).querySelector(`.cell[data-col="${col}"]`) : null;
    if (stop !== this.#stop) {
      this.#stop?.setAttribute('tabindex', '-1');
      stop?.setAttribute('tabindex', '0');
      this.#stop = stop ?? undefined;
    }
    return nothing;
  }
}

const plainCellTabStop = directive(PlainCellTabStop);

/**
 * The active column after the layout switched from `before` to `after` columns: the same column where
 * the new layout has it, the check column if it was there, else the first column.
 */
export function columnAcrossLayouts(col: number, before: readonly { id: string }[], after: readonly { id: string }[]): number {
  if (col === 0) return 0;
  const id = before[col - 1]?.id;
  const index = id ? after.findIndex((column) => column.id === id) : -1;
  return index >= 0 ? index + 1 : 1;
}
