/**
 * Heap settings for the worker threads. An article's work allocates a few megabytes that die as soon as the
 * article is done, and V8's default young generation is small enough to be collected (scavenged) several
 * times per batch, each time copying whatever is still alive. A 64 MB semi-space (192 MB young generation)
 * lets most of that garbage die before a collection, so each worker is scavenged about a third as often.
 * The export worker, which deserializes whole tables, gains the same way. The price is memory: with this and
 * the main thread's larger semi-space (the dossier command's shebang), peak RSS grows by about a sixth,
 * still inside the 2 GB budget. Figures: apps/bench/results/notes.md.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 192 } as const;
