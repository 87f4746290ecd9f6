'use client';
/**
 * Fits an embed to its frame, such as a 16:9 slide at 960 × 540 or 1280 × 720: the page
 * never scrolls. The widget lays out at the frame's width; if it is still taller (or
 * wider) than the frame, it is scaled down as a whole until it fits. Every embed gets
 * this from the shared shell, so a new widget fits without work of its own.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import styles from './widgets.module.css';

/** The scale that fits content of a natural size into a frame, never enlarging. Pure. */
export function fitScale(
  frame: { width: number; height: number },
  content: { width: number; height: number },
): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  const scale = Math.min(1, frame.width / content.width, frame.height / content.height);
  // Rounded down, so that rounding in layout never leaves a sliver outside the frame.
  return Math.floor(scale * 1000) / 1000;
}

export function EmbedFit({ children }: { children: ReactNode }) {
  const frameRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = frameRef.current;
    const content = contentRef.current;
    if (!frame || !content) return;
    // Keys reach the widget without a click first: the page takes focus on load. In a
    // frame it leaves focus with the host page, whose keys drive it by postMessage.
    const idle = document.activeElement === document.body || document.activeElement === null;
    if (idle && window.parent === window) frame.focus({ preventScroll: true });
    const fit = () => {
      // Natural size: offsetWidth/offsetHeight ignore the transform applied below.
      const scale = fitScale(
        { width: frame.clientWidth, height: frame.clientHeight },
        { width: content.scrollWidth, height: content.offsetHeight },
      );
      content.style.transform = scale < 1 ? `scale(${scale})` : '';
      content.dataset.scale = scale.toFixed(3);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(frame);
    observer.observe(content);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frameRef} className={styles.fitFrame} tabIndex={-1}>
      <div ref={contentRef} className={styles.fitContent} data-embed-fit="">
        {children}
      </div>
    </div>
  );
}
