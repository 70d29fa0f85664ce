import { css } from 'lit';
import { markedWordLook, markerDotLook } from './looks.styles.js';
import { token } from './tokens.js';

/**
 * A word after a round marker in the colour of its tone, `data-tone="danger|warning|success"` (an
 * empty ring for any other tone), so colour is never the only cue. In forced colors: a ring in the
 * text colour, filled for a state that was reached.
 */
export const markerStyles = css`
  [data-tone] {
    ${markedWordLook}
  }
  [data-tone]::before {
    ${markerDotLook}
  }
  [data-tone='danger'] {
    --marker-fill: ${token.colorDanger};
  }
  [data-tone='warning'] {
    --marker-fill: ${token.colorWarning};
  }
  [data-tone='success'] {
    --marker-fill: ${token.colorSuccess};
  }
  @media (forced-colors: active) {
    [data-tone]::before {
      forced-color-adjust: none;
      background: Canvas;
      border-color: CanvasText;
    }
    :is([data-tone='danger'], [data-tone='warning'], [data-tone='success'])::before {
      background: CanvasText;
    }
  }
`;
