/**
 * Speaker labels of published transcripts. Interview and debate transcripts open each turn with the speaker's
 * label and a colon, and what follows is that speaker's words until the next label:
 *
 *   MODERATOR: Will you run again?
 *   MS. VARGA: I have not decided.
 *   Ivo Marren: Nor have I.
 *
 * Some outlets print the whole transcript as one multi-paragraph quote, each paragraph opening with a mark
 * (`"VARGA: I have not decided.`). A label is a paragraph's first words, after that mark if any: one to five
 * words in capitals, or a name the article gives a person, then a colon. One such paragraph could be a
 * page's heading ("Analysis:", "UPDATE:"), so labels count only in a transcript: two or more labelled
 * paragraphs. Section labels (lexicon quote-attribution-words, section-label) and names of places and
 * organizations are never labels.
 */
import type { Paragraph, Span } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';
import { entityLexicon } from '../entities/lexicon.js';
import type { QuoteVocabulary } from './vocabulary.js';

/** Paragraph start, an optional opening mark, then the label and its colon. */
const LABEL_AT_START = /^\s*["“]?\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}):(?=\s)/u;
/** A transcript has at least this many labelled paragraphs. */
const MIN_LABELLED_PARAGRAPHS = 2;

export interface TurnLabel {
  /** The label's words, colon excluded ("MS. VARGA"). */
  span: Span;
  /** The person the label names, else null (a described label: "MODERATOR", "Q", or a name nobody else uses). */
  speakerKey: string | null;
  /** A section label inside a transcript ("VIDEO:", a clip played): it ends the turn before and names nobody. */
  silent: boolean;
}

/** What the transcript reader asks of the article: who a label names, and what it must not be. */
export interface LabelReader {
  /** The one person whose name holds these words (titles and honorifics dropped), else null. */
  personNamed(written: string): string | null;
  /** A place, organization or country the article or the lexicons know by this name. */
  isNonPerson(written: string): boolean;
  /** The lower-cased label is a page's section label ("update", "editor's note"). */
  isSectionLabel(lower: string): boolean;
}

/** Labelled paragraphs by paragraph index; empty unless the article reads as a transcript. */
export function transcriptLabels(
  text: string,
  paragraphs: readonly Paragraph[],
  reader: LabelReader,
): Map<number, TurnLabel> {
  const labels = new Map<number, TurnLabel>();
  let speaking = 0;
  for (const [p, paragraph] of paragraphs.entries()) {
    const label = labelOf(text, paragraph, p, reader);
    if (label) labels.set(p, label);
    if (label && !label.silent) speaking++;
  }
  return speaking >= MIN_LABELLED_PARAGRAPHS ? labels : new Map();
}

function labelOf(text: string, paragraph: Paragraph, index: number, reader: LabelReader): TurnLabel | null {
  // Only the paragraph's first few dozen characters are read: the cost stays per paragraph, not per quote.
  const match = LABEL_AT_START.exec(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 64)));
  if (!match) return null;
  const written = match[1]!;
  const start = paragraph.start + match[0].length - 1 - written.length;
  const span = { start, end: start + written.length };
  if (reader.isSectionLabel(written.toLowerCase().replace(/\.$/, ''))) return { span, speakerKey: null, silent: true };
  const capitals = written === written.toUpperCase();
  // A name in Title Case is a label only when it names a person the article knows; the first paragraph's
  // ("Ann Lee: We Will Win") is a headline's credit, not a turn.
  if (!capitals && index === 0) return null;
  // A name the article gives a person wins over a town of that name ("ASHBY:" with a Kim Ashby).
  const speakerKey = reader.personNamed(written);
  if (speakerKey) return { span, speakerKey, silent: false };
  if (reader.isNonPerson(written)) return null;
  return capitals ? { span, speakerKey: null, silent: false } : null;
}

/** The label reader over an article's entities and the lexicons. */
export function articleLabelReader(entities: EntityFindings, vocabulary: QuoteVocabulary): LabelReader {
  const lexicon = entityLexicon();
  const isTitleWord = (word: string) => {
    const bare = word.replace(/\.$/, '');
    const lower = bare.toLowerCase();
    return (
      lexicon.honorifics.has(titleCase(bare)) ||
      lexicon.titlePrefixes.has(lower) ||
      lexicon.ranks.has(titleCase(bare)) ||
      lexicon.titles.heads.has(lower)
    );
  };
  return {
    personNamed(written) {
      const words = written.split(' ');
      while (words.length > 1 && isTitleWord(words[0]!)) words.shift();
      const wanted = ` ${words.join(' ').toLowerCase()} `;
      const persons = entities.entities.filter(
        (e) => e.type === 'person' && ` ${e.name.toLowerCase()} `.includes(wanted),
      );
      return persons.length === 1 ? persons[0]!.key : null;
    },
    isNonPerson(written) {
      const forms = [written, written.split(' ').map(titleCase).join(' ')];
      const lower = written.toLowerCase();
      return (
        forms.some(
          (f) =>
            lexicon.places.has(f) ||
            lexicon.orgs.has(f) ||
            lexicon.countries.byName.has(f) ||
            lexicon.countries.byDemonym.has(f),
        ) || entities.entities.some((e) => e.type !== 'person' && e.name.toLowerCase() === lower)
      );
    },
    isSectionLabel: (lower) => vocabulary.sectionLabels.has(lower),
  };
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
