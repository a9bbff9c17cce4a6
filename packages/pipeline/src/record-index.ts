/**
 * Where each article's record lies in one spill file, by the article's position in the input: two typed arrays
 * instead of a Map of objects, because the spill keeps one entry per article and table (about ten per
 * article) for the whole build, and at 100,000 articles a Map entry with its object cost tens of megabytes.
 * A length of 0 means "no record" (a record is never empty: it holds a serialized `[index, rows]`).
 */
export class RecordIndex {
  private offsets = new Float64Array(1024);
  private lengths = new Uint32Array(1024);

  set(index: number, offset: number, length: number): void {
    if (!Number.isInteger(index) || index < 0)
      throw new Error(`RecordIndex: an article index must be a whole number ≥ 0, found ${index}`);
    if (length <= 0) throw new Error(`RecordIndex: a record is never empty (article ${index})`);
    if (index >= this.lengths.length) this.grow(index + 1);
    this.offsets[index] = offset;
    this.lengths[index] = length;
  }

  get(index: number): { offset: number; length: number } | undefined {
    const length = index < this.lengths.length ? this.lengths[index]! : 0;
    return length === 0 ? undefined : { offset: this.offsets[index]!, length };
  }

  private grow(needed: number): void {
    let size = this.lengths.length;
    while (size < needed) size *= 2;
    const offsets = new Float64Array(size);
    offsets.set(this.offsets);
    const lengths = new Uint32Array(size);
    lengths.set(this.lengths);
    this.offsets = offsets;
    this.lengths = lengths;
  }
}
