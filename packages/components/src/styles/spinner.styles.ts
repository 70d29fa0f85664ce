import { css } from 'lit';
import { token } from './tokens.js';

/**
 * `soc-spin`, one full turn, for a marker of the element's own that turns while work runs:
 * `animation: soc-spin 0.9s linear infinite`, inside `@media (prefers-reduced-motion: no-preference)`.
 */
export const spinKeyframes = css`
  @keyframes soc-spin {
    to {
      transform: rotate(360deg);
    }
  }
`;

/**
 * `.spinner`: a ring whose one bright edge turns while something loads (still for a person who
 * asks for reduced motion). Its size and colours are `--spinner-size`, `--spinner-track` and
 * `--spinner-head`; in forced colors the edge is `Highlight`.
 */
export const spinnerStyles = [
  spinKeyframes,
  css`
    .spinner {
      display: inline-block;
      flex: none;
      width: var(--spinner-size, 16px);
      height: var(--spinner-size, 16px);
      border: 2px solid var(--spinner-track, ${token.colorBorder});
      border-block-start-color: var(--spinner-head, ${token.colorAccent});
      border-radius: 50%;
    }
    @media (prefers-reduced-motion: no-preference) {
      .spinner {
        animation: soc-spin 0.8s linear infinite;
      }
    }
    @media (forced-colors: active) {
      .spinner {
        border-block-start-color: Highlight;
      }
    }
  `,
];
