import { layoutGraph, type LayoutRequest } from './graph-layout.js';

/** Lays out one graph per message and answers with its positions (transferred, not copied). */
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  try {
    const { positions } = layoutGraph(event.data);
    self.postMessage({ positions }, { transfer: [positions.buffer] });
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
