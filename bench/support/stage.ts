/** Tells how a benchmark is getting on; the runner prints it under the benchmark's name. */
export const progress = (message: string): void => console.info(message);

/**
 * A fixed box on an unmargined page for what a benchmark mounts; `placement` is the rest of its
 * CSS (by default it fills the viewport and clips).
 */
export function createStage(placement = 'inset: 0; overflow: hidden;'): HTMLElement {
  document.body.style.margin = '0';
  const stage = document.createElement('div');
  stage.style.cssText = `position: fixed; ${placement}`;
  document.body.append(stage);
  return stage;
}
