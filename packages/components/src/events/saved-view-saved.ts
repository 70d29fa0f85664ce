import type { SavedView } from '../api/model.js';

export interface SavedViewSavedDetail {
  /** The view as the storage kept it: new, renamed, updated, or made (or no longer) the default. */
  view: SavedView;
  /** Whether the view now holds what the queue shows (saved from it), rather than changed in the "Manage views" dialog. */
  current: boolean;
}

/** A person saved, renamed or re-flagged one of their saved views. */
export class SavedViewSavedEvent extends CustomEvent<SavedViewSavedDetail> {
  static readonly type = 'soc-saved-view-saved';

  constructor(view: SavedView, current: boolean) {
    super(SavedViewSavedEvent.type, { detail: { view, current }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-saved-view-saved': SavedViewSavedEvent;
  }
}
