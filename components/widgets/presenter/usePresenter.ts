'use client';
/**
 * Presenter mode for a widget: fullscreen (the Fullscreen API, or a fixed full-window
 * layer where it is unavailable or refused), large type and high contrast. The widget
 * takes focus, so its keys work without a click; Esc leaves.
 */
import { useCallback, useEffect, useState, type RefObject } from 'react';

export function usePresenter(ref: RefObject<HTMLElement | null>): {
  on: boolean;
  toggle: () => void;
} {
  const [on, setOn] = useState(false);

  const leave = useCallback(() => {
    setOn(false);
    if (document.fullscreenElement && document.fullscreenElement === ref.current)
      void document.exitFullscreen().catch(() => undefined);
  }, [ref]);

  const enter = useCallback(async () => {
    const element = ref.current;
    if (!element) return;
    setOn(true);
    element.focus({ preventScroll: true });
    // Where fullscreen is refused, the class alone fills the window (see presenter.module.css).
    if (element.requestFullscreen && document.fullscreenEnabled)
      await element.requestFullscreen().catch(() => undefined);
  }, [ref]);

  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      leave();
    };
    // The browser leaves fullscreen itself on Esc; follow it.
    const onChange = () => {
      if (document.fullscreenElement === null) setOn(false);
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, [on, leave]);

  return { on, toggle: on ? leave : () => void enter() };
}
