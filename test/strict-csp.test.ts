import { expect } from '@open-wc/testing';
import { INCIDENT_PAGE_TABS } from '../packages/components/src/incident-page/incident-page-tabs.js';
import { PROBE_ID, PROBE_MARKUP, REPORT_SOURCE, type Box, type CspReport, type PageMessage, type Violation } from './csp/report.js';
import { checkRecorded, loadOpenApiContract } from './support/openapi-contract.js';

/**
 * The kit under the strict CSP a host may serve it with (README, "Content Security Policy"):
 * `default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html soc-kit`.
 * test/csp/page.html is served with that header (web-test-runner.config.mjs) and shows the queue,
 * every tab of an incident page, an entity page and a 400-node graph in a frame; it reports every
 * `securitypolicyviolation` and how the elements were laid out.
 */

const frames: HTMLIFrameElement[] = [];

/** Loads the page in a frame and resolves with its report. */
function runPage(search = ''): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.width = '1280';
  frame.height = '900';
  frame.title = 'SOC Kit under a strict CSP';
  frames.push(frame);
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<PageMessage>) => {
      if (event.source !== frame.contentWindow || event.data?.source !== REPORT_SOURCE) return;
      removeEventListener('message', onMessage);
      resolve(event.data.report);
    };
    addEventListener('message', onMessage);
    frame.src = `/test/csp/page.html${search}`;
    document.body.append(frame);
  });
}

/** The violations the page causes on purpose, to show that the policy is in force. */
const isProbe = (violation: Violation) =>
  violation.target === `<span#${PROBE_ID}>` || violation.sample.includes(PROBE_MARKUP);

const describeViolations = (violations: Violation[]) =>
  violations.map((violation) => `${violation.step}: ${violation.effectiveDirective} at ${violation.target} (${violation.sample || violation.blockedURI || violation.sourceFile})`).join('\n');

/** Each box starts at or below the end of the one before (a pixel of rounding allowed). */
function overlaps(boxes: Box[]): string[] {
  return boxes.slice(1).flatMap((current, index) => {
    const previous = boxes[index]!;
    return current.top < previous.bottom - 1 ? [`row ${index + 1} (${current.top}) overlaps row ${index} (ends ${previous.bottom})`] : [];
  });
}

after(() => {
  for (const frame of frames) frame.remove();
});

describe('the kit under a strict CSP with Trusted Types', function () {
  // The whole kit, one page after another, on a machine that may be busy.
  this.timeout(240_000);
  let report: CspReport;

  before(async () => {
    report = await runPage();
  });

  it('runs to the end without an error', () => {
    expect(report.failure, report.failure).to.be.undefined;
    expect(report.errors).to.deep.equal([]);
  });

  it('is under the policy: a style attribute and an HTML string of its own are blocked', () => {
    const probes = report.violations.filter(isProbe);
    expect(probes.map((violation) => `${violation.step}: ${violation.effectiveDirective}`)).to.have.members([
      'probe before: style-src-attr',
      'probe before: require-trusted-types-for',
      'probe after: style-src-attr',
    ]);
  });

  it('breaks no rule of the policy', () => {
    const violations = report.violations.filter((violation) => !isProbe(violation));
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });

  it("gets from the mock service, answered in the page, only what the REST API's OpenAPI document allows", async () => {
    expect(report.responses.length).to.be.at.least(20);
    expect(await checkRecorded(await loadOpenApiContract(), report.responses)).to.deep.equal([]);
  });

  it('styles through adopted style sheets only: no <style> element', () => {
    expect(report.styleElements).to.deep.equal([]);
  });

  it('lays the queue rows out one under the other', () => {
    const rows = report.queueRows;
    expect(rows.length).to.be.at.least(10);
    expect(rows.every((row) => row.bottom > row.top), 'every row has a height').to.be.true;
    expect(new Set(rows.map((row) => row.top)).size, 'rows at as many heights as there are rows').to.equal(rows.length);
    expect(overlaps(rows)).to.deep.equal([]);
  });

  it('shows every tab of the incident page, loaded', () => {
    expect(report.incidentTabs.map(({ tab }) => tab)).to.deep.equal([...INCIDENT_PAGE_TABS]);
    expect(report.incidentTabs.filter(({ loaded, text }) => !loaded || text === 0)).to.deep.equal([]);
  });

  it("lays the entity timeline's rows out without overlap", () => {
    const rows = report.timelineRows;
    expect(rows.length).to.be.at.least(3);
    expect(rows.every((row) => row.bottom > row.top), 'every row has a height').to.be.true;
    expect(overlaps(rows)).to.deep.equal([]);
  });

  it('lays the large graph out in the worker, through the soc-kit policy', () => {
    expect(report.graph?.thread).to.equal('worker');
    expect(report.graph?.nodes).to.equal(400);
    expect(report.graph?.distinctPositions).to.equal(400);
    expect(report.graph?.note).to.be.null;
  });
});

describe('the kit under a strict CSP that leaves out its Trusted Types policy', function () {
  this.timeout(120_000);
  let report: CspReport;

  before(async () => {
    report = await runPage('?without=soc-kit');
  });

  it('lays the large graph out on the page and says so', () => {
    expect(report.failure, report.failure).to.be.undefined;
    expect(report.graph?.thread).to.equal('main');
    expect(report.graph?.nodes).to.equal(400);
    expect(report.graph?.note).to.match(/layout worker could not start/);
  });

  it('is refused only the policy and the worker, once each', () => {
    const refused = report.violations.filter((violation) => !isProbe(violation)).map((violation) => violation.effectiveDirective);
    expect(refused, describeViolations(report.violations)).to.have.members(['trusted-types', 'require-trusted-types-for']);
  });
});
