'use client';
/**
 * A fence around one part of a page. If that part throws while rendering or in an
 * effect, it is replaced by a notice saying what went wrong, with a button to start it
 * again, and the rest of the page keeps working. React offers this only as a class.
 */
import { Component, Fragment, type ReactNode } from 'react';
import { clipText } from '@/sim/core';
import styles from './widgets.module.css';

interface Props {
  /** What the part is, for the notice: "The space-time diagram". */
  readonly name: string;
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null; attempt: number }> {
  override state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div role="alert" className={styles.notice}>
        <strong>{this.props.name} stopped because of an error</strong>
        <p>{clipText(error.message, 200)}</p>
        <p>The rest of the page still works.</p>
        <button
          type="button"
          onClick={() => this.setState((state) => ({ error: null, attempt: state.attempt + 1 }))}
        >
          Start it again
        </button>
      </div>
    );
  }
}
