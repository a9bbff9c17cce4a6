/**
 * A size limit per article. News articles are tens of kilobytes; a file of megabytes is a concatenation,
 * a dump or an accident, and some extractors scan every sentence against every mention, so one huge file
 * would stall a build for hours. Such a file is refused with an error that names the line where the limit
 * is crossed, instead of being silently truncated.
 */
import { error, type Diagnostic } from '@dossier/core';

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export function checkArticleSize(
  sourceFile: string,
  bytes: Uint8Array,
  limit = MAX_ARTICLE_BYTES,
): Diagnostic | undefined {
  if (bytes.length <= limit) return undefined;
  let line = 1;
  for (let i = 0; i < limit; i++) if (bytes[i] === 0x0a) line++;
  const mib = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  return error({
    ruleId: 'pipeline/article-too-large',
    source: 'pipeline',
    place: { file: sourceFile, line },
    message: `the article is larger than ${mib(limit)} (the limit is crossed on this line); split it into separate articles`,
    expected: `at most ${limit} bytes`,
    actual: `${bytes.length} bytes (${mib(bytes.length)})`,
  });
}
