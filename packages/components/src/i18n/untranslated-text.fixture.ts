/**
 * Test support for the pseudo-locale (`lang="en-XA"`), where every string from a catalog shows in
 * ⟦brackets⟧: finds text that skipped translation. Data is exempt where it is isolated — inside
 * `<bdi>`, an element with `dir` (user text, terminal output), `<time>` (formatted by the locale),
 * `<code>`/`<pre>`/`<kbd>`/`<samp>`, an element marked `data-user-text` (SVG text, which has no
 * `<bdi>`), or between the Unicode isolates U+2068…U+2069.
 */

/** Attributes a person reads or hears: they must be translated too. */
const READ_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt'];
const EXEMPT = 'bdi, [dir], time, code, pre, kbd, samp, style, script, template, [data-user-text]';
/** Two Latin letters in a row: a word in English (accented letters and digits do not count). */
const LATIN_WORD = /[A-Za-z]{2}/;
const ISOLATED = /\u2068[^\u2068\u2069]*\u2069/g;

/** `text` with its ⟦…⟧ strings (nested ones too) and isolated data taken out. */
function outsideMarks(text: string): string {
  let rest = text.replace(ISOLATED, ' ');
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

export interface UntranslatedTextOptions {
  /** Whether to walk into the shadow root of `element` (default: every one). */
  enter?: (element: Element) => boolean;
}

/**
 * The text under `root` — walking into shadow roots — that holds English words outside any ⟦…⟧
 * string, and the read attributes that do. A translated sentence may span several text nodes
 * with isolated data between them ("⟦Çŕéáţéð ƀý ", `<bdi>`, " óñ ", `<time>`, "⟧"), so the walk
 * follows the brackets in document order rather than judging each node alone.
 */
export function untranslatedText(root: Node, { enter = () => true }: UntranslatedTextOptions = {}): string[] {
  const found: string[] = [];
  let depth = 0;
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').replace(ISOLATED, ' ');
      let outside = '';
      for (const char of text) {
        if (char === '⟦') depth++;
        else if (char === '⟧') depth = Math.max(0, depth - 1);
        else if (depth === 0) outside += char;
      }
      if (LATIN_WORD.test(outside)) found.push(text.trim().replace(/\s+/g, ' '));
      return;
    }
    if (node instanceof Element) {
      if (node.matches(EXEMPT)) return;
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value && LATIN_WORD.test(outsideMarks(value))) found.push(`${node.localName}[${name}="${value}"]`);
      }
      if (node.shadowRoot && enter(node)) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** `waitUntil` options for a translation to arrive: it loads as a module of its own, slower on a busy machine. */
export const TRANSLATION_LOADS = { timeout: 10_000 };
