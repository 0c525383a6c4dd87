// Module hooks that append every URL Node loads to the file named in `data`
// (see load-log.mjs). They run on Node's hooks thread, so they write synchronously.
import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data;
}

export async function load(url, context, next) {
  if (file) appendFileSync(file, `${url}\n`);
  return next(url, context);
}
