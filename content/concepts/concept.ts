/**
 * What a concept is made of. A concept is one idea taught in Lightcone, and it has one id,
 * used everywhere: its lesson `/learn/<id>/` (`content/<id>.mdx`), its scenario
 * (`sim/scenarios/<id>/`, `npm run sim -- run <id>`), its sandbox `/play/<id>/` and its
 * embed `/embed/<id>/`.
 *
 * Each concept's manifest is a file of its own in this folder, beside the lessons it
 * describes: it is content (titles, descriptions, which files teach it), it is data only,
 * so server pages, client widgets and tests can all import it, and `concepts.test.ts`
 * checks every manifest against `app/`, `content/` and `sim/scenarios/`, so a missing or an
 * unlisted route, lesson or scenario fails the tests.
 */

/** A page that shows one widget: a sandbox or an embed. */
export interface WidgetPage {
  readonly title: string;
  readonly description: string;
  /** The module that holds the page's widget, from the repository root. */
  readonly widget: string;
}

export interface Concept {
  /** Stable, kebab-case: it appears in URLs, in the scenario and in the lesson's file name. */
  readonly id: string;
  /** The concept's name, as the lesson's frontmatter `concept` gives it. */
  readonly title: string;
  /** The lesson's MDX and the module that hands it its widgets. */
  readonly lesson: { readonly mdx: string; readonly widgets: string };
  /** The scenario's folder; its `scenario.ts` exports a scenario whose id is `id`. */
  readonly scenario: string;
  readonly sandbox: WidgetPage;
  readonly embed: WidgetPage;
  /**
   * Ids this concept had before: `/play/<former>/` and `/embed/<former>/` redirect to this
   * concept's pages, and the command line accepts them as scenario ids.
   */
  readonly formerIds: readonly string[];
}
