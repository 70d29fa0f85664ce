import { html, nothing, svg, type LitElement, type ReactiveController } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { inlineKey, isRtl } from '../internal/reading-direction.js';
import { styleProps } from '../internal/style-props.js';
import { horizontalBars, lines } from './chart-geometry.js';

/** The charts of the dashboard: each is one tab stop, its data points reached with the arrow keys. */
export type ChartId = 'open' | 'perDay' | 'classification' | 'determination' | 'tactics' | 'workload';

/** One row of a bar chart: its label, whether that label is data (an owner's name) and its values by series. */
export interface BarRowData {
  label: string;
  userText?: boolean;
  values: number[];
}

/** A data point of a chart: its accessible name (also its tooltip) and where its tooltip points. */
interface ChartPoint {
  label: string;
  x: number;
  y: number;
}

/** What a chart needs of the element's language: counts for the axes and totals. */
export interface ChartText {
  count(value: number): string;
}

const DEFAULT_WIDTH = 320;

/**
 * The charts' shared state, for the element that shows them: the width each chart is drawn at
 * (measured, so text keeps its size), each chart's tab stop, and the point whose tooltip shows.
 * The keyboard of a chart follows the WAI-ARIA APG: one tab stop, arrow keys, Home and End; Left
 * and Right trade places when the element reads right to left.
 */
