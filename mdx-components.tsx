import type { MDXComponents } from 'mdx/types';
import { AlwaysBroken, Aside, Explain, Predict, Term } from '@/components/lesson';

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
};

export function useMDXComponents(): MDXComponents {
  return components;
}
