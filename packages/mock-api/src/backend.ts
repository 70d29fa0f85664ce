import type { Principal } from '@soc-kit/components/api';
import type { HttpHandler } from 'msw';
import type { HandlerContext } from './handlers/context.js';
import { createHandlers } from './handlers/index.js';
import { DEFAULT_SCENARIO, mergeScenario, seededRandom, type Scenario } from './scenarios.js';
import { IncidentService, type JournalEntry, type ServiceOptions } from './service/index.js';

export interface MockBackendOptions extends ServiceOptions {
  /** Where the REST API is served: a path in the browser, an absolute URL in Node. Default `/api`. */
  baseUrl?: string;
  /** Scenario switches to start with, over the defaults. */
  scenario?: Partial<Scenario>;
  /**
   * Where to keep the data across page loads (e.g. `localStorage`). Every write and scenario
   * change is saved; a new backend over the same storage starts where the last one stopped.
   */
  persist?: Storage;
  /** The key under which the state is saved in `persist`. */
  storageKey?: string;
  /** Seed of the generator that picks which requests the error-rate scenario fails. */
  failureSeed?: number;
}

export interface ResetOptions {
  size?: number;
  seed?: number;
}

export const DEFAULT_STORAGE_KEY = 'soc-kit-mock-backend';

interface SavedState {
  version: 1;
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
    typeof state.options === 'object' &&
    state.options !== null &&
    typeof state.scenario === 'object' &&
    Array.isArray(state.journal)
  );
}

/**
 * The mock backend: one incident service, the scenario it is served under, optional persistence,
 * and the MSW handlers of the REST API. Start it with `startMockBackend` (browser) or
 * `startMockBackend` from `node.ts` (Node), or pass `handlers` to a worker of your own.
 *
 * @fires change - After the scenario changed or the data was reset.
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
  private savedJournalLength = -1;

  constructor(options: MockBackendOptions = {}) {
    super();
    const { baseUrl = '/api', scenario, persist, storageKey = DEFAULT_STORAGE_KEY, failureSeed = 1, ...service } =
      options;
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.storage = persist;
    this.storageKey = storageKey;
    this.random = seededRandom(failureSeed);
    this.serviceOptions = service;
    this.currentScenario = mergeScenario(DEFAULT_SCENARIO, scenario ?? {});

    const restored = this.restore();
    this.currentService = restored ?? new IncidentService(this.serviceOptions);
    if (!restored) this.save();
    this.handlers = createHandlers(this);
  }

  get service(): IncidentService {
    return this.currentService;
  }

  get scenario(): Readonly<Scenario> {
    return this.currentScenario;
  }

  /** Changes some scenario switches; throws a validation `ServiceError` for a bad value. */
  setScenario(changes: Partial<Scenario>): Scenario {
    this.currentScenario = mergeScenario(this.currentScenario, changes);
    this.save();
    this.dispatchEvent(new Event('change'));
    return this.currentScenario;
  }

  /** Regenerates the data (optionally with another size or seed) and forgets every write. */
  reset(options: ResetOptions = {}): void {
    this.serviceOptions = { ...this.serviceOptions, ...options };
    this.currentService = new IncidentService(this.serviceOptions);
    this.save();
    this.dispatchEvent(new Event('change'));
  }

  actor(): Principal {
    return this.currentService.principalFor(this.currentScenario.role);
  }

  injectFailure(): boolean {
    return this.currentScenario.errorRate > 0 && this.random() < this.currentScenario.errorRate;
  }

  afterRequest(): void {
    if (this.currentService.journal.length !== this.savedJournalLength) this.save();
  }

  private restore(): IncidentService | undefined {
    if (!this.storage) return undefined;
    let saved: unknown;
    try {
      saved = JSON.parse(this.storage.getItem(this.storageKey) ?? 'null');
    } catch {
      return undefined;
    }
    if (!isSavedState(saved)) return undefined;
    try {
      const options = { ...this.serviceOptions, ...saved.options };
      const service = IncidentService.restore(options, saved.journal);
      this.serviceOptions = options;
      this.currentScenario = mergeScenario(DEFAULT_SCENARIO, saved.scenario);
      this.savedJournalLength = service.journal.length;
      return service;
    } catch {
      // State saved by an older, incompatible version: start afresh rather than fail to start.
      return undefined;
    }
  }

  private save(): void {
    this.savedJournalLength = this.currentService.journal.length;
    if (!this.storage) return;
    const state: SavedState = {
      version: 1,
      options: this.currentService.options,
      scenario: this.currentScenario,
      journal: this.currentService.journal,
    };
    try {
      this.storage.setItem(this.storageKey, JSON.stringify(state));
    } catch {
      // A full storage must not break the backend; the data simply will not survive a reload.
    }
  }
}
