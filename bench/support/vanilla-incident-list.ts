import type { Incident, IncidentApi, IncidentQuery } from '@soc-kit/components/api';
import { formatDateTime } from '../../packages/components/src/internal/format.js';
import { SEVERITY_LABELS } from '../../packages/components/src/internal/labels.js';
import { CHECK_COLUMN_WIDTH } from '../../packages/components/src/queue/queue-metrics.js';
import { QUEUE_COLUMN_IDS, QUEUE_COLUMNS, type QueueColumn, type QueueColumnId } from '../../packages/components/src/queue/queue-columns.js';
import type { GridGeometry, ListUnderTest, MountedList } from './list-under-test.js';

/** Plain text for the columns whose queue cell is markup (tag pills, a severity marker, `<time>`s). */
const MARKUP_COLUMN_TEXT: Partial<Record<QueueColumnId, (incident: Incident) => string>> = {
  firstActivity: (incident) => formatDateTime(incident.firstActivityDateTime),
  lastActivity: (incident) => formatDateTime(incident.lastActivityDateTime),
  lastUpdate: (incident) => formatDateTime(incident.lastUpdateDateTime),
  tags: (incident) => {
    const tags = [...incident.customTags, ...incident.systemTags];
    if (tags.length === 0) return '—';
    return tags.length > 2 ? `${tags.slice(0, 2).join(' ')} +${tags.length - 2}` : tags.join(' ');
  },
  severity: (incident) => SEVERITY_LABELS[incident.severity],
};

/** What a queue column shows for `incident`, as text: the queue's own cell text where it is text. */
export function cellText(column: QueueColumn, incident: Incident): string {
  const content = column.cell(incident);
  return typeof content === 'string' ? content : (MARKUP_COLUMN_TEXT[column.id]?.(incident) ?? '');
}

// The box model of the queue's grid (row height, borders, sticky check and name columns, ellipsis),
// so a row lays out as the queue's does; only its contents are plainer.
const STYLES = `
.vanilla-scroller { position: relative; overflow: auto; overflow-anchor: none; contain: strict; box-sizing: border-box;
  font-family: 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif; font-size: 14px; color: #1b1a19;
  background: #fff; }
.vanilla-scroller *, .vanilla-scroller *::before, .vanilla-scroller *::after { box-sizing: border-box; }
.vanilla-row { display: grid; grid-template-columns: var(--columns); align-items: stretch; width: 100%;
  border-bottom: 1px solid #f3f2f1; background: #fff; }
.vanilla-head { position: sticky; top: 0; z-index: 3; }
.vanilla-head .vanilla-row { border-bottom-color: #c8c6c4; font-weight: 600; }
.vanilla-body { position: relative; }
.vanilla-body .vanilla-row { position: absolute; top: 0; left: 0; }
.vanilla-cell { display: flex; align-items: center; min-width: 0; padding: 0 8px; overflow: hidden; white-space: nowrap;
  text-overflow: ellipsis; }
.vanilla-text { overflow: hidden; text-overflow: ellipsis; }
.vanilla-sticky { position: sticky; z-index: 1; background: #fff; }
.vanilla-check { left: 0; justify-content: center; padding: 0; }
.vanilla-check input { width: 16px; height: 16px; margin: 0; }
.vanilla-key { box-shadow: inset -1px 0 0 #f3f2f1; color: #0f6cbd; }
`;

