/**
 * Deterministic randomness for the generator: a seeded PRNG (sfc32) and integer hashes,
 * so the same options always produce the same data on every platform.
 */

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mixStep(hash: number, value: number): number {
  let k = Math.imul(value | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  hash ^= k;
  hash = (hash << 13) | (hash >>> 19);
  return (Math.imul(hash, 5) + 0xe6546b64) | 0;
}

/** Mixes up to six integers into one well-distributed 32-bit value (murmur3 steps and finaliser). */
export function mix(a: number, b = 0, c = 0, d = 0, e = 0, f = 0): number {
  let hash = mixStep(mixStep(mixStep(mixStep(mixStep(mixStep(0x9e3779b9, a), b), c), d), e), f);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** `mix` scaled to [0, 1). */
export function mixUnit(a: number, b = 0, c = 0, d = 0, e = 0, f = 0): number {
  return mix(a, b, c, d, e, f) / 4294967296;
}

/** Hexadecimal digits derived from `seed` (for hashes, device ids and GUIDs). */
export function hexDigits(seed: number, length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i++) out += mix(seed, i).toString(16).padStart(8, '0');
  return out.slice(0, length);
}

/** A GUID-shaped string derived from `seed`. */
export function guid(seed: number): string {
  const hex = hexDigits(seed, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A seeded pseudo-random sequence (sfc32) with the helpers the generator needs. */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b = 0, c = 0, d = 0) {
    this.a = mix(a, b, c, d, 1);
    this.b = mix(a, b, c, d, 2);
    this.c = mix(a, b, c, d, 3);
    this.d = 1;
    // The seeds are already well mixed; a few rounds decorrelate the streams of nearby seeds.
    for (let i = 0; i < 4; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /** An index in [0, bound) skewed towards 0, so a few items are picked much more often. */
  skewed(bound: number, exponent = 1.8): number {
    return Math.min(bound - 1, Math.floor(Math.pow(this.next(), exponent) * bound));
  }

  /** Picks by weight: `weights[i]` is the relative chance of index i. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) total += weight;
    let roll = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i]!;
      if (roll < 0) return i;
    }
    return weights.length - 1;
  }

  /** `count` distinct items of `items`, in their original order. */
  subset<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, items.length)) chosen.add(this.int(items.length));
    return [...chosen].sort((x, y) => x - y).map((i) => items[i]!);
  }
}
