'use client';
/**
 * Progress on a lesson page: `LessonScope` tells the prompts inside which lesson they are
 * in, and `LessonEnd`, after the last section, marks the lesson read when the reader
 * reaches it, with a button to mark it read or unread by hand.
 */
import Link from 'next/link';
import { useEffect, useRef, type ReactNode } from 'react';
import buttons from '../lesson/lesson.module.css';
import styles from './progress.module.css';
import { LessonSlugContext, markRead, useProgress } from './useProgress';

export function LessonScope({ slug, children }: { slug: string; children: ReactNode }) {
  return <LessonSlugContext value={slug}>{children}</LessonSlugContext>;
}

export function LessonEnd({ slug }: { slug: string }) {
  const { progress, persistent } = useProgress();
  const read = progress.read.includes(slug);
  const box = useRef<HTMLDivElement>(null);
  // Once per visit: reaching the end marks the lesson read, unless the reader has
  // already chosen with the button.
  const decided = useRef(false);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (decided.current || !entries.some((entry) => entry.isIntersecting)) return;
      decided.current = true;
      observer.disconnect();
      markRead(slug, true);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [slug]);

  function toggle(): void {
    decided.current = true;
    markRead(slug, !read);
  }

  return (
    <div ref={box} className={styles.end}>
      <p aria-live="polite" className={styles.status}>
        {read
          ? 'You have read this lesson.'
          : 'You have not finished this lesson yet. Reaching this point marks it as read.'}
      </p>
      <button type="button" className={`${buttons.button} ${buttons.buttonQuiet}`} onClick={toggle}>
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
      <p className={styles.note}>
        {persistent
          ? 'Your progress stays in this browser; nothing is sent anywhere. '
          : 'This browser is not letting the site keep data, so your progress will be forgotten when you leave. '}
        <Link href="/#your-progress">See your progress</Link>.
      </p>
    </div>
  );
}
