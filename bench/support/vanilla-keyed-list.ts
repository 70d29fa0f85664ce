import type { Incident, IncidentApi } from '@soc-kit/components/api';
import type { GridGeometry } from './list-under-test.js';
import type { OperableList, OperableListUnderTest } from './list-operations.js';
import { adoptStyles, cellText, COLUMNS, FrameRenderer, gridOf, rowOfTexts } from './vanilla-incident-list.js';

/** What the shared baseline styles leave out: the selected row, and the message that replaces an empty grid. */
const STYLES = `
.vanilla-body .vanilla-row[aria-current='true'], .vanilla-body .vanilla-row[aria-current='true'] > .vanilla-sticky {
  background: #ebf3fc; }
.vanilla-body .vanilla-row[aria-current='true'] > .vanilla-check { box-shadow: inset 3px 0 0 #0f6cbd; }
.vanilla-message { margin: 0; padding: 48px 16px; text-align: center; font-weight: 600; }
`;

let stylesAdopted = false;
function adoptKeyedStyles(): void {
  if (stylesAdopted) return;
  adoptStyles();
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  stylesAdopted = true;
}

export interface VanillaKeyedListOptions extends GridGeometry {
  api: IncidentApi;
  pageSize: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
}

interface KeyedRow {
  element: HTMLDivElement;
  texts: HTMLElement[];
  /** The text each cell shows, so a refill writes only the cells that changed. */
  shown: string[];
  /** The incident the cells show: a load that brings the same object leaves the row alone, as the queue's guard does. */
  incident?: Incident;
  index: number;
}

const NO_INCIDENTS = 'No incidents';

/**
 * The hand-written baseline of the operations benchmark: a virtual list of the queue's columns in
 * plain DOM whose rows are keyed by incident ID, as js-framework-benchmark's keyed vanilla
 * implementation is. A load keeps the row of every incident still in the window (moved to its new
 * place, only its changed cells rewritten), creates rows for incidents new to it and removes the
 * rest; selection marks one row directly. An empty list shows a message in place of the grid.
 */
export class VanillaKeyedIncidentList {
  readonly element = document.createElement('div');
  readonly body = document.createElement('div');
  readonly #message = document.createElement('p');
  readonly #options: VanillaKeyedListOptions;
  readonly #grid: HTMLDivElement;
  #rows = new Map<string, KeyedRow>();
  readonly #pages = new Map<number, Incident[]>();
  readonly #requested = new Set<number>();
  #totalCount = 0;
  #selectedId: string | null = null;
  /** Counts loads, so a page of an earlier load is dropped. */
  #loads = 0;
  readonly #renderer = new FrameRenderer(() => this.#render());

