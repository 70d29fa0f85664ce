/**
 * Horizontal arrow keys follow the reading direction: in a right-to-left page, Left is "next"
 * (the way the text runs) and Right is "previous", as the WAI-ARIA APG asks of grids, tabs,
 * trees and sliders.
 */

/** Whether `element` lays out right to left (its `dir`, inherited across shadow roots). */
export function isRtl(element: Element): boolean {
  return getComputedStyle(element).direction === 'rtl';
}

/**
 * `event.key` as it would be in a left-to-right page: ArrowLeft and ArrowRight trade places when
 * `element` reads right to left; every other key is returned as it is.
 */
export function inlineKey(event: KeyboardEvent, element: Element): string {
  const { key } = event;
  if ((key !== 'ArrowLeft' && key !== 'ArrowRight') || !isRtl(element)) return key;
  return key === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
}
