import { html, svg, type SVGTemplateResult } from 'lit';
import type { TimelineKind } from '../api/model.js';

/**
 * Line icons in a 16×16 box drawn with `currentColor`. They are decoration: every kind is named in
 * text beside its icon, so each icon is `aria-hidden`.
 */
const icon = (content: SVGTemplateResult) =>
  html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <g fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round" stroke-linejoin="round">${content}</g>
  </svg>`;

export const KIND_ICONS: Record<TimelineKind, ReturnType<typeof icon>> = {
  alert: icon(svg`<path d="M8 1.8 14.6 13.5H1.4Z" /><path d="M8 6v3.6M8 11.6v.1" />`),
  activity: icon(svg`<path d="M1.5 8.5h3l1.8-4.5 3.4 8 1.8-3.5h3" />`),
  bookmark: icon(svg`<path d="M4 1.5h8v13l-4-3-4 3Z" />`),
  anomaly: icon(svg`<path d="M1.5 13.5h13" /><path d="M2.5 11 5.5 8l2.5 2 2.5-6 3 2.5" /><circle cx="10.5" cy="4" r="1" />`),
};

export const checkIcon = icon(svg`<path d="m3 8.5 3 3 7-7" />`);

export const closeIcon = icon(svg`<path d="m3.5 3.5 9 9M12.5 3.5l-9 9" />`);

export const arrowUpIcon = icon(svg`<path d="M8 13.5v-11M3.5 7 8 2.5 12.5 7" />`);
