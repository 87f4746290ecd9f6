/**
 * The embed that shows a scenario: every scenario is a concept's, and every concept has an
 * embed under its own id (content/concepts/concepts.test.ts checks both). No data to
 * import, so a widget that offers "Copy embed code" carries no other concept's text.
 */
export function embedPathFor(scenario: string): string {
  return `/embed/${scenario}/`;
}
