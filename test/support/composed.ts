/** Every element under `root`, through open shadow roots. */
export function* composedElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* composedElements(element.shadowRoot);
  }
}

/** Whether anything under `root` (through shadow roots) still loads: `aria-busy`, or a skeleton on show. */
export const stillLoading = (root: ParentNode): boolean =>
  [...composedElements(root)].some((element) => element.getAttribute('aria-busy') === 'true' || element.classList.contains('skeleton'));
