export interface SavedViewDeletedDetail {
  /** The ID of the view the person deleted. */
  id: string;
}

/** A person deleted one of their saved views. */
export class SavedViewDeletedEvent extends CustomEvent<SavedViewDeletedDetail> {
  static readonly type = 'soc-saved-view-deleted';

  constructor(id: string) {
    super(SavedViewDeletedEvent.type, { detail: { id }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-saved-view-deleted': SavedViewDeletedEvent;
  }
}
