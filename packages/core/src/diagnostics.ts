/**
 * Problems are data, in the style of vfile messages: a rule that was broken, where, what was expected and
 * what was found. They are rendered to text only at the edge (the command line).
 */

/** Where a problem sits: in a raw file (line, column) or in a table row (table, key, column). */
export type Place = { file: string; line?: number; column?: number } | { table: string; key: string; column?: string };

export interface Diagnostic {
  /** Stable identifier of the rule, e.g. "ingest/header-date". */
  ruleId: string;
  /** The stage that raised it: ingest, validate, export, … */
  source: string;
  place: Place;
  /** One sentence saying what is wrong. */
  message: string;
  expected?: string;
  actual?: string;
  severity: 'error' | 'warning';
}

export function error(fields: Omit<Diagnostic, 'severity'>): Diagnostic {
  return { ...fields, severity: 'error' };
}

export function warning(fields: Omit<Diagnostic, 'severity'>): Diagnostic {
  return { ...fields, severity: 'warning' };
}

function formatPlace(place: Place): string {
  if ('file' in place) {
    const line = place.line === undefined ? '' : `:${place.line}`;
    const column = place.column === undefined ? '' : `:${place.column}`;
    return `${place.file}${line}${column}`;
  }
  return `${place.table}[${place.key}]${place.column === undefined ? '' : `.${place.column}`}`;
}

function quote(value: string): string {
  const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(shown);
}

/** One readable line: `file:3  error  message (expected …, found …)  [rule]`. */
export function formatDiagnostic(d: Diagnostic): string {
  const detail: string[] = [];
  if (d.expected !== undefined) detail.push(`expected ${d.expected}`);
  if (d.actual !== undefined) detail.push(`found ${quote(d.actual)}`);
  const tail = detail.length ? ` (${detail.join(', ')})` : '';
  return escapeControls(`${formatPlace(d.place)}  ${d.severity}  ${d.message}${tail}  [${d.ruleId}]`);
}

/**
 * Control characters (C0, DEL, C1) and the bidirectional overrides, written as \xNN or \u{NNNN}: a file name
 * or a value reaches the terminal as visible text, never as an escape sequence that moves the cursor, rings,
 * recolours or reorders the line.
 */
export function escapeControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this function's job.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, (c) => {
    const code = c.codePointAt(0)!;
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u{${code.toString(16).toUpperCase()}}`;
  });
}

/** Raised when a stage cannot go on; carries every problem found, not only the first. */
export class DiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'DiagnosticsError';
  }
}
