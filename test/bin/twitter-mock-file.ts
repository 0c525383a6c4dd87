/** The text of a finished Twitter mock's session file, as hld writes it, with `notes` and `time_spent` lines (YAML, indented two spaces). */
export function twitterMockFile(notes: readonly string[], timeSpent: string, elapsedSeconds: number): string {
  return [
    'version: 1',
    'id: 20261130-0900-twitter',
    'problem: twitter',
    'framework: hld14',
    'mode: mock',
    "created_at: '2026-11-30T09:00:00Z'",
    "updated_at: '2026-11-30T09:45:00Z'",
    'notes:',
    ...notes.map((line) => `  ${line}`),
    `time_spent: ${timeSpent}`,
    `mock: { total_seconds: 2700, elapsed_seconds: ${elapsedSeconds}, paused: false, finished: true }`,
    '',
  ].join('\n');
}
