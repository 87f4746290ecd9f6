import type { MDXComponents } from 'mdx/types';
import { ClusterWidget } from '@/components/widgets/ClusterWidget';
import { AlwaysBroken, Aside, Predict } from '@/components/lesson';

/** Components lessons may use without importing them. */
const components: MDXComponents = { ClusterWidget, Predict, Aside, AlwaysBroken };

export function useMDXComponents(): MDXComponents {
  return components;
}
