import { html, svg, type SVGTemplateResult } from 'lit';
import type { EntityType } from '../api/model.js';

/**
 * One small line icon per entity type, drawn in a 16×16 box with `currentColor`, so an icon
 * takes the colour of the text around it. Icons are decoration: the type is always named in
 * text too, so every icon is `aria-hidden`.
 */

/** Stroke settings every icon shares; the shapes inherit them from this group. */
const shapes = (content: SVGTemplateResult) =>
  svg`<g fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round" stroke-linejoin="round">${content}</g>`;

const ENTITY_SHAPES: Record<EntityType, SVGTemplateResult> = {
  device: shapes(svg`<rect x="1.5" y="2.5" width="13" height="8.5" rx="1" /><path d="M5.5 14h5M8 11v3" />`),
  user: shapes(svg`<circle cx="8" cy="5" r="2.75" /><path d="M2.5 14.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5" />`),
  mailbox: shapes(svg`<rect x="1.5" y="3.5" width="13" height="9" rx="1" /><path d="m2 4.5 6 4.5 6-4.5" />`),
  ip: shapes(
    svg`<circle cx="8" cy="8" r="6.5" /><path d="M1.5 8h13M8 1.5c1.9 2 2.8 4.2 2.8 6.5s-.9 4.5-2.8 6.5C6.1 12.5 5.2 10.3 5.2 8s.9-4.5 2.8-6.5Z" />`,
  ),
  url: shapes(
    svg`<path d="M6.6 9.4a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.7 4.1" /><path d="M9.4 6.6a3 3 0 0 0-4.2 0L2.9 8.9a3 3 0 0 0 4.2 4.2l1.2-1.2" />`,
  ),
  file: shapes(svg`<path d="M4 1.5h5l3.5 3.5v9.5H3.5v-13Z" /><path d="M9 1.5V5h3.5" />`),
  process: shapes(svg`<rect x="1.5" y="2.5" width="13" height="11" rx="1" /><path d="m4.5 6 2 2-2 2M8.5 10.5h3" />`),
  cloudApplication: shapes(svg`<path d="M4.6 12.5a3 3 0 0 1-.5-6 4 4 0 0 1 7.7-.9 3.2 3.2 0 0 1 .2 6.9Z" />`),
  azureResource: shapes(svg`<path d="M8 1.5 14 4.8v6.4L8 14.5 2 11.2V4.8Z" /><path d="M2 4.8 8 8l6-3.2M8 8v6.5" />`),
  registryKey: shapes(svg`<circle cx="5" cy="11" r="3" /><path d="m7.2 8.8 6.3-6.3M11 5l1.8 1.8M12.4 3.6l1.6 1.6" />`),
  registryValue: shapes(
    svg`<ellipse cx="8" cy="3.5" rx="5.5" ry="2" /><path d="M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2" />`,
  ),
  unknown: shapes(
    svg`<circle cx="8" cy="8" r="6.5" /><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.5M8 11.5v.1" />`,
  ),
};

/** The shapes of a type's icon in a 16×16 box, for use inside an `<svg>` (or a `<symbol>`). */
export function entityIconShapes(type: EntityType): SVGTemplateResult {
  return ENTITY_SHAPES[type] ?? ENTITY_SHAPES.unknown;
}

/** The shapes of the alert icon (a shield with an exclamation mark) in a 16×16 box. */
export const alertIconShapes: SVGTemplateResult = shapes(
  svg`<path d="M8 1.5 13.5 3.5v4c0 3.3-2.3 5.9-5.5 7-3.2-1.1-5.5-3.7-5.5-7v-4Z" /><path d="M8 5v3.5M8 10.8v.2" />`,
);

const icon = (content: SVGTemplateResult) =>
  html`<svg class="entity-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    ${content}
  </svg>`;

/** A type's icon as an inline `<svg>` element (16×16 px, class `entity-icon`), for HTML content. */
export function entityIcon(type: EntityType) {
  return icon(entityIconShapes(type));
}

/** The alert icon as an inline `<svg>` element (16×16 px), for HTML content. */
export function alertIcon() {
  return icon(alertIconShapes);
}
