/** Runs every extractor over one article, in dependency order. Pure: the article in, annotations out. */
import type { ArticleAnnotations, ArticleDoc } from '@dossier/core';
import { findEntities } from './entities/index.js';
import { findTimexes } from './time/index.js';
import { findQuotes } from './quotes/index.js';
import { findQuantities } from './quantities/index.js';
import { findEvents } from './events/index.js';

export function extractArticle(doc: ArticleDoc): ArticleAnnotations {
  const entities = findEntities(doc);
  const timexes = findTimexes(doc);
  const quotes = findQuotes(doc, entities, timexes);
  const quantities = findQuantities(doc);
  const events = findEvents(doc, { entities, timexes, quotes });
  return { ...entities, timexes, quotes, quantities, events };
}
