import type { CommandTable } from './command.js';

/**
 * Every command, loaded only when typed: `hld estimate` never loads React
 * or Ink. Order here is the order in `hld --help`.
 */
export const COMMANDS: CommandTable = {
  home: { summary: 'the home screen: pick a problem and a framework, or resume', load: () => import('./commands/home.js') },
  practice: { summary: 'walk a problem step by step (14-step HLD or RESHADED), --plain for prompts', load: () => import('./commands/practice.js') },
  problems: { summary: 'list problems, or show one with its assumptions', load: () => import('./commands/problems.js') },
  estimate: { summary: 'back-of-the-envelope estimate with units, formulas and working', load: () => import('./commands/estimate.js') },
  validate: { summary: 'check a problem file (schema, formulas, units)', load: () => import('./commands/validate.js') },
  sessions: { summary: 'your saved sessions', load: () => import('./commands/sessions.js') },
  resume: { summary: 'reopen a session where you left it (the latest by default)', load: () => import('./commands/resume.js') },
  export: { summary: 'a session as a Markdown design doc', load: () => import('./commands/export.js') },
  delete: { summary: 'delete a session (asks first)', load: () => import('./commands/delete.js') },
  mock: { summary: 'a timed mock interview with a scored report', load: () => import('./commands/mock.js') },
  drill: { summary: 'estimation drills: work out the numbers, scored by order of magnitude', load: () => import('./commands/drill.js') },
  report: { summary: "a session's report: score by dimension, evidence for every key point", load: () => import('./commands/report.js') },
  history: { summary: 'past mocks and drills with scores and a trend per problem', load: () => import('./commands/history.js') },
  completion: { summary: 'a Tab-completion script for bash, zsh or fish', load: () => import('./commands/completion.js') },
};

/** What bare `hld` runs; `hld --help` describes it as `hld` rather than listing it among the commands. */
export const DEFAULT_COMMAND = 'home';
