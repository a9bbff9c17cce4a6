/* Generated from schemas/*.schema.json by `pnpm gen:types`. Do not edit: a test fails when it drifts. */

/**
 * One row per news article, with its header fields and the exact body text that every offset in the dataset points into.
 */
export interface ArticlesRow {
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The raw file name in data/raw/ (or the --input folder).
 */
source_file: string
/**
 * The publishing outlet, from the header line.
 */
outlet: string
/**
 * Publication date from the header line (YYYY-MM-DD). Every relative date in the article is resolved against it.
 */
published: string
/**
 * Authors from the header line, joined with "; ". Null when the byline is "By Staff".
 */
authors: (string | null)
/**
 * The dateline that opens the body, as written, without its dash (for example "(CNN)" or "KYIV, Feb 5 (Reuters)"). Null when the article has none.
 */
dateline: (string | null)
/**
 * The headline, from the optional `# HEADLINE` line right after the header (written by `dossier import` from the page's title); null when the file has none.
 */
headline: (string | null)
/**
 * Number of words in the body (runs of letters, digits, apostrophes and hyphens).
 */
word_count: number
/**
 * Number of paragraphs in the body, subheadings included.
 */
paragraph_count: number
/**
 * Number of sentences in the body.
 */
sentence_count: number
/**
 * SHA-256 of the raw file bytes, as lowercase hex. Changes whenever the source file changes.
 */
sha256: string
/**
 * The article body: the text after the header line and the blank line that follows it, with CRLF normalized to LF and trailing white space trimmed. All start/end offsets in the dataset index into this text in Unicode code points.
 */
body: string
}

/**
 * One row per distinct person, organization, country or place across the whole dataset. The same person in several articles is one entity.
 */
export interface EntitiesRow {
/**
 * Stable identifier built from the entity type and a slug of the canonical name.
 */
entity_id: string
/**
 * What kind of entity this is.
 */
type: ("person" | "organization" | "country" | "place")
/**
 * Canonical name: the fullest form the articles use, without honorifics or ranks.
 */
name: string
/**
 * Every other form the articles use for this entity, joined with "; " and sorted. Null when there are none.
 */
aliases: (string | null)
/**
 * ISO 3166-1 alpha-2 code for countries; null for every other type.
 */
country_code: (string | null)
/**
 * Number of articles that mention this entity.
 */
article_count: number
/**
 * Number of rows in mentions that point to this entity.
 */
mention_count: number
}

/**
 * One row per place in an article body where an entity is named, including surnames, possessives and demonyms that name a country.
 */
export interface MentionsRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
mention_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The entity this mention refers to.
 */
entity_id: string
/**
 * The mention exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
/**
 * How the entity is named here: its canonical name, another alias (surname, short form), a demonym ("Israeli"), or an acronym.
 */
kind: ("name" | "alias" | "demonym" | "acronym")
/**
 * 0-based index of the paragraph the mention is in.
 */
paragraph: number
/**
 * 0-based index of the sentence (in the whole body) the mention is in.
 */
sentence: number
}

/**
 * One row per title that an article states for a named person ("Interpol Director Ana Ruiz"), with the organization or country the title belongs to.
 */
export interface RolesRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
role_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The person who holds the title.
 */
person_id: string
/**
 * The title normalized to the title vocabulary, in Title Case, without the affiliation ("Director", "Prime Minister", "Spokesperson").
 */
title: string
/**
 * The title as written in the article.
 */
title_text: string
/**
 * The organization the title belongs to, when the article states or clearly implies one.
 */
organization_id: (string | null)
/**
 * The country the title belongs to, when the article states it (a demonym such as "Qatari" counts).
 */
country_id: (string | null)
/**
 * The state, province or city the title belongs to, when that is not a country ("Ohio Governor", "Lyon Mayor").
 */
