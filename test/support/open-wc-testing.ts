/**
 * The suite's `@open-wc/testing`: the package as it is, but `waitUntil` waits at least fifteen
 * seconds for its condition (the package's default is one). A condition met on a quiet machine in
 * milliseconds can take seconds on a busy one, and a test must then pass, only later; a test that
 * fails still fails, after the wait. Every test file gets this module in place of the package
 * (web-test-runner.config.mjs), so no test can fall back to the one-second default.
 */
import { waitUntil as waitUntilOnce } from '@open-wc/testing';

export * from '@open-wc/testing';

/** The least time, in milliseconds, that `waitUntil` gives its condition. */
export const WAIT_UNTIL_TIMEOUT = 15_000;

type WaitUntilOptions = Parameters<typeof waitUntilOnce>[2];

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: WaitUntilOptions = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, {
    ...options,
    timeout: Math.max(options.timeout ?? 0, WAIT_UNTIL_TIMEOUT),
  });
}
