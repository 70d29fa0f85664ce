import type { SavedView } from '../api/model.js';

export interface SavedViewApplyDetail {
  /** The view the person chose from the queue's "Saved views" menu. */
  view: SavedView;
}

/** A person chose a saved view; the queue applies its filters, search, sort and columns. */
export class SavedViewApplyEvent extends CustomEvent<SavedViewApplyDetail> {
  static readonly type = 'soc-saved-view-apply';

  constructor(view: SavedView) {
    super(SavedViewApplyEvent.type, { detail: { view }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-saved-view-apply': SavedViewApplyEvent;
  }
}
