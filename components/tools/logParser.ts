/**
 * Runs `parseShiViz` in a Web Worker with a time limit on each search of the user's
 * regular expression. A regex like `(a+)+b` can backtrack for minutes on one line; the
 * worker says which line each search starts on before it runs, so when a search takes
 * longer than the limit the worker is stopped and the error names that line. Building
 * the graph has no limit: it is linear in the log and runs no user regex.
 *
 * Where workers are unavailable, the log is parsed on the page, without the limit.
 */
import {
  parseShiViz,
  type ParseProgress,
  type ParseShiVizOptions,
  type ParseShiVizResult,
} from '@/sim/formats/shiviz';

/** How long one regex search may run before the parse is stopped. */
export const SEARCH_LIMIT_MS = 4000;
/** How often the progress line may change. */
const PROGRESS_EVERY_MS = 150;

export type ParseOptions = Pick<ParseShiVizOptions, 'regex' | 'delimiter' | 'strict'>;

export interface ParseRequest {
  readonly id: number;
  readonly text: string;
  readonly options: ParseOptions;
}

export type WorkerReply =
  | { readonly id: number; readonly type: 'progress'; readonly progress: ParseProgress }
  | { readonly id: number; readonly type: 'done'; readonly result: ParseShiVizResult };

/** What the page hears: progress now and then, then the result once. */
export type ParseUpdate =
  | { readonly type: 'progress'; readonly progress: ParseProgress; readonly lines: number }
  | { readonly type: 'done'; readonly result: ParseShiVizResult };

/** The parts of a Worker this uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ParseRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly lines: number;
  readonly onUpdate: (update: ParseUpdate) => void;
  /** The line the running search started on, while one runs. */
  searching: number | null;
  latest: ParseProgress | null;
  watchdog: ReturnType<typeof setTimeout> | null;
  flush: ReturnType<typeof setTimeout> | null;
}

export class LogParser {
  private worker: WorkerLike | null = null;
  private job: Job | null = null;
  private nextId = 1;

  constructor(
    private readonly createWorker: () => WorkerLike | null,
    private readonly limitMs = SEARCH_LIMIT_MS,
  ) {}

  /** Starts parsing `text`, dropping any parse still running. */
  parse(text: string, options: ParseOptions, onUpdate: (update: ParseUpdate) => void): void {
    this.cancel();
    const worker = this.worker ?? this.spawn();
    if (worker === null) {
      onUpdate({ type: 'done', result: parseShiViz(text, options) });
      return;
    }
    const job: Job = {
      id: this.nextId++,
      text,
      lines: countLines(text),
      onUpdate,
      // The clock starts with the first search: loading the worker is not the regex's time.
      searching: null,
      latest: null,
      watchdog: null,
      flush: null,
    };
    this.job = job;
    this.arm(job);
    worker.postMessage({ id: job.id, text, options });
  }

  /** Starts the worker ahead of the first parse, so opening a log does not wait for it. */
  warm(): void {
    if (this.worker === null) this.spawn();
  }

  /** Stops the running parse, if any; it reports nothing more. */
  cancel(): void {
    const job = this.job;
    if (job === null) return;
    this.finish(job);
    // A worker cannot be interrupted mid-search: stop it and start afresh next time.
    this.worker?.terminate();
    this.worker = null;
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private spawn(): WorkerLike | null {
    let worker: WorkerLike | null;
    try {
      worker = this.createWorker();
    } catch {
      worker = null;
    }
    if (worker === null) return null;
    worker.onmessage = (event) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      const job = this.job;
      if (job === null) return;
      this.cancel();
      const reason = event.message || 'the parser stopped';
      job.onUpdate({
        type: 'done',
        result: failure(0, 'log', `The log could not be read: ${reason}.`),
      });
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const job = this.job;
    if (job === null || reply.id !== job.id) return;
    if (reply.type === 'done') {
      this.finish(job);
      job.onUpdate({ type: 'done', result: reply.result });
      return;
    }
    const { progress } = reply;
    job.searching = progress.stage === 'search' ? progress.line : null;
    this.arm(job);
    job.latest = progress;
    job.flush ??= setTimeout(() => {
      job.flush = null;
      if (this.job === job && job.latest !== null)
        job.onUpdate({ type: 'progress', progress: job.latest, lines: job.lines });
    }, PROGRESS_EVERY_MS);
  }

  /** (Re)starts the time limit of the running search, or clears it between searches. */
  private arm(job: Job): void {
    if (job.watchdog !== null) clearTimeout(job.watchdog);
    job.watchdog = null;
    if (job.searching === null) return;
    const line = job.searching;
    job.watchdog = setTimeout(() => {
      if (this.job !== job) return;
      this.cancel();
      const seconds = this.limitMs / 1000;
      const message =
        `The regular expression was stopped after ${seconds} s on one search, still ` +
        `matching from this line: "${lineText(job.text.replace(/\r\n?/g, '\n'), line)}". A pattern such as (a+)+ ` +
        'can take exponential time on text it does not match; simplify it.';
      job.onUpdate({ type: 'done', result: failure(line, 'parser', message) });
    }, this.limitMs);
  }

  private finish(job: Job): void {
    if (job.watchdog !== null) clearTimeout(job.watchdog);
    if (job.flush !== null) clearTimeout(job.flush);
    job.watchdog = null;
    job.flush = null;
    if (this.job === job) this.job = null;
  }
}

function failure(line: number, field: 'log' | 'parser', message: string): ParseShiVizResult {
  return { ok: false, errors: [{ line, field, message }] };
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}

/** Line `line` (1-based) of `text`, trimmed and cut to 60 characters. */
export function lineText(text: string, line: number): string {
  let start = 0;
  for (let n = 1; n < line && start !== -1; n++) {
    const next = text.indexOf('\n', start);
    start = next === -1 ? -1 : next + 1;
  }
  if (start === -1) return '';
  const end = text.indexOf('\n', start);
  const whole = text.slice(start, end === -1 ? undefined : end).trim();
  return whole.length > 60 ? `${whole.slice(0, 59)}…` : whole;
}
