import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/** Fluent-style 16px outline icons; decorative, so hidden from assistive technology. */
function icon(path: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
    ${path}
  </svg>`;
}

export const editIcon = icon(
  svg`<path
    d="M13.2 3.3a2.1 2.1 0 0 1 3 3l-8.8 8.8a2 2 0 0 1-.9.5l-3.2.9a.5.5 0 0 1-.6-.6l.9-3.2a2 2 0 0 1 .5-.9l9.1-8.5Zm2.3.7a1.1 1.1 0 0 0-1.6 0L5 12.5a1 1 0 0 0-.3.4l-.6 2.3 2.3-.6a1 1 0 0 0 .4-.3L15.5 5.6a1.1 1.1 0 0 0 0-1.6Z"
  />`,
);

export const filterIcon = icon(
  svg`<path
    d="M3 5.5c0-.3.2-.5.5-.5h13a.5.5 0 0 1 0 1h-13a.5.5 0 0 1-.5-.5Zm2.5 4.5c0-.3.2-.5.5-.5h8a.5.5 0 0 1 0 1H6a.5.5 0 0 1-.5-.5Zm2.5 4.5c0-.3.2-.5.5-.5h3a.5.5 0 0 1 0 1h-3a.5.5 0 0 1-.5-.5Z"
  />`,
);

export const columnsIcon = icon(
  svg`<path
    d="M3 5a2 2 0 0 1 2-2h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5Zm2-1a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h2V4H5Zm3 0v12h4V4H8Zm5 0v12h2a1 1 0 0 0 1-1V5a1 1 0 0 0-1-1h-2Z"
  />`,
);

export const searchIcon = icon(
  svg`<path
    d="M8.5 3a5.5 5.5 0 0 1 4.2 9l4.2 4.1a.5.5 0 0 1-.7.7L12 12.7A5.5 5.5 0 1 1 8.5 3Zm0 1a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z"
  />`,
);

export const dismissIcon = icon(
  svg`<path
    d="m4.1 4.2.1-.1a.5.5 0 0 1 .6 0l.1.1L10 9.3l5.1-5.2a.5.5 0 0 1 .8.7L10.7 10l5.2 5.1a.5.5 0 0 1-.7.8L10 10.7l-5.1 5.2a.5.5 0 0 1-.8-.7L9.3 10 4.1 4.9a.5.5 0 0 1 0-.7Z"
  />`,
);

export const arrowUpIcon = icon(
  svg`<path
    d="M9.6 3.1a.5.5 0 0 1 .8 0l5 5.5a.5.5 0 1 1-.8.7L10.5 5v11.5a.5.5 0 0 1-1 0V5L5.4 9.3a.5.5 0 1 1-.8-.7l5-5.5Z"
  />`,
);

export const arrowDownIcon = icon(
  svg`<path
    d="M10.4 16.9a.5.5 0 0 1-.8 0l-5-5.5a.5.5 0 1 1 .8-.7L9.5 15V3.5a.5.5 0 0 1 1 0V15l4.1-4.3a.5.5 0 1 1 .8.7l-5 5.5Z"
  />`,
);

export const refreshIcon = icon(
  svg`<path
    d="M16 10A6 6 0 0 0 5.3 6.3V4.5a.5.5 0 0 0-1 0v3c0 .3.2.5.5.5h3a.5.5 0 0 0 0-1H6A5 5 0 1 1 5 10a.5.5 0 0 0-1 0 6 6 0 1 0 12 0Z"
  />`,
);

/** Two branches joining into one: "Merge". */
export const mergeIcon = icon(
  svg`<path
    d="M5 3.5a.5.5 0 0 1 1 0v3.09c0 .93.4 1.82 1.1 2.43L10 11.6l2.9-2.58A3.25 3.25 0 0 0 14 6.59V3.5a.5.5 0 0 1 1 0v3.09c0 1.22-.52 2.38-1.44 3.18L10.5 12.5v4a.5.5 0 0 1-1 0v-4L6.44 9.77A4.25 4.25 0 0 1 5 6.59V3.5Z"
  />`,
);
