import { isolate } from '../i18n/isolate.js';
import type { IncidentReport } from './incident-report.js';
import { reportDocument, type ReportBlock, type ReportLocalizer } from './report-document.js';

/** Print styles: black on white, tables that break cleanly across pages. */
const PRINT_CSS = `
  body { font: 12pt/1.4 'Segoe UI', system-ui, sans-serif; color: #000; margin: 2cm; }
  h1 { font-size: 18pt; margin: 0 0 12pt; }
  h2 { font-size: 14pt; margin: 18pt 0 6pt; break-after: avoid; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; font-size: 10pt; }
  th, td { border: 1px solid #888; padding: 3pt 5pt; text-align: start; vertical-align: top; overflow-wrap: anywhere; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  p, blockquote { white-space: pre-wrap; overflow-wrap: anywhere; }
  blockquote { margin: 0 0 10pt; padding-inline-start: 10pt; border-inline-start: 3px solid #888; }
  .by { margin: 10pt 0 2pt; font-weight: 600; }
  .empty { font-style: italic; color: #444; }
  .toolbar { margin-block-end: 12pt; }
  @media print { .toolbar { display: none; } body { margin: 0; } }
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string) {
  const created = doc.createElement(tag);
  if (text !== undefined) created.textContent = text;
  if (className) created.className = className;
  return created;
}

/** An element holding data from the backend: its direction comes from its text, not the page's. */
function dataElement<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text: string, className?: string) {
  const created = element(doc, tag, text, className);
  created.dir = 'auto';
  return created;
}

/** Stands for the data while a sentence is split around it. */
const DATA_MARK = '\u0000';

/**
 * `tag` holding the message `sentence` returns for `data`, the data in a `<bdi>`: a name in
 * another script neither reorders the sentence nor is reordered by it.
 */
function sentenceWithData<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  sentence: (mark: string) => string,
  data: string,
  className?: string,
) {
  const created = element(doc, tag, undefined, className);
  const [before = '', after = ''] = sentence(DATA_MARK).split(DATA_MARK);
  created.append(before, element(doc, 'bdi', data), after);
  return created;
}

function renderBlock(doc: Document, block: ReportBlock, l10n: ReportLocalizer): HTMLElement[] {
  switch (block.kind) {
    case 'title':
      return [sentenceWithData(doc, 'h1', (name) => l10n.t('title', { name }), block.name)];
    case 'heading':
      return [element(doc, 'h2', block.text)];
    case 'facts': {
      const list = element(doc, 'dl');
      for (const [name, value] of block.items) list.append(element(doc, 'dt', name), dataElement(doc, 'dd', value));
      return [list];
    }
    case 'table': {
      const table = element(doc, 'table');
      const head = table.createTHead().insertRow();
      for (const column of block.columns) {
        const th = element(doc, 'th', column);
        th.scope = 'col';
        head.append(th);
      }
      const body = table.createTBody();
      for (const row of block.rows) {
        const tr = body.insertRow();
        for (const value of row) tr.append(dataElement(doc, 'td', value));
      }
      return [table];
    }
    case 'paragraph':
      return [dataElement(doc, 'p', block.text)];
    case 'comment': {
      const byline = (author: string) => l10n.t('comments.byline', { author, time: block.time });
      return [sentenceWithData(doc, 'p', byline, block.author, 'by'), dataElement(doc, 'blockquote', block.text)];
    }
    case 'empty':
      return [element(doc, 'p', block.text, 'empty')];
  }
}

/**
 * Fills `doc` (a blank window's document) with the printable report in the language of `l10n`.
 * Built with DOM calls and `textContent` only, styled by a constructed style sheet, so it runs
 * under a strict CSP with Trusted Types.
 */
export function renderPrintableReport(doc: Document, report: IncidentReport, l10n: ReportLocalizer): void {
  const view = doc.defaultView;
  doc.title = l10n.t('title', { name: isolate(report.incident.displayName) });
  if (view) {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(PRINT_CSS);
    doc.adoptedStyleSheets = [sheet];
  }
  const toolbar = element(doc, 'div', undefined, 'toolbar');
  const print = element(doc, 'button', l10n.t('print'));
  print.type = 'button';
  print.addEventListener('click', () => view?.print());
  toolbar.append(print);
  const main = element(doc, 'main');
  for (const block of reportDocument(report, l10n)) main.append(...renderBlock(doc, block, l10n));
  doc.body.replaceChildren(toolbar, main);
  doc.documentElement.lang = l10n.locale;
}
