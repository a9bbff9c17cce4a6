#!/usr/bin/env -S node --max-semi-space-size=64 --max-inlined-bytecode-size-cumulative=200
// The first flag: this thread holds the whole dataset while it assembles, validates and renders it, and V8's
// default young generation is collected so often there that a 64 MB semi-space cuts the time spent in
// collections by more than half (apps/bench/results/notes.md). pnpm's and npm's command shims keep shebang flags.
// Worker threads set their own size (packages/pipeline/src/heap.ts).
// The second flag (process-wide, so worker threads get it too): the extractors are large functions full of small
// closures, and V8's optimizing compiler, inlining up to its default budget into each, spent more CPU compiling
// them than a build of a few thousand articles gains from the inlining; a smaller budget compiles them for much
// less and runs as fast (apps/bench/results/notes.md, "Extract CPU per extractor").
import '../dist/bin.js';
