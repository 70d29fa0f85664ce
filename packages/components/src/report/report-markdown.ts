import type { IncidentReport } from './incident-report.js';
import { reportDocument, type ReportBlock, type ReportLocalizer } from './report-document.js';

/**
 * Text from the API made inert for Markdown: characters that would start emphasis, links,
 * headings, lists, HTML or code are escaped, so a title like `[x](javascript:…)` or `<img>` stays
 * literal in any renderer.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (character) => `\\${character}`);
}

/** One line of a table cell: escaped, with line breaks folded into spaces. */
function cell(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim()) || ' ';
}

/** A paragraph keeping the text's line breaks (two trailing spaces make a hard break). */
function paragraph(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeMarkdown(line))
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