place_id: (string | null)
/**
 * What decided the affiliation (organization_id, country_id or place_id): "stated" — written with the title ("CIA Director", "Qatari Prime Minister", "chief economist at ING"); "possessor" — the campaign the article names for the person whose title it is ("Lane's senior adviser" beside "the Lane campaign"), else that person's country ("Lane's spokesman"); "pronoun" — "his"/"her"/"its" read back to the nearest person or organization; "same-title" — the same person's same title stated with its affiliation elsewhere in the article; "same-government" — a national office without a country, beside a title of one government in the same sentence ("US President Ann Lee, Defense Secretary Sam Cole"); "dateline" — a national office without a country, in an article datelined in one ("WASHINGTON (AP) —") and a sentence naming no other country; or a local office without its place, from the dateline's city ("Mayor Ann Lee") or, for a "State …" office, that city's state, when the article names it and the sentence names no other place; "lead" — a local office without its place in an article with no dateline, from the first city its first sentence names ("… a drone strike on Ashby on Sunday …"), for a title in a later sentence and under the same conditions. Null when there is no affiliation.
 */
affiliation_rule: ("stated" | "possessor" | "pronoun" | "same-title" | "same-government" | "dateline" | "lead" | null)
/**
 * True when the article says the person held the title in the past ("former FDIC chair").
 */
former: boolean
/**
 * The date at which the article states the role: its publication date.
 */
as_of: string
/**
 * The whole title phrase, person included exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
}

/**
 * One row per date, time, duration or set expression in an article, with its TIMEX3 value resolved against the publication date.
 */
export interface TemporalExpressionsRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
timex_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The temporal expression exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
/**
 * TIMEX3 type.
 */
type: ("DATE" | "TIME" | "DURATION" | "SET")
/**
 * TIMEX3 value: a date (2024-01-25), week (2024-W04), month (2023-11), year, decade (199 for the 1990s), time of day (2024-01-25TEV), duration (P1W, PXD), set (P1D) or reference (PRESENT_REF, PAST_REF, FUTURE_REF).
 */
value: string
/**
 * The date the value was resolved against: the publication date, or a date the sentence itself establishes.
 */
anchor: string
/**
 * First day of the period the expression covers, when it implies a range.
 */
range_start: (string | null)
/**
 * Last day of the period the expression covers, when it implies a range.
 */
range_end: (string | null)
/**
 * How precise the value is; "none" for references and durations.
 */
precision: ("time" | "day" | "week" | "month" | "quarter" | "season" | "year" | "decade" | "century" | "none")
/**
 * The rule that decided the value, so that a reader can audit it (for example "weekday:past-tense" or "month:nearest-past"). Values that only a default decided say so here.
 */
rule: string
}

/**
 * One row per direct quotation (the stretch between the quotation marks; one row per paragraph for quotes that run over several), with its speaker.
 */
export interface QuotesRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
quote_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The text between the quotation marks exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
/**
 * The person or organization who said it, when the speaker is a named entity.
 */
speaker_id: (string | null)
/**
 * The attribution as written ("Foreign Ministry spokesman Tom Bell", "the official"). Null when no speaker could be found.
 */
