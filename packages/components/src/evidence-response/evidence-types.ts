import { ENTITY_TYPES, type EntityType, type Evidence } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { evidenceResponseMessages } from './messages.js';

/** The filter of the Evidence and Response tab: every item, or one entity type. */
export type EvidenceFilter = 'all' | EntityType;

export interface EvidenceFilterTab {
  filter: EvidenceFilter;
  label: string;
  count: number;
}

/** "All evidence", then each type the evidence holds, in the model's order, with counts; labels in the language of `l10n`. */
export function evidenceFilterTabs(
  evidence: readonly Evidence[],
  l10n: Localizer<typeof evidenceResponseMessages>,
): EvidenceFilterTab[] {
  const counts = new Map<EntityType, number>();
  for (const item of evidence) counts.set(item.type, (counts.get(item.type) ?? 0) + 1);
  return [
    { filter: 'all', label: l10n.t('allEvidence'), count: evidence.length },
    ...ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => ({
      filter: type,
      label: l10n.t(`entityTypePlural.${type}`),
      count: counts.get(type)!,
    })),
  ];
}

export function matchesFilter(item: Evidence, filter: EvidenceFilter): boolean {
  return filter === 'all' || item.type === filter;
}
