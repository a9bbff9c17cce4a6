/** The word lists quote attribution reads, loaded once from @dossier/lexicons. */
import { loadLexicon } from '@dossier/lexicons';

export type CueTier = 'speech' | 'weak';

interface ReportingVerb {
  lemma: string;
  tier: CueTier;
  forms: string[];
}

interface StanceVerb {
  lemma: string;
  forms: string[];
}

interface Hedge {
  phrase: string;
  scope: 'attribution' | 'verification';
}

export interface QuoteVocabulary {
  /** Lower-cased verb form → tier. */
  cues: Map<string, CueTier>;
  /** The forms of the verbs of saying proper (tier speech), lower-cased. */
  speechForms: Set<string>;
  /** Forms of the verbs of characterizing, judging and stance (lexicon quote-stance-verbs), lower-cased. */
  stanceVerbs: Set<string>;
  attributionHedges: PhraseList;
  verificationHedges: PhraseList;
  /** The one-word attribution hedges ("reportedly"). */
  attributionHedgeWords: Set<string>;
  unnamedHeads: Set<string>;
  /** Head nouns of organization names (lexicon organization-heads), lower-cased. */
  institutionHeads: Set<string>;
  /** Lexicon quote-attribution-words, by kind; time words include the calendar's names (temporal-calendar). */
  timeWords: Set<string>;
  timeOpeners: Set<string>;
  knowing: Set<string>;
  subordinators: Set<string>;
  nonSpeakerHeads: Set<string>;
  indefinites: Set<string>;
  /** Nouns for a text that speaks for its author ("letter", "statement"). */
  documents: Set<string>;
  /** Nouns of saying ("claim", "assertion", "words") whose owner owns the quoted phrase they introduce. */
  speechNouns: Set<string>;
  /** Words that open a paragraph before a colon without naming a speaker ("UPDATE:", "Editor's note:"). */
  sectionLabels: Set<string>;
  /**
   * A party's member in the singular ("democrat", "tory"), lower-cased: the plural names of the organizations
   * lexicon's parties ("Democrats" → "Democratic Party") made singular.
   */
  partyMembers: Set<string>;
}

interface AttributionWord {
  word: string;
  kind:
    | 'time-word'
    | 'time-opener'
    | 'knowing'
    | 'subordinator'
    | 'non-speaker'
    | 'indefinite'
    | 'document'
    | 'speech-noun'
    | 'section-label';
}

let vocabulary: QuoteVocabulary | undefined;

export function quoteVocabulary(): QuoteVocabulary {
  if (vocabulary) return vocabulary;
  const cues = new Map<string, CueTier>();
  for (const verb of loadLexicon<ReportingVerb>('reporting-verbs').entries) {
    for (const form of verb.forms) cues.set(form.toLowerCase(), verb.tier);
  }
  const hedges = loadLexicon<Hedge>('hedges').entries;
  const attributionHedges = hedges.filter((h) => h.scope === 'attribution').map((h) => h.phrase.toLowerCase());
  const words = loadLexicon<AttributionWord>('quote-attribution-words').entries;
  const ofKind = (kind: AttributionWord['kind']) =>
    new Set(words.filter((w) => w.kind === kind).map((w) => w.word.toLowerCase()));
  const calendar = loadLexicon<{ word: string }>('temporal-calendar').entries.map((e) => e.word.toLowerCase());
  vocabulary = {
    timeWords: new Set([...ofKind('time-word'), ...calendar]),
    timeOpeners: ofKind('time-opener'),
    knowing: ofKind('knowing'),
    subordinators: ofKind('subordinator'),
    nonSpeakerHeads: ofKind('non-speaker'),
    indefinites: ofKind('indefinite'),
    documents: ofKind('document'),
    speechNouns: ofKind('speech-noun'),
    sectionLabels: ofKind('section-label'),
    cues,
    speechForms: new Set([...cues].filter(([, tier]) => tier === 'speech').map(([form]) => form)),
    stanceVerbs: new Set(loadLexicon<StanceVerb>('quote-stance-verbs').entries.flatMap((v) => v.forms)),
    attributionHedges: new PhraseList(attributionHedges),
    verificationHedges: new PhraseList(
      hedges.filter((h) => h.scope === 'verification').map((h) => h.phrase.toLowerCase()),
    ),
    attributionHedgeWords: new Set(attributionHedges.filter((h) => !h.includes(' '))),
    unnamedHeads: new Set(loadLexicon<string>('unnamed-sources').entries.map((e) => e.toLowerCase())),
    institutionHeads: new Set(loadLexicon<string>('organization-heads').entries.map((e) => e.toLowerCase())),
    partyMembers: partyMembers(),
  };
  return vocabulary;
}

/** "Democrats" (→ "Democratic Party") gives "democrat", "Tories" gives "tory". */
function partyMembers(): Set<string> {
  const members = new Set<string>();
  for (const [alias, canonical] of loadLexicon<string[]>('organizations').entries) {
    if (!alias || !canonical?.endsWith(' Party') || !/s$/.test(alias)) continue;
    members.add(alias.toLowerCase().replace(/ies$/, 'y').replace(/s$/, ''));
  }
  return members;
}

/** True when one of the phrases occurs in the text as whole words (case-insensitive). */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return occursInLowerCased(text.toLowerCase(), phrases);
}

function occursInLowerCased(lower: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    let at = lower.indexOf(p);
    while (at >= 0) {
      const before = lower[at - 1];
      const after = lower[at + p.length];
      if (
        (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
        (after === undefined || !/[\p{L}\p{N}]/u.test(after))
      )
        return true;
      at = lower.indexOf(p, at + 1);
    }
    return false;
  });
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Lower-cased phrases searched in many texts (the hedges), with a quick test in front: containsPhrase
 * searches the text once per phrase, while one regex over all of them, as plain substrings, finds in a single
 * pass whether any occurs at all. Most texts have none; the others get the full whole-word check, so the
 * answer is containsPhrase's (property test in vocabulary.test.ts).
 */
export class PhraseList {
  private readonly anySubstring: RegExp;

  constructor(readonly phrases: readonly string[]) {
    this.anySubstring = new RegExp(phrases.map(escapeRegExp).join('|'));
  }

  /** containsPhrase(text, this.phrases). */
  occursIn(text: string): boolean {
    const lower = text.toLowerCase();
    return this.anySubstring.test(lower) && occursInLowerCased(lower, this.phrases);
  }
}
