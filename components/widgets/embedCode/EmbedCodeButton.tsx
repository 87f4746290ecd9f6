'use client';
/**
 * Copy embed code: a dialog that writes the iframe snippet for this widget and this exact
 * run (seed, parameters, commands, t), with a size, theme, controls, an optional step
 * range and beats, a live preview of the snippet, and a Copy button. A native <dialog>:
 * focus moves in on opening and back on closing, and Esc closes it.
 */
import { sitePath } from '@/components/sitePath';
import { useId, useRef, useState } from 'react';
import { embedSnippet, SLIDE_SIZES, type SnippetOptions } from './snippet';
import styles from './embedCode.module.css';

interface Props {
  /** The embed's path, such as /embed/cap/. */
  readonly embedPath: string;
  /** The run as it is when the dialog opens. */
  readonly runQuery: () => string;
  readonly title: string;
}

type Choices = Omit<SnippetOptions, 'embedUrl' | 'runQuery' | 'title'>;

export function EmbedCodeButton({ embedPath, runQuery, title }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [run, setRun] = useState<{ url: string; query: string } | null>(null);
  const [choices, setChoices] = useState<Choices>({
    size: SLIDE_SIZES[0],
    theme: 'system',
    controls: true,
    steps: '',
    beats: '',
  });
  const [status, setStatus] = useState('');
  const set = (change: Partial<Choices>) => setChoices((old) => ({ ...old, ...change }));
  const open = () => {
    setRun({ url: new URL(sitePath(embedPath), window.location.href).href, query: runQuery() });
    setStatus('');
    dialogRef.current?.showModal();
  };
  const snippet = run
    ? embedSnippet({ ...choices, embedUrl: run.url, runQuery: run.query, title })
    : null;
  const copy = async () => {
    if (!snippet) return;
    try {
      await navigator.clipboard.writeText(snippet.html);
      setStatus('Embed code copied.');
    } catch {
      codeRef.current?.focus();
      codeRef.current?.select();
      setStatus('Copying was blocked; the code is selected: press Ctrl+C (⌘C) to copy it.');
    }
  };
  const { width, height } = choices.size;
  return (
    <>
      <button type="button" onClick={open}>
        Copy embed code
      </button>
      <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>Embed this run</h2>
        <div className={styles.options}>
          <label>
            Size
            <select
              value={`${width}x${height}`}
              onChange={(event) =>
                set({
                  size:
                    SLIDE_SIZES.find((s) => `${s.width}x${s.height}` === event.target.value) ??
                    SLIDE_SIZES[0],
                })
              }
            >
              {SLIDE_SIZES.map((s) => (
                <option key={s.width} value={`${s.width}x${s.height}`}>
                  {s.width} × {s.height}
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme
            <select
              value={choices.theme}
              onChange={(event) => set({ theme: event.target.value as Choices['theme'] })}
            >
              <option value="system">The viewer&apos;s system</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={choices.controls}
              onChange={(event) => set({ controls: event.target.checked })}
            />
            Show controls
          </label>
          <label>
            Step range (optional)
            <input
              value={choices.steps}
              placeholder="2s-8s"
              onChange={(event) => set({ steps: event.target.value })}
            />
          </label>
          <label>
            Beats (optional)
            <input
              value={choices.beats}
              placeholder="2s,4.5s,7s"
              onChange={(event) => set({ beats: event.target.value })}
            />
          </label>
        </div>
        <label className={styles.code}>
          Embed code
          <textarea ref={codeRef} readOnly rows={4} value={snippet?.html ?? ''} />
        </label>
        <div className={styles.actions}>
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" onClick={() => dialogRef.current?.close()}>
            Close
          </button>
          <span role="status">{status}</span>
        </div>
        <p className={styles.previewLabel}>
          Preview at {width} × {height}, shown at half size:
        </p>
        <div className={styles.preview} style={{ width: width / 2, height: height / 2 }}>
          {snippet && (
            <iframe
              src={snippet.src}
              title={`Preview: ${title}`}
              width={width}
              height={height}
              style={{ border: 0 }}
            />
          )}
        </div>
      </dialog>
    </>
  );
}
