/** Pieces of personal names that both the extractor and cross-article resolution need. */
import { lexiconSet } from '@dossier/lexicons';

let particles: Set<string> | undefined;

/** Lower-cased name particles (bin, al, van, de …). */
export function nameParticles(): Set<string> {
  particles ??= lexiconSet('name-particles');
  return particles;
}

const PARTICLE_PREFIX = /^(?:al|el|al|ad|ash|as|at|az|an|ar|bin|ibn|abu|abd)[-‐]/iu;

/** Words of a name. */
export function nameWords(name: string): string[] {
  return name.split(/\s+/u).filter(Boolean);
}

/**
 * Forms by which a later reference may name the person: the last word ("Jennings"), the last word without an
 * attached Arabic article ("al-Farsi" → "Farsi"), and the family name after a particle ("Al Marri" from
 * "… bin Saud Al Marri").
 */
/** Generational suffixes that end a name ("Jr.", "III") and are not its surname. */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?$/u;

export function surnameForms(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 2 && NAME_SUFFIX.test(words[words.length - 1]!)) words.pop();
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const forms = new Set<string>([last]);
  const bare = last.replace(PARTICLE_PREFIX, '');
  if (bare !== last && bare.length > 1) forms.add(bare);
  const p = nameParticles();
  if (
    words.length >= 3 &&
    p.has(words[words.length - 2]!.toLowerCase()) &&
    words[words.length - 2]!.toLowerCase() !== 'bin'
  ) {
    forms.add(`${words[words.length - 2]} ${last}`);
  }
  return [...forms];
}
