import type { Principal } from '@soc-kit/components/api';
import { getResponse, type HttpHandler } from 'msw';
import type { HandlerContext } from './handlers/context.js';
import { createHandlers } from './handlers/index.js';
import { DEFAULT_SCENARIO, mergeScenario, sameScenario, seededRandom, type Scenario } from './scenarios.js';
import { IncidentService, type JournalEntry, type ServiceOptions } from './service/index.js';

export interface MockBackendOptions extends ServiceOptions {
  /** Where the REST API is served: a path in the browser, an absolute URL in Node. Default `/api`. */
  baseUrl?: string;
  /** Scenario switches to start with, over the defaults. */
  scenario?: Partial<Scenario>;
  /**
   * Where to keep the data across page loads (e.g. `localStorage`). Every write and scenario
   * change is saved; a new backend over the same storage starts where the last one stopped, and
   * backends open over it at the same time (tabs) share one state. `persistence` tells whether
   * the saves succeed.
   */
  persist?: Storage;
  /** The key under which the state is saved in `persist` (and, beside it, `<key>:revision`). */
  storageKey?: string;
  /** Seed of the generator that picks which requests the error-rate scenario fails. */
  failureSeed?: number;
}

export interface ResetOptions {
  size?: number;
  seed?: number;
}

export const DEFAULT_STORAGE_KEY = 'soc-kit-mock-backend';

/**
 * Whether the backend's state reaches its storage: `none` without `persist` (the data lasts as long
 * as the page), `saved` after the last save, `failed` when a save threw (storage full or blocked):
 * the writes are kept in memory but will not survive a reload. A failed save is tried again on the
 * next write.
 */
export type PersistenceState = 'none' | 'saved' | 'failed';

/** What a `change` event reports: the scenario switched, or the data was regenerated. */
export type MockBackendChange = 'scenario' | 'reset';

/** The backend's `change` event. */
export class MockBackendChangeEvent extends Event {
  constructor(
    readonly change: MockBackendChange,
    /** Made by another backend over the same storage (another tab), and taken in here. */
    readonly external = false,
  ) {
    super('change');
  }
}

interface SavedState {
  version: 1;
  /** Changes with every save; another tab compares it to know that it must read the state again. */
  revision?: string;
  /** Changes with every reset, so that a tab does not carry its writes over into regenerated data. */
  generation?: string;
  /** The options that regenerate the same data; the clock is the host's and is not saved. */
  options: IncidentService['options'];
  scenario: Scenario;
  journal: readonly JournalEntry[];
}

function isSavedState(value: unknown): value is SavedState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<SavedState>;
  return (
    state.version === 1 &&
    ['undefined', 'string'].includes(typeof state.revision) &&
    ['undefined', 'string'].includes(typeof state.generation) &&
    typeof state.options === 'object' &&
    state.options !== null &&
    typeof state.scenario === 'object' &&
    Array.isArray(state.journal)
  );
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** JSON with object keys sorted, so that equal journal entries compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** How many entries two journals share from their start. */
function sharedLength(a: readonly JournalEntry[], b: readonly JournalEntry[]): number {
  let length = 0;
  while (length < a.length && length < b.length && canonicalJson(a[length]) === canonicalJson(b[length])) length++;
  return length;
}

/**
 * A service with `journal` and then as many of `extra` as the rules still accept on top of it;
 * undefined when `journal` itself cannot be replayed (saved by an incompatible version).
 */
function replayWith(options: ServiceOptions, journal: readonly JournalEntry[], extra: readonly JournalEntry[]) {
  if (extra.length > 0) {
    try {
      return IncidentService.restore(options, [...journal, ...extra]);
    } catch {
      // One of them no longer applies after the other tab's writes: keep the ones that do, below.
    }
  }
  let service: IncidentService;
  try {
    service = IncidentService.restore(options, journal);
  } catch {
    return undefined;
  }
  const kept = [...journal];
  for (const entry of extra) {
    try {
      service = IncidentService.restore(options, [...kept, entry]);
      kept.push(entry);
    } catch {
      // Refused by the rules over the newer state (say, a second resolve of the same incident).
    }
  }
  return service;
}

/** Settles with `promise`, or rejects with the signal's reason as soon as it aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * The mock backend: one incident service, the scenario it is served under, optional persistence,
 * and the MSW handlers of the REST API. Start it with `startMockBackend` (browser) or
 * `startMockBackend` from `node.ts` (Node), pass `handlers` to a worker of your own, or call its
 * `fetch` directly (no worker at all).
 *
 * Over a shared storage (`localStorage` in two tabs), backends keep one state: before each use
 * a backend takes in what another saved since (so etags and `If-Match` checks see the latest
 * writes), and every write is saved under a new revision at once. Writes of two tabs that cross
 * are both kept.
 *
 * @fires change - A `MockBackendChangeEvent` after the scenario changed or the data was reset,
 *   here or in another tab.
 * @fires persistencechange - After `persistence` changed (a save failed, or succeeded again).
 */
