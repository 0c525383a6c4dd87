// `node --import ./test/bin/load-log.mjs bin/hld.js ...` with HLD_LOAD_LOG=<file>:
// every module the run loads is listed in <file>, one URL a line.
import { register } from 'node:module';

if (process.env.HLD_LOAD_LOG) register('./load-log-hooks.mjs', import.meta.url, { data: process.env.HLD_LOAD_LOG });
