import { answerQuestion, type Drill } from '../../core/drill/drill.js';
import { drillIntro, feedbackLines, givenLines, questionTitle, summaryLines, type DrillResult } from '../../core/drill/render.js';
import type { Prompter } from '../plain/prompter.js';

/**
 * The drill as questions and answers, one line each: at a terminal (a
 * screen reader reads each question once) or from a pipe (a script's
 * answers). An answer that cannot be read is asked again at a terminal, and
 * stops a script; the results come back in question order. The prompter
 * throws when the input ends (InputEnded) or a signal stops it (Interrupted).
 */
export async function showPlainDrill(drill: Drill, prompter: Pick<Prompter, 'input' | 'print'>): Promise<DrillResult[]> {
  const say = prompter.print;
  say(drillIntro(drill).join('\n'));
  const results: DrillResult[] = [];
  for (let i = 0; i < drill.questions.length; i++) {
    const question = drill.questions[i]!;
    say(['', questionTitle(drill, i), 'Given:', ...givenLines(question).map((l) => `  ${l}`)].join('\n'));
    const typed = await prompter.input(`Your estimate, with its unit (${question.example}):`, {
      validate: (text) => {
        const outcome = answerQuestion(drill, question, text);
        return outcome.kind === 'retry' ? outcome.message : true;
      },
    });
    const outcome = answerQuestion(drill, question, typed);
    if (outcome.kind === 'retry') continue; // validated above; never here
    results.push({ key: question.key, graded: outcome.graded });
    say(feedbackLines(question, outcome.graded).map((l) => `  ${l}`).join('\n'));
  }
  say(['', ...summaryLines(drill, results)].join('\n'));
  return results;
}
