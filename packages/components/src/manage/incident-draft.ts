import type { Classification, Determination, Incident, IncidentPatch } from '../api/model.js';

/** The fields the manage dialog edits, in the order it shows them. */
export const DRAFT_FIELDS = [
  'displayName',
  'customTags',
  'assignedTo',
  'status',
  'severity',
  'classification',
  'determination',
] as const satisfies readonly (keyof IncidentPatch & keyof Incident)[];
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** The editable values of one incident. */
export type Draft = Pick<Incident, DraftField>;

/**
 * The values of a bulk edit: a field is absent while the selected incidents differ in it and the
 * person has not picked a value. `customTags` holds the tags every selected incident carries.
 */
export type BulkDraft = Partial<Draft> & { customTags: string[] };

/** The determinations the portal offers for a true positive. */
export const TRUE_POSITIVE_DETERMINATIONS = [
  'multiStagedAttack',
  'maliciousUserActivity',
  'compromisedAccount',
  'malware',
  'phishing',
  'unwantedSoftware',
  'other',
] as const satisfies readonly Determination[];

/**
 * The determinations a select offers: "Not set" and those of a true positive, then any other value
 * in `held` (an item's own, set elsewhere), which stays visible as it is.
 */
export function determinationChoices(held: readonly (Determination | undefined)[]): Determination[] {
  const choices: Determination[] = ['unknown', ...TRUE_POSITIVE_DETERMINATIONS];
  for (const value of held) if (value !== undefined && !choices.includes(value)) choices.push(value);
  return choices;
}

export function draftOf(incident: Incident): Draft {
  return {
    displayName: incident.displayName,
    customTags: [...incident.customTags],
    assignedTo: incident.assignedTo,
    status: incident.status,
    severity: incident.severity,
    classification: incident.classification,
    determination: incident.determination,
  };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** The fields of `draft` that differ from `base`, as a patch. */
export function changedFields(base: Draft, draft: Draft): IncidentPatch {
  const patch: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    if (!sameValue(base[field], draft[field])) patch[field] = draft[field];
  }
  return patch as IncidentPatch;
}

/** The person's changes (from `base` to `draft`) applied on top of a newer version. */
export function rebase(newer: Incident, base: Draft, draft: Draft): Draft {
  return { ...draftOf(newer), ...changedFields(base, draft) } as Draft;
}

/** What the selected incidents have in common. */
export function commonDraft(incidents: readonly Incident[]): BulkDraft {
  const [first, ...rest] = incidents.map(draftOf);
  if (!first) return { customTags: [] };
  const common: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    if (field !== 'customTags' && rest.every((other) => sameValue(other[field], first[field]))) {
      common[field] = first[field];
    }
  }
  const customTags = first.customTags.filter((tag) => rest.every((other) => other.customTags.includes(tag)));
  return { ...common, customTags } as BulkDraft;
}

/**
 * Selecting anything but a true positive clears the determination (the backend allows one only for
 * those). The same rule holds for an alert's classification.
 */
export function withClassificationRule<T extends { classification?: Classification; determination?: Determination }>(draft: T): T {
  if (draft.classification !== undefined && draft.classification !== 'truePositive') {
    return { ...draft, determination: 'unknown' };
  }
  return draft;
}

/** Whether saving would leave an incident resolved without a classification. */
export function resolvesWithoutClassification(draft: Partial<Draft>, incident?: Incident): boolean {
  const status = draft.status ?? incident?.status;
  const classification = draft.classification ?? incident?.classification;
  return status === 'resolved' && classification === 'unknown';
}

export interface BulkUpdate {
  ids: string[];
  patch: IncidentPatch;
}

/**
 * The bulk calls that apply a bulk draft: one per distinct resulting tag set, since tags are
 * added to and removed from each incident's own tags rather than replacing them.
 */
export function bulkUpdates(incidents: readonly Incident[], common: BulkDraft, draft: BulkDraft): BulkUpdate[] {
  const patch: Record<string, unknown> = {};
  for (const field of DRAFT_FIELDS) {
    if (field === 'customTags') continue;
    const value = draft[field];
    if (value !== undefined && !sameValue(value, common[field])) patch[field] = value;
  }
  const added = draft.customTags.filter((tag) => !common.customTags.includes(tag));
  const removed = common.customTags.filter((tag) => !draft.customTags.includes(tag));
  if (added.length === 0 && removed.length === 0) {
    return Object.keys(patch).length === 0 ? [] : [{ ids: incidents.map((i) => i.id), patch: patch as IncidentPatch }];
  }
  const groups = new Map<string, BulkUpdate>();
  for (const incident of incidents) {
    const tags = incident.customTags.filter((tag) => !removed.includes(tag));
    for (const tag of added) if (!tags.includes(tag)) tags.push(tag);
    const key = JSON.stringify(tags);
    const group = groups.get(key) ?? { ids: [], patch: { ...patch, customTags: tags } as IncidentPatch };
    group.ids.push(incident.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
