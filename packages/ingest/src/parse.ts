/** Parses one raw article (bytes) into an ArticleDoc. Pure: no file system access. */
import { error, sha256, type ArticleDoc, type Diagnostic } from '@dossier/core';
import { analyzeText } from './text-analysis.js';
import { decodeArticle } from './decode.js';
import { parseHeader } from './header.js';
import { splitHeadline } from './headline.js';
import { findDateline, splitParagraphs } from './layout.js';

/** Article IDs are file stems; characters that would make awkward IDs become "_". */
export function articleIdOf(sourceFile: string): string {
  const stem = sourceFile.replace(/\.[^.]+$/, '');
  const id = stem.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._-]+/, '');
  return id || `article_${sha256(sourceFile).slice(0, 12)}`;
}

export interface ParseResult {
  doc?: ArticleDoc;
  diagnostics: Diagnostic[];
}

/** The body is everything after the header line and the blank line below it, with trailing white space trimmed. */
export function parseArticle(sourceFile: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeArticle(bytes, sourceFile);
  if (decoded.text === undefined) return { diagnostics: decoded.diagnostics };
  const text = decoded.text;

  const firstNewline = text.indexOf('\n');
  const headerLine = firstNewline < 0 ? text : text.slice(0, firstNewline);
  const { header, diagnostics } = parseHeader(headerLine, sourceFile);
  if (!header) return { diagnostics };

  const afterHeader = firstNewline < 0 ? '' : text.slice(firstNewline + 1);
  const { headline, rest, lines: headlineLines } = splitHeadline(afterHeader);
  const blankLine = 2 + headlineLines;
  const secondNewline = rest.indexOf('\n');
  const secondLine = secondNewline < 0 ? rest : rest.slice(0, secondNewline);
  if (secondLine.trim() !== '') {
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/blank-after-header',
          source: 'ingest',
          place: { file: sourceFile, line: blankLine },
          message: 'the header must be followed by a blank line',
          expected: 'an empty line',
          actual: secondLine,
        }),
      ],
    };
  }
  // trimEnd removes exactly what /\s+$/u would (white space and line terminators), without the regex's
  // retrying at every run of spaces inside the body.
  const body = (secondNewline < 0 ? '' : rest.slice(secondNewline + 1)).trimEnd();
  if (body.trim() === '') {
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/empty-body',
          source: 'ingest',
          place: { file: sourceFile, line: blankLine + 1 },
          message: 'the article has a header but no body text',
          expected: 'paragraphs after the blank line',
          actual: '',
        }),
      ],
    };
  }

  const bodyLine = blankLine + 1;
  const paragraphs = splitParagraphs(body, bodyLine);
  const { tokens, sentences } = analyzeText(body, paragraphs);
  const doc: ArticleDoc = {
    articleId: articleIdOf(sourceFile),
    sourceFile,
    sha256: sha256(bytes),
    published: header.published,
    authors: header.authors,
    outlet: header.outlet,
    headline,
    dateline: findDateline(body, paragraphs[0]),
    body,
    bodyLine,
    paragraphs,
    sentences,
    tokens,
  };
  return { doc, diagnostics };
}

// Word counting lives in @dossier/core, where assemble uses it for articles.word_count.
export { countWords } from '@dossier/core';
