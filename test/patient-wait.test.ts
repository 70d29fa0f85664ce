import { expect, waitUntil } from '@open-wc/testing';
import { WAIT_UNTIL_TIMEOUT } from './support/open-wc-testing.js';

describe('the suite’s waitUntil', () => {
  it('waits for a condition longer than the package’s one-second default', async () => {
    const start = performance.now();
    let met = false;
    // Met after more than a second: the package's default would have failed this wait.
    const timer = setInterval(() => {
      if (performance.now() - start > 1_500) met = true;
    }, 50);
    try {
      await waitUntil(() => met, 'the condition is met after 1.5 s');
    } finally {
      clearInterval(timer);
    }
    expect(met).to.be.true;
    expect(WAIT_UNTIL_TIMEOUT).to.be.at.least(10_000);
  });
});
