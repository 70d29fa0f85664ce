import type { Alert, Evidence } from '../api/model.js';

/** What a person selected in the incident graph: an alert or an entity. */
export type GraphSelection = { kind: 'alert'; alert: Alert } | { kind: 'entity'; entity: Evidence };

export interface GraphSelectDetail {
  /** The selected node; `null` when the selection was cleared (its flyout closed). */
  node: GraphSelection | null;
  /** IDs of the alerts the selection highlights: the alert itself, or the alerts that name the entity. */
  alertIds: string[];
}

/** A person selected a node of the incident graph (its flyout opened), or cleared the selection. */
export class GraphSelectEvent extends CustomEvent<GraphSelectDetail> {
  static readonly type = 'soc-graph-select';

  constructor(node: GraphSelection | null, alertIds: string[]) {
    super(GraphSelectEvent.type, { detail: { node, alertIds }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-graph-select': GraphSelectEvent;
  }
}
