import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The hld-dojo package folder, which holds problems/, templates/ and data/.
 * Found by walking up from this module, so it works from src/ (tests), from
 * dist/ and dist/chunks/ (the bundle) alike.
 */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hld-dojo') {
          cachedRoot = dir;
          return dir;
        }
      } catch {
        // not ours; keep walking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('hld-dojo: cannot find the package folder (package.json named hld-dojo)');
    dir = parent;
  }
}

export const builtinProblemsDir = (): string => join(packageRoot(), 'problems');
export const templatesDir = (): string => join(packageRoot(), 'templates');
export const dataDir = (): string => join(packageRoot(), 'data');

/**
 * The user's own folder: $HLD_HOME, else $XDG_DATA_HOME/hld-dojo, else
 * ~/.local/share/hld-dojo. The XDG Base Directory spec says a relative
 * XDG_DATA_HOME is invalid and must be ignored (it would put sessions wherever
 * hld happens to be started).
 */
export function hldHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env['HLD_HOME']) return env['HLD_HOME'];
  const xdg = env['XDG_DATA_HOME'];
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share'), 'hld-dojo');
}

export const userProblemsDir = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'problems');
export const sessionsDir = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'sessions');
