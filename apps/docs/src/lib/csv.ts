/** A query result as CSV (RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled), for the SQL page's export. */
export function toCsv(columns: string[], rows: unknown[][]): string {
  const field = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    const text = String(value);
    return /[",\r\n]|^\s|\s$/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `${[columns, ...rows].map((row) => row.map(field).join(',')).join('\n')}\n`;
}
