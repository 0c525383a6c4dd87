/**
 * The estimator with mathjs loaded up front, for callers that need an answer
 * at once for anything a user types (screens, drills, judging). Commands that
 * must start fast use estimate/lazy.ts instead, which loads mathjs only when
 * our own parser and unit table cannot answer.
 */
import '../units/math.js';

export { MAX_MAGNITUDE, MIN_MAGNITUDE, runEstimate } from './run.js';
