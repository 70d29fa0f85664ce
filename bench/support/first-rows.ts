import { nextFrameRendered } from './frames.js';
import type { ListUnderTest, MountedList } from './list-under-test.js';

export interface FirstRows {
  /** From insertion until the first row shows its incident in the DOM. */
  inDom: number;
  /** From insertion until the frame showing that row has been rendered. */
  rendered: number;
  mounted: MountedList;
}

const FIRST_ROWS_TIMEOUT_MS = 10_000;

/** Inserts a new list into `container` and times its first row; the list stays mounted. */
export async function timeFirstRows(list: ListUnderTest, container: HTMLElement): Promise<FirstRows> {
  const start = performance.now();
  const mounted = list.mount(container);
  const inDomAt = await new Promise<number>((resolve, reject) => {
    if (mounted.idAt(0) !== undefined) {
      resolve(performance.now());
      return;
    }
    const observer = new MutationObserver(() => {
      if (mounted.idAt(0) === undefined) return;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(performance.now());
    });
    const timeout = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`${list.name} rendered no row within ${FIRST_ROWS_TIMEOUT_MS} ms.`));
    }, FIRST_ROWS_TIMEOUT_MS);
    observer.observe(mounted.root, { childList: true, subtree: true });
  });
  const renderedAt = await nextFrameRendered();
  return { inDom: inDomAt - start, rendered: renderedAt - start, mounted };
}
