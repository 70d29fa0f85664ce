import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { deepActiveElement } from '../internal/deep-active-element.js';
import { ModalDialogController } from './modal-dialog-controller.js';

@customElement('test-modal-host')
class TestModalHost extends LitElement {
  @state() open = false;
  busy = false;
  closes = 0;

  readonly modal = new ModalDialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
    open: () => this.open,
    close: () => (this.open = false),
    busy: () => this.busy,
    afterClose: () => this.closes++,
  });

  override render() {
    return html`<dialog aria-label="Test">
      <input id="plain" />
      <input id="own-escape" @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && event.preventDefault()} />
    </dialog>`;
  }
}

describe('ModalDialogController', () => {
  async function mount() {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button id="opener">Open</button>
      <test-modal-host></test-modal-host>
    </div>`);
    const host = wrapper.querySelector('test-modal-host') as TestModalHost;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    const dialog = host.renderRoot.querySelector('dialog')!;
    opener.focus();
    host.modal.setOpener();
    host.open = true;
    await host.updateComplete;
    return { host, opener, dialog };
  }

  const focusIn = (host: TestModalHost, id: string) => host.renderRoot.querySelector<HTMLInputElement>(`#${id}`)!.focus();

  it('shows the dialog modally and returns focus to the opener when the host closes it', async () => {
    const { host, opener, dialog } = await mount();
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;

    host.open = false;
    await host.updateComplete;
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
    expect(host.closes).to.equal(1);
  });

  it('closes on Escape, unless the host is busy or a control inside used the Escape', async () => {
    const { host, opener, dialog } = await mount();
    focusIn(host, 'own-escape');
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(dialog.open, 'a control that handles Escape keeps the dialog').to.be.true;

    focusIn(host, 'plain');
    host.busy = true;
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(dialog.open, 'busy keeps the dialog').to.be.true;

    host.busy = false;
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(host.open).to.be.false;
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('follows a dialog closed by other means, once', async () => {
    const { host, opener, dialog } = await mount();
    dialog.close();
    await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
    await host.updateComplete;
    expect(host.open).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
    expect(host.closes).to.equal(1);
  });

  it('ignores a close event left over from an earlier opening', async () => {
    const { host, dialog } = await mount();
    host.open = false;
    await host.updateComplete;
    host.open = true;
    await host.updateComplete;
    // The `close` of the first opening arrives after the dialog opened again.
    await new Promise((resolve) => setTimeout(resolve));
    expect(host.open).to.be.true;
    expect(dialog.open).to.be.true;
    expect(host.closes).to.equal(1);
  });
});
