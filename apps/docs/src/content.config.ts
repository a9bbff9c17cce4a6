import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  // Prose pages (guides, and issue 10's scaling page) live in src/content/docs; data pages are in src/pages.
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // The dataset's changelog, written by the release flow; absent until the first release.
  changelog: defineCollection({ loader: glob({ pattern: 'CHANGELOG.md', base: '../../data' }) }),
};
