/**
 * A visible, specific message about input that could not be used, and what was used
 * instead. However many problems come in, and however long, it shows a few short ones.
 */
import { boundMessages } from '@/sim/core';
import styles from './widgets.module.css';

export function Notice({ title, messages }: { title: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div role="alert" className={styles.notice}>
      <strong>{title}</strong>
      <ul>
        {boundMessages(messages).map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
