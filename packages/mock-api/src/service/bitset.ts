/** A growable set of small non-negative integers (incident positions), for facet filters. */
export class BitSet {
  private words: Uint32Array;

  constructor(capacity = 0) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(capacity / 32)));
  }

  /** A set holding every integer in [0, size). */
  static full(size: number): BitSet {
    const set = new BitSet(size);
    set.words.fill(0xffffffff, 0, size >>> 5);
    for (let i = size & ~31; i < size; i++) set.add(i);
    return set;
  }

  add(value: number): void {
    const word = value >>> 5;
    if (word >= this.words.length) this.grow(word + 1);
    this.words[word]! |= 1 << (value & 31);
  }

  delete(value: number): void {
    const word = value >>> 5;
    if (word < this.words.length) this.words[word]! &= ~(1 << (value & 31));
  }

  has(value: number): boolean {
    const word = value >>> 5;
    return word < this.words.length && (this.words[word]! & (1 << (value & 31))) !== 0;
  }

  /** Adds every member of `other` to this set. */
  unionWith(other: BitSet): this {
    if (other.words.length > this.words.length) this.grow(other.words.length);
    const words = this.words;
    const otherWords = other.words;
    for (let i = 0; i < otherWords.length; i++) words[i]! |= otherWords[i]!;
    return this;
  }

  /** Keeps only the members also in `other`. */
  intersectWith(other: BitSet): this {
    const words = this.words;
    const otherWords = other.words;
    const shared = Math.min(words.length, otherWords.length);
    for (let i = 0; i < shared; i++) words[i]! &= otherWords[i]!;
    words.fill(0, shared);
    return this;
  }

  clone(): BitSet {
    const copy = new BitSet(0);
    copy.words = this.words.slice();
    return copy;
  }

  get size(): number {
    let count = 0;
    for (const word of this.words) {
      let v = word - ((word >>> 1) & 0x55555555);
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
    }
    return count;
  }

  private grow(minWords: number): void {
    const words = new Uint32Array(Math.max(minWords, this.words.length * 2));
    words.set(this.words);
    this.words = words;
  }
}
