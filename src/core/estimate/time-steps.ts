import type { Conventions } from '../conventions.js';
import { durationWord, secondsInWord, TIME_WORDS } from '../units/duration.js';
import { formatConstant, unitShape } from '../units/format.js';
import { TIME_NAMES } from '../units/units.js';

/**
 * The units of time a shown value is written in, with their powers: `200 M/day`
 * is { day: -1 }, `30 days` { day: 1 }, `$0.023 per GB month` { month: -1 }.
 * The working keeps track of them so that every change from one unit of time
 * to another is written out (`x 86,400 s/day`, `x 30 days/month`) instead of
 * left for the reader to guess.
 */
export type TimePowers = Readonly<Record<string, number>>;

export const NO_TIME: TimePowers = Object.freeze({});

/** Names of the fixed time units as they appear in declared units and formulas; days to years are the conventions' (units.ts). */
const FIXED_TIME_NAMES: Readonly<Record<string, string>> = {
  s: 's',
  sec: 's',
  second: 's',
  seconds: 's',
  ms: 'ms',
  min: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hour: 'hour',
  hours: 'hour',
};

/** The time word a name stands for (`days` -> `day`), or undefined. */
export function timeWordOf(name: string): string | undefined {
  if (Object.hasOwn(FIXED_TIME_NAMES, name)) return FIXED_TIME_NAMES[name];
  return Object.hasOwn(TIME_NAMES, name) ? TIME_NAMES[name] : undefined;
}

export function combineTime(a: TimePowers, b: TimePowers, sign: 1 | -1): TimePowers {
  const out: Record<string, number> = { ...a };
  for (const [word, power] of Object.entries(b)) {
    const sum = (out[word] ?? 0) + sign * power;
    if (sum === 0) delete out[word];
    else out[word] = sum;
  }
  return out;
}

export function scaleTime(a: TimePowers, by: number): TimePowers {
  return Object.fromEntries(Object.entries(a).map(([word, power]) => [word, power * by]));
}

/** Whether two values are in the same units of time. Called for every term of every working line, so it builds nothing. */
export function sameTime(a: TimePowers, b: TimePowers): boolean {
  for (const word in a) if ((a[word] ?? 0) !== (Object.hasOwn(b, word) ? b[word] : 0)) return false;
  for (const word in b) if (!Object.hasOwn(a, word) && b[word] !== 0) return false;
  return true;
}

/** Time words of a declared unit text: `USD/(GB month)` -> { month: -1 }, `B/day` -> { day: -1 }. */
function timeOfUnitText(unit: string): TimePowers {
  const slash = unit.indexOf('/');
  const [top, bottom] = slash < 0 ? [unit, ''] : [unit.slice(0, slash), unit.slice(slash + 1)];
  let powers: TimePowers = NO_TIME;
  for (const [part, sign] of [[top, 1], [bottom, -1]] as const) {
    for (const name of part.match(/[A-Za-z]+/g) ?? []) {
      const word = timeWordOf(name);
      if (word) powers = combineTime(powers, { [word]: 1 }, sign);
    }
  }
  return powers;
}

/** The time units a value is shown in: a time in the word it is shown in (`30 days`), anything else by its declared unit. */
export function timeOfShown(value: number, unit: string, c: Conventions): TimePowers {
  const shape = unitShape(unit);
  if (shape.kind === 'duration') return { [durationWord(value * secondsInWord(shape.unit, c), shape.unit, c)]: 1 };
  return timeOfUnitText(unit);
}

function units(powers: TimePowers, sign: 1 | -1): string[] | undefined {
  const out: string[] = [];
  for (const [word, power] of Object.entries(powers)) {
    if (Math.sign(power) !== sign) continue;
    if (!Number.isInteger(power)) return undefined;
    for (let i = 0; i < Math.abs(power); i++) out.push(word);
  }
  return out;
}

/**
 * The steps that turn a value written in `from`'s units of time into `to`'s:
 * ` x 86,400 s/day` (per second to per day), ` x 30 days/month`,
 * ` / (1,440 minutes/day)` (a daily count times minutes). Each step is a
 * number of the smaller unit in one larger one, under the conventions, so it
 * can be checked against the conventions printed with the estimate. Undefined
 * when no such steps exist (the units do not pair up).
 */
export function timeSteps(from: TimePowers, to: TimePowers, c: Conventions): string | undefined {
  const needed = combineTime(to, from, -1);
  const up = units(needed, 1);
  const down = units(needed, -1);
  if (!up || !down || up.length !== down.length) return undefined;
  const bySize = (a: string, b: string) => secondsInWord(a, c) - secondsInWord(b, c);
  up.sort(bySize);
  down.sort(bySize);
  return up
    .map((over, i) => {
      const under = down[i]!;
      const [small, large] = secondsInWord(over, c) <= secondsInWord(under, c) ? [over, under] : [under, over];
      const count = `${formatConstant(secondsInWord(large, c) / secondsInWord(small, c))} ${TIME_WORDS[small]?.[1] ?? small}/${large}`;
      // Multiplying by `86,400 s/day` puts seconds on top and days below; the other way round divides by it.
      return small === over ? ` x ${count}` : ` / (${count})`;
    })
    .join('');
}
