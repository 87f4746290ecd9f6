/**
 * Probabilistically Bounded Staleness (Bailis et al., PVLDB 5(8), 2012): the WARS latency
 * model, the Monte Carlo, the closed forms and the calculator's inputs. Pure and seeded.
 */
export * from './latency';
export * from './closedForm';
export * from './summary';
export * from './wars';
export * from './calculate';
export * from './pbsInput';
export * from './measured';
