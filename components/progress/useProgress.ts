/**
 * The browser's progress record (progressStore.ts) as React state: every component that
 * shows progress re-renders when it changes, in this tab or another.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import {
  createProgressStore,
  SERVER_SNAPSHOT,
  STORAGE_KEY,
  withChallenge,
  withPrediction,
  withRead,
  type ProgressSnapshot,
  type ProgressStore,
} from './progressStore';

let browserStore: ProgressStore | null = null;

function store(): ProgressStore {
  browserStore ??= createProgressStore(
    () => window.localStorage,
    (notify) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === STORAGE_KEY || event.key === null) notify();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  );
  return browserStore;
}

const subscribe = (listener: () => void) => store().subscribe(listener);
const getSnapshot = () => store().getSnapshot();
const getServerSnapshot = () => SERVER_SNAPSHOT;

export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

export function markRead(slug: string, read: boolean): void {
  store().update((progress) => withRead(progress, slug, read));
}

export function recordPrediction(slug: string, question: string): void {
  store().update((progress) => withPrediction(progress, slug, question));
}

export function recordChallenge(id: string): void {
  store().update((progress) => withChallenge(progress, id));
}

export function clearProgress(): void {
  store().clear();
}

/** The slug of the lesson a component is in, for recording progress; null elsewhere. */
export const LessonSlugContext = createContext<string | null>(null);

export function useLessonSlug(): string | null {
  return useContext(LessonSlugContext);
}
