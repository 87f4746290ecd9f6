'use client';
/**
 * Keyboard control, for people and for presentation clickers:
 * Space plays and pauses; → . PageDown step forward; ← , PageUp step back; Home restarts.
 * Keys typed into a form field keep their usual meaning.
 */
import { useEffect, type RefObject } from 'react';
import type { PlayerStore } from './PlayerStore';

const FORM_FIELDS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** Applies a key to the store; returns whether it was one of ours. */
export function handleShortcut(store: PlayerStore, key: string): boolean {
  switch (key) {
    case ' ':
    case 'k':
      store.toggle();
      return true;
    case 'ArrowRight':
    case '.':
    case 'PageDown':
      store.stepForward();
      return true;
    case 'ArrowLeft':
    case ',':
    case 'PageUp':
      store.stepBack();
      return true;
    case 'Home':
      store.reset();
      return true;
    default:
      return false;
  }
}

/**
 * Listens on the whole window (sandbox, embed) or only within a container (a lesson with
 * several widgets, where each answers only while focus is inside it).
 */
export function useShortcuts(
  store: PlayerStore,
  scope: 'window' | RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const target: HTMLElement | Window | null = scope === 'window' ? window : scope.current;
    if (!target) return;
    const onKey = (event: Event) => {
      const keyEvent = event as KeyboardEvent;
      if (keyEvent.defaultPrevented || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey)
        return;
      const element = keyEvent.target as HTMLElement | null;
      if (element && (FORM_FIELDS.has(element.tagName) || element.isContentEditable)) return;
      // Space and Enter on a focused button press that button instead.
      if (element?.tagName === 'BUTTON' && (keyEvent.key === ' ' || keyEvent.key === 'Enter'))
        return;
      if (handleShortcut(store, keyEvent.key)) keyEvent.preventDefault();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [store, scope]);
}
