import { answerQuestion, type Drill } from '../../core/drill/drill.js';
import { drillIntro, feedbackLines, givenLines, questionTitle, summaryLines, type DrillResult } from '../../core/drill/render.js';

/** How the plain drill talks to the user: injected so tests can script the answers. */
export interface DrillIo {
  ask(message: string): Promise<string>;
  say(text: string): void;
}

/**
 * The drill as questions and answers on a plain terminal. An answer that
 * cannot be read is asked again; the results come back in question order.
 */
export async function showPlainDrill(drill: Drill, io: DrillIo): Promise<DrillResult[]> {
  io.say(drillIntro(drill).join('\n'));
  const results: DrillResult[] = [];
  for (let i = 0; i < drill.questions.length; i++) {
    const question = drill.questions[i]!;
    io.say(['', questionTitle(drill, i), 'Given:', ...givenLines(question).map((l) => `  ${l}`)].join('\n'));
    for (;;) {
      const typed = await io.ask(`Your estimate (${question.example}):`);
      const outcome = answerQuestion(drill, question, typed);
      if (outcome.kind === 'retry') {
        io.say(`  ${outcome.message}`);
        continue;
      }
      results.push({ key: question.key, graded: outcome.graded });
      io.say(feedbackLines(question, outcome.graded).map((l) => `  ${l}`).join('\n'));
      break;
    }
  }
  io.say(['', ...summaryLines(drill, results)].join('\n'));
  return results;
}

/** The real prompts: one @inquirer/prompts input per answer. */
export async function inquirerIo(write: (text: string) => void): Promise<DrillIo> {
  const { input } = await import('../prompts.js');
  return {
    ask: (message) => input({ message }),
    say: write,
  };
}
