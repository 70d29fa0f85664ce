import type { Violation } from './report.js';

/**
 * Records every `securitypolicyviolation` of the page, and its uncaught errors. The page imports
 * this module first, so that it listens before any of the kit's modules run.
 */

export const violations: Violation[] = [];
export const errors: string[] = [];

/** What the page is doing; each violation is recorded with it. */
let step = 'loading';
export function setStep(next: string): void {
  step = next;
}

const describeTarget = (target: EventTarget | null) =>
  target instanceof Element ? `<${target.localName}${target.id ? `#${target.id}` : ''}>` : target === document ? 'document' : String(target);

// The event is composed: one listener on the document hears it from inside shadow roots too.
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      step,
      effectiveDirective: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      target: describeTarget(event.composedPath()[0] ?? event.target),
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
    });
  },
  { capture: true },
);
addEventListener('error', (event) => errors.push(`${step}: ${event.message}`));
addEventListener('unhandledrejection', (event) => errors.push(`${step}: ${String(event.reason)}`));