export class MockBackend extends EventTarget implements HandlerContext {
  readonly baseUrl: string;
  /** The REST API's request handlers; they always reach the current service. */
  readonly handlers: HttpHandler[];

  private currentService: IncidentService;
  private serviceOptions: ServiceOptions;
  private currentScenario: Scenario;
  private readonly random: () => number;
  private readonly storage?: Storage;
  private readonly storageKey: string;
  private readonly revisionKey: string;
  private generation = newId();
  /** The saved revision this backend's state stands on, and the journal length it had. */
  private base: { revision: string | null; length: number } = { revision: null, length: 0 };
  /** The journal length at the last save attempt: a failed save is tried again after a write, not on every read. */
  private attemptedLength = -1;
  private persistenceState: PersistenceState;
  private lastPersistenceError: unknown;
  private readonly liveService: IncidentService;

  constructor(options: MockBackendOptions = {}) {
    super();
    const { baseUrl = '/api', scenario, persist, storageKey = DEFAULT_STORAGE_KEY, failureSeed = 1, ...service } =
      options;
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.storage = persist;
    this.storageKey = storageKey;
    this.revisionKey = `${storageKey}:revision`;
    this.persistenceState = persist ? 'saved' : 'none';
    this.random = seededRandom(failureSeed);
    this.serviceOptions = service;
    this.currentScenario = mergeScenario(DEFAULT_SCENARIO, scenario ?? {});

    const restored = this.restore();
    this.currentService = restored ?? new IncidentService(this.serviceOptions);
    if (!restored) this.write();
    this.liveService = this.createLiveService();
    this.handlers = createHandlers(this);
    if (persist && typeof window !== 'undefined') window.addEventListener('storage', this.onStorage);
  }

  /**
   * The incident service. Over a storage, calls go to the latest state (another tab's writes
   * included) and a write is saved before the call returns.
   */
  get service(): IncidentService {
    return this.storage ? this.liveService : this.currentService;
  }

  get scenario(): Readonly<Scenario> {
    this.sync();
    return this.currentScenario;
  }

  /** Whether writes reach the storage; `persistenceError` holds what the last failed save threw. */
  get persistence(): PersistenceState {
    return this.persistenceState;
  }

  get persistenceError(): unknown {
    return this.lastPersistenceError;
  }

  /** Changes some scenario switches; throws a validation `ServiceError` for a bad value. */
  setScenario(changes: Partial<Scenario>): Scenario {
    this.sync();
    this.currentScenario = mergeScenario(this.currentScenario, changes);
    this.write();
    this.dispatchEvent(new MockBackendChangeEvent('scenario'));
    return this.currentScenario;
  }

  /** Regenerates the data (optionally with another size or seed) and forgets every write, in every tab. */
  reset(options: ResetOptions = {}): void {
    this.serviceOptions = { ...this.serviceOptions, ...options };
    this.currentService = new IncidentService(this.serviceOptions);
    this.generation = newId();
    this.write();
    this.dispatchEvent(new MockBackendChangeEvent('reset'));
  }

  /** Stops following other tabs' saves. The backend still answers; call it when dropping the backend. */
  close(): void {
    if (typeof window !== 'undefined') window.removeEventListener('storage', this.onStorage);
  }

