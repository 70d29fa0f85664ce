import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { EntityType, Evidence } from '../api/model.js';
import { EntityOpenEvent } from '../events/entity-open.js';
import { GraphSelectEvent } from '../events/graph-select.js';
import { LocaleController } from '../i18n/localizer.js';
import { describeApiError } from '../internal/describe-api-error.js';
import { entityIcon } from '../internal/entity-icons.js';
import { SocElement } from '../internal/soc-element.js';
import { verdictMarker } from '../internal/verdict-marker.js';
import { skeletonStyles } from '../styles/skeleton.styles.js';
import { baseStyles } from '../styles/tokens.js';
import { chunkOf, drawingOf, nodeElementId, placeDrawingLabels, renderDrawing, type Drawing } from './graph-canvas.js';
import { estimateLabelWidth, type MeasureLabel } from './graph-labels.js';
import { renderAlertFlyout, renderEntityFlyout, type FlyoutHandlers } from './graph-flyout.js';
import {
  DEFAULT_GROUP_THRESHOLD,
  groupableTypes,
  groupGraph,
  type GroupableType,
  shownKeys,
  type VisibleGraph,
} from './graph-grouping.js';
import { prepareLayoutWorker, runLayout, WORKER_THRESHOLD, type LayoutThread } from './graph-layout-runner.js';
import {
  alertIdsOf,
  alertKey,
  alertsNaming,
  buildIncidentGraph,
  emphasisAround,
  entitiesOf,
  evidenceFromAlerts,
  type IncidentGraph,
} from './graph-model.js';
import { graphLayoutOf, layoutRequestOf, type GraphLayout } from './graph-positions.js';
import { graphCatalog } from './messages.js';
import { GraphViewportController, ZOOM_STEP } from './graph-viewport.js';
import { FLYOUT_MAX_SHARE, FLYOUT_MAX_WIDTH, FLYOUT_MIN_WIDTH, incidentGraphStyles } from './incident-graph.styles.js';
import { initiallyExpanded, renderTree, treeBranches, visibleTreeRows, type TreeBranch } from './graph-tree.js';
import { ARROW_DIRECTIONS, nearestInDirection, type Direction } from './spatial-navigation.js';
import { TreeKeyboardController } from './tree-keyboard.js';

/** A graph and the layout computed for it: what the canvas draws. */
interface Shown {
  visible: VisibleGraph;
  layout: GraphLayout;
}

type View = 'graph' | 'list';

/** How far one Shift+arrow press pans, in pixels. */
const PAN_STEP = 80;

const PAN: Record<Direction, [number, number]> = {
  left: [PAN_STEP, 0],
  right: [-PAN_STEP, 0],
  up: [0, PAN_STEP],
  down: [0, -PAN_STEP],
};


/**
 * About how many nodes the graph of these alerts and entities shows, with the types that have
 * more entities than `threshold` and are not expanded collapsed into one node each.
 */
function shownNodesAbout(
  alerts: number,
  entities: readonly { type: EntityType }[],
  expanded: ReadonlySet<EntityType>,
  threshold: number,
): number {
  const perType = new Map<EntityType, number>();
  for (const { type } of entities) perType.set(type, (perType.get(type) ?? 0) + 1);
  let count = alerts;
  for (const [type, members] of perType) count += members > threshold && !expanded.has(type) ? 1 : members;
  return count;
}

/** The shape assumed for the drawing area while the element is not laid out (hidden, detached). */
const DEFAULT_ASPECT = 16 / 9;

/**
 * Graphs with more nodes than this are built in a task of their own, have their node elements made
 * while the layout runs, and are drawn a chunk (`NODE_CHUNK`) at a time over several frames (the
 * tab stop's chunk first, alone), so that no frame of drawing them takes long; smaller graphs are
 * drawn at once.
 */
export const CHUNKED_DRAWING_FROM = 400;

/**
 * Chunks drawn in each frame after the first. Their node elements are made while the layout runs
 * (`prepareDrawing`), so that a chunk costs a frame little more than its style and paint: 2,000
 * nodes are drawn in three frames, none of them near 50 ms.
 */
export const CHUNKS_PER_FRAME = 2;

const zoomInIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <g fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round">
    <circle cx="7" cy="7" r="4.75" /><path d="m10.5 10.5 4 4M5 7h4M7 5v4" />
  </g>
</svg>`;
const zoomOutIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <g fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round">
    <circle cx="7" cy="7" r="4.75" /><path d="m10.5 10.5 4 4M5 7h4" />
  </g>
</svg>`;
const fitIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <path
    d="M2 5.5V3a1 1 0 0 1 1-1h2.5M10.5 2H13a1 1 0 0 1 1 1v2.5M14 10.5V13a1 1 0 0 1-1 1h-2.5M5.5 14H3a1 1 0 0 1-1-1v-2.5"
    fill="none"
    stroke="currentColor"
    stroke-width="1.25"
    stroke-linecap="round"
  />
