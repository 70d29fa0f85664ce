import { html, svg, type TemplateResult } from 'lit';
import type { ActorKind, ItemKind } from './activity-items.js';

const icon = (path: TemplateResult) => html`<svg viewBox="0 0 16 16" aria-hidden="true">${path}</svg>`;

/** The marker beside each item: what kind of thing happened. */
export const KIND_ICONS: Record<ItemKind, TemplateResult> = {
  comments: icon(
    svg`<path d="M2 4.5A2.5 2.5 0 0 1 4.5 2h7A2.5 2.5 0 0 1 14 4.5v5a2.5 2.5 0 0 1-2.5 2.5H8.2l-3.4 2.55A.5.5 0 0 1 4 14.15V12a2 2 0 0 1-2-2V4.5Zm2.5-1.5C3.67 3 3 3.67 3 4.5V10a1 1 0 0 0 1 1h.5a.5.5 0 0 1 .5.5v1.65l2.7-2.05a.5.5 0 0 1 .3-.1h3.5c.83 0 1.5-.67 1.5-1.5v-5c0-.83-.67-1.5-1.5-1.5h-7Z"/>`,
  ),
  changes: icon(
    svg`<path d="M10.88 2.44a1.5 1.5 0 0 1 2.12 0l.56.56a1.5 1.5 0 0 1 0 2.12l-7.8 7.8a1.5 1.5 0 0 1-.7.4l-2.44.6a.5.5 0 0 1-.6-.6l.6-2.44a1.5 1.5 0 0 1 .4-.7l7.86-7.74Zm1.41.7a.5.5 0 0 0-.7 0L10.5 4.2l1.3 1.3 1.05-1.08a.5.5 0 0 0 0-.7l-.56-.56ZM11.1 6.2 9.8 4.9 3.86 10.76a.5.5 0 0 0-.13.23l-.4 1.63 1.63-.4a.5.5 0 0 0 .23-.13L11.1 6.2Z"/>`,
  ),
  tasks: icon(
    svg`<path d="M4.5 2A2.5 2.5 0 0 0 2 4.5v7A2.5 2.5 0 0 0 4.5 14h7a2.5 2.5 0 0 0 2.5-2.5v-7A2.5 2.5 0 0 0 11.5 2h-7ZM3 4.5C3 3.67 3.67 3 4.5 3h7c.83 0 1.5.67 1.5 1.5v7c0 .83-.67 1.5-1.5 1.5h-7c-.83 0-1.5-.67-1.5-1.5v-7Zm8.35 1.85a.5.5 0 0 0-.7-.7L7 9.29 5.35 7.65a.5.5 0 1 0-.7.7l2 2a.5.5 0 0 0 .7 0l4-4Z"/>`,
  ),
  response: icon(
    svg`<path d="M7.72 1.55a.5.5 0 0 1 .56 0A11.3 11.3 0 0 0 13.5 3.5a.5.5 0 0 1 .5.5v3.5c0 3.22-1.9 5.57-5.82 7.47a.5.5 0 0 1-.36 0C3.9 13.07 2 10.72 2 7.5V4a.5.5 0 0 1 .5-.5c1.92 0 3.68-.63 5.22-1.95ZM3 4.48V7.5c0 2.7 1.5 4.68 5 6.44 3.5-1.76 5-3.74 5-6.44V4.48a12.3 12.3 0 0 1-5-1.9 9.2 9.2 0 0 1-5 1.9Z"/>`,
  ),
};

/** Who acted, when it was not a person: a rule or the service itself. */
export const ACTOR_ICONS: Record<Exclude<ActorKind, 'person'>, TemplateResult> = {
  automation: icon(
    svg`<path d="M9.38 1.08a.5.5 0 0 1 .3.53L9.1 6h3.4a.5.5 0 0 1 .38.83l-6 7a.5.5 0 0 1-.87-.44L6.6 9H3.5a.5.5 0 0 1-.4-.8l5.7-7a.5.5 0 0 1 .58-.12ZM4.54 8H7.2a.5.5 0 0 1 .49.6l-.7 3.4 4.42-5H8.5a.5.5 0 0 1-.5-.57l.45-3.16L4.54 8Z"/>`,
  ),
  system: icon(
    svg`<path d="M2 4.5A2.5 2.5 0 0 1 4.5 2h7A2.5 2.5 0 0 1 14 4.5v5a2.5 2.5 0 0 1-2.5 2.5H9v1h1.5a.5.5 0 0 1 0 1h-5a.5.5 0 0 1 0-1H7v-1H4.5A2.5 2.5 0 0 1 2 9.5v-5ZM4.5 3C3.67 3 3 3.67 3 4.5v5c0 .83.67 1.5 1.5 1.5h7c.83 0 1.5-.67 1.5-1.5v-5c0-.83-.67-1.5-1.5-1.5h-7Z"/>`,
  ),
};

/** "alex.wilber@contoso.com" → "AW"; "Alex Wilber" → "AW". */
export function initialsOf(actor: string): string {
  const name = actor.includes('@') ? actor.slice(0, actor.indexOf('@')) : actor;
  const words = name.split(/[\s._-]+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters
    .map((word) => [...word][0] ?? '')
    .join('')
    .toLocaleUpperCase();
}