speaker_text: (string | null)
/**
 * How the speaker was found: "explicit" named in the attribution clause (the subject of the reporting verb, the head before an apposition, or the name after an inverted verb); "previous-sentence" borrowed from the previous sentence's speaker; "pronoun" a he/she/it pronoun resolved to the speaker or main-clause subject of its own paragraph or the one before; "description" a definite description ("the 36-year-old") resolved the same way, or an institution's ("the ministry") resolved to the organization named in its paragraph or the one before whose name ends in its head and holds its other words ("Ruritania's Health Ministry"), or a described source ("a leader of the nurses union") resolved to the person named by the attribution that opens the next paragraph when that attribution shares one of its nouns ("director of the Nurses Association"); "unnamed-source" a described source ("a senior official") kept as text with no entity; "continuation" the continuation of a quote that began in an earlier paragraph; "paragraph-continuation" a quote paragraph with no attribution of its own, given to the previous paragraph's speaker by news convention; "heading" a quote that is a section heading with a credit ("‘Ends the debate’: Acme Bank"), given to a person named in the credit, else to the first person quoted in the section below it, else to the credited organization. "speaker-name" a capitalized name that is the subject of the reporting verb but that the entity recognizer did not know ("said Cross", "Welch told"), read as a person: linked to the article's one person whose name holds it, else recorded as a new person with this mention; capitalized words after "the" ("the Daily Caller reported") are read as an organization the same way. "clause-subject" a quoted phrase that no verb of saying attributes, given to the named person or organization that owns it ("Ann Lee's “plan for growth”") or that owns the noun of saying whose complement holds it ("Ann Lee's claim that …", "in Ann Lee's words"), or that is the subject of its sentence when the sentence's verb characterizes, judges or reports ("Ann Lee heralded the deal as a “breakthrough”"; lexicons reporting-verbs and quote-stance-verbs) or, for a phrase of three words or more, whatever its active verb: the words are read as the subject's, not heard from them. "transcript-label" a quote in an interview or debate transcript (two or more paragraphs that open with a speaker's label and a colon: "MS. VARGA:", "Q:", or a name the article gives a person), given to the label of the turn it opens or sits in, or of the latest turn of the multi-paragraph quote it continues: the person the label names, else the label kept as text with no entity ("MODERATOR"). Null when there is no speaker.
 */
speaker_rule: ("explicit" | "previous-sentence" | "pronoun" | "unnamed-source" | "continuation" | "paragraph-continuation" | "description" | "heading" | "speaker-name" | "clause-subject" | "transcript-label" | null)
/**
 * The reporting verb or phrase of the attribution ("said", "according to").
 */
cue: (string | null)
/**
 * "full" for a quoted sentence or clause, "fragment" for a phrase inside the reporter's own sentence.
 */
kind: ("full" | "fragment")
/**
 * True when the attribution is in doubt ("a voice purportedly …", "said to be", "cannot verify").
 */
hedged: boolean
/**
 * The day it was said, from a temporal expression in the attribution clause.
 */
date_value: (string | null)
/**
 * The temporal expression that gave date_value.
 */
timex_id: (string | null)
}

/**
 * One row per counted amount about the story ("more than 100 remaining hostages"), with its qualifier. Ages, years, times and ordinals are not quantities.
 */
export interface QuantitiesRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
quantity_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The quantity phrase, qualifier and counted noun included exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
/**
 * The number as stated. Null for vague amounts such as "dozens", which carry only low and high, and for a number too large to hold as a double (beyond about 1.8e308), which only text keeps (low and high are then null too).
 */
value: (number | null)
/**
 * Lowest value consistent with the text. "more than 100" gives 100, read as an exclusive bound (see modifier).
 */
low: (number | null)
/**
 * Highest value consistent with the text; null when unbounded ("more than 100").
 */
high: (number | null)
/**
 * The qualifier of the number, normalized. Null when the number is stated plainly.
 */
modifier: ("more than" | "at least" | "about" | "up to" | "fewer than" | "at most" | "nearly" | "exactly" | null)
/**
 * The counted noun, singular and lower-case ("hostage").
 */
unit: (string | null)
}

/**
 * One row per event an article reports: meetings, talks, calls, statements, proposals, agreements, pauses, releases, attacks, criticism and support.
 */
