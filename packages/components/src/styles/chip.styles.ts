import { css } from 'lit';
import { token } from './tokens.js';

/** Tags as chips: `.chips` or `.tags`, a list of `li` (or `.chip`); `.system` for a tag the service set. */
export const chipStyles = css`
  .chips,
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chips > li,
  .tags > li,
  .chip {
    padding: 1px 8px;
    border: 1px solid ${token.colorBorder};
    border-radius: 12px;
    background: ${token.colorSurfaceRaised};
    font-size: ${token.fontSizeSmall};
    line-height: 20px;
    overflow-wrap: anywhere;
  }
  .chips > li.system,
  .tags > li.system {
    background: ${token.colorBackground};
    border-style: dashed;
  }
`;

/** A count in a pill, beside a label: `.count`. */
export const countStyles = css`
  .count {
    min-width: 24px;
    padding: 0 6px;
    font-size: ${token.fontSizeSmall};
    font-weight: 400;
    text-align: center;
    background: ${token.colorSurfaceRaised};
    border-radius: 10px;
  }
`;

/** The entities of an alert as small pills: `.entities` of `.entity`, each a `.entity-name`, then `.more`. */
export const entityChipStyles = css`
  .entities {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
  }
  .entity {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    max-width: 100%;
    padding: 0 6px;
    border: 1px solid ${token.colorBorder};
    border-radius: 10px;
    font-size: ${token.fontSizeSmall};
    background: ${token.colorSurface};
  }
  .entity-name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .more {
    color: ${token.colorTextMuted};
    font-size: ${token.fontSizeSmall};
  }
`;
