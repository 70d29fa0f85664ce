import { css } from 'lit';
import { token } from './tokens.js';

/** Every modal `<dialog>`: on a shadow over the dimmed page, in the kit's font and 20px lines, titled by its `h2`. */
export const dialogStyles = css`
  dialog {
    box-shadow: ${token.shadow};
    background: ${token.colorBackground};
    color: ${token.colorText};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
    line-height: 20px;
  }
  dialog::backdrop {
    background: color-mix(in srgb, ${token.colorText} 40%, transparent);
  }
  dialog h2 {
    font-size: ${token.fontSizeLarge};
    line-height: 28px;
  }
`;
