/**
 * sources.json in the input folder: { "<file>.txt": { "title": "...", "path": "https://..." } }, optional.
 * Read strictly: a file that is not JSON, is not an object of objects, or has a title or path that is not a
 * string stops the build with one line naming sources.json, the line and the entry, never a bare JSON message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticsError, error, type Diagnostic } from '@dossier/core';
import type { SourceNote } from '@dossier/export';

const FILE = 'sources.json';
const EXPECTED = '{"<file>.txt": {"title": "…", "path": "https://…"}}';

/**
 * The line (1-based) of a JSON.parse error. V8 states it in one of three ways: "at position N", "end of JSON
 * input", or an excerpt of the text around the bad token (ten characters before it when the excerpt starts
 * with "..."), which is found in the text again.
 */
export function lineOfJsonError(text: string, message: string): number | undefined {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const position = /position (\d+)/.exec(message);
  if (position) return lineOf(Number(position[1]));
  if (/end of JSON input/.test(message)) return lineOf(text.trimEnd().length);
  const excerpt = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!excerpt) return undefined;
  const [, token, cut, around] = excerpt as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(around);
  if (start < 0) return undefined;
  return lineOf(start + (cut ? 10 : Math.max(0, around.indexOf(token))));
}

function problem(message: string, actual: string, line?: number): Diagnostic {
  return error({
    ruleId: 'ingest/sources-json',
    source: 'ingest',
    place: { file: FILE, ...(line ? { line } : {}) },
    message,
    expected: EXPECTED,
    actual,
  });
}

/** The line where `"<key>"` first appears as a key, for pointing at an entry. */
function lineOfKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(key)}`);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

function entryProblems(text: string, notes: Record<string, unknown>): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const [file, note] of Object.entries(notes)) {
    const line = lineOfKey(text, file);
    if (note === null || typeof note !== 'object' || Array.isArray(note)) {
      problems.push(
        problem(`the entry for ${JSON.stringify(file)} is not an object`, JSON.stringify(note) ?? String(note), line),
      );
      continue;
    }
    for (const field of ['title', 'path'] as const) {
      const value = (note as Record<string, unknown>)[field];
      if (value !== undefined && typeof value !== 'string') {
        problems.push(
          problem(
            `the ${field} of ${JSON.stringify(file)} is not a string`,
            `${field}: ${JSON.stringify(value)}`,
            line,
          ),
        );
      }
    }
  }
  return problems;
}

/** The notes of sources.json by file name ({} when there is none); throws a DiagnosticsError when it is malformed. */
export function readSourceNotes(inputDir: string): Record<string, { title?: string; path?: string }> {
  const path = join(inputDir, FILE);
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    throw new DiagnosticsError([
      problem(`${FILE} is not valid JSON: ${message}`, message, lineOfJsonError(text, message)),
    ]);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new DiagnosticsError([
      problem(
        `${FILE} must be a JSON object keyed by file name`,
        parsed === null ? 'null' : Array.isArray(parsed) ? 'an array' : typeof parsed,
        1,
      ),
    ]);
  }
  const problems = entryProblems(text, parsed as Record<string, unknown>);
  if (problems.length) throw new DiagnosticsError(problems);
  return parsed as Record<string, { title?: string; path?: string }>;
}

export type { SourceNote };
