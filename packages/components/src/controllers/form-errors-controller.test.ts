import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FormErrorsController } from './form-errors-controller.js';

type Field = 'name' | 'order' | 'form';

@customElement('test-form-errors-host')
class TestFormErrorsHost extends LitElement {
  readonly errors = new FormErrorsController<Field>(this, {
    control: (field) => (field === 'form' ? null : this.renderRoot.querySelector<HTMLElement>(`#${field}`)),
  });

  override render() {
    return html`<form>
      <input id="name" aria-invalid=${this.errors.invalid('name')} aria-describedby=${ifDefined(this.errors.describedBy('name'))} />
      ${this.errors.render('name')}
      <input
        id="order"
        aria-invalid=${this.errors.invalid('order')}
        aria-describedby=${ifDefined(this.errors.describedBy('order', 'order-hint'))}
      />
      <p id="order-hint">Lowest first.</p>
      ${this.errors.render('order')}
    </form>`;
  }
}

describe('FormErrorsController', () => {
  const control = (host: TestFormErrorsHost, id: string) => host.renderRoot.querySelector<HTMLInputElement>(`#${id}`)!;

  it('marks invalid fields and points them at their message', async () => {
    const host = await fixture<TestFormErrorsHost>(html`<test-form-errors-host></test-form-errors-host>`);
    expect(control(host, 'order').getAttribute('aria-describedby')).to.equal('order-hint');

    host.errors.add('order', 'Enter a number.');
    await host.updateComplete;
    expect(control(host, 'order').getAttribute('aria-invalid')).to.equal('true');
    expect(control(host, 'order').getAttribute('aria-describedby')).to.equal('order-hint order-error');
    expect(host.renderRoot.querySelector('#order-error')!.textContent).to.equal('Enter a number.');
    expect(control(host, 'name').getAttribute('aria-invalid')).to.equal('false');
    expect(control(host, 'name').hasAttribute('aria-describedby')).to.be.false;

    host.errors.clear('order');
    await host.updateComplete;
    expect(control(host, 'order').getAttribute('aria-invalid')).to.equal('false');
    expect(host.renderRoot.querySelector('#order-error')).to.be.null;
  });

  it('after a failed submit, focuses the first invalid field in the order of the form', async () => {
    const host = await fixture<TestFormErrorsHost>(html`<test-form-errors-host></test-form-errors-host>`);
    expect(host.errors.report({ form: 'Not saved.', order: 'Enter a number.', name: 'Enter a name.' })).to.be.true;
    await host.updateComplete;
    expect(host.shadowRoot!.activeElement).to.equal(control(host, 'name'));

    expect(host.errors.report({}), 'a submit without errors').to.be.false;
    await host.updateComplete;
    expect(host.errors.message('name')).to.be.undefined;
    expect(host.renderRoot.querySelector('.field-error')).to.be.null;
  });
});
