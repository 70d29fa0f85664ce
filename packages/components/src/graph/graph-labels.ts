/** A label short enough to sit under a node; the full text is in the node's accessible name and flyout. */
export function shortLabel(text: string, max = 22): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
