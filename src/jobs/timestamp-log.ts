/**
 * The send times of one key (a tenant or a conversation), oldest first, kept short: a window of
 * `count` requests only ever looks at the `count`-th newest time, so nothing beyond the largest
 * count, and nothing older than the longest window, is worth remembering.
 */
export class TimestampLog {
  // A plain array read from `head`: O(1) removal at the front without a real ring buffer.
  private items: number[] = [];
  private head = 0;

  /** How many times are kept. */
  get length(): number {
    return this.items.length - this.head;
  }

  /** The newest time, or undefined when empty. */
  newest(): number | undefined {
    return this.length === 0 ? undefined : this.items[this.items.length - 1];
  }

  /** The `n`-th newest time (0 = newest), or undefined when fewer are kept. */
  fromNewest(n: number): number | undefined {
    return n < this.length ? this.items[this.items.length - 1 - n] : undefined;
  }

  /** Appends a time; callers guarantee it is not older than `newest()`. */
  push(time: number): void {
    this.items.push(time);
  }

  /** Forgets times at or before `cutoff` and all but the newest `keep`. */
  trim(cutoff: number, keep: number): void {
    const end = this.items.length;
    this.head = Math.max(this.head, end - keep);
    while (this.head < end && (this.items[this.head] ?? Infinity) <= cutoff) this.head += 1;
    // Compact once the dead prefix dominates, so the array never grows without bound.
    if (this.head > 64 && this.head * 2 > end) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}
