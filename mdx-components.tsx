import type { MDXComponents } from 'mdx/types';
import { ClusterWidget, SpaceTimeWidget } from '@/components/widgets/ClusterWidget';
import { CapSideBySide } from '@/components/widgets/cap/CapSideBySide';
import { AlwaysBroken, Aside, Predict } from '@/components/lesson';

/** Components lessons may use without importing them. */
const components: MDXComponents = {
  ClusterWidget,
  SpaceTimeWidget,
  CapSideBySide,
  Predict,
  Aside,
  AlwaysBroken,
};

export function useMDXComponents(): MDXComponents {
  return components;
}
