import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { css, LitElement, type CSSResultGroup } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { verdictMarkerStyles } from '../internal/verdict-marker.js';
import { statusMarkerStyles } from '../remediation/status-markers.js';
import { buttonStyles } from './button.styles.js';
import { forcedStatusMarkerStyles } from './forced-colors.styles.js';
import { baseStyles, token } from './tokens.js';
import { verticalTabStyles } from './vertical-tabs.styles.js';

const THEME_URL = '/packages/components/src/styles/theme.css';

/** An element as the kit's are: the shared styles, and the background token on its host. */
class ThemeProbe extends LitElement {
  static override styles: CSSResultGroup = [
    baseStyles,
    severityMarkerStyles,
    verdictMarkerStyles,
    buttonStyles,
    verticalTabStyles,
    statusMarkerStyles,
    forcedStatusMarkerStyles,
    css`
      :host {
        display: block;
        background: ${token.colorBackground};
      }
    `,
  ];

  override render() {
    // The markers' markup, as severityMarker() and verdictMarker() write it.
    return html`${['high', 'medium', 'low', 'informational', 'unknown'].map(
        (severity) => html`<span class="severity ${severity}">${severity}</span>`,
      )}
      ${Object.entries({ malicious: 'danger', suspicious: 'warning', noThreatsFound: 'success', unknown: 'neutral' }).map(
        ([verdict, tone]) => html`<span class="verdict ${verdict}" data-tone=${tone}>${verdict}</span>`,
      )}
      ${['danger', 'warning', 'success', 'progress', 'neutral'].map(
        (tone) => html`<span class="marker ${tone}" data-tone=${tone}>${tone}</span>`,
      )}
      <button>Enabled</button>
      <button disabled>Disabled</button>
      <div role="tablist" aria-orientation="vertical">
        <button role="tab" aria-selected="true">Chosen</button>
        <button role="tab" aria-selected="false">Other</button>
      </div>`;
  }
}
customElements.define('soc-theme-probe', ThemeProbe);

/** A colour as the browser computes it: `rgb(…)`, whether given as hex, a keyword or a token. */
function resolveColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  document.body.append(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved;
}

function background(element: Element, pseudo?: string) {
  return getComputedStyle(element, pseudo).backgroundColor;
}

async function loadTheme(): Promise<HTMLStyleElement> {
  const style = document.createElement('style');
  style.textContent = await (await fetch(THEME_URL)).text();
  document.head.append(style);
  return style;
}

/** The colour tokens of theme.css with the comment above each, and their light and dark values. */
function themeTokens(source: string) {
  return [...source.matchAll(/\/\*\s*(.+?)\s*\*\/\s*(--soc-color-[\w-]+):\s*(.+?);/g)].map(([, what, name, value]) => {
    const pair = /^light-dark\((.+?),\s*(.+)\)$/.exec(value!);
    return { name: name!, what: what!, light: pair ? pair[1]! : value!, dark: pair ? pair[2]! : value! };
  });
}

const root = document.documentElement;

function setTheme(theme: string | undefined) {
  if (theme === undefined) delete root.dataset.socTheme;
  else root.dataset.socTheme = theme;
}

afterEach(async () => {
  setTheme(undefined);
  await emulateMedia({ colorScheme: 'light' });
});

describe('elements without theme.css', () => {
  it('carry the light colours and the light colour scheme, whatever the system prefers', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    setTheme('auto');
    const element = await fixture<ThemeProbe>(html`<soc-theme-probe></soc-theme-probe>`);
    expect(background(element)).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(element).colorScheme).to.equal('light');
  });
});

describe('theme.css', () => {
  let style: HTMLStyleElement;
  before(async () => {
    style = await loadTheme();
  });
  after(() => style.remove());

  async function tokenProbe() {
    const probe = await fixture<HTMLElement>(html`<div></div>`);
    probe.style.setProperty('background', 'var(--soc-color-background)');
    return probe;
  }

  it('follows the system preference under data-soc-theme="auto"', async () => {
    setTheme('auto');
    const probe = await tokenProbe();
    await emulateMedia({ colorScheme: 'dark' });
    expect(background(probe)).to.equal(resolveColor('#1b1a19'));
    expect(getComputedStyle(root).colorScheme).to.equal('light dark');
    await emulateMedia({ colorScheme: 'light' });
    expect(background(probe)).to.equal(resolveColor('#ffffff'));
  });

  it('keeps the chosen set under "dark" and "light", and is light with no attribute', async () => {
    const probe = await tokenProbe();
    await emulateMedia({ colorScheme: 'light' });
    setTheme('dark');
    expect(background(probe)).to.equal(resolveColor('#1b1a19'));
    expect(getComputedStyle(root).colorScheme).to.equal('dark');

    await emulateMedia({ colorScheme: 'dark' });
    setTheme('light');
    expect(background(probe)).to.equal(resolveColor('#ffffff'));
    expect(getComputedStyle(root).colorScheme).to.equal('light');
    setTheme(undefined);
    expect(background(probe)).to.equal(resolveColor('#ffffff'));
  });

  it("gives an element's host the page's set, colour scheme included", async () => {
    setTheme('auto');
    await emulateMedia({ colorScheme: 'dark' });
    const element = await fixture<ThemeProbe>(html`<soc-theme-probe></soc-theme-probe>`);
    expect(background(element)).to.equal(resolveColor('#1b1a19'));
    expect(getComputedStyle(element).colorScheme).to.equal('light dark');
    const marker = element.shadowRoot!.querySelector('.severity.high')!;
    expect(background(marker, '::before')).to.equal(resolveColor('#ff99a4'));
  });

  it("sets every colour token the elements read, its light value the elements' default", () => {
    const tokens = themeTokens(style.textContent!);
    const defaults = Object.values(token)
      .map((value) => /^var\((--soc-color-(?!scheme)[\w-]+), (.+)\)$/.exec(String(value)))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, name, fallback]) => [name!, fallback!] as const);
    expect(tokens.map(({ name }) => name)).to.have.members(defaults.map(([name]) => name));
    for (const [name, fallback] of defaults) {
      const { light, dark } = tokens.find((entry) => entry.name === name)!;
      expect(light, name).to.equal(fallback);
      expect(dark, name).to.match(/^#[0-9a-f]{6}$/);
    }
  });

  it('is documented in the README, one row per token', async () => {
    const tokens = themeTokens(style.textContent!);
    const readme = await (await fetch('/README.md')).text();
    for (const { name, what, light, dark } of tokens) {
      expect(readme, name).to.include(`| \`${name}\` | ${what} | \`${light}\` | \`${dark}\` |`);
    }
  });
});

