import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Placeholder bars while content loads: `<div class="skeleton"><span></span>…</div>`. Each element
 * lays out `.skeleton` and sizes its bars; the bars pulse unless the person prefers reduced motion.
 */
export const skeletonStyles = css`
  .skeleton span {
    display: block;
    height: 14px;
    border-radius: ${token.radius};
    background: ${token.colorBorder};
    opacity: 0.6;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: soc-skeleton-pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @media (forced-colors: active) {
    .skeleton span {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
  @keyframes soc-skeleton-pulse {
    from {
      opacity: 0.6;
    }
    to {
      opacity: 0.25;
    }
  }
`;

/** A page's placeholder: a title and lines of text of two lengths. */
export const skeletonPageStyles = css`
  .skeleton {
    display: grid;
    gap: 12px;
    padding: 16px 24px;
  }
  .skeleton span:first-of-type {
    height: 28px;
    width: 50%;
  }
  .skeleton span:nth-of-type(2n) {
    width: 70%;
  }
`;

/** A list's placeholder: a column of bars as tall as a line of text, 12px apart. */
export const skeletonListStyles = css`
  .skeleton {
    display: grid;
    gap: 12px;
    padding: 16px;
  }
  .skeleton span {
    height: 20px;
  }
`;
