import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Bounds, Point } from './graph-positions.js';

/** Pan and zoom of a graph drawn in layout units: screen = layout × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface GraphViewportOptions {
  /** The element the graph is drawn in (its box is the visible area). */
  canvas: () => Element | null | undefined;
  /** The group whose `transform` attribute pans and zooms the drawing. */
  viewport: () => SVGGraphicsElement | null | undefined;
  /** Called when the zoom crosses `LABEL_ZOOM`: labels are shown (`far` false) or hidden. */
  farChanged?: (far: boolean) => void;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 4;
/** How much one press of "Zoom in" or "+" zooms. */
export const ZOOM_STEP = 1.25;
/** Below this zoom the labels are hidden: too small to read, and costly to paint. */
export const LABEL_ZOOM = 0.45;
/** Fitting never zooms in beyond this: a small graph stays at a natural size. */
const FIT_MAX_ZOOM = 1;
const FIT_PADDING = 24;
/** Extra room at the bottom when fitting: the legend sits there. */
const FIT_PADDING_BOTTOM = 48;
/** A pointer that moved less than this between press and release clicked rather than dragged. */
const DRAG_THRESHOLD = 4;

const clampZoom = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

/**
 * Pan and zoom of the graph canvas, without rendering: the transform is written straight onto the
 * viewport group (and re-applied after each render), so dragging or zooming a 2,000-node graph
 * costs one attribute change, however many nodes it has. Handles background drag to pan and wheel to zoom; the
 * host calls `zoomBy`, `panBy`, `fit` and `reveal` for buttons and keys.
 */
export class GraphViewportController implements ReactiveController {
  readonly #options: GraphViewportOptions;
  #transform: ViewTransform = { x: 0, y: 0, k: 1 };
  #fitted = false;
  #size?: { width: number; height: number };
  #drag?: { pointerId: number; startX: number; startY: number; x: number; y: number; moved: boolean };
  /** Set when the last pointer press turned into a drag: the click that follows selects nothing. */
  #suppressClick = false;

  constructor(host: ReactiveControllerHost, options: GraphViewportOptions) {
    this.#options = options;
    host.addController(this);
  }

  get transform(): Readonly<ViewTransform> {
    return this.#transform;
  }

  /** Whether the view is as the last `fit` left it (the person has not zoomed or panned since). */
  get fitted(): boolean {
    return this.#fitted;
  }

  /** Whether the view is zoomed out too far for labels (below `LABEL_ZOOM`): they are hidden. */
  get far(): boolean {
    return this.#transform.k < LABEL_ZOOM;
  }

  hostUpdated(): void {
    this.#apply();
  }

  /**
   * The visible area's size in CSS pixels: as last told by `resize` (a resize observer), else
   * measured (which makes the browser lay the page out), else a default while it has no box.
   */
  get size(): { width: number; height: number } {
    if (!this.#size) {
      const canvas = this.#options.canvas();
      if (canvas && canvas.clientWidth > 0 && canvas.clientHeight > 0) {
        this.#size = { width: canvas.clientWidth, height: canvas.clientHeight };
      }
    }
    return this.#size ?? { width: 800, height: 480 };
  }

  /** The canvas has this size now. Reading it from a resize observer spares a forced layout later. */
  resize(width: number, height: number): void {
    this.#size = width > 0 && height > 0 ? { width, height } : undefined;
  }

  /** Zooms by `factor` keeping the point `at` (canvas pixels; default the centre) in place. */
  zoomBy(factor: number, at?: Point): void {
    const { width, height } = this.size;
    const anchor = at ?? { x: width / 2, y: height / 2 };
    const { x, y, k } = this.#transform;
    const next = clampZoom(k * factor);
    if (next === k) return;
    const layoutX = (anchor.x - x) / k;
    const layoutY = (anchor.y - y) / k;
    this.#set({ k: next, x: anchor.x - layoutX * next, y: anchor.y - layoutY * next });
  }

  /** Moves the drawing by (dx, dy) canvas pixels. */
  panBy(dx: number, dy: number): void {
    const { x, y, k } = this.#transform;
    this.#set({ k, x: x + dx, y: y + dy });
  }