export class MetricsCharts implements ReactiveController {
  readonly #host: LitElement;
  readonly #focus = new Map<ChartId, number>();
  readonly #widths = new Map<string, number>();
  #active?: { chart: ChartId; index: number };
  #redraw = 0;
  readonly #resize = new ResizeObserver((entries) => {
    let changed = false;
    for (const entry of entries) {
      const id = (entry.target as HTMLElement).dataset['chart']!;
      const width = Math.round(entry.contentRect.width);
      if (width > 0 && this.#widths.get(id) !== width) {
        this.#widths.set(id, width);
        changed = true;
      }
    }
    // Redrawn in the next frame: a redraw within the observer's own delivery would be a resize loop.
    if (changed && !this.#redraw) {
      this.#redraw = requestAnimationFrame(() => {
        this.#redraw = 0;
        this.#host.requestUpdate();
      });
    }
  });

  readonly #text: ChartText;

  constructor(host: LitElement, text: ChartText) {
    this.#host = host;
    this.#text = text;
    host.addController(this);
  }

  hostUpdated(): void {
    this.#host.renderRoot.querySelectorAll('.chart').forEach((chart) => this.#resize.observe(chart));
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
    cancelAnimationFrame(this.#redraw);
    this.#redraw = 0;
  }

  /** Rows of stacked bars; `label(row, series)` names each non-empty segment. */
  bars(id: ChartId, rows: BarRowData[], series: string[], label: (row: number, series: number) => string) {
    const text = this.#text;
    const layout = horizontalBars(
      rows.map((row) => row.values),
      { width: this.#width(id), rtl: isRtl(this.#host) },
    );
    const points: ChartPoint[] = layout.segments.map((segment) => ({
      label: label(segment.row, segment.series),
      x: segment.x + segment.width / 2,
      y: segment.y,
    }));
    const focus = this.#tabStop(id, points.length);
    const maxChars = Math.max(4, Math.floor(layout.rows[0]?.labelWidth ?? 100) / 7);
    const chart = svg`
      ${layout.ticks.map(
        (tick) => svg`<line class="grid" x1=${tick.at} x2=${tick.at} y1=${layout.top} y2=${layout.bottom}></line>
          <text class="tick" x=${tick.at} y=${layout.bottom + 14} text-anchor="middle">${text.count(tick.value)}</text>`,
      )}
      ${layout.rows.map(
        (row, index) => svg`<text
            class="row-label"
            x=${row.labelX}
            y=${row.textY}
            text-anchor=${row.labelAnchor}
            data-user-text=${ifDefined(rows[index]!.userText ? '' : undefined)}
          >${truncate(rows[index]!.label, maxChars)}</text>
          <text class="total" x=${row.totalX} y=${row.textY} text-anchor=${row.totalAnchor}>${text.count(row.total)}</text>`,
      )}
      ${layout.segments.map(
        (segment, index) => svg`<rect
          class="point bar s${segment.series}"
          x=${segment.x}
          y=${segment.y}
          width=${Math.max(1, segment.width)}
          height=${segment.height}
          role="img"
          aria-label=${points[index]!.label}
          tabindex=${index === focus ? 0 : -1}
          data-point=${index}
          @focus=${() => this.#activate(id, index)}
          @pointerenter=${() => this.#activate(id, index)}
        ></rect>`,
      )}`;
    return html`${legend(series)}${this.#chart(id, layout.width, layout.height, points, chart)}`;
  }

  /**
   * Series over days as lines, `values[series][day]`; a point per day, named by `labels[day]`,
   * with `days[day]` under the axis.
   */
  lines(id: ChartId, values: number[][], labels: string[], days: string[], series: string[]) {
    const text = this.#text;
    const layout = lines(values, { width: this.#width(id), rtl: isRtl(this.#host) });
    const points: ChartPoint[] = layout.points.map((point) => ({ label: labels[point.index]!, x: point.x, y: Math.min(...point.ys) }));
    const focus = this.#tabStop(id, points.length);
    const active = this.#active?.chart === id ? layout.points[this.#active.index] : undefined;
    const chart = svg`
      ${layout.ticks.map(
        (tick) => svg`<line class="grid" x1=${layout.left} x2=${layout.right} y1=${tick.at} y2=${tick.at}></line>
          <text class="tick" x=${layout.tickX} y=${tick.at + 4} text-anchor=${layout.tickAnchor}>${text.count(tick.value)}</text>`,
      )}
      ${layout.dayLabels.map(
        // Marked as data: a day formatted by Intl, as a <time> would be (SVG has none).
        (label) => svg`<text class="tick" x=${label.x} y=${layout.bottom + 16} text-anchor=${label.anchor} data-user-text
          >${days[label.index]}</text
        >`,
      )}
      ${active ? svg`<line class="guide" x1=${active.x} x2=${active.x} y1=${layout.top} y2=${layout.bottom}></line>` : nothing}
      ${layout.paths.map((path, index) => svg`<path class="line s${index}" d=${path}></path>`)}
      ${active ? active.ys.map((y, index) => svg`<circle class="dot s${index}" cx=${active.x} cy=${y} r="4"></circle>`) : nothing}
      ${layout.points.map(
        (point) => svg`<rect
          class="point hit"
          x=${point.hitX}
          y=${layout.top}
          width=${point.hitWidth}
          height=${layout.bottom - layout.top}
          role="img"
          aria-label=${labels[point.index]!}
          tabindex=${point.index === focus ? 0 : -1}
          data-point=${point.index}
          @focus=${() => this.#activate(id, point.index)}
          @pointerenter=${() => this.#activate(id, point.index)}
        ></rect>`,
      )}`;
    return html`${legend(series)}${this.#chart(id, layout.width, layout.height, points, chart)}`;
  }

  #width(id: ChartId): number {
    return this.#widths.get(id) ?? DEFAULT_WIDTH;
  }

  /** The SVG of a chart, named by the heading `${id}-title` or its card's, and the tooltip of its active point. */
  #chart(id: ChartId, width: number, height: number, points: ChartPoint[], content: unknown) {
    const active = this.#active?.chart === id ? points[this.#active.index] : undefined;
    const title = id === 'classification' || id === 'determination' ? `${id}-title` : `card-${id}-title`;
    return html`<div class="chart" data-chart=${id} @pointerleave=${() => this.#deactivate(id)}>
      <svg
        part="chart"
        role="group"
        aria-labelledby=${title}
        aria-describedby="chart-keys"
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, id, points.length)}
        @focusout=${(event: FocusEvent) => {
          if (!(event.currentTarget as Element).contains(event.relatedTarget as Node | null)) this.#deactivate(id);
        }}
      >
        ${content}
      </svg>
      ${active
        ? html`<div
            class="tooltip ${active.x < width / 4 ? 'from-left' : active.x > (width * 3) / 4 ? 'from-right' : ''}"
            aria-hidden="true"
            ${styleProps({ left: `${active.x}px`, top: `${active.y}px` })}
          >
            ${active.label}
          </div>`
        : nothing}
    </div>`;
  }

  /** The tab stop of a chart of `count` points (the first, until the person moves it). */
  #tabStop(id: ChartId, count: number): number {
    const index = this.#focus.get(id) ?? 0;
    return Math.min(index, Math.max(0, count - 1));
  }

  #setActive(active: { chart: ChartId; index: number } | undefined): void {
    if (active?.chart === this.#active?.chart && active?.index === this.#active?.index) return;
    this.#active = active;
    this.#host.requestUpdate();
  }

  #activate(id: ChartId, index: number): void {
    this.#focus.set(id, index);
    this.#setActive({ chart: id, index });
    // The tab stop moved even when the tooltip stays.
    this.#host.requestUpdate();
  }

  #deactivate(id: ChartId): void {
    if (this.#active?.chart !== id) return;
    // The focused point keeps its tooltip when the pointer leaves.
    const root = this.#host.renderRoot;
    const focused = root instanceof ShadowRoot ? root.activeElement : null;
    if (focused instanceof SVGElement && focused.closest(`[data-chart="${id}"]`)) {
      this.#setActive({ chart: id, index: Number(focused.dataset['point']) });
      return;
    }
    this.#setActive(undefined);
  }

  async #onKeydown(event: KeyboardEvent, id: ChartId, count: number): Promise<void> {
    if (event.altKey || event.ctrlKey || event.metaKey || count === 0) return;
    const current = this.#tabStop(id, count);
    const key = inlineKey(event, this.#host);
    const next =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? Math.min(current + 1, count - 1)
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? Math.max(current - 1, 0)
          : key === 'Home'
            ? 0
            : key === 'End'
              ? count - 1
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.#activate(id, next);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<SVGElement>(`[data-chart="${id}"] [data-point="${next}"]`)?.focus();
  }
}

/** The series' names beside their colours, when there are several; the points name them for a screen reader. */
function legend(series: string[]) {
  if (series.length < 2) return nothing;
  return html`<ul class="legend" aria-hidden="true">
    ${series.map((name, index) => html`<li><span class="swatch s${index}"></span>${name}</li>`)}
  </ul>`;
}

function truncate(text: string, maxChars: number): string {
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, Math.floor(maxChars) - 1))}…`;
}
