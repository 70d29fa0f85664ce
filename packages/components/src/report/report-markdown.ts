import type { IncidentReport } from './incident-report.js';
import { reportDocument, type ReportBlock, type ReportLocalizer } from './report-document.js';

/** ASCII punctuation: the only characters a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/** A character reference (`&amp;`, `&#35;`) that a renderer would decode. */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;

const isSpace = (character: string | undefined): boolean => character === undefined || /\s/u.test(character);
const isWordCharacter = (character: string | undefined): boolean => character !== undefined && /[\p{L}\p{N}]/u.test(character);

/** Whether `text[index]` would start or take part in Markdown syntax where it stands. */
function startsSyntax(text: string, index: number): boolean {
  const character = text[index]!;
  const before = text[index - 1];
  const after = text[index + 1];
  switch (character) {
    case '\\':
      return after === undefined || PUNCTUATION.test(after);
    case '`':
    case '[':
    case ']':
    case '|':
      return true;
    case '<':
      return after !== undefined && /[A-Za-z/!?]/.test(after);
    case '*':
    case '~':
      return !(isSpace(before) && isSpace(after));
    case '_':
      return !(isWordCharacter(before) && isWordCharacter(after));
    case '(':
      return before === ']';
    case '&':
      return CHARACTER_REFERENCE.test(text.slice(index));
    case '#':
      // A closing sequence of an ATX heading: ` ##` at the end is dropped by renderers.
      return isSpace(before) && /^#+\s*$/.test(text.slice(index));
    default:
      return false;
  }
}

/** Where a line would open a block (heading, quote, list item, thematic break, setext underline). */
function blockMarkerIndex(line: string): number | undefined {
  if (/^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|=+\s*$|-+\s*$)/.test(line)) return 0;
  const ordered = /^\d{1,9}[.)](?:\s|$)/.exec(line);
  return ordered ? ordered[0].search(/[.)]/) : undefined;
}

/**
 * Text from the API made inert for Markdown, escaping only the characters that would start
 * syntax where they stand: emphasis, code, links, HTML, table pipes, character references and,
 * with `lineStart`, headings, quotes and list markers. `[x](javascript:…)` and `<img>` stay literal;
 * `name@contoso.com` and `2026-12-04` stay as they are.
 */
export function escapeMarkdown(text: string, { lineStart = false }: { lineStart?: boolean } = {}): string {
  const marker = lineStart ? blockMarkerIndex(text) : undefined;
  let escaped = '';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    if (index === marker || startsSyntax(text, index)) escaped += '\\';
    escaped += character;
  }
  return escaped;
}

/** One line of a table cell: escaped, with line breaks folded into spaces. */
function cell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim()) || ' ';
}

/** A paragraph keeping the text's line breaks (two trailing spaces make a hard break). */
function paragraph(text: string): string {
  return text
    .split(/\r?\n/)
    // Leading blanks render as nothing but could open an indented code block.
    .map((line) => escapeMarkdown(line.trimStart(), { lineStart: true }))
    .join('  \n');
}

function renderBlock(block: ReportBlock, l10n: ReportLocalizer): string {
  switch (block.kind) {
    case 'title':
      return `# ${cell(block.text)}`;
    case 'heading':
      return `## ${cell(block.text)}`;
    case 'facts':
      return block.items.map(([name, value]) => `- **${escapeMarkdown(name)}:** ${cell(value)}`).join('\n');
    case 'table':
      return [
        `| ${block.columns.map(cell).join(' | ')} |`,
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'paragraph':
      return paragraph(block.text);
    case 'comment':
      return `${l10n.t('comments.byline', { author: `**${escapeMarkdown(block.author)}**`, time: escapeMarkdown(block.time) })}\n\n${paragraph(block.text)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n')}`;
    case 'empty':
      return `_${escapeMarkdown(block.text)}_`;
  }
}

/** The incident report as a Markdown document in the language of `l10n`. */
export function incidentReportMarkdown(report: IncidentReport, l10n: ReportLocalizer): string {
  return `${reportDocument(report, l10n)
    .map((block) => renderBlock(block, l10n))
    .join('\n\n')}\n`;
}
