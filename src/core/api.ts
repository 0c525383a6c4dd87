/** The core's public surface, bundled on its own for benchmarks and scripts. */
export { runEstimate } from './estimate/engine.js';
export { loadProblem, loadProblemFile, loadAllProblems } from './problem/load.js';
export { loadPrices } from './prices/load.js';
export { DEFAULT_CONVENTIONS, describeConventions } from './conventions.js';
export type { EstimateReport, ComputedValue, AssumptionValue } from './estimate/types.js';
