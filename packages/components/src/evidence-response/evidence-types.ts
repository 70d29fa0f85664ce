import { ENTITY_TYPES, type EntityType, type Evidence } from '../api/model.js';

/** The filter of the Evidence and Response tab: every item, or one entity type. */
export type EvidenceFilter = 'all' | EntityType;

/** Entity types as the portal names a list of them. */
export const EVIDENCE_TYPE_PLURALS: Record<EntityType, string> = {
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

export interface EvidenceFilterTab {
  filter: EvidenceFilter;
  label: string;
  count: number;
}

/** "All evidence", then each type the evidence holds, in the model's order, with counts. */
export function evidenceFilterTabs(evidence: readonly Evidence[]): EvidenceFilterTab[] {
  const counts = new Map<EntityType, number>();
  for (const item of evidence) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return [
    { filter: 'all', label: 'All evidence', count: evidence.length },
    ...ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => ({
      filter: type,
      label: EVIDENCE_TYPE_PLURALS[type],
      count: counts.get(type)!,
    })),
  ];
}

export function matchesFilter(item: Evidence, filter: EvidenceFilter): boolean {
  return filter === 'all' || item.type === filter;
}