</svg>`;
const graphIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <g fill="none" stroke="currentColor" stroke-width="1.25">
    <circle cx="4" cy="4" r="2" /><circle cx="12" cy="6" r="2" /><circle cx="6" cy="12.5" r="2" />
    <path d="M5.9 4.5 10 5.5M11 7.7 7.2 11M4.4 6l1.1 4.5" />
  </g>
</svg>`;
const listIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
  <path d="M5.5 4h8M5.5 8h8M5.5 12h8M2.5 4h.5M2.5 8h.5M2.5 12h.5" fill="none" stroke="currentColor" stroke-width="1.25" stroke-linecap="round" />
</svg>`;

/**
 * The alerts and entities of an incident as a graph: one node per alert and per entity, an edge
 * where an alert names an entity (and where entities' own fields join them, e.g. a device and its
 * IP address). Types with many entities start collapsed into a group node ("12 Files") that
 * expands from the node or the toolbar. The layout is a force layout computed once (in a worker
 * for large graphs; where none can start, e.g. under a CSP that leaves out the kit's Trusted Types
 * policy, a note says the graph was laid out on the page); zoom and pan by buttons, keys, drag and wheel.
 * A graph of more than 500 nodes is drawn over a few frames, 500 in the first and up to 1,000 in
 * each after (their elements made while it is laid out), and the labels under the nodes are drawn
 * only once the person zooms in far enough to read them.
 *
 * Keyboard: the graph is one tab stop; the arrow keys move to the nearest node in that direction,
 * Enter or Space opens the node's details in a flyout (or expands a group), Escape closes it and
 * returns to its node, Shift+arrows pan, + and − zoom, 0 fits the graph to the view, Home and
 * End go to the first and last node. "List view" shows the same alerts and entities as a tree.
 *
 * Selecting an alert or an entity highlights it with its alerts or entities and dims the rest;
 * so does `highlightedAlertId` (set by a host such as the attack story) while nothing is selected.
 *
 * @summary The incident's alerts and entities as a graph, with a flyout and a list view.
 *
 * @fires soc-graph-select - A node was selected (`detail.node`, `detail.alertIds`), or the selection was cleared (`detail.node` is null).
 * @fires soc-entity-open - "Open entity page" was pressed in an entity's flyout; `detail.entity` is the entity.
 *
 * @csspart toolbar - The bar of zoom, group and view buttons.
 * @csspart canvas - The area the graph is drawn in.
 * @csspart list - The tree of the list view.
 * @csspart flyout - The details of the selected node.
 * @csspart open-entity - The flyout's "Open entity page" button.
 *
 * @cssproperty --soc-color-background - Canvas, nodes and flyout surface.
 * @cssproperty --soc-color-border - Edges, dividers and node outlines of unknown verdict.
 * @cssproperty --soc-color-accent - Selection ring and emphasised edges.
 * @cssproperty --soc-color-focus - Focus ring of the focused node.
 * @cssproperty --soc-color-danger - Malicious entities.
 * @cssproperty --soc-color-warning - Suspicious entities.
 * @cssproperty --soc-color-success - Entities with no threats found.
 * @cssproperty --soc-color-severity-high - Ring of high-severity alerts (and medium, low, informational likewise).
 */
export class SocIncidentGraph extends SocElement {
  static override styles = [baseStyles, skeletonStyles, incidentGraphStyles];

  @consume({ context: apiContext, subscribe: true })
  @state()
  api?: IncidentApi;

  /** ID of the incident whose graph to show. */
  @property({ attribute: 'incident-id' }) incidentId?: string;

  /** An alert to emphasise with its entities (the rest dimmed) while no node is selected. */
  @property({ attribute: 'highlighted-alert-id' }) highlightedAlertId: string | null = null;

  /** Types with more entities than this start collapsed into a group node. */
  @property({ type: Number, attribute: 'group-threshold' }) groupThreshold = DEFAULT_GROUP_THRESHOLD;

  @state() private view: View = 'graph';
  @state() private expandedTypes: ReadonlySet<EntityType> = new Set();
  /** Key of the selected alert or entity (its flyout is open). */
  @state() private selectedKey?: string;
  /** Key of the shown node that is the graph's tab stop. */
  @state() private focusedKey?: string;
  @state() private treeExpanded?: ReadonlySet<string>;
  @state() private shown?: Shown;

  #layoutThread?: LayoutThread;
  /** The last layout wanted a worker but ran on the page: the element says so. */
  #workerUnavailable = false;

  #fitPending = false;
  /** A node to move focus to once the next layout is drawn (the first member of an expanded group). */
  #focusAfterLayout?: string;
  #focusNodeAfterRender = false;
  #visibleMemo?: { graph: IncidentGraph; expanded: ReadonlySet<EntityType>; threshold: number; visible: VisibleGraph };
  #branchMemo?: { graph: IncidentGraph; language: string; branches: TreeBranch[] };
  #drawingMemo?: { shown: Shown; language: string; drawing: Drawing };
  /** The drawing of a large graph whose layout is running, its node elements made meanwhile (`prepareDrawing`). */
  #preparedDrawing?: { visible: VisibleGraph; language: string; drawing: Drawing };
  /** The chunks of a large drawing drawn so far, while it is drawn over several frames. */
  #chunked?: { drawing: Drawing; drawn: Set<number> };
  #chunkScheduled = false;
  #resizeObserver?: ResizeObserver;
  #observedCanvas?: Element;

  private readonly l10n = new LocaleController(this, graphCatalog);

  private readonly dataTask = new Task(this, {
    task: async ([api, incidentId], { signal }) => {
      if (!api || !incidentId) return initialState;
      const [alerts, evidence] = await Promise.all([
        api.listIncidentAlerts(incidentId, { signal }),
        api.capabilities.has('evidence') ? api.listEvidence(incidentId, { signal }) : undefined,
      ]);
      // A graph to be laid out in a worker: start the worker now, so that it loads while the graph is built.
      if (evidence && shownNodesAbout(alerts.length, evidence, this.expandedTypes, this.groupThreshold) >= WORKER_THRESHOLD) {
        prepareLayoutWorker();
      }
      // A client that answers at once (from memory) would have a large graph built, grouped and
      // drawn in the task that inserted the element: build it in a task of its own.
      if (alerts.length + (evidence?.length ?? 0) > CHUNKED_DRAWING_FROM) {
        await new Promise((resolve) => setTimeout(resolve));
        if (signal.aborted) throw new DOMException('The load was cancelled.', 'AbortError');
      }
      return buildIncidentGraph(alerts, evidence ?? evidenceFromAlerts(alerts));
    },
    args: () => [this.api, this.incidentId] as const,
  });

  private readonly layoutTask = new Task(this, {
    task: async ([visible], { signal }) => {
      if (!visible || visible.nodes.length === 0) return initialState;
      // Let the canvas render first: the layout takes the shape of the area it will be shown in.
      await this.updateComplete;
      if (signal.aborted) throw new DOMException('The layout was cancelled.', 'AbortError');
      const request = layoutRequestOf(visible, this.shown, this.layoutAspect());
      const laidOut = runLayout(request, { signal });
      if (visible.nodes.length > CHUNKED_DRAWING_FROM) this.prepareDrawing(visible, signal);
      const { positions, thread, workerUnavailable } = await laidOut;
      this.#layoutThread = thread;
      this.#workerUnavailable = workerUnavailable;
      const shown: Shown = { visible, layout: graphLayoutOf(visible, positions) };
      return shown;
    },
    args: () => [this.visibleGraph] as const,
    onComplete: (shown) => {
      this.shown = shown;
      this.#fitPending = true;
      const pending = this.#focusAfterLayout;
      this.#focusAfterLayout = undefined;
      const representative = pending ? shown.visible.shownAs.get(pending) : undefined;
      if (representative) {
        this.focusedKey = representative;
        this.#focusNodeAfterRender = true;
      }
    },
  });

  private readonly viewport = new GraphViewportController(this, {
    canvas: () => this.renderRoot?.querySelector('.canvas'),
    viewport: () => this.renderRoot?.querySelector<SVGGElement>('.viewport'),
    // Labels are placed and drawn once the person zooms in far enough to read them.
    farChanged: (far) => {
      if (!far && this.#drawingMemo && !this.#drawingMemo.drawing.labelsPlaced) this.requestUpdate();
    },
  });

  private readonly treeKeyboard = new TreeKeyboardController(this, {
    rows: () => this.treeRows(),
    toggle: (key, expanded) => this.toggleBranch(key, expanded),
    activate: (key) => this.select(key),
    focus: (key) => void this.focusTreeRow(key),
  });

  /** Loads the incident's alerts and evidence again. */
  refresh(): void {
    void this.dataTask.run();
  }

  /** Where the last layout ran: 'worker' for a large graph, unless no worker could start. */
  get layoutThread(): LayoutThread | undefined {
    return this.#layoutThread;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: render again, so that the canvas is observed for resizes again.
    if (this.hasUpdated) this.requestUpdate();
  }

  private get graph(): IncidentGraph | undefined {
    return this.dataTask.status === TaskStatus.COMPLETE ? this.dataTask.value : undefined;
  }

  /** The graph as shown now (groups collapsed or expanded), rebuilt only when those change. */
  private get visibleGraph(): VisibleGraph | undefined {
    const graph = this.graph;
    if (!graph) return undefined;
    const memo = this.#visibleMemo;
    if (
      memo?.graph !== graph ||
      memo.expanded !== this.expandedTypes ||
      memo.threshold !== this.groupThreshold
    ) {
      this.#visibleMemo = {
        graph,
        expanded: this.expandedTypes,
        threshold: this.groupThreshold,
        visible: groupGraph(graph, this.expandedTypes, this.groupThreshold),
      };
    }
    return this.#visibleMemo!.visible;
  }

  private get branches(): TreeBranch[] {
    const graph = this.graph;
    if (!graph) return [];
    const language = this.languageKey;
    if (this.#branchMemo?.graph !== graph || this.#branchMemo.language !== language) {
      this.#branchMemo = { graph, language, branches: treeBranches(graph, this.l10n) };
    }
    return this.#branchMemo.branches;
  }

  /** Changes when the words change: another language (shown once its translation is at hand). */
  private get languageKey(): string {
    return `${this.l10n.locale}|${this.l10n.language}`;
  }

  private get expandedBranches(): ReadonlySet<string> {
    return this.treeExpanded ?? initiallyExpanded(this.branches);
  }

  private treeRows() {
    return visibleTreeRows(this.branches, this.expandedBranches);
  }

  /** The alerts and entities to emphasise: around the selection, else around the highlighted alert. */
  private get emphasis(): Set<string> {
    const graph = this.graph;
    if (!graph) return new Set();
    if (this.selectedKey && graph.nodes.has(this.selectedKey)) return emphasisAround(graph, this.selectedKey);
    if (this.highlightedAlertId) return emphasisAround(graph, alertKey(this.highlightedAlertId));
    return new Set();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incidentId') && changed.get('incidentId') !== undefined) {
      this.expandedTypes = new Set();
      this.selectedKey = undefined;
      this.focusedKey = undefined;
      this.treeExpanded = undefined;
      this.shown = undefined;
    }
    // Fit a new layout before it is drawn: the zoom decides whether its labels are drawn at all.
    if (this.#fitPending && this.shown && this.view === 'graph' && this.renderRoot.querySelector('.canvas')) {
      this.#fitPending = false;
      this.viewport.fit(this.shown.layout.bounds);
    }
  }

  override updated(changed: PropertyValues<this>): void {
    const canvas = this.renderRoot.querySelector('.canvas') ?? undefined;
    if (canvas !== this.#observedCanvas) {
      this.#resizeObserver ??= new ResizeObserver((entries) => this.onCanvasResize(entries));
      if (this.#observedCanvas) this.#resizeObserver.unobserve(this.#observedCanvas);
      if (canvas) this.#resizeObserver.observe(canvas);
      this.#observedCanvas = canvas;
    }
    if (this.#fitPending && canvas && this.shown) {
      this.#fitPending = false;
      this.viewport.fit(this.shown.layout.bounds);
    }
    if (this.#focusNodeAfterRender && canvas && this.shown) {
      this.#focusNodeAfterRender = false;
      this.focusRenderedNode(this.shown, this.currentFocusKey(this.shown));
    }
    if (this.#chunked && this.#chunked.drawn.size < this.#chunked.drawing.chunkCount) this.scheduleChunk();
    if ((changed as Map<PropertyKey, unknown>).has('selectedKey') && this.selectedKey && this.shown && canvas) {
      // The flyout lies over the canvas: keep the selected node beside it.
      const index = this.shown.visible.indexOf.get(this.shown.visible.shownAs.get(this.selectedKey) ?? '');
      if (index !== undefined) this.viewport.reveal(this.pointOf(this.shown, index), undefined, this.flyoutWidth());
    }
    if (changed.has('highlightedAlertId') && this.highlightedAlertId && this.shown && canvas) {
      const index = this.shown.visible.indexOf.get(alertKey(this.highlightedAlertId));
      if (index !== undefined) this.viewport.reveal(this.pointOf(this.shown, index), undefined, this.flyoutWidth());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observedCanvas = undefined;
  }

  private onCanvasResize(entries: ResizeObserverEntry[]): void {
    const box = entries.at(-1)?.contentRect;
    if (box) this.viewport.resize(box.width, box.height);
    // A graph the person has not moved stays fitted to the area it is given.
    if (this.shown && this.viewport.fitted) this.viewport.fit(this.shown.layout.bounds);
  }

  /**
   * How much of the canvas the flyout covers at the end of the line (its width, as the styles set
   * it): on the right, or on the left in a right-to-left page (negative).
   */
  private flyoutWidth(): number {
    if (!this.selectedKey || this.view !== 'graph') return 0;
    const { width: area } = this.viewport.size;
    const width = Math.min(FLYOUT_MAX_WIDTH, Math.max(FLYOUT_MIN_WIDTH, area * FLYOUT_MAX_SHARE), area);
    return getComputedStyle(this).direction === 'rtl' ? -width : width;
  }

  /**
   * Width over height of the area the graph is drawn in (the list view's, when it is shown).
   * Measured before the drawing exists, so that measuring is cheap.
   */
  private layoutAspect(): number {
    const canvas = this.renderRoot.querySelector('.canvas');
    if (canvas) {
      const { width, height } = this.viewport.size;
      return width / height;
    }
    const { width, height } = (this.renderRoot.querySelector('.list') ?? this).getBoundingClientRect();
    return width > 0 && height > 0 ? width / height : DEFAULT_ASPECT;
  }

  private pointOf(shown: Shown, index: number) {
    return { x: shown.layout.positions[index * 2]!, y: shown.layout.positions[index * 2 + 1]! };
  }

  // ---------------------------------------------------------------------------------------------
  // Actions
  // ---------------------------------------------------------------------------------------------

  private select(key: string): void {
    const graph = this.graph;
    const node = graph?.nodes.get(key);
    if (!graph || !node) return;
    this.selectedKey = key;
    const representative = this.shown?.visible.shownAs.get(key);
    if (representative) this.focusedKey = representative;
    if (node.kind === 'alert') {
      this.emit(new GraphSelectEvent({ kind: 'alert', alert: node.alert }, [node.alert.id]));
    } else {
      this.emit(new GraphSelectEvent({ kind: 'entity', entity: node.entity }, alertIdsOf(graph, node.entity)));
    }
  }

  /** Closes the flyout and returns focus to the selected node, in whichever view is shown. */
  private async closeFlyout(): Promise<void> {
    const key = this.selectedKey;
    if (!key) return;
    this.selectedKey = undefined;
    this.emit(new GraphSelectEvent(null, []));
    if (this.view === 'list') await this.focusTreeRow(key);
    else await this.focusGraphNode(key);
  }

  /** Selects a node from inside the flyout: the flyout shows it, and keeps the focus. */
  private async selectFromFlyout(key: string): Promise<void> {
    this.select(key);
    if (this.view === 'list') this.treeKeyboard.setActive(key);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#flyout-title')?.focus();
  }

  private activateGraphNode(key: string): void {
    const node = this.shown?.visible.nodes[this.shown.visible.indexOf.get(key) ?? -1];
    if (!node) return;
    this.focusedKey = key;
    if (node.kind === 'group') {
      this.#focusAfterLayout = node.members[0]?.key;
      this.setGroupExpanded(node.type, true);
    } else {
      this.select(key);
    }
  }

  private setGroupExpanded(type: EntityType, expanded: boolean): void {
    const next = new Set(this.expandedTypes);
    if (expanded) next.add(type);
    else next.delete(type);
    this.expandedTypes = next;
  }

  private toggleBranch(key: string, expanded: boolean): void {
    const next = new Set(this.expandedBranches);
    if (expanded) next.add(key);
    else next.delete(key);
    this.treeExpanded = next;
  }

  private chooseTreeRow(key: string): void {
    this.treeKeyboard.setActive(key);
    if (key.startsWith('t/')) this.toggleBranch(key, !this.expandedBranches.has(key));
    else this.select(key);
  }

  /** Moves focus to the shown node for a graph key (itself, or its group), panning it into view. */
  private async focusGraphNode(key: string): Promise<void> {
    const shown = this.shown;
    const representative = shown?.visible.shownAs.get(key) ?? key;
    const index = shown?.visible.indexOf.get(representative);
    if (!shown || index === undefined) return;
    this.focusedKey = representative;
    await this.updateComplete;
    this.focusRenderedNode(shown, representative);
  }

  /** Focuses a drawn node, panning it into view first. */
  private focusRenderedNode(shown: Shown, key: string): void {
    const index = shown.visible.indexOf.get(key);
    if (index === undefined) return;
    this.viewport.reveal(this.pointOf(shown, index), undefined, this.flyoutWidth());
    this.renderRoot.querySelector<SVGGElement>(`#${nodeElementId(index)}`)?.focus({ preventScroll: true });
  }

  private async focusTreeRow(key: string): Promise<void> {
    const branch = this.branches.find((candidate) => candidate.items.some((item) => item.key === key));
    if (branch && !this.expandedBranches.has(branch.key)) this.toggleBranch(branch.key, true);
    this.treeKeyboard.setActive(key);
    await this.updateComplete;
    const rows = this.renderRoot.querySelectorAll<HTMLElement>('[role="treeitem"]');
    for (const row of rows) {
      if (row.dataset.key === key) {
        row.focus();
        return;
      }
    }
  }

  private showView(view: View): void {
    if (view === this.view) return;
    this.view = view;
    if (view === 'list' && this.selectedKey) this.treeKeyboard.setActive(this.selectedKey);
  }

  private zoomIn = () => this.viewport.zoomBy(ZOOM_STEP);
  private zoomOut = () => this.viewport.zoomBy(1 / ZOOM_STEP);
  private fitToView = () => {
    if (this.shown) this.viewport.fit(this.shown.layout.bounds);
  };

  /** The shown node that is the graph's tab stop. */
  private currentFocusKey(shown: Shown): string {
    if (this.focusedKey && shown.visible.indexOf.has(this.focusedKey)) return this.focusedKey;
    const selected = this.selectedKey ? shown.visible.shownAs.get(this.selectedKey) : undefined;
    return selected ?? shown.visible.nodes[0]!.key;
  }

  private onGraphKeydown(event: KeyboardEvent): void {
    const shown = this.shown;
    if (!shown || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROW_DIRECTIONS[event.key];
    const focused = this.currentFocusKey(shown);
    if (direction) {
      event.preventDefault();
      if (event.shiftKey) {
        this.viewport.panBy(...PAN[direction]);
        return;
      }
      const next = nearestInDirection(shown.layout.positions, shown.visible.indexOf.get(focused) ?? 0, direction);
      if (next >= 0) void this.focusGraphNode(shown.visible.nodes[next]!.key);
      return;
    }
    switch (event.key) {
      case '+':
      case '=':
        this.zoomIn();
        break;
      case '-':
      case '_':
        this.zoomOut();
        break;
      case '0':
        this.fitToView();
        break;
      case 'Home':
        void this.focusGraphNode(shown.visible.nodes[0]!.key);
        break;
      case 'End':
        void this.focusGraphNode(shown.visible.nodes.at(-1)!.key);
        break;
      case 'Enter':
      case ' ':
        this.activateGraphNode(focused);
        break;
      case 'Escape':
        if (!this.selectedKey) return;
        void this.closeFlyout();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private onGraphClick(event: MouseEvent): void {
    if (this.viewport.consumeDragClick()) return;
    const node = (event.target as Element).closest<SVGGElement>('.node');
    const key = node?.dataset.key;
    if (key) this.activateGraphNode(key);
  }

  private onGraphFocusIn(event: FocusEvent): void {
    const node = (event.target as Element).closest<SVGGElement>('.node');
    // The focus ring is drawn apart from the node: show it as :focus-visible would. (A `:has()`
    // rule would do it in CSS, but makes every change inside a large graph restyle all of it.)
    (event.currentTarget as Element).classList.toggle('keyboard-focus', !!node?.matches(':focus-visible'));
    const key = node?.dataset.key;
    if (key && key !== this.focusedKey) this.focusedKey = key;
  }

  private onGraphFocusOut(event: FocusEvent): void {
    const graph = event.currentTarget as Element;
    if (!graph.contains(event.relatedTarget as Node | null)) graph.classList.remove('keyboard-focus');
  }

  private onFlyoutKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    void this.closeFlyout();
  }

  private onTreeKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selectedKey) {
      event.preventDefault();
      void this.closeFlyout();
      return;
    }
    this.treeKeyboard.handleKeydown(event);
  };

  // ---------------------------------------------------------------------------------------------
  // Rendering
  // ---------------------------------------------------------------------------------------------

  override render() {
    if (!this.incidentId) {
      return html`<div class="state"><p class="muted">${this.l10n.t('noIncident')}</p></div>`;
    }
    return this.dataTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      error: (error) => this.renderError(error),
      complete: (graph) =>
        graph.alerts.length + graph.entities.length === 0 ? this.renderEmpty() : this.renderLoaded(graph),
    });
  }

  private renderLoading() {
    return html`<div class="skeleton graph-skeleton" aria-busy="true">
      <p class="visually-hidden" role="status">${this.l10n.t('loading')}</p>
      <div class="skeleton-toolbar"><span></span><span></span><span></span></div>
      <div class="skeleton-canvas"><span></span><span></span><span></span><span></span><span></span></div>
    </div>`;
  }

  private renderError(error: unknown, retry: () => void = () => this.refresh()) {
    const described = describeApiError(
      error,
      { action: this.l10n.t('actionView'), loading: this.l10n.t('loadingGraph') },
      this.l10n,
    );
    return html`<div class="state error" role="alert">
      <h2>${described.title}</h2>
      <p>${described.message}</p>
      ${described.canRetry
        ? html`<button type="button" class="button" @click=${retry}>${this.l10n.t('action.retry')}</button>`
        : nothing}
    </div>`;
  }

  private renderEmpty() {
    return html`<div class="state">
      <p class="empty">${this.l10n.t('emptyTitle')}</p>
      <p class="muted">${this.l10n.t('emptyBody')}</p>
    </div>`;
  }

  private renderLoaded(graph: IncidentGraph) {
    const visible = this.visibleGraph!;
    const selected = this.selectedKey ? graph.nodes.get(this.selectedKey) : undefined;
    return html`${this.renderToolbar(graph)}
      <div class="body in-${this.view}-view">
        ${this.view === 'graph' ? this.renderCanvas(visible) : this.renderList()}
        ${this.view === 'graph' || selected ? this.renderFlyout(graph, selected?.key) : nothing}
      </div>`;
  }

  private renderToolbar(graph: IncidentGraph) {
    const canZoom = this.view === 'graph' && !!this.shown;
    const groups = groupableTypes(graph, this.groupThreshold);
    const zoomIn = this.l10n.t('zoomIn');
    const zoomOut = this.l10n.t('zoomOut');
    return html`<div class="toolbar" part="toolbar" role="group" aria-label=${this.l10n.t('tools')}>
      <button type="button" class="tool icon-only" aria-label=${zoomIn} title=${zoomIn} ?disabled=${!canZoom} @click=${this.zoomIn}>
        ${zoomInIcon}
      </button>
      <button type="button" class="tool icon-only" aria-label=${zoomOut} title=${zoomOut} ?disabled=${!canZoom} @click=${this.zoomOut}>
        ${zoomOutIcon}
      </button>
      <button type="button" class="tool" ?disabled=${!canZoom} @click=${this.fitToView}>
        ${fitIcon}<span>${this.l10n.t('fitToView')}</span>
      </button>
      <span class="spacer"></span>
      <div class="switch" role="group" aria-label=${this.l10n.t('view')}>
        <button
          type="button"
          class="tool"
          aria-pressed=${this.view === 'graph' ? 'true' : 'false'}
          @click=${() => this.showView('graph')}
        >
          ${graphIcon}<span>${this.l10n.t('graphView')}</span>
        </button>
        <button
          type="button"
          class="tool"
          aria-pressed=${this.view === 'list' ? 'true' : 'false'}
          @click=${() => this.showView('list')}
        >
          ${listIcon}<span>${this.l10n.t('listView')}</span>
        </button>
      </div>
    </div>
    ${groups.length > 0 && this.view === 'graph' ? this.renderGroupBar(groups) : nothing}
    ${this.#workerUnavailable && this.view === 'graph' ? this.renderLayoutNote() : nothing}`;
  }

  /** Said when a large graph was laid out on the page: no worker could start (e.g. a strict CSP). */
  private renderLayoutNote() {
    return html`<p class="layout-note" role="note">${this.l10n.t('laidOutOnPage')}</p>`;
  }

  /** One toggle per type that can collapse into a group node, and one for all of them. */
  private renderGroupBar(groups: GroupableType[]) {
    const allExpanded = groups.every(({ type }) => this.expandedTypes.has(type));
    return html`<div class="group-bar" role="group" aria-labelledby="groups-label">
      <span class="groups-label" id="groups-label">${this.l10n.t('groups')}</span>
      ${groups.map(({ type, count: size }) => {
        const expanded = this.expandedTypes.has(type);
        const inText = this.l10n.t(`typesInText.${type}`);
        return html`<button
          type="button"
          class="tool chip"
          data-type=${type}
          aria-expanded=${expanded ? 'true' : 'false'}
          title=${this.l10n.t(expanded ? 'collapseGroup' : 'expandGroup', { count: size, types: inText })}
          @click=${() => this.setGroupExpanded(type, !expanded)}
        >
          ${entityIcon(type)}<span>${this.l10n.t('groupChip', { types: this.l10n.t(`entityTypePlural.${type}`), count: size })}</span>
        </button>`;
      })}
      <button
        type="button"
        class="tool chip all"
        @click=${() => (this.expandedTypes = allExpanded ? new Set() : new Set(groups.map(({ type }) => type)))}
      >
        ${this.l10n.t(allExpanded ? 'collapseAll' : 'expandAll')}
      </button>
    </div>`;
  }

  private renderCanvas(visible: VisibleGraph) {
    const layingOut = this.layoutTask.status === TaskStatus.PENDING;
    if (this.layoutTask.status === TaskStatus.ERROR) {
      return html`<div class="canvas" part="canvas">
        ${this.renderError(this.layoutTask.error, () => void this.layoutTask.run())}
      </div>`;
    }
    const shown = this.shown;
    return html`<div
      class="canvas"
      part="canvas"
      data-layout-thread=${this.#layoutThread ?? nothing}
      @pointerdown=${this.viewport.onPointerDown}
      @pointermove=${this.viewport.onPointerMove}
      @pointerup=${this.viewport.onPointerUp}
      @pointercancel=${this.viewport.onPointerUp}
      @wheel=${this.viewport.onWheel}
    >
      ${shown ? this.renderDrawing(shown) : nothing}
      ${shown ? this.renderLegend() : nothing}
      ${layingOut
        ? html`<div class="laying-out${shown ? ' over' : ''}" role="status">
            <span class="spinner" aria-hidden="true"></span>
            ${this.l10n.t('layingOut', { count: visible.nodes.length })}
          </div>`
        : nothing}
    </div>`;
  }

  /** Widths of label text as the styles draw it: names at 12px, details at 11px semibold, in the host's font. */
  private labelMeasure(): MeasureLabel {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return estimateLabelWidth;
    const family = getComputedStyle(this).fontFamily;
    const fonts = { name: `12px ${family}`, detail: `600 11px ${family}` };
    return (text, line) => {
      context.font = fonts[line];
      return context.measureText(text).width;
    };
  }

  /**
   * The chunks of a large drawing to draw now: the tab stop's first (so that it can be focused
   * from the first frame), then one more per frame (`scheduleChunk`). Undefined once all are drawn,
   * and for a drawing small enough to draw at once.
   */
  private drawnChunks(drawing: Drawing, focusIndex: number): ReadonlySet<number> | undefined {
    if (drawing.visible.nodes.length <= CHUNKED_DRAWING_FROM) return undefined;
    if (this.#chunked?.drawing !== drawing) this.#chunked = { drawing, drawn: new Set() };
    const { drawn } = this.#chunked;
    drawn.add(chunkOf(focusIndex));
    return drawn.size < drawing.chunkCount ? drawn : undefined;
  }

  /**
   * Makes the node elements of a large graph while its layout runs in a worker, a chunk per task
   * (the tab stop's first), so that once the layout is done its chunks only need their positions
   * and to go in: the page has nothing else to do meanwhile.
   */
  private prepareDrawing(visible: VisibleGraph, signal: AbortSignal): void {
    const prepared = { visible, language: this.languageKey, drawing: drawingOf(visible, undefined, this.l10n) };
    this.#preparedDrawing = prepared;
    const { drawing } = prepared;
    const first = chunkOf(visible.indexOf.get(this.focusedKey ?? '') ?? 0);
    const chunks = [first, ...Array.from({ length: drawing.chunkCount }, (_, chunk) => chunk).filter((chunk) => chunk !== first)];
    const next = () => {
      if (this.#preparedDrawing !== prepared) return;
      if (signal.aborted) {
        this.#preparedDrawing = undefined;
        return;
      }
      const chunk = chunks.find((candidate) => !drawing.hasElements(candidate));
      if (chunk === undefined) return;
      drawing.nodeElements(chunk);
      setTimeout(next);
    };
    setTimeout(next);
  }

  /** Draws the next chunks of a large drawing once the frame now being produced has been painted. */
  private scheduleChunk(): void {
    if (this.#chunkScheduled) return;
    this.#chunkScheduled = true;
    const next = () => {
      this.#chunkScheduled = false;
      const chunked = this.#chunked;
      if (!chunked || chunked.drawing !== this.#drawingMemo?.drawing || !this.isConnected) return;
      const { drawn, drawing } = chunked;
      const before = drawn.size;
      for (let chunk = 0; chunk < drawing.chunkCount && drawn.size < before + CHUNKS_PER_FRAME; chunk++) drawn.add(chunk);
      if (drawn.size > before) this.requestUpdate();
    };
    // A task posted from a frame callback runs after that frame's style, layout and paint. A hidden
    // page has no frames: it goes on with timers.
    if (document.visibilityState === 'hidden') setTimeout(next);
    else requestAnimationFrame(() => setTimeout(next));
  }

  private renderDrawing(shown: Shown) {
    const { visible, layout } = shown;
    const language = this.languageKey;
    if (this.#drawingMemo?.shown !== shown || this.#drawingMemo.language !== language) {
      const prepared = this.#preparedDrawing;
      this.#preparedDrawing = undefined;
      let drawing: Drawing;
      if (prepared?.visible === visible && prepared.language === language && !prepared.drawing.placed) {
        prepared.drawing.place(layout);
        drawing = prepared.drawing;
      } else {
        drawing = drawingOf(visible, layout, this.l10n);
      }
      this.#drawingMemo = { shown, language, drawing };
    }
    const { drawing } = this.#drawingMemo;
    // Labels are placed and drawn once they would show: not while zoomed out too far to read them.
    const labels = drawing.labelsPlaced || !this.viewport.far;
    if (labels && !drawing.labelsPlaced) placeDrawingLabels(drawing, this.labelMeasure());
    const focusedKey = this.currentFocusKey(shown);
    const state = {
      focusedKey,
      selectedKey: this.selectedKey ? visible.shownAs.get(this.selectedKey) : undefined,
      emphasis: shownKeys(visible, this.emphasis),
      labels,
      chunks: this.drawnChunks(drawing, visible.indexOf.get(focusedKey) ?? 0),
    };
    const groups = visible.nodes.filter((node) => node.kind === 'group').length;
    const { alerts, entities } = visible.graph;
    const summary = {
      alerts: this.l10n.t('alertCount', { count: alerts.length }),
      entities: this.l10n.t('entityCount', { count: entities.length }),
      groups: this.l10n.t('groupCount', { count: groups }),
    };
    return html`<svg
        class="graph"
        role="group"
        aria-label=${this.l10n.t(groups ? 'graphSummaryWithGroups' : 'graphSummary', summary)}
        aria-describedby="graph-help"
        @keydown=${this.onGraphKeydown}
        @click=${this.onGraphClick}
        @focusin=${this.onGraphFocusIn}
        @focusout=${this.onGraphFocusOut}
      >
        <g class="viewport">${renderDrawing(drawing, state)}</g>
      </svg>
      <p id="graph-help" class="visually-hidden">${this.l10n.t('graphHelp')}</p>`;
  }

  private renderLegend() {
    const verdicts = ['malicious', 'suspicious', 'noThreatsFound', 'unknown'] as const;
    return html`<div class="legend" aria-label=${this.l10n.t('legend')} role="group">
      ${verdicts.map((verdict) => verdictMarker(verdict, this.l10n))}
      <span class="legend-alert">${this.l10n.t('alert')}</span>
    </div>`;
  }

  private renderList() {
    return html`<div class="list" part="list">
      ${renderTree(
        this.branches,
        {
          expanded: this.expandedBranches,
          activeKey: this.treeKeyboard.activeKey,
          selectedKey: this.selectedKey,
          emphasis: this.emphasis,
        },
        {
          keydown: this.onTreeKeydown,
          choose: (key) => this.chooseTreeRow(key),
          focus: (key) => this.treeKeyboard.setActive(key),
        },
        this.l10n,
      )}
    </div>`;
  }

  /**
   * Over the graph the flyout's frame is always there, hidden while nothing is selected: adding a
   * box beside a large drawing would make the browser lay the drawing out again.
   */
  private renderFlyout(graph: IncidentGraph, key: string | undefined) {
    if (key === undefined) return html`<div class="flyout-frame closed"></div>`;
    const node = graph.nodes.get(key)!;
    const handlers: FlyoutHandlers = {
      close: () => void this.closeFlyout(),
      select: (other) => void this.selectFromFlyout(other),
      openEntity: this.api?.capabilities.has('entityPages')
        ? (entity: Evidence) => this.emit(new EntityOpenEvent(entity))
        : undefined,
    };
    const flyout =
      node.kind === 'alert'
        ? renderAlertFlyout(
            node.alert,
            entitiesOf(graph, node.alert.id).map((entity) => entity.entity),
            handlers,
            this.l10n,
          )
        : renderEntityFlyout(
            node.entity,
            alertsNaming(graph, node.entity),
            handlers,
            this.l10n,
          );
    return html`<div class="flyout-frame" @keydown=${this.onFlyoutKeydown}>${flyout}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-incident-graph': SocIncidentGraph;
  }
}
