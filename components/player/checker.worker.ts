/**
 * Runs the linearizability checker off the main thread, so neither parsing a large
 * history nor a long search stalls the page. It reports progress a few times a second
 * and stops at the bounds in `BROWSER_LIMITS`; any exception is reported as a failure
 * of that job rather than left to kill the worker silently. Protocol: checkerProtocol.ts.
 */
import { checkLinearizability, parseHistory, type History } from '@/sim/checkers/linearizability';
import {
  BROWSER_LIMITS,
  describeFailure,
  type CheckerJob,
  type CheckerReply,
} from './checkerProtocol';

const PROGRESS_INTERVAL_MS = 150;

const reply = (message: CheckerReply) => self.postMessage(message);

function check(id: number, history: History): void {
  const started = performance.now();
  let reported = started;
  let timedOut = false;
  const verdict = checkLinearizability(history, {
    searchStepsMax: BROWSER_LIMITS.searchStepsMax,
    cacheBytesMax: BROWSER_LIMITS.cacheBytesMax,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - started > BROWSER_LIMITS.timeLimitMs) return (timedOut = true);
      if (now - reported < PROGRESS_INTERVAL_MS) return false;
      reported = now;
      reply({ id, type: 'progress', progress });
      return false;
    },
  });
  if (verdict.linearizable === 'unknown' && timedOut) {
    const seconds = BROWSER_LIMITS.timeLimitMs / 1000;
    reply({ id, type: 'failed', reason: `the time limit of ${seconds} s ran out.` });
    return;
  }
  reply({ id, type: 'verdict', verdict, count: history.ops.length });
}

self.onmessage = (event: MessageEvent<CheckerJob>) => {
  const job = event.data;
  try {
    if (job.type === 'check') return check(job.id, job.history);
    const parsed = parseHistory(job.text);
    if (!parsed.ok) return reply({ id: job.id, type: 'invalid', errors: parsed.errors });
    reply({ id: job.id, type: 'parsed', history: parsed.history });
    check(job.id, parsed.history);
  } catch (error) {
    reply({ id: job.id, type: 'failed', reason: describeFailure(error) });
  }
};
