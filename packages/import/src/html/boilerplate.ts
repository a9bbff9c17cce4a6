/**
 * Paragraphs that are page furniture rather than article text, recognized by their wording: "Read more",
 * newsletter prompts, image credits, the byline and the headline repeated. Pure.
 */

const FURNITURE = [
  /^(read|see|click|watch|listen)( here| more| also| next)?\b[\s:|>»-]*/i,
  /^(related|more)( stories| articles| coverage| on this story)?\s*:/i,
  /\b(sign up|subscribe)\b.*\b(newsletter|inbox|updates|email)\b/i,
  /\bnewsletter\b.*\b(sign up|subscribe)\b/i,
  /^(image|photo|picture|photograph|video|graphic)( credit)?s?\s*:/i,
  /^(credit|source)\s*:/i,
  /^\(?(getty images|ap photo|reuters|afp|shutterstock|pa)\b.*\)?$/i,
  /^advertisement$/i,
  /^(share|follow us|copy link)\b/i,
];

/** "Read more" style links only count as furniture when short: a real paragraph may begin "Read more about…". */
function isFurniture(text: string): boolean {
  if (text.length > 160) return false;
  return FURNITURE.some((re) => re.test(text));
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function cleanParagraphs(paragraphs: string[], context: { title: string | null; authors: string[] }): string[] {
  const title = context.title ? norm(context.title) : null;
  const byline = context.authors.length ? norm(`By ${context.authors.join(' and ')}`) : null;
  return paragraphs.filter((p) => {
    const n = norm(p);
    if (title && n === title) return false;
    if (byline && n.startsWith('by ') && n.length < 120 && context.authors.some((a) => n.includes(norm(a)))) return false;
    return !isFurniture(p);
  });
}
