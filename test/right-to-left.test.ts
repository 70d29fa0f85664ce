import { styleProps } from '../packages/components/src/internal/style-props.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HttpIncidentApi, type IncidentApi } from '@soc-kit/components/api';
import type { TemplateResult } from 'lit';
import { entityOfType, entityPageTemplate } from '../stories/entity-page.stories.js';
import { incidentPageTemplate } from '../stories/incident-page.stories.js';
import { queueTemplate } from '../stories/incident-queue.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from './support/test-backend.js';

/**
 * In a right-to-left page the layouts mirror, while user data keeps its own direction: a Latin
 * incident name reads left to right (and truncates at its end), and does not reorder the UI.
 */

const PATIENCE = { timeout: 20_000 };
const clock = () => TEST_NOW;

function shadowOf(host: Element | null | undefined): ShadowRoot {
  if (!host?.shadowRoot) throw new Error(`${host?.localName ?? 'element'} has not rendered`);
  return host.shadowRoot;
}

/** The element's box centre, as a share of the page width (0 = left edge). */
const across = (element: Element) => {
  const box = element.getBoundingClientRect();
  return (box.left + box.width / 2) / document.documentElement.clientWidth;
};

describe('right-to-left pages', function () {
  let test: TestBackend;
  let api: IncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(async () => {
    await test.worker.stop();
  });
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const mount = (content: TemplateResult, dir: 'ltr' | 'rtl') =>
    fixture<HTMLElement>(html`<div dir=${dir} lang="en" ${styleProps({ width: '1100px' })}>${content}</div>`);

  it('mirrors the queue: selection first at the right, names left to right and cut at their end', async () => {
    const layouts: Record<string, { check: number; name: number }> = {};
    for (const dir of ['ltr', 'rtl'] as const) {
      const host = await mount(queueTemplate({ api, clock, storageKey: '', height: '480px' }), dir);
      const queue = host.querySelector('soc-incident-queue')!;
      await waitUntil(() => queue.shadowRoot?.querySelector('[role="row"] button.open'), 'rows render', PATIENCE);
      const shadow = shadowOf(queue);
      const name = shadow.querySelector<HTMLElement>('[role="row"] button.open')!;
      layouts[dir] = { check: across(shadow.querySelector('[role="row"] input[type="checkbox"]')!), name: across(name) };
      if (dir === 'rtl') {
        expect(getComputedStyle(queue).direction).to.equal('rtl');
        // The Latin name is isolated: it reads (and truncates) left to right inside the mirrored row.
        expect(getComputedStyle(name).direction, 'a Latin name keeps its direction').to.equal('ltr');
        expect(name.getAttribute('dir')).to.equal('auto');
      }
      host.remove();
    }
    expect(layouts.ltr!.check).to.be.below(layouts.ltr!.name);
    expect(layouts.rtl!.check, 'the selection column is at the right').to.be.above(layouts.rtl!.name);
    expect(layouts.rtl!.check).to.be.above(0.9);
  });

  it('moves through the queue grid with the arrows in reading order', async () => {
    const host = await mount(queueTemplate({ api, clock, storageKey: '', height: '480px' }), 'rtl');
    const queue = host.querySelector('soc-incident-queue')!;
    await waitUntil(() => queue.shadowRoot?.querySelector('[role="row"] button.open'), 'rows render', PATIENCE);
    const name = shadowOf(queue).querySelector<HTMLElement>('[role="row"] button.open')!;
    name.focus();
    const focusedCell = () => {
      const active = shadowOf(queue).activeElement;
      return active?.closest('[role="gridcell"], [role="columnheader"]')?.getAttribute('data-column') ?? active?.getAttribute('data-col');
    };
    const start = focusedCell();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedCell() !== start, 'Left moves on in a right-to-left grid', PATIENCE);
    const next = shadowOf(queue).activeElement!;
    expect(across(next), 'the next column lies to the left').to.be.below(across(name));
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedCell() === start, 'Right goes back', PATIENCE);
  });

  it('mirrors the incident page: tabs start at the right, Left selects the next tab', async () => {
    const incidentId = test.backend.service.listIncidents({ top: 1, status: ['active'] }).items[0]!.id;
    const host = await mount(incidentPageTemplate({ api, incidentId, tab: 'alerts' }), 'rtl');
    const page = host.querySelector('soc-incident-page')!;
    await waitUntil(() => page.shadowRoot?.querySelectorAll('[role="tab"]').length, 'tabs render', PATIENCE);
    const tabs = [...shadowOf(page).querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(across(tabs[0]!), 'the first tab is right of the second').to.be.above(across(tabs[1]!));
    const title = shadowOf(page).querySelector('h1, h2')!;
    expect(title.querySelector('bdi, [dir="auto"]') ?? title.closest('[dir="auto"]'), 'the incident name is isolated').to.exist;

    const selected = tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
    tabs[selected]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(
      () => shadowOf(page).querySelectorAll('[role="tab"]')[selected + 1]?.getAttribute('aria-selected') === 'true',
      'Left selects the next tab',
      PATIENCE,
    );
  });

  it('mirrors the entity page: the back link at the right, its arrow pointing right', async () => {
    const entityId = entityOfType(test.backend, 'device', 30)!;
    const host = await mount(entityPageTemplate({ api, entityId, backLabel: 'Back to incident', clock }), 'rtl');
    const page = host.querySelector('soc-entity-page')!;
    await waitUntil(() => page.shadowRoot?.querySelector('h1, h2'), 'the entity loads', PATIENCE);
    const shadow = shadowOf(page);
    const back = shadow.querySelector<HTMLElement>('[part~="back-button"]')!;
    const heading = shadow.querySelector('h1, h2')!;
    expect(across(back), 'the back link starts at the right').to.be.above(0.6);
    expect(getComputedStyle(heading).textAlign).to.be.oneOf(['start', 'right']);
    expect(getComputedStyle(back.querySelector('svg')!).transform, 'the back arrow is mirrored').to.not.equal('none');
  });
});
