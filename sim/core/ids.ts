/**
 * Node identifiers. Nodes are always named n1…nN: the names appear in URLs, command
 * files and narration, so they must be stable and human.
 */
export type NodeId = string;

/** The ids n1…n`count`. Pure. */
export function nodeIds(count: number): NodeId[] {
  return Array.from({ length: count }, (_, i) => `n${i + 1}`);
}

/** The 0-based position of a node id like "n3", or -1 if the id is not of that form. Pure. */
export function nodeIndex(id: string): number {
  const match = /^n([1-9]\d*)$/.exec(id);
  return match ? Number(match[1]) - 1 : -1;
}
