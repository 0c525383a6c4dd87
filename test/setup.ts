// Ink treats CI=true as a non-interactive run and writes only the final frame;
// component tests need every frame.
delete process.env['CI'];
for (const key of Object.keys(process.env)) {
  if (key.startsWith('CI_')) delete process.env[key];
}

// React warns about an update outside act() only where this is set; Ink tests
// render and type through test/ui/ink-helpers.ts, which wrap both in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// An act() warning means a state update escaped the test's control: fail on it.
const originalError = console.error;
console.error = (...args: unknown[]) => {
  const text = args.map(String).join(' ');
  if (text.includes('not wrapped in act(') || text.includes('act(...)')) {
    throw new Error(`act() warning: ${text}`);
  }
  originalError(...args);
};
