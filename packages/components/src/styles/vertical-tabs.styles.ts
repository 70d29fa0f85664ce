import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Tabs in a column beside their panel, as the portal's filter column: a vertical `tablist` of
 * `tab` buttons, the chosen one tinted and marked by an accent bar at its start, and the
 * `tabpanel` beside it, both in a `.layout` grid (the tab column's width is `--tab-column`).
 * In a host 480px wide or less, the tabs go over their panel, in columns.
 */
export const verticalTabStyles = css`
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
    position: relative;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px;
    min-height: 32px;
    padding: 4px 8px 4px 12px;
    font: inherit;
    color: ${token.colorText};
    text-align: start;
    background: transparent;
    border: none;
    border-radius: ${token.radius};
    cursor: pointer;
  }
  [role='tab']:hover {
    background: ${token.colorSurfaceRaised};
  }
  [role='tab'][aria-selected='true'] {
    background: ${token.colorSelected};
    font-weight: 600;
  }
  [role='tab'][aria-selected='true']::before {
    content: '';
    position: absolute;
    inset-block: 8px;
    inset-inline-start: 2px;
    width: 3px;
    border-radius: 2px;
    background: ${token.colorAccent};
  }
  [role='tabpanel'] {
    min-width: 0;
    padding: 8px 16px 16px;
  }
  @container (max-width: 480px) {
    .layout {
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
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true']::before {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
