import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs build script, with no type declarations
import { shippedManifest } from '../../scripts/pack-manifest.mjs';
import { e2eSkipReason, ROOT, startTerminal } from './tmux.js';

/**
 * The package as users get it: packed into a tarball, then installed by each
 * npm path into its own temporary prefix and run from a folder outside the
 * repository, with no node_modules anywhere above it.
 *
 * .ci/run runs the real `npm pack` (prepack builds and trims the manifest,
 * postpack restores it) before the tests and passes the tarball in
 * HLD_PACKED_TARBALL. Without it (npm test on a laptop), `npm pack` here would
 * rebuild dist/ under the other tests' feet, so the test packs a staged copy:
 * the built files and the trimmed manifest that prepack writes. A clone +
 * `npm install` is what .ci/run itself does.
 */

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; files: string[] };
const skip = e2eSkipReason();
// No registry is needed: the package has no dependencies. npm must not try one either.
const npmEnv = { ...process.env, NODE_EXTRA_CA_CERTS: '', npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' };
const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--offline', '--loglevel=error'], { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work = '';
let tarball = '';

function run(bin: string, args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(bin, args, { cwd: work, encoding: 'utf8', timeout: 20_000, env: { ...npmEnv, HLD_HOME: join(work, 'home') } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function installGlobally(spec: string): string {
  const prefix = mkdtempSync(join(work, 'prefix-'));
  npm(['install', '--global', '--prefix', prefix, spec], work);
  return join(prefix, 'bin', 'hld');
}

function expectWorkingHld(bin: string): void {
  const version = run(bin, ['--version']);
  expect(version.stderr).toBe('');
  expect(version.stdout.trim()).toBe(manifest.version);
  const estimate = run(bin, ['estimate', 'twitter']);
  expect(estimate.stderr).toBe('');
  expect(estimate.code).toBe(0);
  expect(estimate.stdout).toMatch(/cost_total\s+\$/);
}

/** npm installs take seconds, and several times that on a busy shared machine. */
const NPM_TIMEOUT = { timeout: 180_000 };

describe.skipIf(skip !== undefined)(`the packed package, installed every npm way${skip ? ` (skipped: ${skip})` : ''}`, () => {
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'hld-install-'));
    mkdirSync(join(work, 'home'));
    const packed = process.env['HLD_PACKED_TARBALL'];
    if (packed) {
      if (!existsSync(packed)) throw new Error(`HLD_PACKED_TARBALL is ${packed}, which does not exist: did npm pack fail in .ci/run?`);
      tarball = packed;
      return;
    }
    const stage = join(work, 'stage');
    mkdirSync(stage);
    for (const name of ['README.md', 'LICENSE', 'bin', 'dist', 'problems', 'templates', 'data']) cpSync(join(ROOT, name), join(stage, name), { recursive: true });
    writeFileSync(join(stage, 'package.json'), JSON.stringify(shippedManifest(manifest), null, 2));
    const name = npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', work, stage], work).trim().split('\n').pop()!;
    tarball = join(work, name);
  }, NPM_TIMEOUT.timeout);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the tarball holds the bundle, the data and the licence; no sources, tests, source maps or dependencies', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).trim().split('\n').map((f) => f.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/hld.js', 'dist/hld.js', 'dist/data-cache/problems/twitter.json', 'dist/data-cache/asts.json', 'problems/twitter.yaml', 'templates/hld14.yaml', 'data/prices.yaml']));
    expect(files.filter((f) => /^(src|test|scripts|node_modules)\/|\.map$|meta\.json$|\.ts$/.test(f))).toEqual([]);
    const shipped = JSON.parse(execFileSync('tar', ['xzf', tarball, '-O', 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
    // Nothing to run at install time and nothing to download: the bundle holds every library.
    expect(Object.keys(shipped)).not.toContain('scripts');
    expect(Object.keys(shipped)).not.toContain('dependencies');
    expect(Object.keys(shipped)).not.toContain('devDependencies');
  });

  test('npm install --global of the tarball gives a working hld, and the home screen opens in a terminal', NPM_TIMEOUT, async () => {
    const bin = installGlobally(tarball);
    expectWorkingHld(bin);
    const term = startTerminal([bin], { cwd: work, env: { HLD_HOME: join(work, 'home') } });
    try {
      await term.waitFor('Pick a problem');
      term.keys('q');
      await term.waitFor('[exited 0]');
    } finally {
      term.kill();
    }
  });

  test('npx runs hld from the tarball', NPM_TIMEOUT, () => {
    const result = spawnSync('npx', ['--yes', '--offline', '--cache', join(work, 'npx-cache'), `file:${tarball}`, '--version'], { cwd: work, env: npmEnv, encoding: 'utf8' });
    expect(result.stdout.trim()).toBe(manifest.version);
    expect(result.status).toBe(0);
  });

  test('a git-URL install of the release branch (scripts/release-branch.mjs) gives a working hld with no build', NPM_TIMEOUT, () => {
    const repo = join(work, 'origin.git');
    execFileSync('git', ['init', '--quiet', '--bare', repo]);
    const identity = { GIT_AUTHOR_NAME: 'hld test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'hld test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'release-branch.mjs'), tarball, '--git-dir', repo], { env: { ...process.env, ...identity }, encoding: 'utf8' });
    // A hosted repository's HEAD names its default branch; npm's git resolver needs one.
    execFileSync('git', ['--git-dir', repo, 'symbolic-ref', 'HEAD', 'refs/heads/release']);
    expectWorkingHld(installGlobally(`git+file://${repo}#release`));
  });
});
