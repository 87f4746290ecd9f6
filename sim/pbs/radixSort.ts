/**
 * Sorting a million floats is the costliest step after the trials themselves, with the
 * built-in typed-array sort (bench/README.md, "Measurements behind the code"). The IEEE
 * 754 bits of non-negative floats sort in the same order as their values, so three
 * counting passes over 11, 11 and 10 bits (an LSD radix sort) do it far faster. Anything negative or NaN falls
 * back to the built-in sort.
 */

const BITS = [0, 11, 22] as const;
const MASKS = [0x7ff, 0x7ff, 0x3ff] as const;

/** Sorts `values` ascending in place. Allocates one scratch array of the same length. */
export function sortFloat32(values: Float32Array): Float32Array {
  const n = values.length;
  const keys = new Uint32Array(values.buffer, values.byteOffset, n);
  for (let i = 0; i < n; i++) {
    // Sign bit set (negative or −0) or NaN: the bit order is not the value order.
    if (keys[i]! >= 0x7f800001) return values.sort();
  }
  let from: Uint32Array = keys;
  let to: Uint32Array = new Uint32Array(n);
  const counts = new Uint32Array(2048);
  for (let pass = 0; pass < 3; pass++) {
    const shift = BITS[pass]!;
    const mask = MASKS[pass]!;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(from[i]! >>> shift) & mask]!++;
    let sum = 0;
    for (let b = 0; b <= mask; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = from[i]!;
      to[counts[(key >>> shift) & mask]!++] = key;
    }
    [from, to] = [to, from];
  }
  // Three passes leave the result in the scratch array; copy it home.
  keys.set(from);
  return values;
}
