/**
 * Adds a release's data notes (diff summary, quality scores) to the entry `changeset version` wrote in
 * data/CHANGELOG.md. Pure and idempotent: a marker comment records that the notes are in.
 */
export const CHANGELOG_TITLE = '# @dossier/dataset';

function marker(version: string): string {
  return `<!-- dossier-release-notes ${version} -->`;
}

export function hasReleaseNotes(changelog: string, version: string): boolean {
  return changelog.includes(marker(version));
}

/**
 * Puts `notes` at the end of the "## <version>" section (after the changesets' own lines). When the section
 * is missing (the version was set by hand), it creates one above the older entries.
 */
export function insertReleaseNotes(changelog: string, version: string, notes: string): string {
  if (hasReleaseNotes(changelog, version)) return changelog;
  const block = `${marker(version)}\n\n${notes.trim()}\n`;
  const lines = changelog.split('\n');
  const heading = lines.findIndex((l) => l.trim() === `## ${version}`);
  if (heading === -1) {
    const firstEntry = lines.findIndex((l) => l.startsWith('## '));
    const head =
      firstEntry === -1
        ? changelog.trim()
          ? changelog.trimEnd()
          : CHANGELOG_TITLE
        : lines.slice(0, firstEntry).join('\n').trimEnd();
    const tail = firstEntry === -1 ? '' : `\n${lines.slice(firstEntry).join('\n').trim()}\n`;
    return `${head}\n\n## ${version}\n\n${block}${tail}`;
  }
  let end = lines.findIndex((l, i) => i > heading && l.startsWith('## '));
  if (end === -1) end = lines.length;
  const section = lines.slice(heading, end).join('\n').trimEnd();
  const before = lines.slice(0, heading).join('\n');
  const after = lines.slice(end).join('\n').trim();
  return `${before}${before ? '\n' : ''}${section}\n\n${block}${after ? `\n${after}\n` : ''}`;
}

/** The notes for one release: what changed in the data, and how accurate it is. */
export function renderReleaseNotes(input: { version: string; diffSummary: string; quality: string | null }): string {
  const parts = [
    `### Data changes`,
    '',
    input.diffSummary.trim(),
    '',
    `Row by row: \`releases/${input.version}/diff.md\`; removed IDs: \`releases/${input.version}/tombstones.csv\`.`,
    '',
    '### Quality',
    '',
  ];
  parts.push(input.quality ? input.quality.trim() : 'No quality report (quality.json) was in the build.');
  return `${parts.join('\n')}\n`;
}
