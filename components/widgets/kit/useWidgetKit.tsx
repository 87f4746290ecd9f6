'use client';
/**
 * The speaker's kit for a lesson widget: Presenter mode, Copy embed code and Export a
 * diagram, in one toolbar, built from the shared pieces (presenter/, embedCode/,
 * export/). A widget calls the hook with the element that holds it and its keys, spreads
 * `frame` on that element and puts `toolbar` where its buttons go.
 *
 *   const kit = useWidgetKit(ref, { embedPath, runQuery, title });
 *   <div ref={ref} {...kit.frame}> … {kit.toolbar} </div>
 */
import type { ReactNode, RefObject } from 'react';
import { EmbedCodeButton } from '../embedCode/EmbedCodeButton';
import { ExportMenu } from '../export/ExportMenu';
import { PresenterButton } from '../presenter/PresenterButton';
import { usePresenter } from '../presenter/usePresenter';
import presenterStyles from '../presenter/presenter.module.css';
import styles from './kit.module.css';

export interface KitOptions {
  /** The embed that shows this run, such as /embed/cap/; null if there is none. */
  readonly embedPath: string | null;
  /** The run as it is now, as a query string (urlState.ts). */
  readonly runQuery: () => string;
  readonly title: string;
}

export interface WidgetKit {
  /** For the element that holds the widget: focusable, and full-screen while presenting. */
  readonly frame: { readonly tabIndex: -1; readonly className: string };
  readonly toolbar: ReactNode;
  readonly presenting: boolean;
}

export function useWidgetKit(
  ref: RefObject<HTMLElement | null>,
  { embedPath, runQuery, title }: KitOptions,
): WidgetKit {
  const presenter = usePresenter(ref);
  return {
    frame: { tabIndex: -1, className: presenter.on ? presenterStyles.presenter! : '' },
    presenting: presenter.on,
    toolbar: (
      <div className={styles.toolbar} role="group" aria-label={`${title}: present and share`}>
        <PresenterButton {...presenter} />
        {embedPath && <EmbedCodeButton embedPath={embedPath} runQuery={runQuery} title={title} />}
        <ExportMenu root={ref} />
      </div>
    ),
  };
}
