import type { RecordedResponse } from '../support/recorded-response.js';

/** What the strict-CSP page (test/csp/page.ts) sends its parent, the test (test/strict-csp.test.ts). */

export const REPORT_SOURCE = 'soc-kit-strict-csp-page';

/** The element through which the page breaks the CSP on purpose, and the HTML string it tries. */
export const PROBE_ID = 'csp-probe';
export const PROBE_MARKUP = '<b>csp-probe</b>';

/** One `securitypolicyviolation` event, as far as it tells what was blocked. */
export interface Violation {
  /** What the page was doing when it heard of the violation (reports come a moment after the deed). */
  step: string;
  effectiveDirective: string;
  blockedURI: string;
  sample: string;
  /** The element or document the event fired at. */
  target: string;
  sourceFile: string;
  lineNumber: number;
}

export interface Box {
  top: number;
  bottom: number;
}

export interface CspReport {
  /** Why the page stopped before the end, if it did. */
  failure?: string;
  violations: Violation[];
  /** Uncaught errors and rejections in the page. */
  errors: string[];
  /** What the mock service answered the page, for the test to check against the OpenAPI document. */
  responses: RecordedResponse[];
  /** `<style>` elements anywhere in the composed tree (Lit's fallback when a page cannot adopt style sheets). */
  styleElements: string[];
  /** Queue rows in index order: their boxes on the page. */
  queueRows: Box[];
  /** The incident page's tabs: each shown and loaded, with what its panel holds. */
  incidentTabs: { tab: string; loaded: boolean; text: number }[];
  /** Entity timeline rows in order of position. */
  timelineRows: Box[];
  graph?: {
    nodes: number;
    /** Distinct node positions drawn. */
    distinctPositions: number;
    thread: string | undefined;
    /** The text of the note that says the graph was laid out without a worker, if shown. */
    note: string | null;
  };
}

export interface PageMessage {
  source: typeof REPORT_SOURCE;
  report: CspReport;
}
