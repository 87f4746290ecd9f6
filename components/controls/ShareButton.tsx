'use client';
/**
 * Copy link: copies a URL that reproduces this exact run (seed, parameters, command log
 * and the current time). If the clipboard is unavailable, the link is shown to copy by hand.
 */
import { useState } from 'react';
import styles from './controls.module.css';

export function ShareButton({
  makeUrl,
  label = 'Copy link',
}: {
  makeUrl: () => string;
  label?: string;
}) {
  const [status, setStatus] = useState<{ text: string; url?: string } | null>(null);
  const copy = async () => {
    const url = makeUrl();
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ text: 'Link copied. It opens this exact run at this moment.' });
    } catch {
      setStatus({ text: 'Copying was blocked; select the link below and copy it.', url });
    }
  };
  return (
    <div className={styles.share}>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={styles.muted}>
        {status?.text ?? ''}
      </span>
      {status?.url && (
        <input
          readOnly
          aria-label="Link to this run"
          value={status.url}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
    </div>
  );
}
