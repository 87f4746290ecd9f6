/**
 * Runs the linearizability checker off the main thread, so a long search never stalls
 * the animation. Messages: in `{id, history}`, out `{id, verdict}`.
 */
import { checkLinearizability, type History } from '@/sim/checkers/linearizability';

/** A bound on the search, so a pathological history answers "unknown" instead of hanging. */
const SEARCH_STEPS_MAX = 20_000_000;

self.onmessage = (event: MessageEvent<{ id: number; history: History }>) => {
  const { id, history } = event.data;
  const verdict = checkLinearizability(history, { searchStepsMax: SEARCH_STEPS_MAX });
  self.postMessage({ id, verdict });
};
