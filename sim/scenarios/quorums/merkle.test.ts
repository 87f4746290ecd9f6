import { describe, expect, it } from 'vitest';
import { buildTree, compareTrees, leafOf, LEAVES, storeInLeaves, TREE_NODES } from './merkle';

const store = {
  k1: [{ value: 1, clock: [1] }],
  k2: [{ value: 2, clock: [0, 1] }],
  k3: [{ value: 3, clock: [0, 0, 1] }],
};

describe('Merkle trees over key ranges', () => {
  it('has one hash per tree node, and empty ranges hash to 0', () => {
    const tree = buildTree(store);
    expect(tree).toHaveLength(TREE_NODES);
    const filled = new Set(Object.keys(store).map(leafOf));
    for (let leaf = 0; leaf < LEAVES; leaf++)
      expect(tree[LEAVES - 1 + leaf] === 0).toBe(!filled.has(leaf));
  });

  it('costs one comparison when the stores agree', () => {
    expect(compareTrees(buildTree(store), buildTree({ ...store }))).toEqual({
      compared: 1,
      leaves: [],
    });
  });

  it('follows one path down to a single differing key: 1 + 2 per level', () => {
    const other = { ...store, k2: [{ value: 9, clock: [0, 2] }] };
    const result = compareTrees(buildTree(store), buildTree(other));
    expect(result).toEqual({ compared: 7, leaves: [leafOf('k2')] });
    expect(Object.keys(storeInLeaves(other, result.leaves))).toContain('k2');
  });

  it('finds a key one side lacks', () => {
    const { k3: _missing, ...fewer } = store;
    const result = compareTrees(buildTree(fewer), buildTree(store));
    expect(result.leaves).toEqual([leafOf('k3')]);
  });
});
