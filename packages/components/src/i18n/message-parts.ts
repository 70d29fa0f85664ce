/**
 * A message whose placeholders take markup rather than text (a value in `<bdi>`, say): pass the
 * message as `l10n.t(key)` without params, so its `{placeholders}` stay in it, and the parts that
 * go in their places. The translation keeps its own word order; Lit renders the returned array.
 */
export function messageParts(message: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return message
    .split(/\{(\w+)\}/)
    .map((piece, index) => (index % 2 === 0 ? piece : Object.hasOwn(parts, piece) ? parts[piece] : `{${piece}}`));
}
