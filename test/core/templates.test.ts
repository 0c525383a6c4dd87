import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DataFileError, UsageError } from '../../src/core/errors.js';
import { templatesDir } from '../../src/core/paths.js';
import { frameworkIds, listFrameworks, loadFramework, loadFrameworkFile } from '../../src/core/template/load.js';
import { HINT_PARTS, type Framework } from '../../src/core/template/schema.js';

const HLD14_TITLES = [
  'Clarify requirements',
  'Flow and actors',
  'Actions and APIs',
  'Identify microservices',
  'Capacity estimation',
  'Cost estimation',
  'Data model and database',
  'High-level architecture',
  'Scalability and reliability',
  'Trade-offs',
  'Failures and bottlenecks',
  'Security and compliance',
  'Feedback and iterate',
  'Summarize the design',
];

const RESHADED_TITLES = [
  'Requirements',
  'Estimation',
  'System interface',
  'High-level design',
  'API and database design',
  'Detailed component design',
  'Evaluate',
  'Discuss alternatives',
];

const kindsOf = (framework: Framework) => Object.fromEntries(framework.steps.map((s) => [s.title, s.kind]));
const budgetOf = (framework: Framework) => framework.steps.reduce((sum, s) => sum + s.budget_minutes, 0);

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** A copy of hld14.yaml changed by `edit`, written to a scratch folder as `<name>.yaml`. */
function brokenCopy(edit: (raw: Record<string, unknown>) => void, name = 'hld14'): string {
  scratch = mkdtempSync(join(tmpdir(), 'hld-templates-'));
  const raw = parse(readFileSync(join(templatesDir(), 'hld14.yaml'), 'utf8')) as Record<string, unknown>;
  edit(raw);
  const file = join(scratch, `${name}.yaml`);
  writeFileSync(file, stringify(raw));
  return file;
}

const stepsOf = (raw: Record<string, unknown>) => raw['steps'] as Record<string, unknown>[];

describe('builtin frameworks', () => {
  it('hld14 has the 14 steps in order, with the estimator, cost and architecture steps marked', () => {
    const hld = loadFramework('hld14');
    expect(hld.id).toBe('hld14');
    expect(hld.steps.map((s) => s.title)).toEqual(HLD14_TITLES);
    const kinds = kindsOf(hld);
    expect(kinds['Capacity estimation']).toBe('estimation');
    expect(kinds['Cost estimation']).toBe('cost');
    expect(kinds['High-level architecture']).toBe('architecture');
    expect(hld.steps.filter((s) => s.kind !== 'notes')).toHaveLength(3);
  });

  it('reshaded has the 8 steps in order, with estimation on Estimation and no cost step', () => {
    const reshaded = loadFramework('reshaded');
    expect(reshaded.steps.map((s) => s.title)).toEqual(RESHADED_TITLES);
    const kinds = kindsOf(reshaded);
    expect(kinds['Estimation']).toBe('estimation');
    expect(kinds['High-level design']).toBe('architecture');
    expect(reshaded.steps.some((s) => s.kind === 'cost')).toBe(false);
    // The estimation step must offer costs as a hint, since there is no cost step to do it.
    expect(reshaded.steps.find((s) => s.kind === 'estimation')?.hints).toContain('costs');
    expect(reshaded.note).toMatch(/storage schema/);
    expect(reshaded.note).toMatch(/distinctive component/);
  });

  it.each(['hld14', 'reshaded'])('%s budgets add up to 45 minutes and every step has content', (id) => {
    const framework = loadFramework(id);
    expect(framework.total_minutes).toBe(45);
    expect(budgetOf(framework)).toBe(45);
    for (const step of framework.steps) {
      expect(step.guidance.length, step.id).toBeGreaterThan(0);
      expect(step.questions.length, step.id).toBeGreaterThan(0);
      expect(step.goal.length, step.id).toBeGreaterThan(10);
      expect(step.budget_minutes, step.id).toBeGreaterThan(0);
    }
  });

  it.each(['hld14', 'reshaded'])('%s reveals every part of a problem somewhere in the walk', (id) => {
    const revealed = new Set(loadFramework(id).steps.flatMap((s) => s.hints));
    const missing = HINT_PARTS.filter((part) => !revealed.has(part));
    expect(missing).toEqual([]);
  });

  it('lists the builtin frameworks first, in their fixed order', () => {
    expect(frameworkIds()).toEqual(['hld14', 'reshaded']);
    expect(listFrameworks().map((f) => f.id)).toEqual(['hld14', 'reshaded']);
  });
});

describe('unknown framework ids', () => {
  it('suggests the nearest name for a typo', () => {
    expect(() => loadFramework('reshade')).toThrow(UsageError);
    expect(() => loadFramework('reshade')).toThrow(/unknown framework 'reshade'.*did you mean 'reshaded'\?/);
    expect(() => loadFramework('hld-14')).toThrow(/did you mean 'hld14'\?/);
  });

  it('lists the known names when nothing is close', () => {
    let caught: unknown;
    try {
      loadFramework('waterfall');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toContain('known: hld14, reshaded');
    expect((caught as Error).message).not.toContain('did you mean');
  });
});

describe('broken framework files', () => {
  it('names the file and the field when a step lacks questions', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[2]!['questions'] = [];
    });
    expect(() => loadFrameworkFile(file)).toThrow(DataFileError);
    expect(() => loadFrameworkFile(file)).toThrow(`${file}: steps.2.questions: at least one question`);
  });

  it('rejects an unknown step kind with the path to it', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[4]!['kind'] = 'estimator';
    });
    expect(() => loadFrameworkFile(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: steps\\.4\\.kind: `));
  });

  it('rejects a hint that is not a part of a problem file', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[0]!['hints'] = ['requirements', 'diagram'];
    });
    expect(() => loadFrameworkFile(file)).toThrow(`${file}: steps.0.hints.1: `);
  });

  it('rejects budgets that do not add up to the total, saying both numbers', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[7]!['budget_minutes'] = 13;
    });
    // hld14 gives the architecture step 11 minutes; 13 makes the total 47.
    expect(() => loadFrameworkFile(file)).toThrow(`${file}: steps: the step budgets add up to 47 minutes, not total_minutes (45)`);
  });

  it('rejects a repeated step id', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[1]!['id'] = 'clarify-requirements';
    });
    expect(() => loadFrameworkFile(file)).toThrow(`${file}: steps.1.id: the step id 'clarify-requirements' is already used by steps.0`);
  });

  it('rejects unexpected fields instead of ignoring them', () => {
    const file = brokenCopy((raw) => {
      stepsOf(raw)[0]!['budget'] = 5;
    });
    expect(() => loadFrameworkFile(file)).toThrow(`${file}: steps.0: `);
  });

  it('refuses a builtin file whose id does not match its name', () => {
    const file = brokenCopy((raw) => {
      raw['id'] = 'other';
    });
    const dir = join(file, '..');
    expect(() => loadFramework('hld14', dir)).toThrow(`${file}: id: 'other' does not match the file name (expected 'hld14')`);
  });

  it('reports a missing file as a data-file error', () => {
    expect(() => loadFrameworkFile('/nonexistent/hld99.yaml')).toThrow('/nonexistent/hld99.yaml: no such file');
  });
});
