/**
 * Closed forms of Probabilistically Bounded Staleness (Bailis et al., PVLDB 5(8), 2012,
 * §3). They assume the worst case for propagation: a write reaches only the W replicas of
 * its quorum, and the read's R replicas are a uniformly random subset of the N.
 * Pure functions.
 */

/** The binomial coefficient C(n, k), exact for the small n used here (0 when k > n). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  const m = Math.min(k, n - k);
  let result = 1;
  for (let i = 1; i <= m; i++) result = (result * (n - m + i)) / i;
  return Math.round(result);
}

/**
 * p_s = C(N−W, R) / C(N, R): the probability that a read quorum of R misses a write
 * quorum of W among N replicas (§3.1, Equation 1). 0 exactly when R + W > N.
 */
export function quorumMissProbability(n: number, r: number, w: number): number {
  return binomial(n - w, r) / binomial(n, r);
}

/**
 * p_sk = p_s^k: the probability that a read misses all of the last k versions, i.e. returns
 * a value more than k versions old (§3.2, Equation 2, PBS k-staleness).
 */
export function kStalenessProbability(n: number, r: number, w: number, k: number): number {
  return Math.pow(quorumMissProbability(n, r, w), k);
}

/**
 * The chance that a read sees one of the last k writes, given the chance `pOne` that it
 * sees the latest, treating the k writes' outcomes as independent (⟨k, t⟩-staleness, §3.3;
 * the combination Cassandra's PBS predictor used).
 */
export function consistentWithinK(pOne: number, k: number): number {
  return 1 - Math.pow(1 - pOne, k);
}
