import { css } from 'lit';
import { token } from './tokens.js';

/**
 * A data table: full width, a rule under each row, small muted column headers, the row under the
 * pointer tinted; `.table-scroll` around it scrolls sideways when the columns do not fit. An
 * element sets its column widths, padding and alignment on top.
 */
export const tableStyles = css`
  .table-scroll {
    /* Positioned, so it clips the absolutely positioned parts of the table too (visually hidden headers). */
    position: relative;
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 6px 12px 6px 0;
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid ${token.colorBorder};
    overflow-wrap: break-word;
  }
  thead th {
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
    color: ${token.colorTextMuted};
    white-space: nowrap;
  }
  tbody th {
    font-weight: 400;
  }
  tbody tr:hover {
    background: ${token.colorSurface};
  }
`;
