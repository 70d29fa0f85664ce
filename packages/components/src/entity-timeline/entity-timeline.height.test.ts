import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { entityPageTemplate } from '../../../../stories/entity-page.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi } from '../api/index.js';
import { styleProps } from '../internal/style-props.js';
import '../provider/define.js';
import '../entity-page/define.js';
import { ROW_HEIGHT } from './entity-timeline.styles.js';

const LONG = { timeout: 20_000 };

/** The timeline on an entity page that is given a height, as the workspace gives it: measured. */
describe('soc-entity-timeline on a page of a given height', function () {
  let test: TestBackend;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));

  function deviceId(): string {
    for (const incident of test.backend.service.listIncidents({ top: 30 }).items) {
      const device = test.backend.service.listEvidence(incident.id).find((entity) => entity.type === 'device');
      if (device) return device.id;
    }
    throw new Error('The generated data has no device.');
  }

  it('grows its list with the height it is given: a 1,500 px page shows far more than nine rows', async () => {
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const frame = await fixture(
      html`<div ${styleProps({ width: '1400px', height: '1500px', display: 'flex', overflow: 'hidden' })}>
        <div ${styleProps({ flex: '1 1 auto', 'min-width': '0', overflow: 'auto' })}>
          ${entityPageTemplate({ api, entityId: deviceId(), clock: () => TEST_NOW })}
        </div>
      </div>`,
    );
    const page = frame.querySelector('soc-entity-page')!;
    await waitUntil(() => page.shadowRoot?.querySelector('soc-entity-timeline'), 'the page shows the timeline', LONG);
    const timeline = page.shadowRoot!.querySelector('soc-entity-timeline')!;
    await waitUntil(() => timeline.shadowRoot?.querySelector('.scroller [role="option"], .scroller .row'), 'the timeline lists events', LONG);
    const scroller = timeline.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(getComputedStyle(scroller).backgroundColor, 'an opaque list, which the compositor scrolls').to.match(/^rgb\(/);
    const pageBox = page.getBoundingClientRect();
    const frameBox = frame.getBoundingClientRect();
    const timelineBox = timeline.getBoundingClientRect();
    // The page fills the frame, and the timeline reaches down to the page's last 80 px (its padding and the playbooks).
    expect(pageBox.height, 'the page fills the height it is given').to.be.at.least(frameBox.height - 1);
    expect(scroller.clientHeight / ROW_HEIGHT, `rows in view (list ${scroller.clientHeight}px, timeline ${timelineBox.top}-${timelineBox.bottom})`).to.be.greaterThan(20);
    // The virtual list renders rows down to its bottom (unless the events end before it).
    await waitUntil(() => {
      const bottoms = [...timeline.shadowRoot!.querySelectorAll('.scroller .row')].map((row) => row.getBoundingClientRect().bottom);
      return Math.max(...bottoms) >= scroller.getBoundingClientRect().bottom - ROW_HEIGHT || scroller.scrollHeight <= scroller.clientHeight + 1;
    }, 'rows fill the list', LONG);
  });
});
