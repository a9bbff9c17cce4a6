/**
 * Heap settings for the worker threads. An article's work allocates a few megabytes that die as soon as the
 * article is done, and V8's default young generation is small enough to be collected (scavenged) several
 * times per batch, each time copying whatever is still alive. A 64 MB semi-space (192 MB young generation)
 * lets most of that garbage die before a collection: at 10,000 articles each worker went from 330 scavenges
 * to about 100. The export worker, which deserializes whole tables, gains the same way. The price is memory:
 * with this and the main thread's larger semi-space (the dossier command's shebang), peak RSS at 10,000
 * articles went from 1.22 to 1.42 GB, inside the 2 GB budget.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;
