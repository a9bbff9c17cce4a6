/**
 * Baselines on the same text as the pipeline: what a user might run instead. wink-nlp tokenization
 * (the tokenizer the pipeline itself uses) and chrono-node date parsing (the date recognizer in
 * packages/extract). Each runs over every article body, one article at a time.
 * Usage: node child-baseline.js INPUT — prints one JSON line on stdout.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import * as chrono from 'chrono-node';

const input = process.argv[2]!;
const bodies: Array<{ body: string; published: Date }> = [];
for (const file of readdirSync(input)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(input, file), 'utf8');
  const published = new Date(`${/^date (\S+)/.exec(text)?.[1] ?? '2024-01-01'}T00:00:00Z`);
  bodies.push({ body: text.slice(text.indexOf('\n\n') + 2), published });
}

let t = performance.now();
const nlp = winkNLP(model);
let tokens = 0;
for (const { body } of bodies) tokens += nlp.readDoc(body).tokens().length();
const winkMs = performance.now() - t;

t = performance.now();
let dates = 0;
for (const { body, published } of bodies) dates += chrono.parse(body, published).length;
const chronoMs = performance.now() - t;

process.stdout.write(`${JSON.stringify({ winkMs, tokens, chronoMs, dates })}\n`);