  constructor(options: VanillaKeyedListOptions) {
    this.#options = options;
    adoptKeyedStyles();
    this.#grid = gridOf(this.body, options.headerHeight);
    this.element.className = 'vanilla-scroller';
    this.#message.className = 'vanilla-message';
    this.#message.setAttribute('role', 'status');
    this.#message.textContent = NO_INCIDENTS;
    this.element.append(this.#message);
    this.element.addEventListener('scroll', this.#renderer.schedule, { passive: true });
  }

  /** Loads the first page again, forgetting every other page, and renders the rows in view. */
  async refresh(): Promise<void> {
    const load = ++this.#loads;
    const first = await this.#fetch(0);
    if (this.#renderer.stopped || load !== this.#loads) return;
    this.#pages.clear();
    this.#requested.clear();
    this.#pages.set(0, first.items);
    this.#totalCount = first.totalCount;
    this.#renderer.now();
  }

  select(id: string | null): void {
    if (id === this.#selectedId) return;
    const previous = this.#selectedId === null ? undefined : this.#rows.get(this.#selectedId);
    previous?.element.removeAttribute('aria-current');
    this.#selectedId = id;
    if (id !== null) this.#rows.get(id)?.element.setAttribute('aria-current', 'true');
  }

  destroy(): void {
    this.#renderer.stop();
    this.element.remove();
  }

  /** The row the DOM shows at `index`, if any. */
  rowAt(index: number): HTMLElement | undefined {
    return this.body.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? undefined;
  }

  #createRow(): KeyedRow {
    const { element, texts } = rowOfTexts(this.#options.rowHeight);
    return { element, texts, shown: texts.map(() => ''), index: -1 };
  }

  #fill(row: KeyedRow, incident: Incident): void {
    if (row.incident === incident) return;
    row.incident = incident;
    COLUMNS.forEach((column, index) => {
      const text = cellText(column, incident);
      if (row.shown[index] === text) return;
      row.shown[index] = text;
      row.texts[index]!.textContent = text;
    });
  }

  #item(index: number): Incident | undefined {
    const { pageSize } = this.#options;
    return this.#pages.get(Math.floor(index / pageSize))?.[index % pageSize];
  }

  #render(): void {
    if (this.#totalCount === 0) {
      this.#showEmpty();
      return;
    }
    if (!this.#grid.isConnected) this.element.replaceChildren(this.#grid);
    const { rowHeight, headerHeight, overscan } = this.#options;
    this.body.style.height = `${this.#totalCount * rowHeight}px`;
    const firstVisible = Math.floor(this.element.scrollTop / rowHeight);
    const viewportRows = Math.ceil((this.element.clientHeight - headerHeight) / rowHeight) + 1;
    const first = Math.max(0, firstVisible - overscan);
    const last = Math.min(this.#totalCount - 1, firstVisible + viewportRows + overscan - 1);

    const previous = this.#rows;
    const rows = new Map<string, KeyedRow>();
    for (let index = first; index <= last; index++) {
      const incident = this.#item(index);
      if (!incident) continue;
      let row = previous.get(incident.id);
      if (row) previous.delete(incident.id);
      else {
        row = this.#createRow();
        row.element.dataset.id = incident.id;
      }
      if (row.index !== index) {
        row.index = index;
        row.element.dataset.index = String(index);
        row.element.style.transform = `translateY(${index * rowHeight}px)`;
      }
      this.#fill(row, incident);
      if (incident.id === this.#selectedId) row.element.setAttribute('aria-current', 'true');
      else row.element.removeAttribute('aria-current');
      if (!row.element.isConnected) this.body.append(row.element);
      rows.set(incident.id, row);
    }
    for (const row of previous.values()) row.element.remove();
    this.#rows = rows;
    this.#requestPages(first, last);
  }

  /** No incidents: every row goes, and a message takes the grid's place (as the queue's does). */
  #showEmpty(): void {
    for (const row of this.#rows.values()) row.element.remove();
    this.#rows = new Map();
    if (!this.#message.isConnected) this.element.replaceChildren(this.#message);
  }

  #requestPages(first: number, last: number): void {
    const { pageSize } = this.#options;
    const load = this.#loads;
    for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page++) {
      if (this.#pages.has(page) || this.#requested.has(page)) continue;
      this.#requested.add(page);
      this.#fetch(page).then(
        (result) => {
          this.#requested.delete(page);
          if (this.#renderer.stopped || load !== this.#loads) return;
          this.#pages.set(page, result.items);
          this.#renderer.now();
        },
        () => this.#requested.delete(page),
      );
    }
  }

  #fetch(page: number) {
    const { api, pageSize } = this.#options;
    return api.listIncidents({ skip: page * pageSize, top: pageSize });
  }
}

/** The keyed baseline as one of the compared lists, sized like the queue's scroller. */
export function vanillaKeyedListUnderTest(options: VanillaKeyedListOptions, size: () => { width: number; height: number }): OperableListUnderTest {
  return {
    name: 'hand-written DOM, keyed rows',
    mount(container) {
      const list = new VanillaKeyedIncidentList(options);
      const { width, height } = size();
      list.element.style.width = `${width}px`;
      list.element.style.height = `${height}px`;
      container.append(list.element);
      void list.refresh();
      const mounted: OperableList = {
        root: list.element,
        scroller: () => list.element,
        rowGroup: () => list.body,
        idAt: (index) => list.rowAt(index)?.dataset.id,
        remove: () => list.destroy(),
        refresh: () => list.refresh(),
        select: (id) => list.select(id),
        nameAt: (index) => list.rowAt(index)?.querySelector('.vanilla-key .vanilla-text')?.textContent ?? undefined,
        selectedAt: (index) => list.rowAt(index)?.getAttribute('aria-current') === 'true',
        rowCount: () => (list.body.isConnected ? list.body.childElementCount : 0),
      };
      return mounted;
    },
  };
}
