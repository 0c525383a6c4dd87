import { join } from 'node:path';
import { readDataFile } from '../data-file.js';
import { UsageError } from '../errors.js';
import { dataDir } from '../paths.js';
import { didYouMean } from '../suggest.js';
import { referenceFileSchema, type ReferenceCard } from './schema.js';

export const referenceFile = (): string => join(dataDir(), 'reference.yaml');

/** Every reference card, in the order the file lists them. */
export function loadReferenceCards(file: string = referenceFile()): ReferenceCard[] {
  return readDataFile(file, referenceFileSchema).cards;
}

/** One card by id; an unknown id is a typo on the command line, answered with the nearest name. */
export function loadReferenceCard(id: string, file: string = referenceFile()): ReferenceCard {
  const cards = loadReferenceCards(file);
  const card = cards.find((c) => c.id === id);
  if (card) return card;
  const ids = cards.map((c) => c.id);
  throw new UsageError(`unknown reference card '${id}' (known: ${ids.join(', ')})${didYouMean(id, ids)}`);
}
