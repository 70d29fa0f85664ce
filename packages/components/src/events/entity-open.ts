import type { Entity } from '../api/model.js';

export interface EntityOpenDetail {
  entity: Entity;
}

/** A person asked to open an entity's own page (a device, a user, a mailbox, ...). */
export class EntityOpenEvent extends CustomEvent<EntityOpenDetail> {
  static readonly type = 'soc-entity-open';

  constructor(entity: Entity) {
    super(EntityOpenEvent.type, { detail: { entity }, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'soc-entity-open': EntityOpenEvent;
  }
}
