/**
 * The gold annotation format of data/gold/GUIDELINES.md, and a checker for it. Gold is a contract written by
 * hand, so a malformed file is reported with its path and the JSON pointer of the offending field.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { error, type Diagnostic } from '@dossier/core';

export interface GoldEntity {
  name: string;
  aliases?: string[];
}

export interface GoldRole {
  person: string;
  title: string;
  affiliation: string | null;
  former?: boolean;
}

export interface GoldTimex {
  text: string;
  nth: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  range?: [string, string];
}

export interface GoldQuote {
  text: string;
  /** Canonical person name, organization name, or a lowercase keyword ("official"); null for scare quotes. */
  speaker: string | null;
  fragment?: boolean;
  date?: string;
  /** Optional: which occurrence of text (1-based). Without it, equal texts take successive occurrences. */
  nth?: number;
}

export interface GoldQuantity {
  text: string;
  value: number | null;
  modifier: string | null;
  unit: string | null;
  nth?: number;
}

export interface Gold {
  article: string;
  published: string;
  outlet: string;
  authors: string[];
  anchor_text: string;
  persons: GoldEntity[];
  organizations: GoldEntity[];
  countries: GoldEntity[];
  places: GoldEntity[];
  roles: GoldRole[];
  timexes: GoldTimex[];
  quotes: GoldQuote[];
  quantities: GoldQuantity[];
  events_for_review?: string[];
}

const entity = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};
const entities = { type: 'array', items: entity };

/** JSON Schema of a gold file; extra properties are allowed so that annotators can add notes. */
export const GOLD_SCHEMA = {
  type: 'object',
  required: [
    'article',
    'published',
    'persons',
    'organizations',
    'countries',
    'places',
    'roles',
    'timexes',
    'quotes',
    'quantities',
  ],
  properties: {
    article: { type: 'string', minLength: 1 },
    published: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    outlet: { type: 'string' },
    authors: { type: 'array', items: { type: 'string' } },
    anchor_text: { type: 'string' },
    persons: entities,
    organizations: entities,
    countries: entities,
    places: entities,
    roles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['person', 'title', 'affiliation'],
        properties: {
          person: { type: 'string', minLength: 1 },
          title: { type: 'string', minLength: 1 },
          affiliation: { type: ['string', 'null'] },
          former: { type: 'boolean' },
        },
      },
    },
    timexes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'nth', 'type', 'value'],
        properties: {
          text: { type: 'string', minLength: 1 },
          nth: { type: 'integer', minimum: 1 },
          type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
          value: { type: 'string', minLength: 1 },
          range: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
        },
      },
    },
    quotes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'speaker'],
        properties: {
          text: { type: 'string', minLength: 1 },
          speaker: { type: ['string', 'null'] },
          fragment: { type: 'boolean' },
          date: { type: 'string' },
          nth: { type: 'integer', minimum: 1 },
        },
      },
    },
    quantities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['text', 'value'],
        properties: {
          text: { type: 'string', minLength: 1 },
          value: { type: ['number', 'null'] },
          modifier: { type: ['string', 'null'] },
          unit: { type: ['string', 'null'] },
          nth: { type: 'integer', minimum: 1 },
        },
      },
    },
  },
} as const;

const validateGold = new Ajv2020({ allErrors: true, allowUnionTypes: true, strict: false }).compile(GOLD_SCHEMA);

/** Checks the shape of parsed gold JSON; returns the gold or diagnostics naming the file and field. */
export function parseGold(json: unknown, file: string): { gold?: Gold; diagnostics: Diagnostic[] } {
  if (validateGold(json)) return { gold: json as unknown as Gold, diagnostics: [] };
  const diagnostics = (validateGold.errors ?? []).map((e) =>
    error({
      ruleId: 'gold/format',
      source: 'evaluate',
      place: { file },
      message: `gold ${e.instancePath || 'file'} ${e.message ?? 'is invalid'}`,
      expected: JSON.stringify(e.params),
      actual: JSON.stringify(pointer(json, e.instancePath)),
    }),
  );
  return { diagnostics };
}

function pointer(json: unknown, path: string): unknown {
  let at = json;
  for (const part of path.split('/').slice(1)) at = (at as Record<string, unknown> | undefined)?.[part];
  return at;
}