  /** Zooms and pans so that `bounds` (layout units) fill the canvas. */
  fit(bounds: Bounds): void {
    const { width, height } = this.size;
    const boundsWidth = Math.max(bounds.maxX - bounds.minX, 1);
    const boundsHeight = Math.max(bounds.maxY - bounds.minY, 1);
    const usableHeight = height - FIT_PADDING - FIT_PADDING_BOTTOM;
    const k = clampZoom(Math.min((width - 2 * FIT_PADDING) / boundsWidth, usableHeight / boundsHeight, FIT_MAX_ZOOM));
    const centreX = (bounds.minX + bounds.maxX) / 2;
    const centreY = (bounds.minY + bounds.maxY) / 2;
    this.#set({ k, x: width / 2 - centreX * k, y: FIT_PADDING + usableHeight / 2 - centreY * k }, true);
  }

  /**
   * Pans, if needed, so that the layout point `point` is at least `margin` pixels inside the canvas,
   * leaving out `covered` pixels where a flyout lies over the canvas: on the right, or on the left
   * when negative (a right-to-left page).
   */
  reveal(point: Point, margin = 48, covered = 0): void {
    const size = this.size;
    const height = size.height;
    const coveredLeft = Math.max(0, -covered);
    const width = Math.max(size.width - Math.abs(covered), 2 * margin);
    const { x, y, k } = this.#transform;
    // Measured from the left edge of the part left uncovered.
    const screenX = point.x * k + x - coveredLeft;
    const screenY = point.y * k + y;
    const safeMarginX = Math.min(margin, width / 2);
    const safeMarginY = Math.min(margin, height / 2);
    const dx =
      screenX < safeMarginX ? safeMarginX - screenX : screenX > width - safeMarginX ? width - safeMarginX - screenX : 0;
    const dy =
      screenY < safeMarginY ? safeMarginY - screenY : screenY > height - safeMarginY ? height - safeMarginY - screenY : 0;
    if (dx !== 0 || dy !== 0) this.panBy(dx, dy);
  }

  /** Whether the click now being handled ended a drag (and so should not select). */
  consumeDragClick(): boolean {
    const dragged = this.#suppressClick;
    this.#suppressClick = false;
    return dragged;
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.button !== 0 || !event.isPrimary) return;
    const { x, y } = this.#transform;
    this.#drag = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, x, y, moved: false };
    this.#suppressClick = false;
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    const dx = event.clientX - drag.startX;
    const dy = event.clientY - drag.startY;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    if (!drag.moved) {
      drag.moved = true;
      (event.currentTarget as Element | null)?.setPointerCapture?.(event.pointerId);
    }
    this.#set({ k: this.#transform.k, x: drag.x + dx, y: drag.y + dy });
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    const drag = this.#drag;
    if (!drag || drag.pointerId !== event.pointerId) return;
    this.#drag = undefined;
    this.#suppressClick = drag.moved;
  };

  /** Bound with `passive: false`, so that the page does not scroll while the graph zooms. */
  readonly onWheel = {
    passive: false,
    handleEvent: (event: WheelEvent): void => {
      if (event.deltaY === 0) return;
      event.preventDefault();
      const canvas = this.#options.canvas();
      const box = canvas?.getBoundingClientRect();
      const at = box ? { x: event.clientX - box.left, y: event.clientY - box.top } : undefined;
      const pixels = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? event.deltaY * 16 : event.deltaY;
      this.zoomBy(Math.exp(-pixels * 0.002), at);
    },
  };

  #set(transform: ViewTransform, fitted = false): void {
    const wasFar = this.far;
    this.#transform = transform;
    this.#fitted = fitted;
    this.#apply();
    if (this.far !== wasFar) this.#options.farChanged?.(this.far);
  }

  #apply(): void {
    const viewport = this.#options.viewport();
    const { x, y, k } = this.#transform;
    const transform = `translate(${x} ${y}) scale(${k})`;
    // Setting it again unchanged would still make the browser lay out and paint the whole drawing again.
    if (viewport && viewport.getAttribute('transform') !== transform) viewport.setAttribute('transform', transform);
    this.#options.canvas()?.classList.toggle('far', this.far);
  }
}
