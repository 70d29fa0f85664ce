import { expect } from '@open-wc/testing';
import type { CSSResultGroup } from 'lit';
import { incidentQueueStyles } from '../packages/components/src/queue/incident-queue.styles.js';
import { COMPACT_MAX_WIDTH } from '../packages/components/src/queue/queue-metrics.js';
import { incidentWorkspaceStyles, SHEET_MAX_WIDTH } from '../packages/components/src/workspace/incident-workspace.styles.js';

/** The text of a Lit style group. */
const cssText = (styles: CSSResultGroup): string =>
  Array.isArray(styles) ? styles.map((style) => cssText(style as CSSResultGroup)).join('\n') : String((styles as { cssText: string }).cssText);

// Container queries are written as literals (an expression inside an at-rule cannot be minified);
// the elements measure themselves against the same figures in code, so the two must agree.
describe('container breakpoints', () => {
  it("the queue's compact layout starts where the element's own measure says", () => {
    expect(cssText(incidentQueueStyles)).to.include(`@container (max-width: ${COMPACT_MAX_WIDTH}px)`);
  });

  it("the workspace's summary sheet starts where the element's own measure says", () => {
    expect(cssText(incidentWorkspaceStyles)).to.include(`@container (max-width: ${SHEET_MAX_WIDTH}px)`);
  });
});
