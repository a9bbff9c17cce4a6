/** The ingested article as published by `dossier ingest --json`: the ingested-article schema, in code points. */
import { CodePointIndex, type ArticleDoc } from '@dossier/core';

export function toIngestedRecord(doc: ArticleDoc) {
  const index = new CodePointIndex(doc.body);
  return {
    article_id: doc.articleId,
    source_file: doc.sourceFile,
    sha256: doc.sha256,
    published: doc.published,
    authors: doc.authors,
    outlet: doc.outlet,
    dateline: doc.dateline && {
      text: doc.dateline.text,
      ...index.span(doc.dateline),
      place: doc.dateline.place,
      date_text: doc.dateline.dateText,
      agency: doc.dateline.agency,
    },
    body: doc.body,
    paragraphs: doc.paragraphs.map((p) => ({ ...index.span(p), kind: p.kind, line: p.line })),
    sentences: doc.sentences.map((s) => ({ ...index.span(s), paragraph: s.paragraph })),
  };
}
