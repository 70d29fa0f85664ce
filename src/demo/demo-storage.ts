/**
 * A `Storage` that lasts as long as the page: what stands in for `localStorage` where the browser
 * blocks site data.
 */
export class MemoryStorage implements Storage {
  [name: string]: unknown;
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }

  clear(): void {
    this.#items.clear();
  }

  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }

  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.#items.delete(String(key));
  }

  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }
}

/**
 * The page's `localStorage`, or undefined where the browser blocks site data: there even reading
 * `window.localStorage` throws (a `SecurityError`). In that case a `MemoryStorage` takes its place
 * on `win`, because libraries read it as they load and would stop the page from starting (MSW
 * does, for its cookie store): call this before importing them. A full storage is still returned;
 * its failed saves are reported by the mock backend.
 */
export function openDemoStorage(win: Window = window): Storage | undefined {
  try {
    const storage = win.localStorage;
    void storage.length;
    return storage;
  } catch {
    Object.defineProperty(win, 'localStorage', { configurable: true, enumerable: true, value: new MemoryStorage() });
    return undefined;
  }
}
