import { html } from 'lit';

/**
 * The "Close" (dismiss) icon of dialogs, panes and chips: 16px in `currentColor` unless the
 * element's styles size or colour it. Decorative: the button that holds it carries the name.
 */
export const closeIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" aria-hidden="true">
  <path d="M3.15 3.15a.5.5 0 0 1 .7 0L8 7.29l4.15-4.14a.5.5 0 0 1 .7.7L8.71 8l4.14 4.15a.5.5 0 0 1-.7.7L8 8.71l-4.15 4.14a.5.5 0 0 1-.7-.7L7.29 8 3.15 3.85a.5.5 0 0 1 0-.7Z" />
</svg>`;
