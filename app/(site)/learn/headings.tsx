/**
 * The `##` and `###` headings of a lesson, with ids from their text, so the contents
 * list (built from the MDX source by content/prose.ts) can link to them.
 */
import { isValidElement, type ComponentProps, type ReactNode } from 'react';
import { slugify } from '@/content/slug';
import styles from './lessonPage.module.css';

/** The text a reader sees in rendered children. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

export function H2({ children, ...rest }: ComponentProps<'h2'>) {
  return (
    <h2 {...rest} id={slugify(textOf(children).trim())} className={styles.anchored}>
      {children}
    </h2>
  );
}

export function H3({ children, ...rest }: ComponentProps<'h3'>) {
  return (
    <h3 {...rest} id={slugify(textOf(children).trim())} className={styles.anchored}>
      {children}
    </h3>
  );
}
