import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Alert, Evidence } from '../api/model.js';
import { withoutIsolates } from '../i18n/isolate.js';
import type { Localizer, MessageKey } from '../i18n/localizer.js';
import type { AlertsMessages } from './messages.js';

/** What the rows of a listbox show: the alerts in order, and which of them are chosen, open and the tab stop. */
export interface AlertRowsInput {
  /** The alerts, one row each, in the list's order. IDs are unique within an incident. */
  readonly alerts: readonly Alert[];
  /** IDs of the selected alerts (`aria-selected`). */
  readonly selected: ReadonlySet<string>;
  /** ID of the alert whose details are open (the row's `current` class). */
  readonly currentId: string | undefined;
  /** Place in the list of the row that takes focus on Tab. */
  readonly tabStop: number;
  /** How many entities a row names before "+N". */
  readonly entityLimit: number;
  /** The element's localizer: every word of a row is its. */
  readonly l10n: Localizer<AlertsMessages>;
}

/** Words kept at most: categories and techniques are the backend's, so an element that lists incident after incident meets new ones. */
const MAX_WORDS = 2_000;

/**
 * The rows' words in one language, each asked of the localizer once: the rows of a list ask for the same few
 * (severities, statuses, sources, entity types, categories, technique lists, "+N") again and again.
 */
class RowWords {
  readonly #said = new Map<string, string>();

  constructor(
    readonly l10n: Localizer<AlertsMessages>,
    /** The locale and language the words are in. */
    readonly locale: string,
  ) {}

  /** The message `key`. */
  t(key: MessageKey<AlertsMessages>): string {
    return this.#word(key, () => this.l10n.t(key));
  }

  /** A category in words when it names a tactic, isolated free text otherwise (`Localizer.category`). */
  category(category: string): string {
    return this.#word(`\u0000category:${category}`, () => this.l10n.category(category));
  }

  /** MITRE technique IDs as one list ("T1059, T1003"). */
  techniques(techniques: readonly string[]): string {
    return this.#word(`\u0000techniques:${techniques.join('\u0000')}`, () => this.l10n.list(techniques, 'unit'));
  }

  /** "+`count`": more entities than a row names. */
  more(count: number): string {
    return this.#word(`\u0000more:${count}`, () => this.l10n.t('moreEntities', { count }));
  }

  /** The words under `key`, said by `say` the first time. */
  #word(key: string, say: () => string): string {
    let text = this.#said.get(key);
    if (text === undefined) {
      if (this.#said.size >= MAX_WORDS) this.#said.clear();
      this.#said.set(key, (text = say()));
    }
    return text;
  }
}

/** What a row shows: its alert, whether it is selected, the current one and the tab stop, how many chips, in which language. */
interface RowView {
  alert: Alert;
  selected: boolean;
  current: boolean;
  focusable: boolean;
  entityLimit: number;
  locale: string;
}

/** One row as last written, and the view it was written with. */
interface Row extends RowView {
  readonly element: HTMLElement;
  /** The row's place in the list as last rendered. */
  index: number;
  /** The update that last placed the row; the rows an update does not place leave. */
  placed: number;
}

/** A `<span>` of class `className` showing `text` (as text, never markup). */
function spanWith(className: string, text?: string): HTMLSpanElement {
  const span = document.createElement('span');
  if (className) span.className = className;
  if (text !== undefined) span.textContent = text;
  return span;
}

/** A `<span>` wrapping `child`: a cell whose content is an element of its own. */
function cellOf(child: Element, className = ''): HTMLSpanElement {
  const cell = spanWith(className);
  cell.append(child);
  return cell;
}

/** The markup of an entity chip, made once and cloned for each chip. */
let entityChipMarkup: HTMLSpanElement | undefined;

