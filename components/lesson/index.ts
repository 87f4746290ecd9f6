/** Lesson furniture, for MDX lessons: prompts, side notes and small calculators. */
export { AlwaysBroken, type AlwaysBrokenProps } from './AlwaysBroken';
export { Aside, type AsideProps } from './Aside';
export { Explain } from './Explain';
export { Predict } from './PredictEntry';
export { type PredictProps } from './predictProps';
export { Term, type TermProps } from './Term';
