/**
 * Drives the checker worker for one view. A job that replaces the history stops the
 * running one at once: the worker is terminated (its memory goes with it) and a fresh
 * one takes the new job, so no answer about the old history can arrive. A job for a
 * history that only grew waits for the running one, and only the newest such job is
 * kept. A worker that crashes (an exception, running out of memory) is reported as a
 * failed job, never left silent.
 *
 * Where workers are unavailable the check runs on the page instead, with the checker
 * fetched only then: the page itself does not carry it.
 */
import {
  BROWSER_LIMITS,
  describeFailure,
  type CheckerJob,
  type CheckerJobBody,
  type CheckerReply,
} from './checkerProtocol';
import type { History } from '@/sim/checkers/linearizability';

/** Job ids are unique on the page, across clients, so no two jobs are ever confused. */
let lastJobId = 0;

/** A fresh job id, for a job whose input is still on its way (a file being read). */
export function nextJobId(): number {
  return ++lastJobId;
}

export class CheckerClient {
  private worker: Worker | null = null;
  private running: CheckerJob | null = null;
  private queued: CheckerJob | null = null;
  private disposed = false;

  constructor(private readonly onReply: (reply: CheckerReply) => void) {}

  /**
   * Starts `body` as a new job and returns its id. `replace`: stop the running job
   * first; otherwise the job waits for it (replacing any job already waiting).
   */
  submit(body: CheckerJobBody, replace: boolean, id = nextJobId()): number {
    const job: CheckerJob = { ...body, id };
    if (replace) this.stop();
    if (this.running) this.queued = job;
    else this.run(job);
    return job.id;
  }

  /** Stops the running job and drops the waiting one. */
  cancel(): void {
    this.stop();
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
  }

  private stop(): void {
    this.queued = null;
    this.running = null;
    if (this.worker) {
      this.worker.onmessage = null;
      this.worker.onerror = null;
      this.worker.onmessageerror = null;
      this.worker.terminate();
      this.worker = null;
    }
  }

  private run(job: CheckerJob): void {
    if (this.disposed) return;
    this.running = job;
    const worker = this.worker ?? this.spawn();
    if (worker) worker.postMessage(job);
    else void this.runOnPage(job);
  }

  private spawn(): Worker | null {
    if (typeof Worker === 'undefined') return null;
    try {
      const worker = new Worker(new URL('./checker.worker.ts', import.meta.url));
      worker.onmessage = (event: MessageEvent<CheckerReply>) => this.receive(event.data);
      worker.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        this.crash(event.message || 'the checker stopped unexpectedly');
      };
      worker.onmessageerror = () => this.crash('a message from the checker could not be read');
      this.worker = worker;
      return worker;
    } catch {
      return null;
    }
  }

  private receive(reply: CheckerReply): void {
    if (reply.id !== this.running?.id) return;
    this.onReply(reply);
    if (reply.type === 'verdict' || reply.type === 'failed' || reply.type === 'invalid') {
      this.running = null;
      const next = this.queued;
      this.queued = null;
      if (next) this.run(next);
    }
  }

  /** The worker died: report the running job as failed and start afresh next time. */
  private crash(message: string): void {
    const job = this.running;
    this.stop();
    if (job) this.onReply({ id: job.id, type: 'failed', reason: describeFailure(message) });
  }

  private async runOnPage(job: CheckerJob): Promise<void> {
    try {
      const { checkLinearizability, parseHistory } = await import('@/sim/checkers/linearizability');
      if (this.running?.id !== job.id) return;
      let history: History;
      if (job.type === 'check') history = job.history;
      else {
        const parsed = parseHistory(job.text);
        if (!parsed.ok) return this.receive({ id: job.id, type: 'invalid', errors: parsed.errors });
        this.receive({ id: job.id, type: 'parsed', history: parsed.history });
        history = parsed.history;
      }
      const verdict = checkLinearizability(history, {
        searchStepsMax: BROWSER_LIMITS.searchStepsMax / 10,
        cacheBytesMax: BROWSER_LIMITS.cacheBytesMax,
      });
      this.receive({ id: job.id, type: 'verdict', verdict, count: history.ops.length });
    } catch (error) {
      this.receive({ id: job.id, type: 'failed', reason: describeFailure(error) });
    }
  }
}
