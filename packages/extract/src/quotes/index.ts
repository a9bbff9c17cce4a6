/**
 * Direct quotations and their speakers. Marks are found paragraph by paragraph (marks.ts), sentences are
 * merged where a quote crosses them (units.ts), the attribution is read around each quote (attribution.ts)
 * and its phrase is turned into a speaker (speaker.ts). Quotes without an attribution of their own borrow
 * one, in this order: another quote in the same sentence, the multi-paragraph quote they continue, the
 * previous sentence (full quotes only: an unattributed fragment is a scare quote and keeps no speaker).
 */
import {
  itemsWithinList,
  type ArticleDoc,
  type MentionAnnotation,
  type QuoteAnnotation,
  type Span,
  type SpeakerRule,
  type TimexAnnotation,
} from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { findAttribution, type Attribution } from './attribution.js';
import { asClauseIntroducer, clauseSubject, isSoCalled, possessorOfQuote, sentenceSubject } from './clause-subject.js';
import { describesOnePerson, sharesNoun } from './cataphora.js';
import { creditLine, inlineCredit } from './credit-line.js';
import { findQuoteStretches, type QuoteChainLink } from './marks.js';
import { PhraseReader } from './noun-phrase.js';
import { describedSourceFor } from './source-for.js';
import { speechNounOwner } from './speech-noun.js';
import { invertedTailComma } from './inverted-tail.js';
import { isCapitalizedName } from './proper-description.js';
import { isCapitalizedPlural, SpeakerResolver } from './speaker.js';
import { coordinatedWithQuoteBefore, inReportedClause } from './title-wording.js';
import { tokenRange } from './tokens.js';
import { wordsOfKind } from '@dossier/lexicons';
import { articleLabelReader, transcriptLabels, type TurnLabel } from './transcript.js';
import { attributionUnits, unitAt } from './units.js';
import { quoteVocabulary } from './vocabulary.js';

export { findQuoteStretches } from './marks.js';

interface Found {
  speakerKey: string | null;
  speakerText: string | null;
  speakerRule: SpeakerRule | null;
  cue: string | null;
  /** Where the reporting verb stands, when the quote has an attribution of its own. */
  cueStart: number | null;
  hedged: boolean;
  dateValue: string | null;
  timex: Span | null;
  /** The phrase named nobody we know and could be a description of an earlier speaker ("the speaker"). */
  anaphoric: boolean;
  /** The subject is a share of a poll's respondents ("3 in 10 voters say"): a finding, spoken by nobody. */
  pollFinding?: true;
}

const NOBODY: Found = {
  speakerKey: null,
  speakerText: null,
  speakerRule: null,
  cue: null,
  cueStart: null,
  hedged: false,
  dateValue: null,
  timex: null,
  anaphoric: false,
};
const BE_FORMS = wordsOfKind('function-words', 'be-form');
/** How far back (in paragraphs) a pronoun may look for its person: its own paragraph and the one before. */
const PRONOUN_REACH = 1;
/** The longest credit after a heading quote's colon ("CPA Canada", "TD Economics"). */
const MAX_CREDIT_WORDS = 6;
/** How many words ("No 26 seed", "Senator") may stand before a name that is a sentence's subject. */
const SUBJECT_OPENING_WORDS = 4;

/**
 * Finds direct quotations and attributes them to speakers. A person named only as the subject of a reporting
 * verb ("said Cross") is added to `entities` with its mention (speaker rule "speaker-name").
 */
