import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export { arrowDownIcon, arrowUpIcon, dismissIcon as closeIcon, editIcon, refreshIcon } from '../queue/queue-icons.js';

/** Fluent-style 16px outline icons, as the queue draws them; decorative, so hidden from assistive technology. */
function icon(path: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
    ${path}
  </svg>`;
}

export const addIcon = icon(
  svg`<path d="M10 3a.5.5 0 0 1 .5.5v6h6a.5.5 0 0 1 0 1h-6v6a.5.5 0 0 1-1 0v-6h-6a.5.5 0 0 1 0-1h6v-6A.5.5 0 0 1 10 3Z" />`,
);

export const deleteIcon = icon(
  svg`<path
    d="M8.5 4h3a1.5 1.5 0 0 0-3 0Zm-1 0a2.5 2.5 0 0 1 5 0h4a.5.5 0 0 1 0 1h-.6l-1.2 10.4A2 2 0 0 1 12.7 17H7.3a2 2 0 0 1-2-1.6L4.1 5H3.5a.5.5 0 0 1 0-1h4ZM5.1 5l1.2 10.3a1 1 0 0 0 1 .7h5.4a1 1 0 0 0 1-.7L14.9 5H5.1Zm3.4 2.5c.3 0 .5.2.5.5v6a.5.5 0 0 1-1 0V8c0-.3.2-.5.5-.5Zm3.5.5a.5.5 0 0 0-1 0v6a.5.5 0 0 0 1 0V8Z"
  />`,
);
