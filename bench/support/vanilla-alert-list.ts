import type { Alert, IncidentApi } from '@soc-kit/components/api';
import { byFirstActivity } from '../../packages/components/src/alerts/alert-order.js';
import { formatDateTime, formatList } from '../../packages/components/src/internal/format.js';
import {
  ALERT_STATUS_LABELS,
  categoryLabel,
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  DETERMINATION_LABELS,
  ENTITY_TYPE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  VERDICT_LABELS,
} from '../../packages/components/src/internal/labels.js';
import type { OperableAlertList, OperableAlertListUnderTest } from './alert-list-under-test.js';

/** How many entities a row names before "+N", as the element's default. */
const ENTITY_LIMIT = 2;

/** The alert list's columns: heading and the text of its cell. */
const COLUMNS: readonly { label: string; className?: string; text: (alert: Alert) => string }[] = [
  { label: 'Alert name', className: 'va-title', text: (alert) => alert.title },
  { label: 'Severity', text: (alert) => SEVERITY_LABELS[alert.severity] },
  { label: 'Status', text: (alert) => ALERT_STATUS_LABELS[alert.status] },
  {
    label: 'Entities',
    text: (alert) => {
      if (alert.evidence.length === 0) return '—';
      const shown = alert.evidence.slice(0, ENTITY_LIMIT).map((entity) => `${ENTITY_TYPE_LABELS[entity.type]} ${entity.displayName}`);
      const more = alert.evidence.length - ENTITY_LIMIT;
      return more > 0 ? `${shown.join(' ')} +${more}` : shown.join(' ');
    },
  },
  { label: 'Category', text: (alert) => categoryLabel(alert.category) },
  { label: 'MITRE techniques', text: (alert) => (alert.mitreTechniques.length > 0 ? formatList(alert.mitreTechniques, 'en', 'unit') : '—') },
  { label: 'Service source', text: (alert) => SERVICE_SOURCE_LABELS[alert.serviceSource] },
  { label: 'Detection source', text: (alert) => DETECTION_SOURCE_LABELS[alert.detectionSource] },
  { label: 'First activity', className: 'va-time', text: (alert) => formatDateTime(alert.firstActivityDateTime) },
  { label: 'Last activity', className: 'va-time', text: (alert) => formatDateTime(alert.lastActivityDateTime) },
];

// The box model of the element's list and details panel (fixed grid tracks, row height, borders, rows
// out of view skipped by content-visibility, the two-column layout once an alert is chosen), so both lay
// out and paint the same; only the contents are plainer.
const STYLES = `
.va-host { display: block; box-sizing: border-box; background: #fff; line-height: 20px; color: #1b1a19;
  font-family: 'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif; font-size: 14px; }
.va-host *, .va-host *::before, .va-host *::after { box-sizing: border-box; }
.va-layout { display: grid; grid-template-columns: minmax(0, 1fr); height: 100%; }
.va-layout.with-details { grid-template-columns: minmax(0, 1fr) minmax(320px, 420px); }
.va-table { overflow: auto; min-width: 0; }
.va-columns, .va-row { display: grid; grid-template-columns: 320px 124px 96px 260px 136px 128px 220px 180px 176px 176px; gap: 12px;
  align-items: center; padding: 0 12px; min-width: max-content; }
.va-columns { position: sticky; top: 0; z-index: 1; background: #fff; border-block-end: 1px solid #c8c6c4; color: #545454;
  font-size: 12px; font-weight: 600; min-height: 36px; }
.va-row { min-height: 44px; padding-block: 6px; border-block-end: 1px solid #c8c6c4; cursor: pointer;
  content-visibility: auto; contain-intrinsic-size: auto 44px; }
.va-row[aria-selected='true'] { background: #ebf3fc; box-shadow: inset 3px 0 0 #0f6cbd; }
.va-row > span { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.va-title { font-weight: 600; overflow-wrap: anywhere; }
.va-time { white-space: nowrap; }
.va-details { border-inline-start: 1px solid #c8c6c4; padding: 16px 20px 20px; overflow: auto; min-width: 0; }
.va-details h2 { margin: 0; font-size: 20px; line-height: 28px; overflow-wrap: anywhere; }
.va-details h3 { margin: 0 0 8px; font-size: 14px; }
.va-details section { padding-block: 12px; border-block-end: 1px solid #c8c6c4; }
.va-details p { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.va-details dl { display: grid; grid-template-columns: max-content 1fr; gap: 6px 16px; margin: 0; }
.va-details dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.va-details ul { margin: 0; padding: 0; list-style: none; }
.va-details li { padding-block: 8px; border-block-start: 1px solid #c8c6c4; }
.va-empty { margin: 0; padding: 48px 16px; text-align: center; color: #545454; }
`;

