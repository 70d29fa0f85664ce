import { css } from 'lit';
import { selectionMarkLook } from './looks.styles.js';
import { token } from './tokens.js';

/**
 * The states of a tab, in a row or a column: tinted under the pointer, semibold when chosen, and
 * the chosen one marked in the accent colour (`Highlight` in forced colors) by its `::after`, which
 * the tab list places (under a tab of a row, at the start of a tab of a column).
 */
export const tabStyles = css`
  [role='tab'] {
    position: relative;
  }
  [role='tab']:hover {
    background: ${token.colorSurfaceRaised};
  }
  [role='tab'][aria-selected='true'] {
    font-weight: 600;
  }
  [role='tab'][aria-selected='true']::after {
    ${selectionMarkLook}
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true']::after {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
