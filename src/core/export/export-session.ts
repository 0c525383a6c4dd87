import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONVENTIONS } from '../conventions.js';
import { sessionEstimate } from '../estimate/kept.js';
import { HldError } from '../errors.js';
import { judgedReport } from '../judge/stored-report.js';
import { loadPricesLazily } from '../prices/load-lazy.js';
import { loadProblemLazily } from '../problem/load-lazy.js';
import { writeFileAtomic } from '../session/atomic-write.js';
import type { Session } from '../session/schema.js';
import { loadFrameworkLazily } from '../template/load-lazy.js';
import { renderDesignDoc, type DesignDocInput } from './design-doc.js';
import { defaultDocTemplateFile, readDocTemplate } from './template.js';

/**
 * Everything the doc needs for a session, loaded from the problem, framework
 * and price files, with its report (the kept one when the notes were judged
 * before; `notice` hears why a report judged now could not be kept).
 */
export async function designDocInput(session: Session, env: NodeJS.ProcessEnv = process.env, notice?: (line: string) => void): Promise<DesignDocInput> {
  // The lazy loaders: a doc of a session whose report was kept loads neither mathjs nor the language model.
  const problem = await loadProblemLazily(session.problem, env);
  const framework = await loadFrameworkLazily(session.framework);
  const prices = await loadPricesLazily({ env });
  let estimate: DesignDocInput['estimate'];
  try {
    const report = await sessionEstimate(session.id, problem, { overrides: session.overrides, conventions: { ...DEFAULT_CONVENTIONS, ...session.conventions }, env, prices });
    estimate = { report };
  } catch (error) {
    // A saved override that no longer fits (e.g. the problem file changed) must not cost the user their doc.
    if (!(error instanceof HldError)) throw error;
    estimate = { error: error.message };
  }
  const judged = await judgedReport(session, problem, framework, { env, prices });
  if (judged.unstored) notice?.(judged.unstored);
  return { session, problem, framework, estimate, judged: judged.report };
}

export async function exportDesignDoc(session: Session, options: { env?: NodeJS.ProcessEnv; templateFile?: string; notice?: (line: string) => void } = {}): Promise<string> {
  const templateFile = options.templateFile ?? defaultDocTemplateFile();
  return renderDesignDoc(await designDocInput(session, options.env, options.notice), readDocTemplate(templateFile), templateFile);
}

/** Write the doc atomically; an existing file is replaced only with `force`. */
export function writeDesignDoc(file: string, markdown: string, force: boolean): void {
  // A folder is never replaced, --force or not: say so, with the name to give instead.
  if (isFolder(file)) throw new HldError(`${file} is a folder; give the doc a file name, as -o ${join(file, 'design.md')}`);
  if (!force && existsSync(file)) throw new HldError(`${file} already exists; use --force to replace it`);
  try {
    writeFileAtomic(file, markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HldError(`cannot write ${file} (${code === 'ENOENT' ? 'no such folder' : (code ?? (error as Error).message)})`);
  }
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
