import { setTimeout as sleep } from 'node:timers/promises';

interface Frames {
  lastFrame(): string | undefined;
}

/** Wait until the last frame satisfies `check` (or time runs out), then let Ink settle its input listener. */
export async function waitForFrame(app: Frames, check: (frame: string) => boolean, what: string, timeoutMs = 3000): Promise<string> {
  const start = Date.now();
  for (;;) {
    const frame = app.lastFrame() ?? '';
    if (check(frame)) {
      await sleep(30);
      return app.lastFrame() ?? '';
    }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
    await sleep(10);
  }
}

export const waitForText = (app: Frames, text: string | RegExp, timeoutMs?: number): Promise<string> =>
  waitForFrame(app, (f) => (typeof text === 'string' ? f.includes(text) : text.test(f)), `"${String(text)}"`, timeoutMs);
