import { ApiError } from './api-error.js';

/**
 * Pieces of OData `$filter` expressions, as Microsoft Graph and Azure Resource Manager read them.
 * Values are always literals built here, never text spliced in from a caller.
 */

/** A string literal: single quotes, with embedded quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * A `DateTimeOffset` literal (unquoted). Anything that is not a date is refused with an
 * `ApiError` of kind `validation` naming `field`, so a caller's text never becomes part of the
 * expression.
 */
export function odataDateTime(value: string, field: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new ApiError('validation', `${field} must be an ISO 8601 date and time.`, { field });
  return new Date(time).toISOString();
}

/** `property eq v1 or property eq v2`, parenthesised when there is more than one value. */
export function anyOf(property: string, literals: readonly string[]): string | undefined {
  if (literals.length === 0) return undefined;
  const terms = literals.map((literal) => `${property} eq ${literal}`);
  return terms.length === 1 ? terms[0] : `(${terms.join(' or ')})`;
}

/** The terms joined with `and`, or `undefined` when there are none. */
export function allOf(terms: readonly (string | undefined)[]): string | undefined {
  const present = terms.filter((term): term is string => term !== undefined);
  return present.length === 0 ? undefined : present.join(' and ');
}
