/** Author names from a visible byline ("By A, B and C | Reuters"). Pure. */

const BY = /^\s*(?:written\s+)?by[:\s]+/i;

export function namesFromByline(byline: string): string[] {
  const text = byline
    .replace(/\s+/g, ' ')
    .replace(BY, '')
    .split(/\s[|•·]\s|\s[-–—]\s/)[0]!
    .trim();
  if (!text || text.length > 200 || /^https?:\/\//.test(text)) return [];
  return text
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter((s) => s && /\p{L}/u.test(s) && s.split(' ').length <= 5);
}
