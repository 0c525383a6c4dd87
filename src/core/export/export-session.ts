import { existsSync } from 'node:fs';
import { DEFAULT_CONVENTIONS } from '../conventions.js';
import { runEstimate } from '../estimate/engine.js';
import { HldError } from '../errors.js';
import { buildReport } from '../judge/report.js';
import { loadPrices } from '../prices/load.js';
import { loadProblem } from '../problem/load.js';
import { writeFileAtomic } from '../session/atomic-write.js';
import type { Session } from '../session/schema.js';
import { loadFramework } from '../template/load.js';
import { renderDesignDoc, type DesignDocInput } from './design-doc.js';
import { defaultDocTemplateFile, readDocTemplate } from './template.js';

/** Everything the doc needs for a session, loaded from the problem, framework and price files, with its report. */
export async function designDocInput(session: Session, env: NodeJS.ProcessEnv = process.env): Promise<DesignDocInput> {
  const problem = loadProblem(session.problem, env);
  const framework = loadFramework(session.framework);
  let estimate: DesignDocInput['estimate'];
  try {
    const report = runEstimate(problem, {
      overrides: session.overrides,
      conventions: { ...DEFAULT_CONVENTIONS, ...session.conventions },
      prices: loadPrices({ env }),
    });
    estimate = { report };
  } catch (error) {
    // A saved override that no longer fits (e.g. the problem file changed) must not cost the user their doc.
    if (!(error instanceof HldError)) throw error;
    estimate = { error: error.message };
  }
  const judged = await buildReport(session, problem, framework, { prices: loadPrices({ env }) });
  return { session, problem, framework, estimate, judged };
}

export async function exportDesignDoc(session: Session, options: { env?: NodeJS.ProcessEnv; templateFile?: string } = {}): Promise<string> {
  const templateFile = options.templateFile ?? defaultDocTemplateFile();
  return renderDesignDoc(await designDocInput(session, options.env), readDocTemplate(templateFile), templateFile);
}

/** Write the doc atomically; an existing file is replaced only with `force`. */
export function writeDesignDoc(file: string, markdown: string, force: boolean): void {
  if (!force && existsSync(file)) throw new HldError(`${file} already exists; use --force to replace it`);
  try {
    writeFileAtomic(file, markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HldError(`cannot write ${file} (${code === 'ENOENT' ? 'no such folder' : (code ?? (error as Error).message)})`);
  }
}
