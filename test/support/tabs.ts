/**
 * A second tab, as far as a page can open one in a test: a same-origin page in an iframe, with its
 * own window, realm, modules and storage events, and the same `localStorage`.
 */
export interface Tab {
  frame: HTMLIFrameElement;
  window: Window;
}

/** Opens `tab.html` in an iframe of `width` × `height` and resolves once it has loaded. */
export async function openTab({ width = 400, height = 300 } = {}): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = new URL('./tab.html', import.meta.url).href;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, window: frame.contentWindow! };
}

/** Runs the module at `url` (relative to this folder) in `tab`; resolves once it has run. */
export function runModule(tab: Tab, url: string): Promise<void> {
  const script = tab.window.document.createElement('script');
  script.type = 'module';
  script.src = new URL(url, import.meta.url).href;
  return new Promise((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${script.src} could not be loaded.`)), { once: true });
    tab.window.document.head.append(script);
  });
}