let stylesAdopted = false;
/** Adopts the baselines' styles into the document, once: every hand-written list lays out by them. */
export function adoptStyles(): void {
  if (stylesAdopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  stylesAdopted = true;
}

export interface VanillaListOptions extends GridGeometry {
  api: IncidentApi;
  /** Filters and sort of every page request; `skip` and `top` are added. */
  query: IncidentQuery;
  pageSize: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** Pages kept in memory; the farthest from the viewport go first. */
  maxCachedPages: number;
  /** Reuse the elements of rows that left the window for rows that enter it, instead of creating new ones. */
  recycleRows: boolean;
}

/** The queue's columns, in its order: the baselines show the same. */
export const COLUMNS = QUEUE_COLUMN_IDS.map((id) => QUEUE_COLUMNS[id]);

/** A row with its check cell. */
function rowElement(height: number): HTMLDivElement {
  const row = document.createElement('div');
  row.className = 'vanilla-row';
  row.style.height = `${height}px`;
  const check = document.createElement('div');
  check.className = 'vanilla-cell vanilla-sticky vanilla-check';
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  check.append(checkbox);
  row.append(check);
  return row;
}

/** Appends the cell of column `index` to `row`; the first column sticks beside the check column, as the queue's does. */
function columnCell(row: HTMLDivElement, index: number): HTMLDivElement {
  const cell = document.createElement('div');
  cell.className = index === 0 ? 'vanilla-cell vanilla-sticky vanilla-key' : 'vanilla-cell';
  if (index === 0) cell.style.left = `${CHECK_COLUMN_WIDTH}px`;
  row.append(cell);
  return cell;
}

/** A body row of the queue's columns, each cell holding one text element to fill. */
export function rowOfTexts(height: number): { element: HTMLDivElement; texts: HTMLElement[] } {
  const element = rowElement(height);
  const texts = COLUMNS.map((_, index) => {
    const text = document.createElement('span');
    text.className = 'vanilla-text';
    columnCell(element, index).append(text);
    return text;
  });
  return { element, texts };
}

/** The grid of the queue's columns: the header row over `body`, which holds the rows. */
export function gridOf(body: HTMLDivElement, headerHeight: number): HTMLDivElement {
  const widths = [CHECK_COLUMN_WIDTH, ...COLUMNS.map((column) => column.width)];
  const grid = document.createElement('div');
  grid.style.setProperty('--columns', widths.map((width) => `${width}px`).join(' '));
  grid.style.width = `${widths.reduce((sum, width) => sum + width, 0)}px`;
  grid.style.minWidth = '100%';
  const header = rowElement(headerHeight);
  COLUMNS.forEach((column, index) => {
    columnCell(header, index).textContent = column.label;
  });
  const head = document.createElement('div');
  head.className = 'vanilla-head';
  head.append(header);
  body.className = 'vanilla-body';
  grid.append(head, body);
  return grid;
}

/**
 * Renders a list in the next animation frame (once, however often it is asked in a frame) or at
 * once; after `stop()` it renders no more. Both hand-written lists render through one.
 */
export class FrameRenderer {
  #frame = 0;
  #stopped = false;
  readonly #render: () => void;

  constructor(render: () => void) {
    this.#render = render;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  readonly schedule = (): void => {
    if (this.#frame === 0 && !this.#stopped) this.#frame = requestAnimationFrame(this.#run);
  };

  now(): void {
    cancelAnimationFrame(this.#frame);
    this.#run();
  }

  stop(): void {
    this.#stopped = true;
    cancelAnimationFrame(this.#frame);
  }

  readonly #run = (): void => {
    this.#frame = 0;
    if (!this.#stopped) this.#render();
  };
}

interface RowView {
  element: HTMLDivElement;
  texts: HTMLElement[];
  incident?: Incident;
}

/**
 * The hand-written baseline: a virtual list of the queue's columns in plain DOM. Rows are
 * absolutely positioned, cells filled with `textContent`, and the visible window is re-rendered
 * in an animation frame after a scroll and as soon as a page it needs arrives. Rows that leave
 * the window are either recycled for the rows that enter it or dropped, by option.
 */
export class VanillaIncidentList {
  readonly element = document.createElement('div');
  readonly body = document.createElement('div');
  readonly #options: VanillaListOptions;
  readonly #rows = new Map<number, RowView>();
  readonly #spareRows: RowView[] = [];
  readonly #pages = new Map<number, Incident[]>();
  readonly #requested = new Set<number>();
  readonly #renderer = new FrameRenderer(() => this.#render());
  readonly #resizeObserver = new ResizeObserver(this.#renderer.schedule);
  #totalCount = 0;
  #first = 0;
  #last = -1;

  constructor(options: VanillaListOptions) {
    this.#options = options;
    adoptStyles();
    this.element.className = 'vanilla-scroller';
    this.element.append(gridOf(this.body, this.#options.headerHeight));
    this.element.addEventListener('scroll', this.#renderer.schedule, { passive: true });
    this.#resizeObserver.observe(this.element);
  }

  /** Loads the first page and renders the rows in view. */
  async start(): Promise<void> {
    const first = await this.#fetch(0);
    if (this.#renderer.stopped) return;
    this.#totalCount = first.totalCount;
    this.#pages.set(0, first.items);
    this.body.style.height = `${this.#totalCount * this.#options.rowHeight}px`;
    this.#renderer.now();
  }

  destroy(): void {
    this.#renderer.stop();
    this.#resizeObserver.disconnect();
    this.element.remove();
  }

  /** The incident rendered with its data in row `index`, if any. */
  idAt(index: number): string | undefined {
    return this.#rows.get(index)?.incident?.id;
  }

  #createRow(): RowView {
    return rowOfTexts(this.#options.rowHeight);
  }

  #fill(view: RowView, incident: Incident | undefined): void {
    if (view.incident === incident) return;
    view.incident = incident;
    COLUMNS.forEach((column, index) => {
      view.texts[index]!.textContent = incident ? cellText(column, incident) : '';
    });
    if (incident) view.element.dataset.id = incident.id;
    else delete view.element.dataset.id;
  }

  #item(index: number): Incident | undefined {
    const { pageSize } = this.#options;
    return this.#pages.get(Math.floor(index / pageSize))?.[index % pageSize];
  }

  #render(): void {
    if (this.#totalCount === 0) return;
    const { rowHeight, headerHeight, overscan } = this.#options;
    const firstVisible = Math.floor(this.element.scrollTop / rowHeight);
    const viewportRows = Math.ceil((this.element.clientHeight - headerHeight) / rowHeight) + 1;
    this.#first = Math.max(0, firstVisible - overscan);
    this.#last = Math.min(this.#totalCount - 1, firstVisible + viewportRows + overscan - 1);

    for (const [index, view] of this.#rows) {
      if (index < this.#first || index > this.#last) {
        this.#rows.delete(index);
        if (this.#options.recycleRows) this.#spareRows.push(view);
        else view.element.remove();
      }
    }
    for (let index = this.#first; index <= this.#last; index++) {
      let view = this.#rows.get(index);
      if (!view) {
        view = this.#spareRows.pop() ?? this.#createRow();
        this.#rows.set(index, view);
        view.element.style.transform = `translateY(${index * rowHeight}px)`;
        if (!view.element.isConnected) this.body.append(view.element);
      }
      this.#fill(view, this.#item(index));
    }
    // Rows not reused this frame leave the DOM but stay in the pool for the next scroll.
    for (const view of this.#spareRows) view.element.remove();
    this.#requestPages();
  }

  #requestPages(): void {
    const { pageSize } = this.#options;
    const firstPage = Math.floor(this.#first / pageSize);
    const lastPage = Math.floor(this.#last / pageSize);
    for (let page = firstPage; page <= lastPage; page++) {
      if (this.#pages.has(page) || this.#requested.has(page)) continue;
      this.#requested.add(page);
      this.#fetch(page).then(
        (result) => {
          this.#requested.delete(page);
          if (this.#renderer.stopped) return;
          this.#pages.set(page, result.items);
          this.#evictPages();
          // Filled now, not next frame: a page usually arrives within the frame that asked for it.
          this.#renderer.now();
        },
        () => this.#requested.delete(page),
      );
    }
  }

  #fetch(page: number) {
    const { api, query, pageSize } = this.#options;
    return api.listIncidents({ ...query, skip: page * pageSize, top: pageSize });
  }

  #evictPages(): void {
    const { maxCachedPages, pageSize } = this.#options;
    if (this.#pages.size <= maxCachedPages) return;
    const centre = (this.#first + this.#last) / 2 / pageSize;
    const byDistance = [...this.#pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of byDistance.slice(0, this.#pages.size - maxCachedPages)) this.#pages.delete(page);
  }
}

/** The baseline as one of the compared lists, sized like the queue's scroller. */
export function vanillaListUnderTest(options: VanillaListOptions, size: () => { width: number; height: number }): ListUnderTest {
  return {
    name: options.recycleRows ? 'hand-written DOM, recycled rows' : 'hand-written DOM, new rows',
    mount(container) {
      const list = new VanillaIncidentList(options);
      const { width, height } = size();
      list.element.style.width = `${width}px`;
      list.element.style.height = `${height}px`;
      container.append(list.element);
      void list.start();
      const mounted: MountedList = {
        root: list.element,
        scroller: () => list.element,
        rowGroup: () => list.body,
        idAt: (index) => list.idAt(index),
        remove: () => list.destroy(),
      };
      return mounted;
    },
  };
}
