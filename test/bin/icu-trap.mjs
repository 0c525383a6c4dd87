// `node --import ./test/bin/icu-trap.mjs bin/hld.js ...` with HLD_ICU_LOG=<file>:
// every call that would load ICU's locale data (Intl formatters and collators,
// localeCompare, toLocaleString and friends) is listed in <file>, one a line,
// with the first frame outside this file; the call then goes through unchanged.
import { appendFileSync } from 'node:fs';

const log = process.env.HLD_ICU_LOG;

function caller() {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  return (frames.find((f) => !f.includes('icu-trap.mjs')) ?? '').trim();
}

function record(name) {
  appendFileSync(log, `${name} ${caller()}\n`);
}

if (log) {
  for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter', 'Locale']) {
    const Original = Intl[name];
    if (!Original) continue;
    const Trapped = function (...args) {
      record(`Intl.${name}`);
      return new.target ? Reflect.construct(Original, args, new.target) : Original(...args);
    };
    Trapped.prototype = Original.prototype;
    Object.defineProperty(Intl, name, { value: Trapped, writable: true, configurable: true });
  }
  const methods = [
    [String.prototype, 'String', ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize']],
    [Number.prototype, 'Number', ['toLocaleString']],
    [BigInt.prototype, 'BigInt', ['toLocaleString']],
    [Date.prototype, 'Date', ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
    [Array.prototype, 'Array', ['toLocaleString']],
  ];
  for (const [proto, owner, names] of methods) {
    for (const name of names) {
      const original = proto[name];
      Object.defineProperty(proto, name, {
        value: function (...args) {
          record(`${owner}.prototype.${name}`);
          return original.apply(this, args);
        },
        writable: true,
        configurable: true,
      });
    }
  }
}