/** An entity chip: its type, then its name, isolated (text, never markup). */
function entityChip(type: string, name: string): HTMLSpanElement {
  if (!entityChipMarkup) {
    const nameSpan = spanWith('entity-name');
    nameSpan.dir = 'auto';
    entityChipMarkup = spanWith('entity');
    entityChipMarkup.append(spanWith('entity-type'), ' ', nameSpan);
  }
  const chip = entityChipMarkup.cloneNode(true) as HTMLSpanElement;
  (chip.firstChild as HTMLSpanElement).textContent = type;
  (chip.lastChild as HTMLSpanElement).textContent = name;
  return chip;
}

/**
 * The markup of a row, made once and cloned for each row: every element and fixed attribute in place, the
 * texts and the attributes that vary left for each row's own writing. The severity is `severityMarker`'s markup, the times
 * and techniques the `<time>` and `<bdi>` of the details panel, there always (with a dash inside when there is
 * no time or technique). No white space between the cells: it would be a text node more per cell, and the grid
 * ignores it.
 */
let rowMarkup: HTMLDivElement | undefined;

function makeRowMarkup(): HTMLDivElement {
  const row = document.createElement('div');
  row.setAttribute('role', 'option');
  row.setAttribute('part', 'row');
  row.className = 'row';
  row.setAttribute('aria-selected', 'false');
  row.setAttribute('tabindex', '-1');
  const check = spanWith('check');
  check.setAttribute('aria-hidden', 'true');
  const title = spanWith('title');
  title.dir = 'auto';
  row.append(
    check,
    title,
    cellOf(spanWith('severity')),
    spanWith(''),
    spanWith('entities'),
    cellOf(spanWith('')),
    cellOf(document.createElement('bdi')),
    spanWith(''),
    spanWith(''),
    cellOf(document.createElement('time'), 'time'),
    cellOf(document.createElement('time'), 'time'),
  );
  return row;
}

/** Whether two alerts name the same entities, as a row shows them (type and name). */
function sameEntities(a: readonly Evidence[], b: readonly Evidence[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((entity, index) => entity.type === b[index].type && entity.displayName === b[index].displayName);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((item, index) => item === b[index]));
}

/** Sets `time`'s `datetime` to `iso`, or takes it away when there is no time. */
function writeTime(time: Element, iso: string | null | undefined, words: RowWords): void {
  if (iso) time.setAttribute('datetime', iso);
  else time.removeAttribute('datetime');
  time.textContent = words.l10n.dateTime(iso);
}

/**
 * The indices into `from` of a longest run of increasing values (values below 0 are rows made anew and never
 * part of it): the rows that stay where they are while the others move around them.
 */
function longestIncreasing(from: readonly number[]): Set<number> {
  const ends: number[] = [];
  const before = new Array<number>(from.length);
  for (let index = 0; index < from.length; index++) {
    const value = from[index];
    if (value < 0) continue;
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (from[ends[middle]] < value) low = middle + 1;
      else high = middle;
    }
    before[index] = low > 0 ? ends[low - 1] : -1;
    ends[low] = index;
  }
  const kept = new Set<number>();
  for (let index = ends.length > 0 ? ends[ends.length - 1] : -1; index >= 0; index = before[index]) kept.add(index);
  return kept;
}

/**
 * The rows of the alert list, owned by its listbox element: a thousand rows made as Lit templates cost a template
 * copy, two list markers and a part each, and about seventeen bindings, which is most of a list's time. So each
 * row is a clone of one prepared row whose texts and attributes are then set by hand, keyed by alert ID. A reload
 * keeps the rows of the alerts still there, moves only those that must move (around the longest run already in
 * order), rewrites only the rows whose inputs changed (and in them only what changed) and removes the rest. Rows
 * that keep none of the old are put together apart and replace them at once. Words come from the element's
 * localizer and are set as text, never as markup.
 */
