import { css } from 'lit';
import { stackedStateStyles } from './notice.styles.js';
import { token } from './tokens.js';

/**
 * A whole page (an incident's, an entity's): the `h1` title, `.facts` as a row of short `dt`/`dd`
 * pairs, and, in place of the page while it cannot show, a `.state` with the `h1`, a sentence and a
 * button.
 */
export const pageStyles = [
  stackedStateStyles,
  css`
    h1 {
      min-width: 0;
      font-size: ${token.fontSizeLarge};
      line-height: 28px;
      overflow-wrap: anywhere;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 32px;
      margin: 0;
    }
    .facts div {
      display: grid;
      gap: 2px;
      min-width: 0;
    }
    dt {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }
    dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .state {
      padding: 24px;
    }
    .state h1 {
      font-size: ${token.fontSizeLarge};
      line-height: 28px;
    }
  `,
];
