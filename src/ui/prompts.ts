/**
 * The inquirer prompts hld uses, and only those. A dynamic
 * `import('@inquirer/prompts')` keeps the whole namespace, so the bundle held
 * every prompt (editor, checkbox, search, ...: a 570 KB chunk); named static
 * re-exports let esbuild drop the rest (the package declares no side effects).
 * Import this module lazily where a prompt is needed.
 */
export { confirm, input, select } from '@inquirer/prompts';
