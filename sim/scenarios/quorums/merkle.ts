/**
 * Merkle trees over key ranges, as Dynamo's anti-entropy uses them (DeCandia et al.
 * 2007, §4.7; Merkle 1987). The 32-bit ring is cut into LEAVES equal ranges; a leaf's
 * hash covers the keys in its range and their versions, and each inner node hashes its
 * two children. Two replicas compare from the root down and descend only where hashes
 * differ, so identical stores cost one comparison and one differing key costs a path.
 */
import { hash32, keyPoint } from './ring';
import type { Store } from './kvTypes';

/** Ranges at the bottom of a tree: 8 leaves, 15 nodes. */
export const LEAVES = 8;
const DEPTH_BITS = 3;
export const TREE_NODES = 2 * LEAVES - 1;

/** The leaf (0 to LEAVES − 1) whose range holds `key`. Pure. */
export function leafOf(key: string): number {
  return keyPoint(key) >>> (32 - DEPTH_BITS);
}

/** A heap-ordered tree (root at 0, children of i at 2i+1 and 2i+2) of a store. Pure. */
export function buildTree(store: Store): number[] {
  const leafText: string[] = Array.from({ length: LEAVES }, () => '');
  for (const key of Object.keys(store).sort()) {
    const versions = store[key]!;
    if (versions.length === 0) continue;
    leafText[leafOf(key)] += `${key}=${JSON.stringify(versions.map((v) => [v.value, v.clock]))};`;
  }
  const tree = new Array<number>(TREE_NODES).fill(0);
  for (let leaf = 0; leaf < LEAVES; leaf++) {
    const text = leafText[leaf]!;
    tree[LEAVES - 1 + leaf] = text === '' ? 0 : hash32(text);
  }
  for (let i = LEAVES - 2; i >= 0; i--) tree[i] = hash32(`${tree[2 * i + 1]}.${tree[2 * i + 2]}`);
  return tree;
}

/**
 * Compares two trees from the root, descending only into differing subtrees. Returns
 * how many tree nodes were compared and which leaves differ. Pure.
 */
export function compareTrees(
  mine: readonly number[],
  theirs: readonly number[],
): { readonly compared: number; readonly leaves: number[] } {
  const leaves: number[] = [];
  let compared = 0;
  const queue = [0];
  while (queue.length > 0) {
    const i = queue.shift()!;
    compared++;
    if (mine[i] === theirs[i]) continue;
    if (i >= LEAVES - 1) leaves.push(i - (LEAVES - 1));
    else queue.push(2 * i + 1, 2 * i + 2);
  }
  return { compared, leaves: leaves.sort((a, b) => a - b) };
}

/** The part of a store in the given leaves. Pure. */
export function storeInLeaves(store: Store, leaves: readonly number[]): Store {
  return Object.fromEntries(Object.entries(store).filter(([key]) => leaves.includes(leafOf(key))));
}
