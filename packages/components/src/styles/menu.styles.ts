import { css } from 'lit';
import { itemButtonLook } from './looks.styles.js';
import { token } from './tokens.js';

/**
 * A menu of commands (`role="menu"` of `role="menuitem"` buttons, `role="separator"` between
 * groups): a raised list whose items tint under the pointer and the keyboard, a disabled item
 * muted. Where the menu stands (popover, below its button) is the element's own.
 */
export const menuStyles = css`
  [role='menu'] {
    min-width: 220px;
    margin: 0;
    padding: 4px;
    list-style: none;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-radius: ${token.radius};
    box-shadow: ${token.shadow};
    font-family: ${token.fontFamily};
    font-size: ${token.fontSize};
  }
  [role='menuitem'] {
    ${itemButtonLook}
    gap: 12px;
    width: 100%;
    padding: 4px 8px;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: ${token.colorSelected};
  }
  [role='menuitem']:focus-visible {
    outline-offset: -2px;
  }
  [role='menuitem'][aria-disabled='true'] {
    color: ${token.colorTextMuted};
    cursor: not-allowed;
  }
  [role='menuitem'][aria-disabled='true']:hover {
    background: none;
  }
  [role='separator'] {
    height: 1px;
    margin: 4px 0;
    background: ${token.colorBorder};
  }
  @media (forced-colors: active) {
    [role='separator'] {
      background: CanvasText;
    }
  }
`;
