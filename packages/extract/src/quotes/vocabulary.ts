/** The word lists quote attribution reads, loaded once from @dossier/lexicons. */
import { loadLexicon } from '@dossier/lexicons';

export type CueTier = 'speech' | 'weak';

interface ReportingVerb {
  lemma: string;
  tier: CueTier;
  forms: string[];
}

interface Hedge {
  phrase: string;
  scope: 'attribution' | 'verification';
}

export interface QuoteVocabulary {
  /** Lower-cased verb form → tier. */
  cues: Map<string, CueTier>;
  attributionHedges: string[];
  verificationHedges: string[];
  unnamedHeads: Set<string>;
  /** Head nouns of organization names (lexicon organization-heads), lower-cased. */
  institutionHeads: Set<string>;
}

let vocabulary: QuoteVocabulary | undefined;

export function quoteVocabulary(): QuoteVocabulary {
  if (vocabulary) return vocabulary;
  const cues = new Map<string, CueTier>();
  for (const verb of loadLexicon<ReportingVerb>('reporting-verbs').entries) {
    for (const form of verb.forms) cues.set(form.toLowerCase(), verb.tier);
  }
  const hedges = loadLexicon<Hedge>('hedges').entries;
  vocabulary = {
    cues,
    attributionHedges: hedges.filter((h) => h.scope === 'attribution').map((h) => h.phrase.toLowerCase()),
    verificationHedges: hedges.filter((h) => h.scope === 'verification').map((h) => h.phrase.toLowerCase()),
    unnamedHeads: new Set(loadLexicon<string>('unnamed-sources').entries.map((e) => e.toLowerCase())),
    institutionHeads: new Set(loadLexicon<string>('organization-heads').entries.map((e) => e.toLowerCase())),
  };
  return vocabulary;
}

/** True when one of the phrases occurs in the text as whole words (case-insensitive). */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return phrases.some((p) => {
    let at = lower.indexOf(p);
    while (at >= 0) {
      const before = lower[at - 1];
      const after = lower[at + p.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
      at = lower.indexOf(p, at + 1);
    }
    return false;
  });
}
