import type { MDXComponents } from 'mdx/types';
import type { ComponentProps } from 'react';
import { AlwaysBroken, Aside, Explain, Predict, Term } from '@/components/lesson';
import { sitePath } from '@/components/sitePath';

/**
 * Lesson furniture that every lesson may use without importing it. Live widgets are
 * not here: each lesson's route passes its own (see content/index.ts), so a lesson
 * loads only the simulations it shows.
 */
const components: MDXComponents = {
  Predict,
  Explain,
  Aside,
  AlwaysBroken,
  Term,
  // A link in a lesson's prose, such as [the sandbox](/play/cap/), follows the base path.
  a: ({ href, ...props }: ComponentProps<'a'>) => (
    <a href={href === undefined ? href : sitePath(href)} {...props} />
  ),
};

export function useMDXComponents(): MDXComponents {
  return components;
}
