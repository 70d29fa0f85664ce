import { html, type TemplateResult } from 'lit';

/**
 * User data inside a localized sentence ("Assign owner {owner}") is isolated, so that a name in
 * another script neither reorders the sentence nor is reordered by it. Text builders mark it with
 * the Unicode isolates FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (the plain-text `<bdi>`), so
 * their strings are right in a `title` or a live region as they are; `renderIsolated` turns each
 * marked piece into a `<bdi>` when the sentence is rendered.
 */

const FSI = '\u2068';
const PDI = '\u2069';
const MARKED = /\u2068([^\u2068\u2069]*)\u2069/g;

/**
 * `value` marked as user data (a name, a service's message, a free-text category): any isolates it
 * holds itself are dropped, so marks never nest. Empty text stays empty.
 */
export function isolate(value: string): string {
  return value ? `${FSI}${value.replace(/[\u2068\u2069]/g, '')}${PDI}` : value;
}

/** A sentence built with `isolate`, as template parts: its text, and each marked piece in a `<bdi>`. */
export function renderIsolated(text: string): (string | TemplateResult)[] {
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(html`<bdi>${match[1]}</bdi>`);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** `text` without isolate marks: for plain-text output (an export) where they would only be copied along. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
