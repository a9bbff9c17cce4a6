/**
 * "for a psychology class called “Perception”": a verb of naming right after a common noun, before the name it
 * gives, is a participle modifying the noun, neither a verb of saying nor the clause's verb.
 */
import type { PhraseReader } from './noun-phrase.js';

/** Past forms of the verbs of naming (Levin 1993, §29.3, dub verbs). */
const NAMING_PARTICIPLES = new Set([
  'called',
  'named',
  'dubbed',
  'titled',
  'entitled',
  'labeled',
  'labelled',
  'nicknamed',
  'termed',
  'christened',
]);

/**
 * "a syllabus for a class called “Perception”", "in a town named Ashby": the naming verb modifies the noun before
 * it. Only after the object of a preposition: "The agency called “…”" may be a subject and its verb.
 */
export function isNamingParticiple(reader: PhraseReader, i: number): boolean {
  const tokens = reader.tokens;
  if (!NAMING_PARTICIPLES.has(tokens[i]!.lower) || tokens[i - 1]?.pos !== 'NOUN') return false;
  const next = tokens[i + 1];
  if (next === undefined || !(next.lower === '“' || next.lower === '"' || reader.isCapitalised(i + 1))) return false;
  const noun = reader.before(i, 0);
  const governor = noun ? tokens[noun[0] - 1] : undefined;
  return governor?.pos === 'ADP' && governor.lower !== 'of';
}