/** The element's `@media (forced-colors: active)` rules, applied as if the media matched. */
function applyForcedColorRules(shadowRoot: ShadowRoot) {
  const rules = shadowRoot.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, sheet];
}

describe('forced colors', () => {
  it('draws markers, the chosen tab and disabled buttons in system colours', async () => {
    // The launcher cannot emulate forced colors, so the rules run unconditionally: this checks that
    // they reach the rendered parts and leave each one in a system colour.
    const element = await fixture<ThemeProbe>(html`<soc-theme-probe></soc-theme-probe>`);
    const shadow = element.shadowRoot!;
    applyForcedColorRules(shadow);
    const [canvasText, canvas, highlight, grayText] = ['CanvasText', 'Canvas', 'Highlight', 'GrayText'].map(resolveColor);
    const pseudo = (selector: string) => getComputedStyle(shadow.querySelector(selector)!, '::before');

    for (const level of ['high', 'medium', 'low', 'informational']) {
      expect(pseudo(`.severity.${level}`).backgroundColor, level).to.equal(canvasText);
      expect(pseudo(`.severity.${level}`).borderTopColor, level).to.equal(canvasText);
    }
    expect(pseudo('.severity.unknown').backgroundColor).to.equal(canvas);
    expect(pseudo('.severity.unknown').borderTopColor).to.equal(canvasText);

    for (const verdict of ['malicious', 'suspicious', 'noThreatsFound']) {
      expect(pseudo(`.verdict.${verdict}`).backgroundColor, verdict).to.equal(canvasText);
      expect(pseudo(`.verdict.${verdict}`).borderTopColor, verdict).to.equal(canvasText);
    }
    expect(pseudo('.verdict.unknown').backgroundColor).to.equal(canvas);
    expect(pseudo('.verdict.unknown').borderTopColor).to.equal(canvasText);
    for (const tone of ['danger', 'warning', 'success']) {
      expect(pseudo(`.marker.${tone}`).backgroundColor, tone).to.equal(canvasText);
      expect(pseudo(`.marker.${tone}`).borderTopColor, tone).to.equal(canvasText);
    }
    expect(pseudo('.marker.neutral').backgroundColor).to.equal(canvas);
    expect(pseudo('.marker.neutral').borderTopColor).to.equal(canvasText);
    expect(pseudo('.marker.progress').borderTopColor).to.equal(canvasText);
    for (const marker of shadow.querySelectorAll('.severity, .verdict, .marker')) {
      expect(getComputedStyle(marker, '::before').forcedColorAdjust).to.equal('none');
    }

    const disabled = getComputedStyle(shadow.querySelector('button:disabled')!);
    expect(disabled.color).to.equal(grayText);
    expect(disabled.borderTopColor).to.equal(grayText);
    const chosenTab = getComputedStyle(shadow.querySelector("[role='tab'][aria-selected='true']")!, '::after');
    expect(chosenTab.backgroundColor).to.equal(highlight);
  });

  it('keeps markers and buttons visible when the browser forces colours', async () => {
    // The test runner's own command: emulateMedia does not pass forced colors on to Chrome.
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colors are emulated').to.equal(true);
      const element = await fixture<ThemeProbe>(html`<soc-theme-probe></soc-theme-probe>`);
      const shadow = element.shadowRoot!;
      const [canvasText, canvas, buttonText, grayText] = ['CanvasText', 'Canvas', 'ButtonText', 'GrayText'].map(resolveColor);
      const high = getComputedStyle(shadow.querySelector('.severity.high')!, '::before');
      expect(high.backgroundColor).to.equal(canvasText);
      expect(high.backgroundColor).not.to.equal(canvas);
      const button = getComputedStyle(shadow.querySelector('button:not(:disabled)')!);
      expect([canvasText, buttonText]).to.include(button.borderTopColor);
      expect(button.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(shadow.querySelector('button:disabled')!).borderTopColor).to.equal(grayText);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
