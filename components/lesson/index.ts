/** Lesson furniture, for MDX lessons: prompts, side notes and small calculators. */
export { AlwaysBroken, type AlwaysBrokenProps } from './AlwaysBroken';
export { Aside, type AsideProps } from './Aside';
export { Predict, type PredictProps } from './Predict';
export { Term, type TermProps } from './Term';
