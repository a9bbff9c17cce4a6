/**
 * Turns a CoNLL-2003 story into a Dossier article: a header with a date and "By Staff, Reuters", then one
 * paragraph per sentence (the first sentence is the headline, the second usually the dateline "LONDON
 * 1996-08-30"). The tokens are joined back with the usual English detokenization rules, and every token's
 * code-point span in the body is kept so that the gold entities can be placed on it.
 */
import { codePointLength, type Span } from '@dossier/core';
import type { ConllStory } from './parse.js';

export interface ConllArticle {
  fileName: string;
  articleId: string;
  published: string;
  content: string;
  body: string;
  /** tokenSpans[sentence][token]: the token's code-point span in the body. */
  tokenSpans: Span[][];
}

/** A date for stories whose dateline has none; CoNLL-2003 dev stories are from late August 1996. */
const FALLBACK_DATE = '1996-08-30';
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'S|'re|'ve|'ll|'d|'m|n't|\.\.\.)$/;
const NO_SPACE_AFTER = /^(?:[([{$]|US\$)$/;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})$/;

/** The story's date: the first ISO date token of its first three sentences (the dateline), else the fallback. */
function storyDate(story: ConllStory): string {
  for (const sentence of story.sentences.slice(0, 3)) {
    for (const t of sentence) if (ISO_DATE.test(t.text)) return t.text;
  }
  return FALLBACK_DATE;
}

/** Joins one sentence's tokens; straight double quotes alternate between opening and closing. */
function detokenize(tokens: readonly { text: string }[], at: number): { text: string; spans: Span[] } {
  let text = '';
  let length = 0;
  let glue = true;
  let insideQuote = false;
  const spans: Span[] = [];
  for (const t of tokens) {
    let attachBefore = NO_SPACE_BEFORE.test(t.text);
    let attachAfter = NO_SPACE_AFTER.test(t.text);
    if (t.text === '"') {
      attachBefore = insideQuote;
      attachAfter = !insideQuote;
      insideQuote = !insideQuote;
    }
    if (!glue && !attachBefore) {
      text += ' ';
      length++;
    }
    const n = codePointLength(t.text);
    spans.push({ start: at + length, end: at + length + n });
    text += t.text;
    length += n;
    glue = attachAfter;
  }
  return { text, spans };
}

export function conllArticle(story: ConllStory): ConllArticle {
  const articleId = `conll_dev_${String(story.index).padStart(3, '0')}`;
  const published = storyDate(story);
  const paragraphs: string[] = [];
  const tokenSpans: Span[][] = [];
  let at = 0;
  for (const sentence of story.sentences) {
    if (paragraphs.length) at += 2; // "\n\n"
    const { text, spans } = detokenize(sentence, at);
    paragraphs.push(text);
    tokenSpans.push(spans);
    at += codePointLength(text);
  }
  const body = paragraphs.join('\n\n');
  return {
    fileName: `${articleId}.txt`,
    articleId,
    published,
    content: `date ${published} By Staff, Reuters\n\n${body}\n`,
    body,
    tokenSpans,
  };
}
