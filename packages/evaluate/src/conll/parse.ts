/**
 * Reads the CoNLL-2003 English NER format (one token a line: word, POS, chunk, NER tag; a blank line between
 * sentences; "-DOCSTART-" between stories). Tags may be IOB1 (an entity starts on B- only right after another
 * of its type) or IOB2 (every entity starts on B-): both are read the way conlleval reads them, so an entity
 * starts on B- or where the type changes.
 */
export interface ConllToken {
  text: string;
  tag: string;
}

export interface ConllStory {
  /** 0-based position of the story in the file. */
  index: number;
  sentences: ConllToken[][];
}

export type ConllType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity as token positions in one sentence: tokens [from, to). */
export interface ConllChunk {
  sentence: number;
  from: number;
  to: number;
  type: ConllType;
}

export function parseConll(text: string, file = 'CoNLL file'): ConllStory[] {
  const stories: ConllStory[] = [];
  let story: ConllStory | null = null;
  let sentence: ConllToken[] = [];
  const endSentence = () => {
    if (sentence.length && story) story.sentences.push(sentence);
    sentence = [];
  };
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') {
      endSentence();
      return;
    }
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      story = { index: stories.length, sentences: [] };
      stories.push(story);
      return;
    }
    const tag = cols[cols.length - 1]!;
    if (cols.length < 2 || !/^(?:O|[BI]-(?:PER|ORG|LOC|MISC))$/.test(tag))
      throw new Error(`${file}:${i + 1}: expected "WORD … TAG" with a CoNLL NER tag, found "${line}"`);
    if (!story) {
      story = { index: 0, sentences: [] };
      stories.push(story);
    }
    sentence.push({ text: cols[0]!, tag });
  });
  endSentence();
  return stories.filter((s) => s.sentences.length > 0);
}

/** The entities of a story's sentences, as conlleval delimits them. */
export function chunksOf(story: ConllStory): ConllChunk[] {
  const chunks: ConllChunk[] = [];
  story.sentences.forEach((tokens, s) => {
    let open: ConllChunk | null = null;
    tokens.forEach((t, i) => {
      const [prefix, type] = t.tag === 'O' ? ['O', null] : (t.tag.split('-') as [string, ConllType]);
      const continues = open !== null && prefix === 'I' && type === open.type;
      if (continues) {
        open!.to = i + 1;
        return;
      }
      if (open) chunks.push(open);
      open = type ? { sentence: s, from: i, to: i + 1, type } : null;
    });
    if (open) chunks.push(open);
  });
  return chunks;
}
