import { css } from 'lit';
import { itemButtonLook } from './looks.styles.js';
import { tabStyles } from './tab.styles.js';
import { token } from './tokens.js';

/**
 * Tabs in a column beside their panel, as the portal's filter column: a vertical `tablist` of
 * `tab` buttons, the chosen one tinted and marked by an accent bar at its start, and the
 * `tabpanel` beside it, both in a `.layout` grid (the tab column's width is `--tab-column`).
 * A `.skeleton` of spans stands in for both while loading.
 * In a host 480px wide or less, the tabs go over their panel, in columns.
 */
export const verticalTabStyles = [
  tabStyles,
  css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--tab-column, minmax(180px, 220px)) minmax(0, 1fr);
    min-height: 100%;
  }
  [role='tablist'][aria-orientation='vertical'] {
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px;
    border-inline-end: 1px solid ${token.colorBorder};
  }
  [role='tab'] {
    ${itemButtonLook}
    gap: 8px;
    padding: 4px 8px 4px 12px;
  }
  [role='tab'][aria-selected='true'] {
    background: ${token.colorSelected};
  }
  [role='tab'][aria-selected='true']::after {
    inset-block: 8px;
    inset-inline-start: 2px;
    width: 3px;
  }
  [role='tabpanel'] {
    min-width: 0;
    padding: 8px 16px 16px;
  }
  /* While loading: bars where the tabs and the panel will be. */
  .skeleton {
    display: grid;
    grid-template-columns: var(--tab-column, minmax(180px, 220px)) minmax(0, 1fr);
    gap: 16px;
    padding: 8px;
  }
  .skeleton span {
    height: 20px;
    margin-block-end: 10px;
  }
  @container (max-width: 480px) {
    .layout,
    .skeleton {
      grid-template-columns: minmax(0, 1fr);
    }
    [role='tablist'][aria-orientation='vertical'] {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
      padding-inline: 0;
      border-inline-end: none;
      border-block-end: 1px solid ${token.colorBorder};
    }
    [role='tabpanel'] {
      padding-inline: 0;
    }
  }
`,
];
