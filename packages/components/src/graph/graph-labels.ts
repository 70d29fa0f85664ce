import type { EntityType } from '../api/model.js';

/** Entity types in the plural, for group nodes ("12 Files") and the list view's branches. */
export const ENTITY_TYPE_PLURALS: Record<EntityType, string> = {
  device: 'Devices',
  user: 'Users',
  mailbox: 'Mailboxes',
  ip: 'IP addresses',
  url: 'URLs',
  file: 'Files',
  process: 'Processes',
  cloudApplication: 'Apps',
  azureResource: 'Cloud resources',
  registryKey: 'Registry keys',
  registryValue: 'Registry values',
  unknown: 'Other evidence',
};

/** A label short enough to sit under a node; the full text is in the node's accessible name and flyout. */
export function shortLabel(text: string, max = 22): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
