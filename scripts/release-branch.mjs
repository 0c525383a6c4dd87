// Commits the packed package (what `npm pack` ships: dist/ built, a manifest
// with no scripts) to a branch of its own, for installs from a git URL:
//
//   npm i -g git+https://<host>/<owner>/hld-dojo.git#release
//
// Why a branch: npm builds a git dependency that declares a `prepare` script by
// installing its devDependencies (~300 MB here) and running it, and a global
// install of such a package (npm 11) links to the temporary clone, which npm
// then deletes, so `hld` is missing. The branch holds the finished package, so
// npm copies it as it is: nothing to build, nothing to download.
//
//   node scripts/release-branch.mjs [tarball] [--branch release] [--git-dir DIR]
//
// Without a tarball it runs `npm pack` first. The branch is updated with git
// plumbing (its own index), so the working tree and the current branch are untouched.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { branch: { type: 'string', default: 'release' }, 'git-dir': { type: 'string' } },
});

const work = mkdtempSync(join(tmpdir(), 'hld-release-'));
try {
  let tarball = positionals[0] && resolve(positionals[0]);
  if (!tarball) {
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
    tarball = join(work, name);
  }
  execFileSync('tar', ['xzf', tarball, '-C', work]);
  const packageDir = join(work, 'package');
  const gitDir = values['git-dir'] ? resolve(values['git-dir']) : execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root, encoding: 'utf8' }).trim();
  const env = { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: packageDir, GIT_INDEX_FILE: join(work, 'index') };
  const git = (...args) => execFileSync('git', args, { cwd: packageDir, env, encoding: 'utf8' }).trim();

  // -f: the package's own files, whatever a .gitignore in the repository says about dist/.
  git('add', '-A', '-f', '.');
  const tree = git('write-tree');
  const ref = `refs/heads/${values.branch}`;
  let parent;
  try {
    parent = git('rev-parse', '--verify', '--quiet', ref);
  } catch {
    parent = undefined;
  }
  const version = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' })).version;
  const message = `hld-dojo ${version}, packed: dist/ built, no scripts; for npm installs from a git URL`;
  const commit = git('commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message);
  git('update-ref', ref, commit);
  process.stdout.write(`${values.branch} -> ${commit.slice(0, 12)} (${message})\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
