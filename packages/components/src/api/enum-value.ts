/**
 * The member of `allowed` equal to `value` ignoring letter case (backends publish `TruePositive`
 * and `truePositive` for the same thing), or the member an alias names, else `fallback`.
 * `aliases` keys are lower-case.
 */
export function enumValue<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  aliases: Readonly<Record<string, T>> = {},
): T {
  if (typeof value !== 'string') return fallback;
  const lower = value.toLowerCase();
  return allowed.find((candidate) => candidate.toLowerCase() === lower) ?? aliases[lower] ?? fallback;
}
