/**
 * The states of a mutual-visibility node, named as a person would say them: the trace
 * records them as they are, and views show them ("n3 has heard nothing → puts the
 * soldier's shot first"), so they are never machine-like ids.
 */
export const STATE = {
  nothing: 'has heard nothing',
  soldierFirst: "puts the soldier's shot first",
  sniperFirst: "puts the sniper's shot first",
  tie: 'heard both at once',
} as const;
