/**
 * The element that has focus, looked up through open shadow roots (`document.activeElement` stops
 * at the outermost host): where focus goes back to after a dialog or a pane closes.
 */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}
