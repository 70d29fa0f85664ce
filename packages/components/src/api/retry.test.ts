import { expect } from '@open-wc/testing';
import { ApiError } from './api-error.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs, type RetryPolicy, sleep, withRetries } from './retry.js';

const policy = (random: number, overrides: Partial<RetryPolicy> = {}): RetryPolicy => ({
  ...DEFAULT_RETRY_POLICY,
  random: () => random,
  ...overrides,
});

describe('retry policy', () => {
  it('waits at least what Retry-After asks, with at most 20% (and 1 s) of jitter', () => {
    expect(retryDelayMs(0, 2_000, policy(0))).to.equal(2_000);
    expect(retryDelayMs(0, 2_000, policy(0.999))).to.equal(2_400);
    expect(retryDelayMs(2, 30_000, policy(0.999))).to.equal(30_999);
    expect(retryDelayMs(0, 0, policy(0.999))).to.equal(0);
  });

  it('backs off exponentially with full jitter when the server names no wait', () => {
    expect(retryDelayMs(0, undefined, policy(0.5))).to.equal(250);
    expect(retryDelayMs(3, undefined, policy(0.5))).to.equal(2_000);
    expect(retryDelayMs(20, undefined, policy(0.999))).to.equal(29_970);
    expect(retryDelayMs(3, undefined, policy(0))).to.equal(0);
  });

  it('retries only throttling, and no more than maxRetries times', async () => {
    let calls = 0;
    const throttled = () => {
      calls += 1;
      return Promise.reject(new ApiError('throttled', 'Busy.', { retryAfterMs: 0 }));
    };
    const error = await withRetries(throttled, policy(0, { maxRetries: 2 })).catch((caught: unknown) => caught);
    expect(ApiError.is(error, 'throttled')).to.be.true;
    expect(calls).to.equal(3);

    calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new ApiError('server', 'Broken.'));
    };
    expect(ApiError.is(await withRetries(failing, policy(0)).catch((caught: unknown) => caught), 'server')).to.be.true;
    expect(calls).to.equal(1);

    calls = 0;
    const recovering = () => (++calls < 3 ? throttled() : Promise.resolve('done'));
    expect(await withRetries(recovering, policy(0))).to.equal('done');
  });

  it('does not wait for a Retry-After beyond the policy limit', async () => {
    let calls = 0;
    const longWait = () => {
      calls += 1;
      return Promise.reject(new ApiError('throttled', 'Busy.', { retryAfterMs: 120_000 }));
    };
    const error = await withRetries(longWait, policy(0)).catch((caught: unknown) => caught);
    expect((error as ApiError).retryAfterMs).to.equal(120_000);
    expect(calls).to.equal(1);
  });

  it('ends a wait with aborted as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal).catch((caught: unknown) => caught);
    controller.abort();
    expect(ApiError.is(await waiting, 'aborted')).to.be.true;
    expect(ApiError.is(await sleep(10, AbortSignal.abort()).catch((caught: unknown) => caught), 'aborted')).to.be.true;
  });
});