class AlertRows extends Directive {
  #rows: Row[] = [];
  #updates = 0;
  #last?: AlertRowsInput & { locale: string };
  #words?: RowWords;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('alertRows belongs on the listbox element');
  }

  render(_input: AlertRowsInput) {
    return noChange;
  }

  override update(part: ElementPart, [input]: [AlertRowsInput]) {
    const listbox = part.element;
    const { alerts, selected, currentId, tabStop, entityLimit, l10n } = input;
    // A language shows once all its strings are at hand (LocaleController), so the locale names the rows' words.
    const locale = `${l10n.locale}:${l10n.language}`;
    if (this.#words?.locale !== locale || this.#words.l10n !== l10n) this.#words = new RowWords(l10n, locale);
    const words = this.#words;
    // The same alerts rendered again with the same choices (busy while they reload, or busy no more) leave the
    // rows alone without visiting each one.
    const last = this.#last;
    if (
      last &&
      last.alerts === alerts &&
      last.selected === selected &&
      last.currentId === currentId &&
      last.tabStop === tabStop &&
      last.entityLimit === entityLimit &&
      last.locale === locale
    ) {
      return noChange;
    }
    this.#last = { ...input, locale };
    const placed = ++this.#updates;
    const previous = new Map<string, Row>();
    for (const row of this.#rows) if (!previous.has(row.alert.id)) previous.set(row.alert.id, row);
    const rows = new Array<Row>(alerts.length);
    const from = new Array<number>(alerts.length);
    let kept = 0;
    for (let index = 0; index < alerts.length; index++) {
      const alert = alerts[index];
      const view: RowView = {
        alert,
        selected: selected.has(alert.id),
        current: alert.id === currentId,
        focusable: index === tabStop,
        entityLimit,
        locale,
      };
      let row = previous.get(alert.id);
      if (row) {
        previous.delete(alert.id);
        from[index] = row.index;
        kept++;
        this.#rewrite(row, view, words);
      } else {
        from[index] = -1;
        row = this.#create(view, words);
      }
      row.index = index;
      row.placed = placed;
      rows[index] = row;
    }
    const leaving = this.#rows;
    this.#rows = rows;
    if (kept === 0) {
      // Nothing kept (a new list, or none before): the rows are put together apart and replace the old at once.
      const fragment = document.createDocumentFragment();
      for (const row of rows) fragment.append(row.element);
      listbox.replaceChildren(fragment);
      return noChange;
    }
    for (const row of leaving) if (row.placed !== placed) row.element.remove();
    const staying = longestIncreasing(from);
    let next: Element | null = null;
    for (let index = rows.length - 1; index >= 0; index--) {
      const { element } = rows[index];
      if (!staying.has(index)) listbox.insertBefore(element, next);
      next = element;
    }
    return noChange;
  }

  /** A row made anew to show `view`. */
  #create(view: RowView, words: RowWords): Row {
    rowMarkup ??= makeRowMarkup();
    const element = rowMarkup.cloneNode(true) as HTMLElement;
    const row: Row = { ...view, element, selected: false, current: false, focusable: false, index: 0, placed: 0 };
    this.#mark(row, view);
    this.#write(element, view.alert, undefined, view.entityLimit, false, words);
    return row;
  }

  /** Brings `row` up to date with `view`, touching only what changed. */
  #rewrite(row: Row, view: RowView, words: RowWords): void {
    this.#mark(row, view);
    const { alert, entityLimit, locale } = view;
    if (row.alert === alert && row.entityLimit === entityLimit && row.locale === locale) return;
    // In another language every word is written again; otherwise only the fields of the alert that changed.
    const before = row.locale === locale ? row.alert : undefined;
    const sameChips = !!before && entityLimit === row.entityLimit && sameEntities(before.evidence, alert.evidence);
    this.#write(row.element, alert, before, entityLimit, sameChips, words);
    row.alert = alert;
    row.entityLimit = entityLimit;
    row.locale = locale;
  }

  /** Sets the row's selection, `current` class and tab stop where they changed (a new row's markup has none of them). */
  #mark(row: Row, { selected, current, focusable }: RowView): void {
    const { element } = row;
    if (selected !== row.selected) element.setAttribute('aria-selected', selected ? 'true' : 'false');
    if (current !== row.current) element.className = current ? 'row current' : 'row';
    if (focusable !== row.focusable) element.setAttribute('tabindex', focusable ? '0' : '-1');
    row.selected = selected;
    row.current = current;
    row.focusable = focusable;
  }

  /**
   * Writes `alert` into a row's cells; with `before` (the alert the row showed, in the same language) only the
   * fields that differ; `sameChips` when the chips shown already are the alert's.
   */
  #write(
    element: HTMLElement,
    alert: Alert,
    before: Alert | undefined,
    entityLimit: number,
    sameChips: boolean,
    words: RowWords,
  ): void {
    // The cells by walking them, not by `children`: that would be a collection made per row.
    const title = element.firstElementChild!.nextElementSibling!;
    if (before?.title !== alert.title) title.textContent = alert.title;
    const severityCell = title.nextElementSibling!;
    if (before?.severity !== alert.severity) {
      const severity = severityCell.firstElementChild!;
      severity.className = `severity ${alert.severity}`;
      severity.textContent = words.t(`severity.${alert.severity}`);
    }
    const status = severityCell.nextElementSibling!;
    if (before?.status !== alert.status) status.textContent = words.t(`alertStatus.${alert.status}`);
    const entities = status.nextElementSibling!;
    if (!sameChips) this.#writeEntities(entities, alert.evidence, entityLimit, words);
    const categoryCell = entities.nextElementSibling!;
    if (before?.category !== alert.category) {
      // A category of free text is isolated by the `dir` of its element, as by `renderIsolated`'s `<bdi>`.
      const category = words.category(alert.category);
      const categoryText = withoutIsolates(category);
      const categoryElement = categoryCell.firstElementChild!;
      if (categoryText === category) categoryElement.removeAttribute('dir');
      else categoryElement.setAttribute('dir', 'auto');
      categoryElement.textContent = categoryText;
    }
    const techniquesCell = categoryCell.nextElementSibling!;
    const techniques = alert.mitreTechniques;
    if (!before || !sameList(before.mitreTechniques, techniques)) {
      techniquesCell.firstElementChild!.textContent = techniques.length > 0 ? words.techniques(techniques) : '—';
    }
    const serviceSource = techniquesCell.nextElementSibling!;
    if (before?.serviceSource !== alert.serviceSource) {
      serviceSource.textContent = words.t(`serviceSource.${alert.serviceSource}`);
    }
    const detectionSource = serviceSource.nextElementSibling!;
    if (before?.detectionSource !== alert.detectionSource) {
      detectionSource.textContent = words.t(`detectionSource.${alert.detectionSource}`);
    }
    const firstCell = detectionSource.nextElementSibling!;
    if (!before || before.firstActivityDateTime !== alert.firstActivityDateTime) {
      writeTime(firstCell.firstElementChild!, alert.firstActivityDateTime, words);
    }
    if (!before || before.lastActivityDateTime !== alert.lastActivityDateTime) {
      writeTime(firstCell.nextElementSibling!.firstElementChild!, alert.lastActivityDateTime, words);
    }
  }

  /**
   * A row's entity chips, then "+N" for those beyond `entityLimit`; a dash when the alert names none. Made as
   * plain elements: a chip's template instance and the markers of a list of them would cost more than its row.
   */
  #writeEntities(cell: Element, evidence: readonly Evidence[], entityLimit: number, words: RowWords): void {
    if (evidence.length === 0) {
      cell.textContent = '—';
      return;
    }
    const shown = evidence.slice(0, Math.max(0, entityLimit));
    const chips = document.createDocumentFragment();
    for (const entity of shown) chips.append(entityChip(words.t(`entityType.${entity.type}`), entity.displayName));
    const more = evidence.length - shown.length;
    if (more > 0) chips.append(spanWith('more', words.more(more)));
    cell.replaceChildren(chips);
  }
}

/**
 * Bound on the listbox element (with nothing inside it in the template), makes and keeps its rows, one per alert:
 * `role="option"`, `part="row"`, `aria-selected` and a roving `tabindex`. The listbox handles the rows' clicks and
 * keys, so a row does not depend on its place.
 */
export const alertRows = directive(AlertRows);
