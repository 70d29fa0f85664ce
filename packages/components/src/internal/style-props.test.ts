import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { styleProps, type StyleProps } from './style-props.js';

describe('styleProps', () => {
  it('sets, changes and removes inline properties through the CSSOM', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const draw = (props: StyleProps) => render(html`<span ${styleProps(props)}></span>`, host);
    draw({ height: '40px', '--columns': '44px 120px' });
    const span = host.querySelector('span')!;
    expect(span.style.height).to.equal('40px');
    expect(span.style.getPropertyValue('--columns')).to.equal('44px 120px');

    draw({ height: '80px' });
    expect(span.style.height).to.equal('80px');
    expect(span.style.getPropertyValue('--columns')).to.equal('');
  });

  it('refuses a place other than an element tag', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span title=${styleProps({ height: '1px' })}></span>`, host)).to.throw(/element tag/);
  });
});
