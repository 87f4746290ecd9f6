import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  EMPTY,
  parseProgress,
  serializeProgress,
  STORAGE_KEY,
  withChallenge,
  withPrediction,
  withRead,
} from './progressStore';

/** A Storage in memory; `fail` makes every call throw, as a browser refusing storage does. */
function memoryStorage(fail: { get?: boolean; set?: boolean } = {}): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem(key) {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key, value) {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('parseProgress', () => {
  it('gives an empty record for anything it cannot use', () => {
    for (const text of [
      null,
      '',
      'not json',
      '{',
      'null',
      '42',
      '"text"',
      '[]',
      '{}',
      '{"v":2,"read":["cap"]}',
      '{"v":"1","read":["cap"]}',
      '{"v":1,"read":"cap"}',
      '{"v":1,"read":[1,null,{}],"predictions":[]}',
      '{"v":1,"predictions":{"cap":"q"}}',
      '{"v":1,"predictions":{"../etc":["q"],"cap":[3,""]}}',
    ])
      expect(parseProgress(text), String(text)).toEqual(EMPTY);
  });

  it('keeps the valid entries of a partly damaged record', () => {
    const text = JSON.stringify({
      v: 1,
      read: ['cap', 'Bad Slug', 'cap', 7, 'light-cones'],
      predictions: { cap: ['Who wins?', 9, '', 'Who wins?'], 'x y': ['q'], quorums: 'q' },
      challenges: ['cap-lost-write', 'No!', 3, 'cap-lost-write', 'fd-false-alarm'],
      extra: true,
    });
    expect(parseProgress(text)).toEqual({
      read: ['cap', 'light-cones'],
      predictions: { cap: ['Who wins?'] },
      challenges: ['cap-lost-write', 'fd-false-alarm'],
    });
    // A record from before challenges were kept reads as none solved.
    expect(parseProgress(JSON.stringify({ v: 1, read: ['cap'], predictions: {} }))).toEqual({
      read: ['cap'],
      predictions: {},
      challenges: [],
    });
  });

  it('never throws, and always gives a well-formed record, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .record({
              v: fc.constantFrom(1, 2),
              read: fc.anything(),
              predictions: fc.anything(),
              challenges: fc.anything(),
            })
            .map((value) => JSON.stringify(value) ?? ''),
        ),
        (text) => {
          const progress = parseProgress(text);
          expect(Array.isArray(progress.read)).toBe(true);
          for (const slug of [...progress.read, ...progress.challenges])
            expect(slug).toMatch(/^[a-z0-9-]+$/);
          for (const questions of Object.values(progress.predictions))
            for (const question of questions) expect(typeof question).toBe('string');
          expect(parseProgress(serializeProgress(progress))).toEqual(progress);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('progress changes', () => {
  it('marks lessons read and unread, and records each prediction once', () => {
    let progress = withRead(EMPTY, 'light-cones', true);
    progress = withRead(progress, 'cap', true);
    progress = withRead(progress, 'cap', true);
    expect(progress.read).toEqual(['cap', 'light-cones']);
    expect(withRead(progress, 'cap', false).read).toEqual(['light-cones']);
    expect(withRead(progress, 'Not a slug', true)).toBe(progress);
    progress = withPrediction(progress, 'cap', 'Q1');
    expect(withPrediction(progress, 'cap', 'Q1')).toBe(progress);
    expect(withPrediction(progress, 'cap', ' ')).toBe(progress);
    expect(withPrediction(progress, 'cap', 'Q2').predictions).toEqual({ cap: ['Q1', 'Q2'] });
  });

  it('records each challenge solved once, by a well-formed id', () => {
    let progress = withChallenge(EMPTY, 'q-sloppy-stale');
    progress = withChallenge(progress, 'cap-both-ways');
    expect(withChallenge(progress, 'cap-both-ways')).toBe(progress);
    expect(withChallenge(progress, '<script>')).toBe(progress);
    expect(progress.challenges).toEqual(['cap-both-ways', 'q-sloppy-stale']);
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
  });
});

describe('createProgressStore', () => {
  it('keeps progress in storage, under a namespaced, versioned key', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.update((progress) => withRead(progress, 'cap', true));
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual({
      v: 1,
      read: ['cap'],
      predictions: {},
      challenges: [],
    });
    expect(calls).toBe(1);
    // A fresh store (a reload) reads it back; the snapshot is stable between changes.
    const again = createProgressStore(() => storage);
    expect(again.getSnapshot()).toBe(again.getSnapshot());
    expect(again.getSnapshot()).toEqual({
      progress: { read: ['cap'], predictions: {}, challenges: [] },
      persistent: true,
    });
    again.clear();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(again.getSnapshot().progress).toEqual(EMPTY);
  });

  it('starts empty from garbage in storage, and overwrites it on the next change', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, '{"v":1,"read":{"oops":');
    const store = createProgressStore(() => storage);
    expect(store.getSnapshot()).toEqual({ progress: EMPTY, persistent: true });
    store.update((progress) => withRead(progress, 'cap', true));
    expect(parseProgress(storage.getItem(STORAGE_KEY)).read).toEqual(['cap']);
  });

  it('works in memory, and says so, when storage is unavailable', () => {
    for (const storage of [
      () => {
        throw new DOMException('denied', 'SecurityError');
      },
      () => null,
      () => memoryStorage({ get: true, set: true }),
      () => memoryStorage({ set: true }),
    ]) {
      const store = createProgressStore(storage);
      expect(() => store.getSnapshot()).not.toThrow();
      store.update((progress) => withRead(progress, 'cap', true));
      expect(store.getSnapshot()).toEqual({
        progress: { read: ['cap'], predictions: {}, challenges: [] },
        persistent: false,
      });
      store.clear();
      expect(store.getSnapshot().progress).toEqual(EMPTY);
    }
  });
});
