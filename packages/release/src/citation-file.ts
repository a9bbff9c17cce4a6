/** CITATION.cff at the repository root names the dataset's version; a release sets it to the version it cuts. */

const VERSION_LINE = /^version:[^\n]*$/mu;

/** The text with its top-level `version:` set to `version`; throws when the file has no such line. */
export function setCitationVersion(text: string, version: string, file = 'CITATION.cff'): string {
  if (!VERSION_LINE.test(text)) throw new Error(`${file}: no top-level "version:" line to update`);
  return text.replace(VERSION_LINE, `version: ${version}`);
}

/** The top-level `version:` of a CITATION.cff, or null. */
export function citationVersion(text: string): string | null {
  return (
    VERSION_LINE.exec(text)?.[0]
      .slice('version:'.length)
      .trim()
      .replace(/^["']|["']$/gu, '') ?? null
  );
}
