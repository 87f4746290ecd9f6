'use client';
/**
 * A second view whose code loads after the first paint: an embed's first paint carries
 * only what its cluster needs, and the chart or diagram beside it arrives a moment later.
 * Until then its place shows a polite "Loading …", so nothing jumps when it comes.
 */
import { lazy, Suspense, type ComponentType } from 'react';
import styles from './widgets.module.css';

export function LoadingView({ what }: { what: string }) {
  return (
    <p className={styles.loadingView} role="status">
      Loading the {what}…
    </p>
  );
}

/**
 * `load` imports the module (`() => import('./X').then((m) => m.X)`, written at the call
 * site so the bundler splits it off); the result renders like X, with LoadingView first.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  function LazyView(props: P) {
    return (
      <Suspense fallback={<LoadingView what={what} />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return LazyView;
}
