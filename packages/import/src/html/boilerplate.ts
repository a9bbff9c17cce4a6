/**
 * Paragraphs that are page furniture rather than article text, recognized by their wording: "Read more",
 * newsletter prompts, image credits, timestamps, the byline and the headline repeated, pull quotes. Pure.
 */

const FURNITURE = [
  /^(read|see|click|watch|listen)( here| more| also| next)?\b[\s:|>»-]*/i,
  /^(related|more)( stories| articles| coverage| on this story)?\s*:/i,
  /\b(sign up|subscribe)\b.*\b(newsletters?|inbox|updates|email|news)\b/i,
  /\bnewsletters?\b.*\b(sign up|subscribe)\b/i,
  /\bback to video$/i,
  /^(up next|related stories|related articles|more from|you may also like)$/i,
  /\b(delivered|straight) to your inbox\b/i,
  /^(image|photo|picture|photograph|video|graphic)( credit)?s?\s*:/i,
  /^(credit|source)\s*:/i,
  // Image credits: "Name/Agency Images", "(Image: Agency)", "(Agency Photo/Name)", "Photo by Name".
  /\b(getty images|shutterstock)\b/i,
  /\((?:[\p{L}\p{N} .'’-]+ )?(image|photo|picture|credit)s?(?: by|:|\/)[^)]*\)$/iu,
  /^(photo|image|picture)s? (by|courtesy of)\b/i,
  /^advertisement$/i,
  /^(share|follow us|copy link)\b/i,
  /^skip to (main )?content$/i,
  /\b(story|article) continues below\b/i,
  /^(author|authors) of the article:?$/i,
  /^(published|updated|last updated|posted)\b/i,
  /\b\d+ (minute|min)s? read\b/i,
  /^(table of contents|contents)$/i,
  /^copyright\b|^©/i,
  /^(follow|add) .{1,60} on (google news|twitter|x|facebook|instagram)\b/i,
  /\bpic\.twitter\.com\//i,
  // Credits and notes that follow the story rather than being part of it.
  /^[—–-]?\s*(with files from|with reporting (by|from)|additional reporting)\b/i,
  /\bcontributed (reporting )?to this (report|story|article|guide)\.?$/i,
  /^(first|originally) published (in|by|on)\b/i,
  /^about the authors?$/i,
  /^(join the conversation|trending|most popular|most read|recommended|top stories)$/i,
  /^duration \d/i,
  /^\d{1,2}:\d{2} \p{Lu}/u,
  /^(do you have a story|got a story|we want to hear from you)\b/i,
  /^for more (stories|news|articles) like this\b/i,
  /\b(if|when) you (buy|purchase) (something|a product|through)\b.*\b(commission|earn)\b/i,
  /\bad ?blockers?\b/i,
  /^(published|filed) (under|in):/i,
  /\b(sign in|log in)\b.*\b(create|register)\b.*\baccount\b|\bcreate an account\b/i,
];

/** Labelled lists of topics: as long as they like, but never prose. */
const LABELLED_LISTS = [/^(published|filed) (under|in):/i, /^(tags|topics|categories):/i];

/** "Read more" style lines only count as furniture when short: a real paragraph may begin "Read more about…". */
function isFurniture(text: string): boolean {
  if (LABELLED_LISTS.some((re) => re.test(text))) return true;
  if (text.length > 200) return false;
  return FURNITURE.some((re) => re.test(text));
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const TIMESTAMP_PARTS = new RegExp(
  String.raw`\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s*(?:am|pm)\b|\b(?:et|pt|ct|gmt|bst|utc|edt|est|pdt|pst)\b|\d+\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago|updated|published|,|•|\|`,
  'gi',
);

/** A line made only of dates, times and "Updated": a timestamp, not text. */
function isTimestamp(text: string): boolean {
  if (text.length > 80 || !/\d/.test(text)) return false;
  return text.toLowerCase().replace(TIMESTAMP_PARTS, ' ').trim() === '';
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** A short line that names an author and says little else: "By A and B", "A · Outlet", "A Political Correspondent". */
function isBylineLike(text: string, authors: string[]): boolean {
  if (!authors.length || text.length > 100) return false;
  const n = norm(text);
  const named = authors.filter((a) => n.includes(norm(a)));
  if (!named.length) return false;
  const rest = named
    .reduce((s, a) => s.replace(norm(a), ' '), n)
    .replace(/\b(by|and|with|for)\b|[,|·•&:\-–—]/g, ' ')
    .trim();
  return rest.split(/\s+/).filter(Boolean).length <= 4;
}

/** "A is a politics reporter for …": the author's biography at the foot of the article. */
function isAuthorBio(text: string, authors: string[]): boolean {
  if (text.length > 400) return false;
  const n = norm(text);
  return authors.some((a) => n.startsWith(`${norm(a)} is `) || n.startsWith(`${norm(a)} writes `));
}

/** A sentence shown twice, in the text and as a pull quote: the shorter copy goes. */
function isRepeated(text: string, index: number, all: string[]): boolean {
  if (text.length < 40) return false;
  const n = norm(text).replace(/^["'“”‘’]+|["'“”‘’]+$/g, '');
  return all.some((other, j) => j !== index && other.length > text.length && norm(other).includes(n));
}

export function cleanParagraphs(paragraphs: string[], context: { titles: string[]; authors: string[] }): string[] {
  const titles = new Set(context.titles.map(norm));
  return paragraphs.filter((p, i) => {
    if (titles.has(norm(p))) return false;
    if (isBylineLike(p, context.authors)) return false;
    if (isTimestamp(p)) return false;
    if (isAuthorBio(p, context.authors)) return false;
    if (isRepeated(p, i, paragraphs)) return false;
    return !isFurniture(p);
  });
}