export interface EventsRow {
/**
 * Stable identifier: the article ID, the table letter, the span's normalized text (its span key) and its occurrence among this table's rows with that key in the article, in document order: <article_id>#<letter>-<span key>.<n>. It holds no offsets, so it survives edits elsewhere in the article (see data/RELEASING.md, Stable IDs).
 */
event_id: string
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * Event type from the event code list (schemas/codelists/event-types.json), which defines each type and maps it to CAMEO and PLOVER. A test keeps this list equal to the code list.
 */
type: ("meeting" | "talks" | "mediation" | "phone_call" | "visit" | "statement" | "publication" | "proposal" | "agreement" | "ceasefire" | "release" | "abduction" | "attack" | "criticism" | "praise" | "rejection" | "demand" | "aid" | "protest" | "decision")
/**
 * The word that signals the event ("meetings", "said").
 */
trigger: string
/**
 * The evidence clause exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
/**
 * Whether the event happened, is planned, is only proposed, is reported by others, is hypothetical, or is said not to have happened.
 */
status: ("occurred" | "planned" | "proposed" | "reported" | "hypothetical" | "negated")
/**
 * TIMEX3 value of the event's date, from a temporal expression in the clause or inherited (see date_source). Null when the article gives no date.
 */
date_value: (string | null)
/**
 * First day the event may have taken place.
 */
date_start: (string | null)
/**
 * Last day the event may have taken place.
 */
date_end: (string | null)
/**
 * "clause" when a temporal expression in the event's own clause dates it; "inherited" when it takes the date of the nearest earlier anchored event or sentence. Null when undated. The publication date is never used silently.
 */
date_source: ("clause" | "inherited" | null)
/**
 * The temporal expression that dates the event.
 */
timex_id: (string | null)
/**
 * For statement events, the quote the statement reports (the first one, when a statement carries several). Null for other events.
 */
quote_id: (string | null)
/**
 * Where the event takes place, when stated.
 */
location_id: (string | null)
/**
 * For proposals and agreements, the terms the article states, joined with "; " ("duration P2M; phased release").
 */
terms: (string | null)
}

/**
 * Who took part in each event, and in what role.
 */
export interface EventParticipantsRow {
/**
 * The event.
 */
event_id: string
/**
 * The participating entity.
 */
entity_id: string
/**
 * The entity's part in the event.
 */
role: ("initiator" | "participant" | "target" | "mediator" | "speaker")
/**
 * The article this row comes from: the raw file name without its extension.
 */
article_id: string
/**
 * The mention of the participant that links it to the event exactly as written: body[start:end] in Unicode code points.
 */
text: string
/**
 * Start offset into the article body, 0-based, in Unicode code points (inclusive).
 */
start: number
/**
 * End offset into the article body, in Unicode code points (exclusive).
 */
end: number
}

/**
 * One row per article that the build left out because processing it failed: an extractor threw on it, or its rows did not validate. None of the article's rows are in the other tables. A build that quarantines articles still writes the dataset, and `dossier build` exits with code 3; `dossier build --strict` (which the published dataset uses) fails instead, so a published release has no rows here. A quarantined article is a defect of the pipeline, not of the article: please report it with the file.
 */
export interface QuarantineRow {
/**
 * The input file that was left out, relative to the input folder.
 */
source_file: string
/**
 * Where it failed. extract: an extractor threw on the article. validate: one or more of its rows broke the schema or a span check.
 */
stage: ("extract" | "validate")
/**
 * The rule ID of the first problem (extract/internal-error, or a validation rule such as schema/pattern or validate/span-round-trip).
 */
rule: string
/**
 * The table of the first invalid row; null when extraction failed.
 */
table: (string | null)
/**
 * The primary key of the first invalid row; null when extraction failed.
 */
row_key: (string | null)
/**
 * The column of the first problem, when it concerns one.
 */
column: (string | null)
/**
 * What went wrong, as the build reported it.
 */
message: string
/**
 * How many problems the article had; only the first is described in this row.
 */
problem_count: number
}

export interface TableRows {
  articles: ArticlesRow;
  entities: EntitiesRow;
  mentions: MentionsRow;
  roles: RolesRow;
  temporal_expressions: TemporalExpressionsRow;
  quotes: QuotesRow;
  quantities: QuantitiesRow;
  events: EventsRow;
  event_participants: EventParticipantsRow;
  quarantine: QuarantineRow;
}

export type TableName = keyof TableRows;
