/**
 * Turns a speaker phrase into a speaker: a named entity mentioned in it, a pronoun resolved to an earlier
 * person, or an unnamed source ("a senior official").
 */
import {
  firstStartingAtOrAfter,
  entityId,
  type EntityType,
  type LocalEntity,
  type MentionAnnotation,
  type Span,
  type SpeakerRule,
  type Token,
} from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { organizationNameAfterThe } from './organization-speaker.js';
import { placeReadAsPerson, retypeAsPerson } from './place-speaker.js';
import { SpeakerNameShape } from './speaker-name.js';
import { firstTokenAtOrAfter, tokenRange } from './tokens.js';
import { containsPhrase, type QuoteVocabulary } from './vocabulary.js';
import { wordsOfKind } from '@dossier/lexicons';

export interface Speaker {
  key: string | null;
  rule: SpeakerRule | null;
}

const SPEAKER_TYPES: readonly EntityType[] = ['person', 'organization', 'country'];
const PERSON_PRONOUNS = wordsOfKind('function-words', 'person-pronoun');
const THING_PRONOUNS = wordsOfKind('function-words', 'thing-pronoun');
const POSSESSIVE = /^['’]s?$/;
const POSSESSIVE_SUFFIX = /['’]s?$/;

export class SpeakerResolver {
  private readonly typeOf = new Map<string, EntityType>();
  private readonly nameOf = new Map<string, string>();
  /** Last word of each person's and organization's name, lower-cased → the entities it ends. */
  private readonly byLastWord = new Map<string, string[]>();
  private readonly mentions: MentionAnnotation[];
  private readonly roles: EntityFindings['roles'];
  private readonly nameShape: SpeakerNameShape;
  /** Mentions that adoptName added: their speakers were found by the speaker-name rule. */
  private readonly adopted: Span[] = [];
  /** Persons that adoptName created: known from attributions only. */
  private readonly adoptedPersons = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    /** Persons that adoptName finds are added to these findings (entities and mentions). */
    private readonly entities: EntityFindings,
    private readonly vocabulary: QuoteVocabulary,
    /** Spans (marks included) of every quote: mentions inside quotes never name a speaker. */
    private readonly quoteSpans: readonly Span[],
  ) {
    for (const e of entities.entities) {
      this.typeOf.set(e.key, e.type);
      this.nameOf.set(e.key, e.name);
      if (e.type !== 'person' && e.type !== 'organization') continue;
      const last = e.name.toLowerCase().split(/\s+/).pop()!;
      this.byLastWord.set(last, [...(this.byLastWord.get(last) ?? []), e.key]);
    }
    this.roles = entities.roles;
    // A demonym ("Israeli commanders") describes a speaker; it does not name one.
    this.mentions = entities.mentions
      .filter((m) => this.typeOf.has(m.entityKey) && m.kind !== 'demonym' && !this.insideQuote(m.start))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    this.nameShape = new SpeakerNameShape(text, tokens, vocabulary);
  }

  /**
   * A speaker phrase that names nobody the recognizer found but has the shape of a person's name ("said
   * Cross", "Welch told"): the one person of the article whose name holds it ("Bob" of "Bob Welch"), else a
   * new person. The mention is added to the findings. Null when the phrase is no name or fits two persons.
   */
  adoptName(phrase: Span): string | null {
    const holdsName = (written: string) => this.personsWhoseNameHolds(written).length > 0;
    // "said Ann Lee of the Acme Institute": the name before its affiliation.
    const affiliated = this.beforeAffiliation(phrase);
    const name =
      this.nameShape.nameIn(phrase, holdsName) ?? (affiliated && this.nameShape.nameIn(affiliated, holdsName));
    if (!name || this.overlapsAnyMention(name)) return null;
    return this.adoptAsPerson(name);
  }

  /**
   * "said Mora Valdez", where the recognizer read "Mora" and "Valdez" as two towns: a name of two or more words
   * that places cover only in parts is a person's; those place mentions go (and a place left with none).
   */
  adoptNameOverPlaces(phrase: Span): string | null {
    const name = this.nameShape.nameIn(phrase, (written) => this.personsWhoseNameHolds(written).length > 0);
    if (!name || !/\s/.test(this.text.slice(name.start, name.end))) return null;
    const covering = this.entities.mentions.filter((m) => m.start < name.end && m.end > name.start);
    const parts = covering.filter(
      (m) => m.start >= name.start && m.end <= name.end && m.end - m.start < name.end - name.start,
    );
    if (parts.length === 0 || parts.length !== covering.length) return null;
    if (parts.some((m) => this.typeOf.get(m.entityKey) !== 'place')) return null;
    for (const m of parts) this.dropPlaceMention(m);
    return this.adoptAsPerson(name);
  }

  private dropPlaceMention(mention: MentionAnnotation): void {
    const findings = this.entities;
    findings.mentions.splice(findings.mentions.indexOf(mention), 1);
    const own = this.mentions.indexOf(mention);
    if (own >= 0) this.mentions.splice(own, 1);
    const key = mention.entityKey;
    const used =
      findings.mentions.some((m) => m.entityKey === key) ||
      findings.roles.some((r) => r.countryKey === key || r.organizationKey === key);
    if (used) return;
    findings.entities.splice(
      findings.entities.findIndex((e) => e.key === key),
      1,
    );
    this.typeOf.delete(key);
  }

  /** The words before "of" in a phrase that goes on past them ("Ann Lee of the Acme Institute"), else null. */
  private beforeAffiliation(phrase: Span): Span | null {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    for (let k = from + 1; k < to - 1; k++)
      if (this.tokens[k]!.lower === 'of') return { start: phrase.start, end: this.tokens[k - 1]!.end };
    return null;
  }

  private adoptAsPerson(name: Span): string | null {
    const written = this.text.slice(name.start, name.end);
    const holders = this.personsWhoseNameHolds(written);
    if (holders.length > 1) return null;
    const entity = holders[0] ?? this.newPerson(written);
    const kind = entity.name === written ? 'name' : 'alias';
    if (kind === 'alias' && !entity.aliases.includes(written)) entity.aliases = [...entity.aliases, written].sort();
    const mention: MentionAnnotation = { entityKey: entity.key, kind, start: name.start, end: name.end, text: written };
    insertByPosition(this.entities.mentions, mention);
    insertByPosition(this.mentions, mention);
    this.adopted.push(name);
    return entity.key;
  }

  /**
   * "Brooks said": a bare name the recognizer typed as a place, which the article never uses as one, is the
   * person who speaks (place-speaker.ts). The entity and its mentions become that person's.
   */
  adoptPlaceAsPerson(phrase: Span): string | null {
    const place = placeReadAsPerson(this.entities, this.tokens, phrase);
    const oldKey = place?.key;
    const key = place ? retypeAsPerson(this.entities, place) : null;
    if (!key || !oldKey) return null;
    this.typeOf.delete(oldKey);
    this.typeOf.set(key, 'person');
    this.adoptedPersons.add(key);
    const last = place!.name.toLowerCase().split(/\s+/).pop()!;
    this.byLastWord.set(last, [...(this.byLastWord.get(last) ?? []), key]);
    this.adopted.push(phrase);
    return key;
  }

  /**
   * "The American Legion wrote", "the Daily Caller reported": a name after "the" that names nobody the
   * recognizer found is an organization (organization-speaker.ts): the one of the article whose name ends in it,
   * else a new one. Its mention is added to the findings.
   */
  adoptOrganization(phrase: Span): string | null {
    const name = organizationNameAfterThe(this.text, this.tokens, phrase, this.vocabulary.partyMembers);
    if (!name || this.overlapsAnyMention(name)) return null;
    const written = this.text.slice(name.start, name.end);
    const key = entityId('organization', written);
    if (this.typeOf.has(key) && this.typeOf.get(key) !== 'organization') return null;
    if (!this.typeOf.has(key)) {
      const entity: LocalEntity = { key, type: 'organization', name: written, aliases: [], countryCode: null };
      // Entities stay sorted by key, as the recognizer returns them.
      const at = this.entities.entities.findIndex((e) => e.key > key);
      this.entities.entities.splice(at === -1 ? this.entities.entities.length : at, 0, entity);
      this.typeOf.set(key, 'organization');
      this.nameOf.set(key, written);
      const last = written.toLowerCase().split(/\s+/).pop()!;
      this.byLastWord.set(last, [...(this.byLastWord.get(last) ?? []), key]);
    }
    const mention: MentionAnnotation = {
      entityKey: key,
      kind: 'name',
      start: name.start,
      end: name.end,
      text: written,
    };
    insertByPosition(this.entities.mentions, mention);
    insertByPosition(this.mentions, mention);
    this.adopted.push(name);
    return key;
  }

  /** Was the speaker in this phrase found by adoptName (here or for an earlier quote)? */
  adoptedIn(phrase: Span): boolean {
    return this.adopted.some((a) => a.start >= phrase.start && a.end <= phrase.end);
  }

  isAdoptedPerson(key: string): boolean {
    return this.adoptedPersons.has(key);
  }

  private overlapsAnyMention(span: Span): boolean {
    const all = this.entities.mentions;
    const i = firstStartingAtOrAfter(all, span.end);
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (all[k]!.end > span.start) return true;
    return false;
  }

  /** Persons whose name has the written words as a run of whole words, ignoring case. */
  private personsWhoseNameHolds(written: string): LocalEntity[] {
    const wanted = ` ${written.toLowerCase()} `;
    return this.entities.entities.filter((e) => e.type === 'person' && ` ${e.name.toLowerCase()} `.includes(wanted));
  }

  private newPerson(name: string): LocalEntity {
    const key = entityId('person', name);
    const existing = this.entities.entities.find((e) => e.key === key);
    if (existing) return existing;
    const entity: LocalEntity = { key, type: 'person', name, aliases: [], countryCode: null };
    // Entities stay sorted by key, as the recognizer returns them.
    const at = this.entities.entities.findIndex((e) => e.key > key);
    this.entities.entities.splice(at === -1 ? this.entities.entities.length : at, 0, entity);
    this.typeOf.set(key, 'person');
    this.adoptedPersons.add(key);
    const last = name.toLowerCase().split(/\s+/).pop()!;
    this.byLastWord.set(last, [...(this.byLastWord.get(last) ?? []), key]);
    return entity;
  }

  /** The speaker named by the phrase itself: a mention (a person before an organization before a country). */
  named(phrase: Span): string | null {
    // "one Acme supporter", "a 2008 Lee veteran": a described person; the names only modify the head noun.
    if (this.isDescribedSource(phrase)) return null;
    const inside = this.mentionsFrom(phrase.start, phrase.end).filter((m) => this.nameEnd(m) <= phrase.end);
    const heads = inside.filter((m) => !this.isPossessor(m, phrase));
    // "a top Ann Lee adviser", "a senior Acme official": the names modify a described source, which speaks.
    if (this.isIndefiniteSource(phrase) && heads.every((m) => m.end <= this.unnamedHeadStart(phrase))) return null;
    const persons = heads.filter((m) => this.typeOf.get(m.entityKey) === 'person');
    if (persons.length > 0) return persons[persons.length - 1]!.entityKey;
    const described = this.describedByTitle(phrase);
    if (described) return described;
    // "a senior Acme official", "two Acme negotiators": a described source, not the organization that employs it.
    if (this.isIndefiniteSource(phrase)) return null;
    for (const type of SPEAKER_TYPES) {
      const ofType = heads.filter((m) => this.typeOf.get(m.entityKey) === type);
      if (ofType.length > 0) return ofType[ofType.length - 1]!.entityKey;
    }
    // "Ann Lee's office said": the possessor speaks through the office, unless the head is a source noun.
    if (this.unnamedHead(phrase) !== null) return null;
    for (const type of SPEAKER_TYPES) {
      const ofType = inside.filter((m) => this.typeOf.get(m.entityKey) === type);
      if (ofType.length > 0) return ofType[ofType.length - 1]!.entityKey;
    }
    return null;
  }

  /**
   * A surname the recognizer left unlinked at this spot ("Lund said", "the Ledger reported"): the article's
   * one person (a bare name) or one organization ("the" and a name) whose name ends in that word.
   */
  namedBySurname(phrase: Span): string | null {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    const words = this.tokens.slice(from, to).filter((t) => t.pos !== 'PUNCT');
    const isName = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}/u.test(this.text.slice(t.start, t.start + 1));
    const wanted: EntityType | null =
      words.length === 1 && isName(words[0]!)
        ? 'person'
        : words.length === 2 && words[0]!.lower === 'the' && isName(words[1]!)
          ? 'organization'
          : null;
    if (!wanted) return null;
    const candidates = (this.byLastWord.get(words[words.length - 1]!.lower) ?? []).filter(
      (key) => this.typeOf.get(key) === wanted,
    );
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /**
   * The phrase grown to whole mentions at either edge: the tagger may cut a name the recognizer found
   * ("spokesman Josh/VERB Earnest said" gives "Earnest", inside the mention "Josh Earnest").
   */
  widenToMentions(phrase: Span): Span {
    let { start, end } = phrase;
    const before = this.mentions[firstStartingAtOrAfter(this.mentions, start) - 1];
    if (before && before.end > start) start = before.start;
    for (const m of this.mentionsFrom(start, end)) if (m.end > end) end = m.end;
    return start === phrase.start && end === phrase.end ? phrase : { start, end };
  }

  /**
   * A definite description by title ("the US secretary of state") names the one person the article gave
   * that title; with two such people it names nobody.
   */
  private describedByTitle(phrase: Span): string | null {
    const words = this.text.slice(phrase.start, phrase.end);
    if (!/^the\s/i.test(words)) return null;
    const holders = new Set(
      this.roles
        .filter((r) => containsPhrase(words, [r.title.toLowerCase(), r.titleText.toLowerCase()]))
        .map((r) => r.personKey),
    );
    return holders.size === 1 ? [...holders][0]! : null;
  }

  /** An indefinite phrase headed by a source noun ("a senior official", "two people familiar with …"). */
  isIndefiniteSource(phrase: Span): boolean {
    const [from] = tokenRange(this.tokens, phrase.start, phrase.end);
    const first = this.tokens[from];
    return (
      first !== undefined &&
      (this.vocabulary.indefinites.has(first.lower) || first.pos === 'NUM') &&
      this.unnamedHead(phrase) !== null
    );
  }

  /**
   * An indefinite phrase headed by a common noun after any names ("one Acme supporter", "a top Acme
   * strategist"), or by a party's member ("a Nevada Democrat": a capital, but no name): a described source,
   * whatever the head noun is.
   */
  isDescribedSource(phrase: Span): boolean {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    // "Another tweeted", "Others said": an indefinite pronoun on its own is one.
    if (to - from === 1)
      return this.vocabulary.indefinites.has(this.tokens[from]!.lower) && !/^an?$/.test(this.tokens[from]!.lower);
    const first = this.tokens[from]!;
    const head = this.tokens[to - 1]!;
    const commonHead = head.pos === 'NOUN' && /^\p{Ll}/u.test(this.text.slice(head.start, head.start + 1));
    return (
      (this.vocabulary.indefinites.has(first.lower) || first.pos === 'NUM') &&
      (commonHead || this.isPartyMember(head.lower)) &&
      this.tokens.slice(from, to).every((t) => t.pos !== 'PUNCT' && t.lower !== 'of')
    );
  }

  /** "democrat", "democrats", "tories": one or more members of a party. */
  private isPartyMember(lower: string): boolean {
    const members = this.vocabulary.partyMembers;
    return members.has(lower) || members.has(lower.replace(/ies$/, 'y').replace(/s$/, ''));
  }

  /** "he", "her office", "its statement": the pronoun that opens the phrase, if any. */
  pronoun(phrase: Span): 'person' | 'thing' | null {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    let bracketDepth = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      // "Ann Lee (I-Vt.)": the letter of a party label is no pronoun.
      if (t.lower === '(') bracketDepth++;
      if (t.lower === ')') bracketDepth--;
      if (t.pos !== 'PRON' || bracketDepth > 0) continue;
      if (PERSON_PRONOUNS.has(t.lower)) return 'person';
      if (THING_PRONOUNS.has(t.lower)) return 'thing';
    }
    return null;
  }

  /**
   * The nearest earlier speaker-like mention: a person for he/she, an organization or country for it.
   * Mentions that are possessors ("Ann's brother") or sit inside quotes are skipped.
   */
  resolvePronoun(kind: 'person' | 'thing', before: number, floor: number): string | null {
    const wanted: readonly EntityType[] = kind === 'person' ? ['person'] : ['organization', 'country'];
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start >= before) continue;
      if (m.start < floor) break;
      if (wanted.includes(this.typeOf.get(m.entityKey)!) && !this.isPossessor(m, null)) return m.entityKey;
    }
    return null;
  }

  isCompatible(key: string, kind: 'person' | 'thing'): boolean {
    const type = this.typeOf.get(key);
    return kind === 'person' ? type === 'person' : type === 'organization' || type === 'country';
  }

  /** The first mention of a compatible entity in the span that is not a possessor (subjects come first). */
  firstMention(kind: 'person' | 'thing', within: Span): string | null {
    return this.firstMentionSpan(kind, within)?.entityKey ?? null;
  }

  firstMentionSpan(kind: 'person' | 'thing', within: Span): MentionAnnotation | null {
    for (const m of this.mentionsFrom(within.start, within.end)) {
      if (m.end > within.end) continue;
      if (this.isCompatible(m.entityKey, kind) && !this.isPossessor(m, null)) return m;
    }
    return null;
  }

  /** Where the source noun of unnamedHead stands (the phrase end when there is none). */
  private unnamedHeadStart(phrase: Span): number {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    let at = phrase.end;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.lower === 'of' && at !== phrase.end) break;
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && this.vocabulary.unnamedHeads.has(t.lower)) at = t.start;
    }
    return at;
  }

  /**
   * "the ministry", "the defense ministry": the nearest organization named from floor on whose name ends in the
   * description's head and holds each of its other words ("Ruritania's Defense Ministry"). Null when none does.
   */
  institutionNamed(description: Span, floor: number): string | null {
    const words = this.text.slice(description.start, description.end).toLowerCase().split(/\s+/);
    if (words.length < 2 || words[0] !== 'the') return null;
    const head = words[words.length - 1]!;
    const modifiers = words.slice(1, -1);
    const candidates = (this.byLastWord.get(head) ?? []).filter((key) => {
      if (this.typeOf.get(key) !== 'organization') return false;
      const nameWords = new Set(
        this.nameOf
          .get(key)!
          .toLowerCase()
          .split(/[\s’']+/),
      );
      return modifiers.every((w) => nameWords.has(w));
    });
    for (let i = this.mentions.length - 1; i >= 0 && candidates.length > 0; i--) {
      const m = this.mentions[i]!;
      if (m.start >= description.start) continue;
      if (m.start < floor) break;
      if (candidates.includes(m.entityKey)) return m.entityKey;
    }
    return null;
  }

  /**
   * "The Conservatives’ letter said": the members of a party or group, in the plural, speak for the
   * organization whose name holds the singular ("Conservative Party"): the one mentioned last before the
   * phrase, else the article's only such organization.
   */
  organizationOfMembers(phrase: Span): string | null {
    const words = this.text.slice(phrase.start, phrase.end).replace(POSSESSIVE_SUFFIX, '').split(/\s+/);
    const head = words[words.length - 1]!;
    if (words.length !== 2 || words[0]!.toLowerCase() !== 'the' || !isCapitalizedPlural(head)) return null;
    const singular = head.slice(0, -1).toLowerCase();
    const candidates = [...this.nameOf]
      .filter(
        ([key, name]) => this.typeOf.get(key) === 'organization' && name.toLowerCase().split(/\s+/).includes(singular),
      )
      .map(([key]) => key);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start < phrase.start && candidates.includes(m.entityKey)) return m.entityKey;
    }
    return candidates.length === 1 ? candidates[0]! : null;
  }

  /**
   * "about 3 in 10 voters say", "2 out of 5 say", "75 percent of Republicans said", "31% of voters said": the
   * subject is a share of a poll's respondents, a finding reported by the writer rather than a source that spoke.
   */
  isShareOfRespondents(phrase: Span): boolean {
    const [from] = tokenRange(this.tokens, phrase.start, phrase.end);
    const first = this.tokens[from];
    const percent = (i: number) => ['percent', '%'].includes(this.tokens[i]?.lower ?? '');
    // The phrase reader stops at "%", so the phrase may start after "of".
    if (first?.lower !== 'of' && this.tokens[from - 1]?.lower === 'of' && percent(from - 2))
      return this.tokens[from - 3]?.pos === 'NUM';
    if (first?.pos !== 'NUM') return false;
    if (percent(from + 1) && this.tokens[from + 2]?.lower === 'of') return true;
    const before = (k: number) => this.tokens[from - k];
    if (before(1)?.lower === 'in') return before(2)?.pos === 'NUM';
    return before(1)?.lower === 'of' && before(2)?.lower === 'out' && before(3)?.pos === 'NUM';
  }

  /** The source noun heading an attribution without a name ("an official familiar with …" → "official"). */
  unnamedHead(phrase: Span): string | null {
    const [from, to] = tokenRange(this.tokens, phrase.start, phrase.end);
    let head: string | null = null;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (t.lower === 'of' && head !== null) break; // "one of the officials" has its head after "of"; "a source of…" before
      if ((t.pos === 'NOUN' || t.pos === 'PROPN') && this.vocabulary.unnamedHeads.has(t.lower)) head = t.lower;
    }
    return head;
  }

  /**
   * A mention with a possessive mark that does not end the phrase is an owner, not the speaker ("Ann’s
   * brother"). The mark may be part of the mention ("Ann’s") or the next token.
   */
  private isPossessor(m: MentionAnnotation, phrase: Span | null): boolean {
    const possessiveEnd = this.possessiveEnd(m);
    if (possessiveEnd === null) return false;
    return phrase === null ? /\S/.test(this.text.slice(possessiveEnd, possessiveEnd + 2)) : possessiveEnd < phrase.end;
  }

  private possessiveEnd(m: MentionAnnotation): number | null {
    if (POSSESSIVE_SUFFIX.test(m.text)) return m.end;
    const next = this.tokens[firstTokenAtOrAfter(this.tokens, m.end)];
    return next && next.start === m.end && POSSESSIVE.test(next.lower) ? next.end : null;
  }

  /** Where the name itself ends, without a possessive mark the mention may carry. */
  private nameEnd(m: MentionAnnotation): number {
    const suffix = POSSESSIVE_SUFFIX.exec(m.text);
    return suffix ? m.end - suffix[0].length : m.end;
  }

  /** Mentions starting in [start, end), by binary search over the sorted mentions. */
  private mentionsFrom(start: number, end: number): MentionAnnotation[] {
    const found: MentionAnnotation[] = [];
    for (
      let i = firstStartingAtOrAfter(this.mentions, start);
      i < this.mentions.length && this.mentions[i]!.start < end;
      i++
    )
      found.push(this.mentions[i]!);
    return found;
  }

  /** The quotes are sorted and never overlap, so the last one starting before the offset decides. */
  private insideQuote(offset: number): boolean {
    const q = this.quoteSpans[firstStartingAtOrAfter(this.quoteSpans, offset) - 1];
    return q !== undefined && offset < q.end;
  }
}

/** Inserts a mention into a list sorted by start, then end. */
function insertByPosition(mentions: MentionAnnotation[], mention: MentionAnnotation): void {
  let at = firstStartingAtOrAfter(mentions, mention.start);
  while (at < mentions.length && mentions[at]!.start === mention.start && mentions[at]!.end < mention.end) at++;
  mentions.splice(at, 0, mention);
}

/** "Conservatives", "Greens": a capitalized word in the plural, the members of a group. */
export function isCapitalizedPlural(word: string): boolean {
  return /^\p{Lu}\p{Ll}+s$/u.test(word);
}