export function findQuotes(doc: ArticleDoc, entities: EntityFindings, timexes: TimexAnnotation[]): QuoteAnnotation[] {
  const text = doc.body;
  const vocabulary = quoteVocabulary();
  const stretches = findQuoteStretches(text, doc.paragraphs);
  const withMarks: Span[] = stretches.map((s) => ({
    start: s.openMark,
    end: s.closeMark === null ? s.end : s.closeMark + 1,
  }));
  // The dateline ("LONDON (Reuters) —") is not part of the first sentence's attribution.
  const units = attributionUnits(doc.sentences, withMarks, text, vocabulary.speechForms).map((u) =>
    doc.dateline && u.start < doc.dateline.end && u.end > doc.dateline.end ? { ...u, start: doc.dateline.end } : u,
  );
  const unitOf = stretches.map((s) => unitAt(units, s.openMark));
  // Quotes by unit, so that each lookup costs the quotes of one sentence, not of the article.
  const quotesInUnit = new Map<number, number[]>();
  for (const [i, u] of unitOf.entries()) quotesInUnit.set(u, [...(quotesInUnit.get(u) ?? []), i]);
  const resolver = new SpeakerResolver(text, doc.tokens, entities, vocabulary, withMarks);
  const paragraphStart = (p: number): number => doc.paragraphs[Math.max(0, p)]?.start ?? 0;
  const reader = new PhraseReader(text, doc.tokens, vocabulary.attributionHedgeWords);
  // Transcript turns ("MS. VARGA: …"): empty unless two or more paragraphs open with a speaker's label.
  const labels = transcriptLabels(text, doc.paragraphs, articleLabelReader(entities, vocabulary));

  // Asked only for paragraphs with an attributed quote, so each is checked on first use.
  const disclaimers: Array<boolean | undefined> = [];
  const paragraphHasDisclaimer = (p: number): boolean =>
    (disclaimers[p] ??= vocabulary.verificationHedges.occursIn(outsideQuotes(text, doc.paragraphs[p]!, withMarks)));

  const attributionOf = (u: number, quote: Span): Attribution | null => {
    const unit = units[u]!;
    const others = (quotesInUnit.get(u) ?? []).map((j) => withMarks[j]!).filter((q) => q !== quote);
    return findAttribution(text, reader, unit, quote, others, vocabulary);
  };

  /**
   * Who reports sentence u as a whole: read from the comma of an attribution that ends it ("…, said Tom Vane."),
   * else from its end, so that a name inside the reported clause is not taken for the reporter.
   */
  const reporterOf = (u: number): Attribution | null => {
    const unit = units[u]!;
    const comma = invertedTailComma(doc.tokens, unit, vocabulary.speechForms);
    const tail = comma === null ? null : attributionOf(u, { start: comma, end: comma });
    // Only a tail that names someone ("…, tweeted a warning." names nobody: the sentence's subject reports it).
    const namesSomeone = tail?.phrase && resolver.named(resolver.widenToMentions(tail.phrase)) !== null;
    return namesSomeone ? tail : attributionOf(u, { start: unit.end, end: unit.end });
  };

  const speakerFrom = (attribution: Attribution, paragraph: number): Found => {
    const found: Found = { ...NOBODY, cue: attribution.cue, cueStart: attribution.cueSpan.start };
    const clauseText = text.slice(attribution.clause.start, attribution.clause.end);
    found.hedged = vocabulary.attributionHedges.occursIn(clauseText) || paragraphHasDisclaimer(paragraph);
    const date = dateIn(attribution, timexes);
    if (date) Object.assign(found, date);
    const phrase = attribution.phrase && resolver.widenToMentions(attribution.phrase);
    if (!phrase) return found;
    if (resolver.isShareOfRespondents(phrase)) return { ...found, pollFinding: true };
    found.speakerText = text.slice(phrase.start, phrase.end);
    // "A spokesman for Ann Lee said": the described source speaks, not the one it speaks for.
    const source = describedSourceFor(doc.tokens, phrase, attribution.clause.start, vocabulary);
    if (source !== null)
      return { ...found, speakerText: text.slice(source, phrase.end), speakerRule: 'unnamed-source' };
    const named = resolver.named(phrase) ?? resolver.namedBySurname(phrase);
    // A person that only attributions named ("said Cross") keeps that rule, and each such name its mention.
    if (named && resolver.isAdoptedPerson(named))
      return { ...found, speakerKey: resolver.adoptName(phrase) ?? named, speakerRule: 'speaker-name' };
    if (named)
      return { ...found, speakerKey: named, speakerRule: resolver.adoptedIn(phrase) ? 'speaker-name' : 'explicit' };
    // Only a verb of saying proper (or "according to") makes a name after "the" an organization ("the Daily Caller
    // reported"; people are not named with "the"), or a place's name a person ("Brooks said"; not "Brooks backed …").
    const saying = vocabulary.speechForms.has(attribution.cue.toLowerCase());
    // "According to the Daily Ledger, “…”" credits a source as plainly as "said" does.
    const credited = saying || attribution.cue.toLowerCase() === 'according to';
    const adopted = (credited ? resolver.adoptOrganization(phrase) : null) ?? resolver.adoptName(phrase);
    if (adopted) return { ...found, speakerKey: adopted, speakerRule: 'speaker-name' };
    const retyped = saying ? (resolver.adoptPlaceAsPerson(phrase) ?? resolver.adoptNameOverPlaces(phrase)) : null;
    if (retyped) return { ...found, speakerKey: retyped, speakerRule: 'speaker-name' };
    const pronoun = resolver.pronoun(phrase);
    if (pronoun) {
      const antecedent = resolvePronoun(pronoun, phrase, paragraph);
      const inherited = antecedent.date && !found.dateValue ? antecedent.date : {};
      return {
        ...found,
        ...inherited,
        speakerKey: antecedent.key,
        speakerRule: 'pronoun',
        hedged: found.hedged || antecedent.hedged,
      };
    }
    if (resolver.unnamedHead(phrase) || resolver.isDescribedSource(phrase))
      return { ...found, speakerRule: 'unnamed-source' };
    // A definite description ("the speaker", "the Israeli leader") points back to an earlier speaker, unless
    // its head names an institution: then to the one named just before ("the ministry" after "X's Defense
    // Ministry"), else to nobody ("the state transport ministry": someone we merely failed to link).
    const head = found.speakerText.split(/\s+/).pop()!.toLowerCase();
    const institution = vocabulary.institutionHeads.has(head)
      ? resolver.institutionNamed(phrase, paragraphStart(paragraph - PRONOUN_REACH))
      : null;
    if (institution) return { ...found, speakerKey: institution, speakerRule: 'description' };
    const group = resolver.organizationOfMembers(phrase);
    if (group) return { ...found, speakerKey: group, speakerRule: 'description' };
    return {
      ...found,
      speakerRule: 'explicit',
      anaphoric:
        /^the\s/i.test(found.speakerText) &&
        !vocabulary.institutionHeads.has(head) &&
        !isCapitalizedName(found.speakerText) &&
        !isCapitalizedPlural(found.speakerText.split(/\s+/).pop()!),
    };
  };

  // Each quote's own attribution, computed on first use: a pronoun in it may need the final speakers of
  // earlier sentences, which are settled in reading order below.
  const final: Found[] = [];
  const ownCache = new Map<number, Found | null>();
  const ownOf = (i: number): Found | null => {
    if (!ownCache.has(i)) {
      const attribution = attributionOf(unitOf[i]!, withMarks[i]!);
      ownCache.set(i, attribution ? speakerFrom(attribution, stretches[i]!.paragraph) : null);
    }
    return ownCache.get(i)!;
  };

  // Borrow in reading order, so that a borrowed speaker can be lent on.
  for (let i = 0; i < stretches.length; i++) {
    const s = stretches[i]!;
    // A stretch that opens with a transcript label ("“VARGA: I have not decided.") is that speaker's turn.
    const turn = turnOpenedBy(i);
    if (turn?.silent) {
      final.push(NOBODY);
      continue;
    }
    let found = turn ? turnSpeaker(turn, s.paragraph) : ownOf(i);
    if (found?.pollFinding) {
      final.push(NOBODY);
      continue;
    }
    if (!found || found.speakerText === null) found = borrowFromSameUnit(i, stretches, unitOf, ownOf) ?? found;
    if ((!found || found.speakerText === null) && s.chainStart !== i)
      found = latestTurnInChain(i) ?? continuation(final[s.chainStart]!);
    if ((!found || found.speakerText === null) && s.chainStart === i)
      found = borrowFromChain(i, stretches, ownOf) ?? found;
    const titleLike =
      quoteKind(text, units[unitOf[i]!]!, s) === 'fragment' &&
      s.chainStart === i &&
      isTitleLike(text.slice(s.start, s.end));
    if (titleLike && !isOwnWording(i, found)) found = null;
    if ((!found || found.speakerText === null) && s.chainStart === i) found = fromCreditLine(i) ?? found;
    // "VARGA: Then he said: “We are done.”": a full quote in a turn with no attribution of its own is the turn's.
    if ((!found || found.speakerText === null) && quoteKind(text, units[unitOf[i]!]!, s) === 'full')
      found = turnAround(i) ?? asClauseSpeaker(i) ?? found;
    if (!found || found.speakerText === null || found.anaphoric) {
      const full = quoteKind(text, units[unitOf[i]!]!, s) === 'full';
      // A cue with no subject ("Asked whether …, he went on: “…”") attributes nothing by itself.
      if (found && found.speakerText === null) found = null;
      // "Ann Lee shot back: “…”", "As Ann Lee put it: “…”": a person before a colon in the quote's own sentence
      // introduces it, whoever spoke in the sentence before.
      const sameSentenceIntroducer = !found && full ? colonIntroducer(i) : null;
      const previous = sameSentenceIntroducer?.sameUnit ? null : fromPreviousUnit(i);
      if (previous && (found?.anaphoric || full)) {
        found = {
          ...previous,
          speakerText: found?.speakerText ?? previous.speakerText,
          cue: found?.cue ?? previous.cue,
          speakerRule: 'previous-sentence',
          hedged: previous.hedged || (found?.hedged ?? false) || paragraphHasDisclaimer(s.paragraph),
        };
      } else if (found?.anaphoric) {
        // "said the 36-year-old": a description of a person named shortly before, resolved like "he".
        const phrase = attributionOf(unitOf[i]!, withMarks[i]!)?.phrase;
        const antecedent = phrase ? resolvePronoun('person', phrase, s.paragraph) : null;
        if (antecedent?.key)
          found = { ...found, speakerKey: antecedent.key, speakerRule: 'description', anaphoric: false };
      } else if (!found && full && colonIntroducer(i)) {
        // "Here is Ann Lee in 1992: “…”", or the paragraph before ending "Ann Lee continued:": the colon introduces the speaker's words.
        const introducer = colonIntroducer(i)!;
        found = {
          ...NOBODY,
          speakerKey: introducer.key,
          speakerText: introducer.text,
          speakerRule: introducer.rule ?? (introducer.sameUnit ? 'explicit' : 'previous-sentence'),
          hedged: paragraphHasDisclaimer(s.paragraph),
        };
      } else if (!found && full && opensParagraph(i)) {
        // News convention: a quote paragraph with no attribution of its own continues the previous paragraph's speaker.
        const earlier = previousParagraphSpeaker(i);
        if (earlier)
          found = {
            ...earlier,
            speakerRule: 'paragraph-continuation',
            anaphoric: false,
            hedged: earlier.hedged || paragraphHasDisclaimer(s.paragraph),
          };
        else {
          // No speaker before: a quote paragraph after one about a person ("X wrapped up his win …") is that person's.
          const subject = previousParagraphSubject(i);
          if (subject)
            found = {
              ...NOBODY,
              speakerKey: subject.entityKey,
              speakerText: text.slice(subject.start, subject.end),
              speakerRule: 'paragraph-continuation',
              hedged: paragraphHasDisclaimer(s.paragraph),
            };
        }
      }
    }
    // Last: a quoted phrase no verb of saying attributes is its sentence's subject's wording (clause-subject.ts).
    // "identified the judge as “Spanish”": a name given with "as" is a label someone chose, if a verb judges it.
    if ((!found || found.speakerText === null) && s.chainStart === i && (!titleLike || followsAs(i)))
      found = fromClauseSubject(i) ?? found;
    final.push(found ?? NOBODY);
  }

  /** The label that quote i's stretch opens with, right after its mark ("“VARGA: …"), else null. */
  function turnOpenedBy(i: number): TurnLabel | null {
    const label = labels.get(stretches[i]!.paragraph);
    const start = stretches[i]!.start;
    return label && label.span.start >= start && /^\s*$/.test(text.slice(start, label.span.start)) ? label : null;
  }

  function turnSpeaker(label: TurnLabel, paragraph: number): Found {
    return {
      ...NOBODY,
      speakerKey: label.speakerKey,
      speakerText: text.slice(label.span.start, label.span.end),
      speakerRule: 'transcript-label',
      hedged: paragraphHasDisclaimer(paragraph),
    };
  }

  /**
   * A transcript printed as one long quote: a paragraph with no label of its own continues the latest turn
   * (nobody's after a section label: "VIDEO:").
   */
  function latestTurnInChain(i: number): Found | null {
    for (let j = i - 1; j >= stretches[i]!.chainStart; j--) if (turnOpenedBy(j)) return final[j]!;
    return null;
  }

  /**
   * The turn whose labelled paragraph holds quote i after its label ("VARGA: … “…”"), when the label names a
   * person: under "Q:" or "MODERATOR:" a quote may be anyone's words read out.
   */
  function turnAround(i: number): Found | null {
    const label = labels.get(stretches[i]!.paragraph);
    return label?.speakerKey && label.span.end <= withMarks[i]!.start
      ? turnSpeaker(label, stretches[i]!.paragraph)
      : null;
  }

  /** "As The Ledger pointed out, “…”": the as-clause that is all of the quote's sentence before it names the speaker. */
  function asClauseSpeaker(i: number): Found | null {
    const attribution = asClauseIntroducer(text, reader, units[unitOf[i]!]!, withMarks[i]!, vocabulary);
    if (!attribution) return null;
    // Read like any attribution: a name the recognizer missed is adopted, "one analyst" stays a described source.
    const found = speakerFrom(attribution, stretches[i]!.paragraph);
    return found.speakerKey === null && found.speakerRule !== 'unnamed-source' ? null : found;
  }

  /**
   * A name in quotes is no speech, unless it is the object of a named speaker's own verb before it, alone in its
   * sentence ("Ann Lee called her “The Iron Mayor”"); not a place, an event or a show after a preposition or a
   * possessive ("said at the “Summit for Peace”", "on Acme's “Morning Hour”").
   */
  function isOwnWording(i: number, found: Found | null): boolean {
    if (found?.speakerKey && isReportedWording(i)) return true;
    const own = ownOf(i);
    if (found !== own || !own?.speakerKey || own.cueStart === null || own.cueStart > withMarks[i]!.start) return false;
    const alone = (quotesInUnit.get(unitOf[i]!) ?? []).length === 1;
    const [from, before] = tokenRange(doc.tokens, own.cueStart, withMarks[i]!.start);
    // "… said the judge was “Mexican.”": one capitalized word after "be" is a predicate, the speaker's label for
    // someone, not a title, whatever other quotes share the sentence.
    const oneWord = !/\s/.test(text.slice(stretches[i]!.start, stretches[i]!.end).trim());
    if (oneWord && BE_FORMS.has(doc.tokens[before - 1]?.lower ?? '')) return true;
    // "Ann Lee refers to him as “Mr. Vell,” while …": a name given with "as" right before it is the speaker's word for
    // someone, whatever other quotes share the sentence; a lone name needs the sentence to itself (not a list of titles).
    if (!alone) return doc.tokens[before - 1]?.lower === 'as';
    // The word that governs the quoted name's phrase, past its determiner and modifiers ("at the Cairo-hosted").
    let k = before - 1;
    const modifier = (j: number) =>
      ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(doc.tokens[j]!.pos) ||
      reader.isWordHyphen(j) ||
      (j > from && reader.isWordHyphen(j - 1));
    while (k > from && modifier(k)) k--;
    const governor = doc.tokens[k];
    if (!governor || /^['’]s?$/.test(governor.lower)) return false;
    return governor.pos !== 'ADP' || governor.lower === 'as' || governor.lower === 'like';
  }

  /**
   * "called him a “fascist” and a “Stalinist.”", "has said that it could lead to another “Holocaust.”": a name in
   * quotes listed with the quote before it, or inside the clause a verb of saying reports (title-wording.ts).
   */
  function isReportedWording(i: number): boolean {
    const before = i > 0 && unitOf[i - 1] === unitOf[i] ? withMarks[i - 1]! : null;
    if (before && final[i - 1]?.speakerKey && coordinatedWithQuoteBefore(text, before, withMarks[i]!)) return true;
    const from = before ? before.end : units[unitOf[i]!]!.start;
    return inReportedClause(text, doc.tokens, vocabulary.speechForms, from, withMarks[i]!);
  }

  function followsAs(i: number): boolean {
    const [, before] = tokenRange(doc.tokens, units[unitOf[i]!]!.start, withMarks[i]!.start);
    return doc.tokens[before - 1]?.lower === 'as';
  }

  /** The name that owns the quote (“Ann Lee’s “…””), else the subject of its sentence's main clause. */
  function fromClauseSubject(i: number): Found | null {
    const u = unitOf[i]!;
    const others = (quotesInUnit.get(u) ?? []).map((j) => withMarks[j]!).filter((q) => q !== withMarks[i]);
    const attribution =
      possessorOfQuote(text, reader, units[u]!, withMarks[i]!) ??
      speechNounOwner(text, reader, units[u]!, withMarks[i]!, vocabulary) ??
      clauseSubject(text, reader, units[u]!, withMarks[i]!, others, vocabulary);
    if (!attribution || !namesKnownSpeaker(attribution)) return null;
    const found = speakerFrom(attribution, stretches[i]!.paragraph);
    // Only a speaker we can name: an unnamed subject ("many voters") is no evidence that the words are theirs.
    return found.speakerKey === null ? null : { ...found, speakerRule: 'clause-subject', anaphoric: false };
  }

  /**
   * Does the phrase name an entity the recognizer found, or a pronoun? A subject read without a verb of saying
   * is weaker evidence than one, so it never adopts a new name (speaker-name) the way a reporting verb's does.
   */
  function namesKnownSpeaker(attribution: Attribution): boolean {
    if (!attribution.phrase) return false;
    const phrase = resolver.widenToMentions(attribution.phrase);
    return (resolver.named(phrase) ?? resolver.namedBySurname(phrase) ?? resolver.pronoun(phrase)) !== null;
  }

  /**
   * he/she → the nearest earlier speaker-like person, unit by unit backwards: the speaker of a quote there,
   * else the subject of a reporting verb there, else the first person named there. "it" likewise finds an
   * organization or a country. A speaker borrowed from the quote just before also lends its date.
   */
  function resolvePronoun(
    kind: 'person' | 'thing',
    phrase: Span,
    paragraph: number,
  ): { key: string | null; hedged: boolean; date: { dateValue: string | null; timex: Span | null } | null } {
    const compatible = (key: string | null) => key !== null && resolver.isCompatible(key, kind);
    const here = unitAt(units, phrase.start);
    let floorParagraph = Math.max(0, paragraph - PRONOUN_REACH);
    // An opening participle clause ("Asked about Ann Lee, she said") names the object, never the speaker; an
    // opening subordinate clause ("After Ann Lee won, she said") may name the speaker, but only when the main
    // clause names nobody.
    const opening = openingClause(units[here]!);
    const mainFloor = opening && opening.end < phrase.start ? opening.end : units[here]!.start;
    // In its own sentence a pronoun takes the main clause's subject, the first name there, not the nearest
    // ("Ann Lee hammered Tom Vane, whom she called “…”": she is Ann Lee).
    const inUnit =
      resolver.firstMention(kind, { start: mainFloor, end: phrase.start }) ??
      (opening?.kind === 'subordinate' && mainFloor > units[here]!.start
        ? resolver.resolvePronoun(kind, mainFloor, units[here]!.start)
        : null);
    if (inUnit) return { key: inUnit, hedged: false, date: null };
    for (let u = here - 1; u >= 0 && units[u]!.paragraph >= floorParagraph; u--) {
      const quoted = (quotesInUnit.get(u) ?? []).filter((j) => final[j] && compatible(final[j]!.speakerKey)).pop();
      if (quoted !== undefined) {
        const f = final[quoted]!;
        return {
          key: f.speakerKey,
          hedged: f.hedged,
          date: u === here - 1 ? { dateValue: f.dateValue, timex: f.timex } : null,
        };
      }
      const unit = units[u]!;
      const attribution = reporterOf(u);
      const key = attribution?.phrase ? resolver.named(attribution.phrase) : null;
      if (compatible(key)) return { key, hedged: false, date: null };
      // "He said that …": a pronoun of the same kind continues the chain, so the reach runs on from there.
      if (key === null && attribution?.phrase && resolver.pronoun(attribution.phrase) === kind)
        floorParagraph = Math.max(0, Math.min(floorParagraph, unit.paragraph - PRONOUN_REACH));
      // "a man who … tells a journalist …", then "he says": an unnamed person, nobody we can link.
      if (kind === 'person' && key === null && attribution?.phrase && resolver.unnamedHead(attribution.phrase))
        return { key: null, hedged: false, date: null };
      // The main clause's subject, not a name in an opening clause ("After Ann Lee won, it was Mia Cole who …").
      const afterOpening = openingClause(unit);
      const first =
        resolver.firstMention(kind, afterOpening ? { start: afterOpening.end, end: unit.end } : unit) ??
        resolver.firstMention(kind, unit);
      if (first) return { key: first, hedged: false, date: null };
    }
    return { key: null, hedged: false, date: null };
  }

  /**
   * A quote right after a colon, in its sentence or opening the next paragraph: the first person (else
   * organization or country) named before the colon in that sentence, if any.
   */
  function colonIntroducer(i: number): { key: string; text: string; sameUnit: boolean; rule: 'pronoun' | null } | null {
    let at = withMarks[i]!.start - 1;
    while (at >= 0 && /\s/.test(text[at]!)) at--;
    if (at < 0 || text[at] !== ':') return null;
    const u = unitAt(units, at);
    if (u !== unitOf[i] && u !== unitOf[i]! - 1) return null;
    const opening = openingClause(units[u]!);
    const before = { start: opening && opening.end < at ? opening.end : units[u]!.start, end: at };
    const mention = resolver.firstMentionSpan('person', before) ?? resolver.firstMentionSpan('thing', before);
    if (mention)
      return {
        key: mention.entityKey,
        text: text.slice(mention.start, mention.end),
        sameUnit: u === unitOf[i],
        rule: null,
      };
    // "Asked about X, he went on: “…”": a pronoun subject before the colon, resolved as for "he said".
    const [from, to] = tokenRange(doc.tokens, before.start, before.end);
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (t.pos !== 'PRON' || !['he', 'she'].includes(t.lower)) continue;
      const antecedent = resolvePronoun('person', { start: t.start, end: t.end }, units[u]!.paragraph);
      return antecedent.key
        ? { key: antecedent.key, text: text.slice(t.start, t.end), sameUnit: u === unitOf[i], rule: 'pronoun' as const }
        : null;
    }
    return null;
  }

  /**
   * The person who opens the main clause of the last sentence of the previous paragraph, when that paragraph
   * has no quote: "Ann Lee meanwhile wrapped up her win." then a quote paragraph with no attribution.
   */
  function previousParagraphSubject(i: number): MentionAnnotation | null {
    const u = unitOf[i]!;
    if (u === 0) return null;
    const previous = units[u - 1]!;
    if (previous.paragraph !== units[u]!.paragraph - 1) return null;
    if (stretches.some((st) => st.paragraph === previous.paragraph)) return null;
    const opening = openingClause(previous);
    const start = opening ? opening.end : previous.start;
    const first = resolver.firstMentionSpan('person', { start, end: previous.end });
    if (!first) return null;
    // The subject opens the clause: at most a title or two before the name.
    const [from] = tokenRange(doc.tokens, start, first.start);
    const [, upTo] = tokenRange(doc.tokens, start, first.start);
    return upTo - from <= SUBJECT_OPENING_WORDS ? first : null;
  }

  /** Does the quote's sentence open its paragraph? */
  function opensParagraph(i: number): boolean {
    const u = unitOf[i]!;
    return u === 0 || units[u - 1]!.paragraph !== units[u]!.paragraph;
  }

  /**
   * "“…”" then a paragraph "— Ann Lee, Ashby.", or "“…” ― Ann Lee" closing the quote's own paragraph: the credit
   * names the speaker (credit-line.ts).
   */
  function fromCreditLine(i: number): Found | null {
    const paragraph = stretches[i]!.paragraph;
    const credit =
      creditLine(text, doc.paragraphs, paragraph, withMarks[i]!.end) ??
      inlineCredit(text, doc.paragraphs[paragraph]!, withMarks[i]!.end);
    if (!credit) return null;
    const mention = resolver.firstMentionSpan('person', credit) ?? resolver.firstMentionSpan('thing', credit);
    // A credit is a name by position, as the subject of "said" is: one the recognizer missed is adopted.
    const adopted = mention ? null : resolver.adoptName(credit);
    return {
      ...NOBODY,
      speakerKey: mention?.entityKey ?? adopted,
      speakerText: text.slice(credit.start, credit.end),
      speakerRule: adopted ? 'speaker-name' : 'explicit',
      hedged: paragraphHasDisclaimer(stretches[i]!.paragraph),
    };
  }

  /** The speaker of the last attributed quote of the paragraph before quote i's. */
  function previousParagraphSpeaker(i: number): Found | null {
    const paragraph = stretches[i]!.paragraph;
    for (let j = i - 1; j >= 0; j--) {
      const p = stretches[j]!.paragraph;
      if (p === paragraph) continue;
      if (p < paragraph - 1) return null;
      if (final[j]!.speakerText !== null) return final[j]!;
    }
    return null;
  }

  /**
   * The clause that opens a sentence before its main clause, up to the first comma: a participle ("Asked about
   * …,", "Speaking in …,") or a subordinate clause (lexicon quote-attribution-words, subordinator).
   */
  function openingClause(unit: Span): { end: number; kind: 'participle' | 'subordinate' } | null {
    const [from, to] = tokenRange(doc.tokens, unit.start, unit.end);
    const first = doc.tokens[from];
    if (!first) return null;
    const participle = first.pos === 'VERB' && /(ing|ed)$/.test(first.lower);
    const subordinate = vocabulary.subordinators.has(first.lower);
    if (!participle && !subordinate) return null;
    for (let k = from + 1; k < to; k++)
      if (doc.tokens[k]!.lower === ',')
        return { end: doc.tokens[k]!.end, kind: participle && first.lower !== 'after' ? 'participle' : 'subordinate' };
    return null;
  }

  function fromPreviousUnit(i: number): Found | null {
    const u = unitOf[i]!;
    if (u === 0) return null;
    // A quote in the previous sentence that has a speaker lends it.
    for (let j = i - 1; j >= 0 && unitOf[j]! >= u - 1; j--) {
      if (unitOf[j] === u - 1 && final[j]!.speakerText !== null) return { ...final[j]!, anaphoric: false };
    }
    // Else the subject of a reporting verb in the previous sentence ("Ann Lee said both sides had erred.").
    const previousUnit = units[u - 1]!;
    const attribution = reporterOf(u - 1);
    if (!attribution?.phrase) return previousSubject(u - 1);
    const found = speakerFrom(attribution, previousUnit.paragraph);
    return found.anaphoric || found.speakerRule === null ? null : found;
  }

  /**
   * "Ann Lee agreed. “…”": the named subject of the sentence before, in the same paragraph and with no quote
   * of its own, when that sentence has no verb of saying.
   */
  function previousSubject(u: number): Found | null {
    if (quotesInUnit.has(u) || units[u]!.paragraph !== units[u + 1]?.paragraph) return null;
    const attribution = sentenceSubject(text, reader, units[u]!, vocabulary);
    const found = attribution && namesKnownSpeaker(attribution) ? speakerFrom(attribution, units[u]!.paragraph) : null;
    return found?.speakerKey ? { ...found, anaphoric: false } : null;
  }

  // "X delivered a defense of “…,” saying the city embodied the “…”": a quote left with no speaker shares the
  // one its sentence's subject was given for another quote there (clause-subject), as it shares an own attribution.
  for (let i = 0; i < stretches.length; i++) {
    if (final[i]!.speakerText !== null || stretches[i]!.chainStart !== i) continue;
    if (isTitleLike(text.slice(stretches[i]!.start, stretches[i]!.end))) continue;
    if (isSoCalled(text, units[unitOf[i]!]!, withMarks[i]!)) continue;
    const sibling = (quotesInUnit.get(unitOf[i]!) ?? []).find(
      (j) => j !== i && final[j]!.speakerRule === 'clause-subject' && final[j]!.speakerKey !== null,
    );
    if (sibling !== undefined) final[i] = final[sibling]!;
  }

  // "A leader of the teachers union said … “…”", then a paragraph "“…,” said Ann Lee, director of the Teachers
  // Association.": the description introduced the person named next (cataphora.ts).
  for (let i = 0; i < stretches.length; i++) {
    const named = namedInNextParagraph(i);
    if (named) final[i] = { ...final[i]!, speakerKey: named, speakerRule: 'description' };
  }

  function namedInNextParagraph(i: number): string | null {
    if (final[i]!.speakerRule !== 'unnamed-source' || final[i]!.speakerKey !== null) return null;
    const phrase = attributionOf(unitOf[i]!, withMarks[i]!)?.phrase;
    if (!phrase || !describesOnePerson(doc.tokens, phrase)) return null;
    const j = stretches.findIndex((s) => s.paragraph === stretches[i]!.paragraph + 1);
    if (j < 0 || !opensParagraph(j)) return null;
    const next = final[j]!;
    if (next.speakerRule !== 'explicit' || !next.speakerKey || !resolver.isCompatible(next.speakerKey, 'person'))
      return null;
    const quotes = (quotesInUnit.get(unitOf[j]!) ?? []).map((k) => withMarks[k]!);
    return sharesNoun(doc.tokens, phrase, units[unitOf[j]!]!, quotes) ? next.speakerKey : null;
  }

  // A section heading made of a quote and a credit ("‘Ends the debate’: Acme Bank") quotes the section below it.
  for (let i = 0; i < stretches.length; i++) {
    const credit = headingCredit(i);
    if (!credit || final[i]!.speakerRule === 'explicit') continue;
    const speaker = sectionSpeaker(i, credit);
    if (speaker) final[i] = { ...speaker, speakerRule: 'heading', anaphoric: false };
  }

  /** The credit after the colon when quote i is a heading paragraph of its own ("“…”: Acme Bank"), else null. */
  function headingCredit(i: number): Span | null {
    const paragraph = doc.paragraphs[stretches[i]!.paragraph]!;
    if (withMarks[i]!.start !== paragraph.start) return null;
    const rest = text.slice(withMarks[i]!.end, paragraph.end);
    const match = /^\s*:\s*(\S[^.!?:]*?)\s*$/u.exec(rest);
    if (!match || match[1]!.split(/\s+/).length > MAX_CREDIT_WORDS) return null;
    const start = withMarks[i]!.end + rest.indexOf(match[1]!);
    return { start, end: start + match[1]!.length };
  }

  /**
   * The heading's speaker: a person named in the credit, else the first person quoted in the section below
   * (up to the next heading), else the organization of the credit.
   */
  function sectionSpeaker(i: number, credit: Span): Found | null {
    const creditText = text.slice(credit.start, credit.end);
    const person = resolver.firstMentionSpan('person', credit);
    if (person) return { ...NOBODY, speakerKey: person.entityKey, speakerText: creditText };
    for (let j = i + 1; j < stretches.length && headingCredit(j) === null; j++) {
      const f = final[j]!;
      if (f.speakerKey && resolver.isCompatible(f.speakerKey, 'person')) return f;
    }
    const organization = resolver.firstMentionSpan('thing', credit);
    return organization ? { ...NOBODY, speakerKey: organization.entityKey, speakerText: creditText } : null;
  }

  const kinds = stretches.map((s, i) => (s.chainStart !== i ? 'full' : quoteKind(text, units[unitOf[i]!]!, s)));
  // “We are ready,” she said, “and we will win.”: the second stretch completes the first, a full quote.
  for (let i = 1; i < stretches.length; i++) {
    const previousText = text.slice(stretches[i - 1]!.start, stretches[i - 1]!.end);
    const between = text.slice(withMarks[i - 1]!.end, withMarks[i]!.start);
    if (
      kinds[i] === 'fragment' &&
      unitOf[i] === unitOf[i - 1] &&
      kinds[i - 1] === 'full' &&
      /,$/.test(previousText) &&
      /,\s*$/.test(between)
    ) {
      kinds[i] = 'full';
    }
  }

  return stretches.map((s, i) => ({
    start: s.start,
    end: s.end,
    text: text.slice(s.start, s.end),
    speakerKey: final[i]!.speakerKey,
    speakerText: final[i]!.speakerText,
    speakerRule: final[i]!.speakerRule,
    cue: final[i]!.cue,
    kind: kinds[i]!,
    hedged: final[i]!.hedged,
    dateValue: final[i]!.dateValue,
    timex: final[i]!.timex,
  }));
}

/** A name in quotation marks ("the so-called “Summit for Peace”") is a title, not something said. */
function isTitleLike(quoted: string): boolean {
  const words = quoted.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length > 0 && content.every((w) => /^\p{Lu}/u.test(w)) && words.length <= 6;
}

function borrowFromSameUnit(
  i: number,
  stretches: QuoteChainLink[],
  unitOf: number[],
  own: (j: number) => Found | null,
): Found | null {
  // The nearest earlier quote in the sentence first ("“…,” she said, adding: “…”"), then a later one.
  for (let j = i - 1; j >= 0 && unitOf[j] === unitOf[i]; j--) if (own(j)?.speakerText) return own(j);
  for (let j = i + 1; j < stretches.length && unitOf[j] === unitOf[i]; j++) if (own(j)?.speakerText) return own(j);
  return null;
}

function borrowFromChain(i: number, stretches: QuoteChainLink[], own: (j: number) => Found | null): Found | null {
  for (let j = i + 1; j < stretches.length && stretches[j]!.chainStart === i; j++)
    if (own(j)?.speakerText) return own(j);
  return null;
}

function continuation(first: Found): Found {
  return first.speakerText === null ? first : { ...first, speakerRule: 'continuation' };
}

/**
 * A quote is full when it stands as a sentence of its own: it opens the sentence or follows a colon or a
 * comma ("…, adding: “We …”"), and starts with a capital. Anything else is a fragment of the reporter's sentence.
 */
export function quoteKind(text: string, unit: Span, stretch: { start: number; openMark: number }): 'full' | 'fragment' {
  let i = stretch.openMark - 1;
  while (i >= unit.start && /\s/.test(text[i]!)) i--;
  const before = i >= unit.start ? text[i]! : null;
  const opensSentence = before === null || /[:,.!?”"»]/.test(before);
  const first = text.slice(stretch.start).match(/[\p{L}\p{N}]/u)?.[0] ?? '';
  const capital = first !== '' && first === first.toUpperCase() && first !== first.toLowerCase();
  // "“… they still go on”": an ellipsis marks words left out of a sentence the speaker began.
  const elided = /^\s*(?:…|\.\.\.)/.test(text.slice(stretch.start, stretch.start + 5));
  return opensSentence && (capital || elided) ? 'full' : 'fragment';
}

function outsideQuotes(text: string, span: Span, quotes: readonly Span[]): string {
  let out = '';
  let at = span.start;
  for (const q of quotes) {
    if (q.end <= span.start || q.start >= span.end) continue;
    out += `${text.slice(at, Math.max(at, q.start))} `;
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, span.end);
}

/** The day of a temporal expression in the attribution clause, nearest the reporting verb. */
function dateIn(
  attribution: Attribution,
  timexes: readonly TimexAnnotation[],
): { dateValue: string; timex: Span } | null {
  const clause = attribution.clause;
  const phrase = attribution.phrase;
  const lo = Math.min(clause.start, phrase?.start ?? clause.start, attribution.cueSpan.start);
  const hi = Math.max(clause.end, phrase?.end ?? clause.end, attribution.cueSpan.end);
  let best: { dateValue: string; timex: Span; distance: number } | null = null;
  for (const t of itemsWithinList(timexes, lo, hi)) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const day = /^(\d{4}-\d{2}-\d{2})/.exec(t.value)?.[1];
    if (!day) continue;
    const distance =
      t.start >= attribution.cueSpan.end ? t.start - attribution.cueSpan.end : attribution.cueSpan.start - t.end;
    if (!best || distance < best.distance) best = { dateValue: day, timex: { start: t.start, end: t.end }, distance };
  }
  return best ? { dateValue: best.dateValue, timex: best.timex } : null;
}