let stylesAdopted = false;
function adoptStyles(): void {
  if (stylesAdopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  stylesAdopted = true;
}

interface KeyedRow {
  element: HTMLDivElement;
  texts: HTMLElement[];
  /** The alert the cells show: a load that brings the same object leaves the row alone. */
  alert: Alert;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/**
 * Indexes (into `sequence`) of a longest strictly increasing subsequence of it: the rows whose
 * order a reload keeps, so only the others move.
 */
function longestIncreasing(sequence: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(sequence.length);
  sequence.forEach((value, index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sequence[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) kept.add(index);
  return kept;
}

/**
 * The hand-written baseline of the alert-list operations benchmark: the element's columns in plain
 * DOM, every alert a row (not virtual, as the element), rows keyed by alert ID as in
 * js-framework-benchmark's keyed vanilla implementation. A load sorts the alerts as the element
 * does, keeps the row of every alert still listed (its cells rewritten only if the alert is another
 * object, and then only those that changed), moves only the rows outside the longest run already in
 * order, creates rows for new alerts and removes the rest. A click on a row marks it and shows the
 * alert's details beside the list; an empty list shows a message in place of the table.
 */
export class VanillaAlertList {
  readonly element = element('div', 'va-host');
  readonly #layout = element('div', 'va-layout');
  readonly #table = element('div', 'va-table');
  readonly #body = element('div');
  readonly #empty = element('p', 'va-empty', 'No alerts');
  readonly #details = element('aside', 'va-details');
  readonly #api: IncidentApi;
  readonly #incidentId: string;
  #rows = new Map<string, KeyedRow>();
  #alerts: Alert[] = [];
  #selectedId: string | undefined;
  /** Counts loads, so the answer to an earlier one is dropped. */
  #loads = 0;
  #destroyed = false;

  constructor(api: IncidentApi, incidentId: string) {
    adoptStyles();
    this.#api = api;
    this.#incidentId = incidentId;
    const columns = element('div', 'va-columns');
    for (const column of COLUMNS) columns.append(element('span', undefined, column.label));
    this.#body.setAttribute('role', 'listbox');
    this.#body.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest<HTMLElement>('.va-row');
      if (row?.dataset.id) this.select(row.dataset.id);
    });
    this.#table.append(columns, this.#body);
    this.#layout.append(this.#table);
    this.element.append(this.#empty);
  }

  async refresh(): Promise<void> {
    const load = ++this.#loads;
    const alerts = byFirstActivity(await this.#api.listIncidentAlerts(this.#incidentId));
    if (this.#destroyed || load !== this.#loads) return;
    this.#render(alerts);
  }

  select(id: string | undefined): void {
    if (id === this.#selectedId) return;
    if (this.#selectedId !== undefined) this.#rows.get(this.#selectedId)?.element.setAttribute('aria-selected', 'false');
    this.#selectedId = id;
    if (id !== undefined) this.#rows.get(id)?.element.setAttribute('aria-selected', 'true');
    this.#showDetails();
  }

  /** The rows in the DOM, in its order. */
  rows(): HTMLCollection {
    return this.#body.children;
  }

  detailsTitle(): string | undefined {
    return this.#details.isConnected ? (this.#details.querySelector('h2')?.textContent ?? undefined) : undefined;
  }

  showsEmpty(): boolean {
    return this.#empty.isConnected;
  }

  destroy(): void {
    this.#destroyed = true;
    this.element.remove();
  }

  #render(alerts: Alert[]): void {
    this.#alerts = alerts;
    if (alerts.length === 0) {
      this.#body.replaceChildren();
      this.#rows = new Map();
      if (!this.#empty.isConnected) this.element.replaceChildren(this.#empty);
      return;
    }
    if (!this.#layout.isConnected) this.element.replaceChildren(this.#layout);

    const previous = this.#rows;
    const rows = new Map<string, KeyedRow>();
    for (const alert of alerts) {
      const row = previous.get(alert.id);
      if (row) this.#fill(row, alert);
      rows.set(alert.id, row ?? this.#createRow(alert));
    }
    for (const [id, row] of previous) if (!rows.has(id)) row.element.remove();
    this.#rows = rows;

    // Where each kept row stands now; those in the longest run already in order stay, the rest move.
    const order = new Map<Element, number>();
    Array.prototype.forEach.call(this.#body.children, (child: Element, index: number) => order.set(child, index));
    const ordered = alerts.map((alert) => rows.get(alert.id)!);
    const oldPlaces = ordered.map((row) => order.get(row.element) ?? -1);
    const kept = longestIncreasing(oldPlaces.filter((place) => place >= 0));
    let keptIndex = oldPlaces.filter((place) => place >= 0).length - 1;
    let anchor: HTMLElement | null = null;
    for (let index = ordered.length - 1; index >= 0; index--) {
      const row = ordered[index]!;
      const stays = oldPlaces[index]! >= 0 && kept.has(keptIndex--);
      if (!stays) this.#body.insertBefore(row.element, anchor);
      anchor = row.element;
    }
    if (this.#selectedId !== undefined) this.#showDetails();
  }

  #createRow(alert: Alert): KeyedRow {
    const row = element('div', 'va-row');
    row.setAttribute('role', 'option');
    row.dataset.id = alert.id;
    row.setAttribute('aria-selected', alert.id === this.#selectedId ? 'true' : 'false');
    const texts = COLUMNS.map((column) => element('span', column.className, column.text(alert)));
    row.append(...texts);
    return { element: row, texts, alert };
  }

  #fill(row: KeyedRow, alert: Alert): void {
    if (row.alert === alert) return;
    row.alert = alert;
    COLUMNS.forEach((column, index) => {
      const text = column.text(alert);
      const cell = row.texts[index]!;
      if (cell.textContent !== text) cell.textContent = text;
    });
  }

  /** The details of the chosen alert beside the list, as text; none while no alert is chosen. */
  #showDetails(): void {
    const alert = this.#alerts.find((candidate) => candidate.id === this.#selectedId);
    if (!alert) {
      this.#details.remove();
      this.#layout.classList.remove('with-details');
      return;
    }
    const section = (heading: string, ...content: Node[]) => {
      const node = element('section');
      node.append(element('h3', undefined, heading), ...content);
      return node;
    };
    const fields: [string, string][] = [
      ['Severity', SEVERITY_LABELS[alert.severity]],
      ['Status', ALERT_STATUS_LABELS[alert.status]],
      ['Classification', CLASSIFICATION_LABELS[alert.classification]],
      ['Determination', DETERMINATION_LABELS[alert.determination]],
      ['Category', categoryLabel(alert.category)],
      ['Service source', SERVICE_SOURCE_LABELS[alert.serviceSource]],
      ['Detection source', DETECTION_SOURCE_LABELS[alert.detectionSource]],
      ['MITRE techniques', alert.mitreTechniques.length > 0 ? formatList(alert.mitreTechniques, 'en', 'unit') : 'None'],
      ['First activity', formatDateTime(alert.firstActivityDateTime)],
      ['Last activity', formatDateTime(alert.lastActivityDateTime)],
      ['Generated on', formatDateTime(alert.createdDateTime)],
      ['Alert ID', alert.id],
    ];
    const list = element('dl');
    for (const [term, value] of fields) list.append(element('dt', undefined, term), element('dd', undefined, value));
    const evidence = element('ul');
    for (const entity of alert.evidence) {
      const item = element('li');
      item.append(
        element('div', undefined, entity.displayName),
        element('div', undefined, ENTITY_TYPE_LABELS[entity.type]),
        element('div', undefined, `${VERDICT_LABELS[entity.verdict]} · Remediation: ${REMEDIATION_STATUS_LABELS[entity.remediationStatus]}`),
      );
      evidence.append(item);
    }
    const header = element('header');
    header.append(
      element('div', undefined, `${SEVERITY_LABELS[alert.severity]} ${ALERT_STATUS_LABELS[alert.status]}`),
      element('button', undefined, '×'),
      element('h2', undefined, alert.title),
    );
    this.#details.replaceChildren(
      header,
      section('Description', element('p', undefined, alert.description || 'No description')),
      section('Recommended actions', element('p', undefined, alert.recommendedActions || 'No recommended actions')),
      section('Alert details', list),
      section('Evidence', alert.evidence.length > 0 ? evidence : element('p', undefined, 'No evidence')),
    );
    if (!this.#details.isConnected) this.#layout.append(this.#details);
    this.#layout.classList.add('with-details');
  }
}

/** The baseline as one of the compared lists, filling the container as the element does. */
export function vanillaAlertListUnderTest(api: IncidentApi, incidentId: string): OperableAlertListUnderTest {
  return {
    name: 'hand-written DOM, keyed rows',
    mount(container) {
      const list = new VanillaAlertList(api, incidentId);
      list.element.style.height = `${container.clientHeight}px`;
      container.append(list.element);
      void list.refresh();
      const rows = () => list.rows();
      const mounted: OperableAlertList = {
        refresh: () => void list.refresh(),
        clickRow: (index) => (rows()[index] as HTMLElement | undefined)?.click(),
        deselect: () => list.select(undefined),
        titles: () => Array.from(rows(), (row) => row.firstElementChild?.textContent ?? ''),
        selectedAt: (index) => rows()[index]?.getAttribute('aria-selected') === 'true',
        detailsTitle: () => list.detailsTitle(),
        rowCount: () => (list.showsEmpty() ? 0 : rows().length),
        showsEmpty: () => list.showsEmpty(),
        remove: () => list.destroy(),
      };
      return mounted;
    },
  };
}
