import { ROLES, type Role } from '@soc-kit/components/api';
import { ServiceError } from './service/service-error.js';

/**
 * Run-time switches for how the mock backend behaves: slow, flaky, throttled, offline, or
 * signed in with another role. Demos, stories and resilience tests flip them without restarting.
 */
export interface Scenario {
  /** Added to every response, 0–10,000 ms. */
  latencyMs: number;
  /** Share of requests that fail with a 500, 0–1. */
  errorRate: number;
  /** Every request answers 429 with `Retry-After`. */
  throttled: boolean;
  /** Every request fails as if the network were down. */
  offline: boolean;
  /** The role of the signed-in person. */
  role: Role;
}

export const DEFAULT_SCENARIO: Readonly<Scenario> = Object.freeze({
  latencyMs: 0,
  errorRate: 0,
  throttled: false,
  offline: false,
  role: 'responder',
});

export const MAX_LATENCY_MS = 10_000;

/** Whether two scenarios set every switch alike. */
export function sameScenario(a: Readonly<Scenario>, b: Readonly<Scenario>): boolean {
  return (Object.keys(DEFAULT_SCENARIO) as (keyof Scenario)[]).every((key) => a[key] === b[key]);
}

/** Whether `scenario` is the default one (no latency, no failures, online, a responder): the demo flags any other. */
export function isDefaultScenario(scenario: Readonly<Scenario>): boolean {
  return sameScenario(scenario, DEFAULT_SCENARIO);
}

/** Seconds a throttled response asks the client to wait. */
export const THROTTLE_RETRY_AFTER_SECONDS = 2;

/** Named scenarios for stories and the demo panel. */
export const SCENARIO_PRESETS = {
  normal: {},
  slow: { latencyMs: 2_000 },
  flaky: { errorRate: 0.3 },
  down: { errorRate: 1 },
  throttled: { throttled: true },
  offline: { offline: true },
  readOnly: { role: 'reader' },
} as const satisfies Record<string, Partial<Scenario>>;
export type ScenarioPresetName = keyof typeof SCENARIO_PRESETS;

const invalid = (field: string, message: string) => new ServiceError('validation', message, { field });

/**
 * Checks a partial scenario from a panel, a story or storage, and merges it over `base`.
 * Throws a `ServiceError('validation')` naming the first bad field; unknown fields are refused.
 */
export function mergeScenario(base: Readonly<Scenario>, changes: unknown): Scenario {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw invalid('scenario', 'A scenario must be an object.');
  }
  const next: Scenario = { ...base };
  for (const [key, value] of Object.entries(changes)) {
    switch (key) {
      case 'latencyMs':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_LATENCY_MS) {
          throw invalid(key, `latencyMs must be a number from 0 to ${MAX_LATENCY_MS}.`);
        }
        next.latencyMs = value;
        break;
      case 'errorRate':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
          throw invalid(key, 'errorRate must be a number from 0 to 1.');
        }
        next.errorRate = value;
        break;
      case 'throttled':
      case 'offline':
        if (typeof value !== 'boolean') throw invalid(key, `${key} must be true or false.`);
        next[key] = value;
        break;
      case 'role':
        if (!ROLES.includes(value as Role)) throw invalid(key, `role must be one of ${ROLES.join(', ')}.`);
        next.role = value as Role;
        break;
      default:
        throw invalid(key, `A scenario has no setting "${key}".`);
    }
  }
  return next;
}

/**
 * A small seeded generator (mulberry32): the same seed fails the same requests, so a flaky run
 * can be replayed, while successive requests still differ.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
