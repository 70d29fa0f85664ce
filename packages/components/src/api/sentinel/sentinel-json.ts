/** Reading Azure Resource Manager JSON, which may leave out anything. */

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
export const optionalText = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
export const child = (value: unknown): Json => (isObject(value) ? value : {});
export const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
export const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/** An ARM resource's own name: `name`, or the last segment of its `id`. */
export function resourceName(resource: Json): string {
  return text(resource.name) || text(resource.id).split('/').pop() || '';
}

/** The properties bag of an ARM resource. */
export const propertiesOf = (resource: Json): Json => child(resource.properties);

/** Who a Sentinel `ClientInfo` or owner is, as the kit names people: by UPN, else e-mail, else name. */
export function personOf(value: unknown): string {
  const person = child(value);
  return text(person.userPrincipalName) || text(person.email) || text(person.name) || text(person.assignedTo);
}
