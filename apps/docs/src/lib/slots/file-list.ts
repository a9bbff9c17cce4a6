/**
 * A folder's files with sizes, SHA-256 and links, as one HTML string: the unreleased build's list on the
 * downloads page is a slot (its sizes and hashes change with every build), written as FileList.astro and
 * Hash.astro write a release's list. Values are escaped with the helpers of src/lib/html-text.ts.
 */
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import { fileKind, type ReleaseFile } from '../releases.ts';
import { downloadUrl } from '../urls.ts';

const ORDER = ['archive', 'package', 'table', 'checksums', 'report', 'schema', 'other'] as const;
const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

function hashHtml(value: string, file: string): string {
  return `<span class="hash nowrap" data-hash="${attr(value)}"><code class="id" title="${attr(value)}">${text(value.slice(0, 12))}…</code><button type="button" class="copy-hash" data-copy="${attr(value)}" aria-label="${attr(`Copy the SHA-256 of ${file}`)}">copy</button></span>`;
}

/** `searchable: false` keeps the list out of Pagefind's index (the unreleased build's sizes and hashes change with every build). */
export function fileListHtml(
  folder: string,
  files: readonly ReleaseFile[],
  label: string,
  { searchable = true } = {},
): string {
  const sorted = [...files].sort(
    (a, b) => ORDER.indexOf(fileKind(a.path)) - ORDER.indexOf(fileKind(b.path)) || (a.path < b.path ? -1 : 1),
  );
  const rows = sorted.map(
    (f) =>
      `<tr><td><a href="${attr(downloadUrl(folder, f.path))}" download>${text(f.path)}</a></td><td>${fileKind(f.path)}</td><td class="num nowrap">${kb(f.bytes)}</td><td>${hashHtml(f.sha256, f.path)}</td></tr>`,
  );
  return `<div class="data-table-wrap" tabindex="0" role="region" aria-label="${attr(label)}"${searchable ? '' : ' data-pagefind-ignore'}><table class="data-table" data-release="${attr(folder)}"><caption class="sr-only">${text(label)}</caption><thead><tr><th scope="col">file</th><th scope="col">kind</th><th scope="col">size</th><th scope="col">SHA-256</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}
