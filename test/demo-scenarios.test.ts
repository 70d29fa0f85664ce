import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { DEFAULT_SCENARIO, MockBackend, type Scenario } from '@soc-kit/mock-api';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { untranslatedText } from '../packages/components/src/i18n/untranslated-text.fixture.js';
import type { SocDemoApp } from '../src/demo/demo-app.js';
import { MemoryStorage } from '../src/demo/demo-storage.js';
import type { SocMockBackendPanel } from '../src/demo/mock-backend-panel.js';
import { startDemo } from '../src/demo/start-demo.js';
import { TEST_NOW, TEST_SEED } from './support/test-backend.js';

/** A storage holding a small tenant under `scenario`: what the demo finds on reload. */
function savedDemo(scenario: Partial<Scenario> = {}): Storage {
  const storage = new MemoryStorage();
  new MockBackend({ seed: TEST_SEED, now: TEST_NOW, size: 20, persist: storage, scenario }).close();
  return storage;
}

async function startedDemo(storage: Storage, template = html`<soc-demo-app></soc-demo-app>`) {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const app = wrapper.querySelector('soc-demo-app')!;
  const backend = (await startDemo(app, storage, { serviceWorker: false }))!;
  await app.updateComplete;
  return { wrapper, app, backend, panel: app.shadowRoot!.querySelector('soc-mock-backend-panel')! };
}

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks the middle of `element` with the mouse, as a person would: nothing happens if it is inert or covered. */
async function click(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Alt+Shift+M, the panel's shortcut. */
async function pressShortcut() {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'KeyM' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}

const scenarioNotice = (app: SocDemoApp) => app.shadowRoot!.querySelector<HTMLElement>('[data-notice="scenario"]');
const panelControl = <T extends Element>(panel: SocMockBackendPanel, selector: string) => panel.shadowRoot!.querySelector<T>(selector)!;

describe('the demo: mock backend scenarios', function () {
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('switches a scenario over an open dialog, which keeps what was typed; the next request fails', async () => {
    const { app, backend, panel } = await startedDemo(savedDemo());
    const client = app.api;
    const workspace = app.shadowRoot!.querySelector('soc-incident-workspace')!;
    await waitUntil(() => workspace.shadowRoot?.querySelector('soc-manage-incident'), 'the workspace rendered');
    const manage = workspace.shadowRoot!.querySelector('soc-manage-incident')!;
    const incident = (await client!.listIncidents({ top: 1 })).items[0];
    manage.show(incident);
    const kitDialog = () => manage.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => kitDialog()?.open && manage.shadowRoot!.querySelector('textarea'), 'Manage incident is open');
    const comment = manage.shadowRoot!.querySelector('textarea')!;
    comment.focus();
    await sendKeys({ type: 'Half-written note' });
    expect(comment.value).to.equal('Half-written note');

    // The button in the top bar is out of reach behind the modal dialog; the shortcut is not.
    await pressShortcut();
    await waitUntil(() => panel.open, 'the panel opened');
    expect(panelControl(panel, 'dialog').matches(':modal')).to.be.true;
    await click(panelControl(panel, '#offline'));
    await waitUntil(() => backend.scenario.offline, 'the click reached the Offline switch');
    await waitUntil(() => scenarioNotice(app), 'the scenario notice shows');

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !panel.open, 'the panel closed');
    // The dialog, its text and the views are as they were: nothing reloaded.
    expect(manage.open).to.be.true;
    expect(kitDialog().open).to.be.true;
    expect(comment.value).to.equal('Half-written note');
    expect(deepActiveElement()).to.equal(comment);
    expect(app.api).to.equal(client);

    // Saving meets the scenario: an error, and the text stays for a retry.
    const save = [...manage.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Save')!;
    await click(save);
    await waitUntil(
      () => [...manage.shadowRoot!.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent!.trim()),
      'the failed save is reported',
    );
    expect(kitDialog().open).to.be.true;
    expect(comment.value).to.equal('Half-written note');
    backend.close();
  });

  it('opens the panel with its button, and closes it back to the button', async () => {
    const { backend, panel } = await startedDemo(savedDemo());
    const trigger = panelControl<HTMLButtonElement>(panel, 'button.trigger');
    await click(trigger);
    await waitUntil(() => panel.open, 'the panel opened');
    await click(panelControl(panel, '.head button'));
    await waitUntil(() => !panel.open, 'the panel closed');
    expect(deepActiveElement()).to.equal(trigger);
    backend.close();
  });

  it('after a reload, shows a scenario other than the default, with one control back to it', async () => {
    const storage = savedDemo({ offline: true, latencyMs: 300 });
    const { app, backend, panel } = await startedDemo(storage);
    const notice = scenarioNotice(app)!;
    expect(notice, 'the scenario notice').to.exist;
    expect(notice.textContent).to.include('Offline').and.to.include('300 ms latency');
    expect(panelControl(panel, 'button.trigger').textContent).to.include('Scenario active');
    const buttons = notice.querySelectorAll('button');
    expect(buttons).to.have.length(1);
    expect(buttons[0].textContent!.trim()).to.equal('Back to healthy');

    await click(buttons[0]);
    await waitUntil(() => !scenarioNotice(app), 'the notice went away');
    expect(backend.scenario).to.deep.equal(DEFAULT_SCENARIO);
    expect(panelControl(panel, 'button.trigger').textContent).to.include('Healthy');
    const reloaded = new MockBackend({ persist: storage });
    expect(reloaded.scenario).to.deep.equal(DEFAULT_SCENARIO);
    reloaded.close();
    backend.close();
  });

  it('shows no scenario notice for the default scenario', async () => {
    const { app, backend } = await startedDemo(savedDemo());
    expect(scenarioNotice(app)).to.equal(null);
    backend.close();
  });

  it('speaks German in a German page, and leaves no string untranslated in the pseudo-locale', async () => {
    const { wrapper, app, backend, panel } = await startedDemo(
      savedDemo({ throttled: true, errorRate: 0.5, role: 'reader' }),
      html`<div lang="de"><soc-demo-app></soc-demo-app></div>`,
    );
    await waitUntil(() => scenarioNotice(app)?.textContent!.includes('Szenario'), 'the notice in German');
    expect(scenarioNotice(app)!.textContent).to.include('50 % der Anfragen schlagen fehl').and.to.include('Rolle: Leser');
    expect(panelControl(panel, '.hint').textContent).to.include('Alt+Umschalt+M');

    wrapper.querySelector('div')!.lang = 'en-XA';
    await waitUntil(() => scenarioNotice(app)?.textContent!.includes('⟦'), 'the notice in the pseudo-locale');
    await panel.updateComplete;
    expect(untranslatedText(scenarioNotice(app)!)).to.deep.equal([]);
    expect(untranslatedText(panel.shadowRoot!)).to.deep.equal([]);
    backend.close();
  });
});
