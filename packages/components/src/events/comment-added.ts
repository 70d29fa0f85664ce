import type { Comment } from '../api/model.js';

export interface CommentAddedDetail {
  /** The comment as the backend stored it. */
  comment: Comment;
}

/** A person added a comment to an incident: whoever shows the incident's activity can refresh. */
export class CommentAddedEvent extends CustomEvent<CommentAddedDetail> {
  static readonly type = 'soc-comment-added';

  constructor(comment: Comment) {
    super(CommentAddedEvent.type, { detail: { comment }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-comment-added': CommentAddedEvent;
  }
}
