import { waitUntil } from '@open-wc/testing';

/**
 * Test helpers for the queues' virtual grids (the incident queue's and the alert queue's), which
 * render the same grid: reach into the shadow root, wait for loads, and find rows, cells and buttons.
 */

/** A queue element: its grid is in its shadow root. */
export type QueueElement = HTMLElement & { readonly updateComplete: Promise<unknown> };

export function part(queue: QueueElement, selector: string): HTMLElement | null {
  return queue.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function parts(queue: QueueElement, selector: string): HTMLElement[] {
  return [...queue.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** `waitUntil` with room for a busy machine: waits up to ten seconds for `condition`. */
export function eventually(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 10_000 });
}

/** Waits until the queue is neither loading its first page nor any page in view. */
export async function settle(queue: QueueElement): Promise<void> {
  await queue.updateComplete;
  await eventually(() => !part(queue, '[role="progressbar"]') && !part(queue, '.body .placeholder'), 'the queue finishes loading');
  await queue.updateComplete;
}

/** The rendered body rows, top to bottom. */
export function renderedRows(queue: QueueElement): HTMLElement[] {
  return parts(queue, '.body [role="row"]').sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')));
}

export function renderedIds(queue: QueueElement): string[] {
  return renderedRows(queue).map((row) => row.dataset.id!);
}

export function rowById(queue: QueueElement, id: string): HTMLElement {
  const row = part(queue, `.body [role="row"][data-id="${CSS.escape(id)}"]`);
  if (!row) throw new Error(`No rendered row for ${id}.`);
  return row;
}

export function cellOf(row: HTMLElement, column: string): HTMLElement {
  const cell = row.querySelector<HTMLElement>(`[data-column="${column}"]`);
  if (!cell) throw new Error(`No ${column} cell in the row.`);
  return cell;
}

export function button(queue: QueueElement, text: string): HTMLButtonElement {
  const found = parts(queue, 'button').find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}".`);
  return found as HTMLButtonElement;
}

export function gridRowCount(queue: QueueElement): number {
  return Number(part(queue, '[role="grid"]')?.getAttribute('aria-rowcount'));
}
