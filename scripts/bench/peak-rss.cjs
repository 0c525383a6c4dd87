// Preloaded by the benchmark with `node --require` (CommonJS: about 0.3 MiB,
// where an ESM --import preload adds about 3 MiB to what it measures): when
// the process exits, write its peak resident set size (getrusage's ru_maxrss
// in KiB, what GNU time -v calls "Maximum resident set size") to the file
// named by HLD_BENCH_RSS_FILE.
'use strict';
const file = process.env.HLD_BENCH_RSS_FILE;
if (file) process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
