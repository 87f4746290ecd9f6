/**
 * Roving focus in a ring of buttons (the cluster's nodes): which key moves focus where.
 */

/** Where a key moves focus, from `index` of `count`; null for keys the toolbar leaves alone. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
