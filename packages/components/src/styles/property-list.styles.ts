import { css } from 'lit';
import { token } from './tokens.js';

/** Facts as a `<dl>` of two columns: the names muted, the values wrapping anywhere. */
export const propertyListStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(120px, max-content) minmax(0, 1fr);
    gap: 6px 16px;
    margin: 0;
  }
  dt {
    color: ${token.colorTextMuted};
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
  }
`;
