/** Resolves in the next animation frame callback, with that frame's timestamp. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

const channel = new MessageChannel();
const afterFrameCallbacks: (() => void)[] = [];
channel.port1.onmessage = () => afterFrameCallbacks.shift()?.();

/**
 * Calls `callback` as soon as the frame now being produced has run style, layout and paint: a
 * message posted from an animation frame callback is delivered only after the rendering work of
 * that frame, so its arrival time marks the end of the frame's main-thread work.
 */
export function whenFrameRendered(callback: () => void): void {
  afterFrameCallbacks.push(callback);
  channel.port2.postMessage(null);
}

/** Resolves once the next frame has been rendered, with `performance.now()` at that moment. */
export function nextFrameRendered(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => whenFrameRendered(() => resolve(performance.now()))));
}

/** Waits for `count` frames to be rendered: lets pending work (layout, late pages) settle. */
export async function settleFrames(count: number): Promise<void> {
  for (let i = 0; i < count; i++) await nextFrameRendered();
}
