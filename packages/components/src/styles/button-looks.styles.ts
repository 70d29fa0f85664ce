import { unsafeCSS } from 'lit';
import { token } from './tokens.js';

// Declarations, for a rule of the element's own: `.state button { ${buttonLook} }`. Plain strings
// rather than css literals: the build minifies a css literal only when it holds whole rules.

/** The default button. */
export const buttonLook = unsafeCSS(`
  min-height: 32px;
  padding: 4px 12px;
  font: inherit;
  color: ${token.colorText};
  white-space: nowrap;
  background: ${token.colorBackground};
  border: 1px solid ${token.colorBorderStrong};
  border-radius: ${token.radius};
  cursor: pointer;
`);

/** The accent fill of the one main action, over `buttonLook`. */
export const primaryButtonLook = unsafeCSS(`
  font-weight: 600;
  color: ${token.colorOnAccent};
  background: ${token.colorAccent};
  border-color: ${token.colorAccent};
`);

/** A button that cannot be used now, over `buttonLook`. */
export const disabledButtonLook = unsafeCSS(`
  color: ${token.colorTextMuted};
  background: ${token.colorSurfaceRaised};
  border-color: ${token.colorBorder};
  cursor: not-allowed;
`);
