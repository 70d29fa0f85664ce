import { MAX_COMMENT_LENGTH } from '@soc-kit/components/api';
import { findAssignee } from './people.js';
import { ServiceError } from './service-error.js';

/** Field limits the service enforces (the REST layer and forms read them too). */
export const LIMITS = {
  displayNameLength: 256,
  descriptionLength: 10_000,
  tagLength: 64,
  tagCount: 50,
  commentLength: MAX_COMMENT_LENGTH,
  taskTitleLength: 256,
  taskDescriptionLength: 10_000,
  ruleNameLength: 256,
  liveResponseCommandLength: 1_000,
  alertsPerIncident: 200,
  evidencePerAlert: 500,
} as const;

export function invalid(field: string, message: string): never {
  throw new ServiceError('validation', message, { field });
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** `value` when it is one of `allowed`; otherwise a validation error naming the field and the allowed values. */
export function requireEnum<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return invalid(field, `${field} must be one of: ${allowed.join(', ')} (got ${describe(value)}).`);
}

/** Like `requireEnum`, but accepts any letter case ('TruePositive' → 'truePositive'), as Graph payloads vary. */
export function requireEnumIgnoringCase<T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string') {
    const found = allowed.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (found) return found;
  }
  return requireEnum(field, value, allowed);
}

export function requireEnumArray<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) return invalid(field, `${field} must be an array of: ${allowed.join(', ')}.`);
  return value.map((item) => requireEnum(field, item, allowed));
}

export function requireStringArray(field: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    return invalid(field, `${field} must be an array of strings.`);
  }
  return value as string[];
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * Refuses a string longer than `max` as it was sent: spaces around it count, so padding cannot
 * slip a value past its limit only to be trimmed away afterwards.
 */
function requireLength(field: string, value: string, max: number): void {
  if (value.length <= max) return;
  const padded = value.trim().length <= max ? ', counting the spaces around it' : '';
  invalid(field, `${field} must be at most ${count(max)} characters${padded} (got ${count(value.length)}).`);
}

/** A string of at most `max` characters as sent, stored trimmed; the trimmed text has at least `min`. */
export function requireText(field: string, value: unknown, min: number, max: number): string {
  if (typeof value !== 'string') return invalid(field, `${field} must be a string (got ${describe(value)}).`);
  requireLength(field, value, max);
  const text = value.trim();
  if (text.length < min) return invalid(field, min === 1 ? `${field} must not be empty.` : `${field} must be at least ${min} characters.`);
  return text;
}

/** A string of at most `max` characters, or '' when absent. `null` is not a string: leave the field out instead. */
export function optionalText(field: string, value: unknown, max: number): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return invalid(field, `${field} must be a string (got ${describe(value)}); leave it out for none.`);
  requireLength(field, value, max);
  return value;
}

export function requireDisplayName(value: unknown, field = 'displayName'): string {
  return requireText(field, value, 1, LIMITS.displayNameLength);
}

/** Trimmed, de-duplicated (ignoring case, first spelling wins) tags of 1–64 characters as sent, at most 50. */
export function normaliseTags(value: unknown, field = 'customTags'): string[] {
  const tags = requireStringArray(field, value);
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag.length === 0) invalid(field, `Tags must not be empty.`);
    if (raw.length > LIMITS.tagLength) {
      const padded = tag.length <= LIMITS.tagLength ? ', counting the spaces around them' : '';
      invalid(field, `Tags must be at most ${LIMITS.tagLength} characters${padded} ("${tag.slice(0, 20)}…" has ${count(raw.length)}).`);
    }
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  if (result.length > LIMITS.tagCount) invalid(field, `An incident can have at most ${LIMITS.tagCount} tags (got ${result.length}).`);
  return result;
}

/** A comment as written (not trimmed): 1–30,000 characters, not only white space. */
export function requireComment(value: unknown, field = 'comment'): string {
  if (typeof value !== 'string') return invalid(field, `${field} must be a string (got ${describe(value)}).`);
  if (value.trim().length === 0) return invalid(field, 'A comment must not be empty.');
  if (value.length > LIMITS.commentLength) {
    return invalid(field, `A comment can have at most ${LIMITS.commentLength.toLocaleString('en-US')} characters (got ${value.length.toLocaleString('en-US')}).`);
  }
  return value;
}

/** `null` (unassigned) or the canonical UPN of a known assignee. */
export function requireAssignee(value: unknown, field = 'assignedTo'): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') return invalid(field, `${field} must be a user principal name or null (got ${describe(value)}).`);
  const assignee = findAssignee(value.trim());
  if (!assignee) return invalid(field, `${field} must be null or a known assignee; "${value}" is not one.`);
  return assignee.id;
}

/** Epoch milliseconds of an ISO 8601 date-time. */
export function requireTime(field: string, value: unknown): number {
  const time = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(time)) return invalid(field, `${field} must be an ISO 8601 date-time (got ${describe(value)}).`);
  return time;
}

export function requireInteger(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return invalid(field, `${field} must be an integer from ${min} to ${max} (got ${describe(value)}).`);
  }
  return value;
}

export function requireObject(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(field, `${field} must be an object.`);
  return value as Record<string, unknown>;
}

/** Refuses properties outside `allowed`, so a misspelt field is not silently ignored. */
export function rejectUnknownFields(field: string, value: Record<string, unknown>, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key) && value[key] !== undefined) {
      invalid(key, `Unknown field "${key}" in ${field}; allowed: ${allowed.join(', ')}.`);
    }
  }
}
