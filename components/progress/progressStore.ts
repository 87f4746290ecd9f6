/**
 * What a learner has done, kept in this browser only: the lessons read, the
 * predictions made in each, and the challenges solved. Nothing is sent anywhere.
 *
 * Stored as JSON under one namespaced key, with a version number. Whatever is found
 * there is checked field by field: text that is not JSON, another version, or entries of
 * the wrong shape are dropped, never trusted, so a damaged value gives an empty (or
 * partial) record, not an error. If the browser refuses storage (private modes, blocked
 * site data, a full quota), the record lives in memory for this page and says so.
 */

export const STORAGE_KEY = 'lightcone:progress';
export const VERSION = 1;

/** Bounds on what is read back, so a huge or hostile value cannot bloat the page. */
const MAX_LESSONS = 200;
const MAX_PREDICTIONS = 100;
const MAX_QUESTION = 500;
const MAX_CHALLENGES = 200;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Progress {
  /** Slugs of the lessons read, sorted. */
  readonly read: readonly string[];
  /** For each lesson slug, the questions of the predictions locked in, sorted. */
  readonly predictions: Readonly<Record<string, readonly string[]>>;
  /** Ids of the challenges solved, sorted. */
  readonly challenges: readonly string[];
}

export const EMPTY: Progress = Object.freeze({
  read: [],
  predictions: Object.freeze({}),
  challenges: [],
});

const isSlug = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 80 && SLUG.test(value);

const isQuestion = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_QUESTION;

const sortedUnique = (items: readonly string[]) => [...new Set(items)].sort();

/** A stored value, read back safely. Anything unusable gives EMPTY. */
export function parseProgress(text: string | null): Progress {
  if (text === null || text.length > 1_000_000) return EMPTY;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return EMPTY;
  const record = value as Record<string, unknown>;
  if (record.v !== VERSION) return EMPTY;
  const read = Array.isArray(record.read)
    ? sortedUnique(record.read.filter(isSlug).slice(0, MAX_LESSONS))
    : [];
  const predictions: Record<string, string[]> = {};
  const stored = record.predictions;
  if (typeof stored === 'object' && stored !== null && !Array.isArray(stored)) {
    for (const [slug, questions] of Object.entries(stored).slice(0, MAX_LESSONS)) {
      if (!isSlug(slug) || !Array.isArray(questions)) continue;
      const kept = sortedUnique(questions.filter(isQuestion).slice(0, MAX_PREDICTIONS));
      if (kept.length > 0) predictions[slug] = kept;
    }
  }
  // Challenge ids have the shape of slugs. A record from before challenges has none.
  const challenges = Array.isArray(record.challenges)
    ? sortedUnique(record.challenges.filter(isSlug).slice(0, MAX_CHALLENGES))
    : [];
  return read.length === 0 && Object.keys(predictions).length === 0 && challenges.length === 0
    ? EMPTY
    : { read, predictions, challenges };
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({
    v: VERSION,
    read: progress.read,
    predictions: progress.predictions,
    challenges: progress.challenges,
  });
}

export function withRead(progress: Progress, slug: string, read: boolean): Progress {
  if (!isSlug(slug)) return progress;
  const others = progress.read.filter((item) => item !== slug);
  return { ...progress, read: read ? sortedUnique([...others, slug]) : others };
}

export function withPrediction(progress: Progress, slug: string, question: string): Progress {
  if (!isSlug(slug) || !isQuestion(question)) return progress;
  const questions = progress.predictions[slug] ?? [];
  if (questions.includes(question) || questions.length >= MAX_PREDICTIONS) return progress;
  return {
    ...progress,
    predictions: { ...progress.predictions, [slug]: sortedUnique([...questions, question]) },
  };
}

export function withChallenge(progress: Progress, id: string): Progress {
  if (!isSlug(id) || progress.challenges.includes(id)) return progress;
  if (progress.challenges.length >= MAX_CHALLENGES) return progress;
  return { ...progress, challenges: sortedUnique([...progress.challenges, id]) };
}

export interface ProgressSnapshot {
  readonly progress: Progress;
  /** False when the browser would not store it: it lasts only until the page closes. */
  readonly persistent: boolean;
}

export interface ProgressStore {
  getSnapshot(): ProgressSnapshot;
  subscribe(listener: () => void): () => void;
  update(change: (progress: Progress) => Progress): void;
  clear(): void;
}

/** The record that persists nothing, for the server render. */
export const SERVER_SNAPSHOT: ProgressSnapshot = Object.freeze({
  progress: EMPTY,
  persistent: true,
});

/**
 * A store over `storage` (`() => window.localStorage` in the browser; the getter may
 * throw). `onExternalChange` subscribes to changes made by other tabs, if given.
 */
export function createProgressStore(
  storage: () => Storage | null,
  onExternalChange?: (notify: () => void) => () => void,
): ProgressStore {
  const listeners = new Set<() => void>();
  let memory: Progress | null = null;
  let cache: { raw: string | null; snapshot: ProgressSnapshot } | null = null;

  function tryStorage(): Storage | null {
    try {
      return storage();
    } catch {
      return null;
    }
  }

  function readRaw(): { raw: string | null; ok: boolean } {
    const store = tryStorage();
    if (!store) return { raw: null, ok: false };
    try {
      return { raw: store.getItem(STORAGE_KEY), ok: true };
    } catch {
      return { raw: null, ok: false };
    }
  }

  function getSnapshot(): ProgressSnapshot {
    if (memory) {
      if (cache?.snapshot.progress !== memory)
        cache = { raw: null, snapshot: { progress: memory, persistent: false } };
      return cache.snapshot;
    }
    const { raw, ok } = readRaw();
    if (!cache || cache.raw !== raw || cache.snapshot.persistent !== ok)
      cache = { raw, snapshot: { progress: parseProgress(raw), persistent: ok } };
    return cache.snapshot;
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function write(next: Progress): void {
    cache = null;
    const store = tryStorage();
    try {
      if (!store) throw new Error('no storage');
      if (next === EMPTY) store.removeItem(STORAGE_KEY);
      else store.setItem(STORAGE_KEY, serializeProgress(next));
      memory = null;
    } catch {
      memory = next;
    }
    notify();
  }

  let unsubscribeExternal: (() => void) | null = null;
  return {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1 && onExternalChange) unsubscribeExternal = onExternalChange(notify);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribeExternal?.();
          unsubscribeExternal = null;
        }
      };
    },
    update(change) {
      const current = getSnapshot().progress;
      const next = change(current);
      if (next !== current) write(next);
    },
    clear() {
      write(EMPTY);
    },
  };
}
