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
  @keyframes soc-skeleton-pulse {
    from {
      opacity: 0.6;
    }
    to {
      opacity: 0.25;
    }
  }
`;
