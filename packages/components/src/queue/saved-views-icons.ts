import { html } from 'lit';

/** "Copy list link": a chain link, decorative like the toolbar's other icons. */
export const linkIcon = html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
  <path
    d="M8 6a.5.5 0 0 1 0 1H6a3 3 0 0 0 0 6h2a.5.5 0 0 1 0 1H6a4 4 0 0 1 0-8h2Zm6 0a4 4 0 0 1 0 8h-2a.5.5 0 0 1 0-1h2a3 3 0 1 0 0-6h-2a.5.5 0 0 1 0-1h2ZM6.5 9.5h7a.5.5 0 0 1 .09 1H6.5a.5.5 0 0 1-.09-1h7.09-7Z"
  />
</svg>`;