  /**
   * Answers a request from the handlers, in this page and without a worker: pass it to a client
   * (`new HttpIncidentApi({ baseUrl, fetch: backend.fetch })`) where no service worker may run.
   * A relative URL resolves against the document; a request no handler answers goes to the network;
   * the offline scenario fails as `fetch` does, with a `TypeError`.
   */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const base = globalThis.document?.baseURI ?? globalThis.location?.href;
    const url = typeof input === 'string' || input instanceof URL ? new URL(input, base) : input;
    const request = new Request(url, init);
    request.signal.throwIfAborted();
    const response = await untilAborted(getResponse(this.handlers, request), request.signal);
    if (!response) return globalThis.fetch(request);
    if (response.type === 'error') throw new TypeError('Failed to fetch (the mock backend is offline).');
    return response;
  };

  actor(): Principal {
    return this.currentService.principalFor(this.currentScenario.role);
  }

  injectFailure(): boolean {
    return this.currentScenario.errorRate > 0 && this.random() < this.currentScenario.errorRate;
  }

  afterRequest(): void {
    this.saveWrites();
  }

  /** The service as `service` hands it out: every call on the latest state, every write saved at once. */
  private createLiveService(): IncidentService {
    return new Proxy(Object.create(IncidentService.prototype) as IncidentService, {
      get: (_target, key) => {
        this.sync();
        const service = this.currentService;
        const value: unknown = Reflect.get(service, key, service);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          try {
            return (value as (...args: unknown[]) => unknown).apply(service, args);
          } finally {
            this.saveWrites();
          }
        };
      },
    });
  }

  private readonly onStorage = (event: StorageEvent) => {
    if (event.storageArea === this.storage && event.key === this.revisionKey) this.sync();
  };

  private storedRevision(): string | null {
    try {
      return this.storage?.getItem(this.revisionKey) ?? null;
    } catch {
      // Storage blocked since the start: nothing new can be read.
      return this.base.revision;
    }
  }

  private readSaved(): SavedState | undefined {
    try {
      const saved: unknown = JSON.parse(this.storage?.getItem(this.storageKey) ?? 'null');
      return isSavedState(saved) ? saved : undefined;
    } catch {
      return undefined;
    }
  }

  private restore(): IncidentService | undefined {
    if (!this.storage) return undefined;
    const revision = this.storedRevision();
    const saved = this.readSaved();
    if (!saved) return undefined;
    try {
      const options = { ...this.serviceOptions, ...saved.options };
      const service = IncidentService.restore(options, saved.journal);
      this.currentScenario = mergeScenario(DEFAULT_SCENARIO, saved.scenario);
      this.serviceOptions = options;
      this.generation = saved.generation ?? '';
      this.base = { revision, length: service.journal.length };
      this.attemptedLength = service.journal.length;
      return service;
    } catch {
      // State saved by an older, incompatible version: start afresh rather than fail to start.
      return undefined;
    }
  }

  /** Takes in what another backend over the same storage (another tab) saved since this one last read or wrote. */
  private sync(): void {
    if (!this.storage) return;
    const revision = this.storedRevision();
    if (revision === null || revision === this.base.revision) return;
    const saved = this.readSaved();
    const options = { ...this.serviceOptions, ...saved?.options };
    const generation = saved?.generation ?? '';
    const reset = generation !== this.generation;
    // Writes of this backend that the saved state lacks (a save that failed, or one that crossed
    // another tab's) go on top of it. After a reset elsewhere they are dropped with the old data.
    const local = this.currentService.journal;
    const unsaved = saved && !reset ? local.slice(sharedLength(local, saved.journal)) : [];
    const service = saved && replayWith(options, saved.journal, unsaved);
    let scenario = this.currentScenario;
    try {
      if (saved) scenario = mergeScenario(DEFAULT_SCENARIO, saved.scenario);
    } catch {
      // An unreadable scenario: keep this tab's.
    }
    if (!saved || !service) {
      // Unreadable: this backend's next save replaces it.
      this.base = { ...this.base, revision };
      return;
    }
    const scenarioChanged = !sameScenario(scenario, this.currentScenario);
    this.currentService = service;
    this.serviceOptions = options;
    this.currentScenario = scenario;
    this.generation = generation;
    this.base = { revision, length: saved.journal.length };
    this.attemptedLength = saved.journal.length;
    this.saveWrites();
    // Announced once the caller (a getter, maybe in a render) is done.
    if (reset) queueMicrotask(() => this.dispatchEvent(new MockBackendChangeEvent('reset', true)));
    if (scenarioChanged) queueMicrotask(() => this.dispatchEvent(new MockBackendChangeEvent('scenario', true)));
  }

  /** Saves when the journal grew since the last attempt. */
  private saveWrites(): void {
    if (this.currentService.journal.length !== this.attemptedLength) this.write();
  }

  /** Saves the whole state under a new revision; a storage that refuses is reported, never thrown. */
  private write(): void {
    this.attemptedLength = this.currentService.journal.length;
    if (!this.storage) return;
    const revision = newId();
    const state: SavedState = {
      version: 1,
      revision,
      generation: this.generation,
      options: this.currentService.options,
      scenario: this.currentScenario,
      journal: this.currentService.journal,
    };
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(state));
      // Last, so that a tab that sees the new revision finds the state that goes with it.
      this.storage.setItem(this.revisionKey, revision);
      this.base = { revision, length: state.journal.length };
      this.setPersistence('saved');
    } catch (error) {
      // A full storage must not break the backend: the writes stay in memory, and the host is told.
      this.setPersistence('failed', error);
    }
  }

  private setPersistence(state: PersistenceState, error?: unknown): void {
    this.lastPersistenceError = error;
    if (state === this.persistenceState) return;
    this.persistenceState = state;
    this.dispatchEvent(new Event('persistencechange'));
  }
}
