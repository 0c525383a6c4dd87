// Bundled by scripts/build.mjs as dist/bench-ui.js: the practice screen's
// state machine without a terminal, so npm run bench can time one keystroke.
export { practiceStateFor, renderPracticeFrame } from '../src/ui/render-frame.js';
export { practiceReducer } from '../src/ui/practice/reducer.js';
export { parseKey } from '../src/ui/keys/parse-key.js';
export { loadFramework } from '../src/core/template/load.js';
export { loadProblem } from '../src/core/problem/load.js';
