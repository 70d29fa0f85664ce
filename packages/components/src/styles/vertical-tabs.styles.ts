import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Tabs in a column beside their panel, as the portal's filter column: a vertical `tablist` of
 * `tab` buttons, the chosen one tinted and marked by an accent bar at its start, and the
 * `tabpanel` beside it.
 */
export const verticalTabStyles = css`
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
`;
