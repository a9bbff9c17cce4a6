#!/usr/bin/env -S node --max-semi-space-size=64
// The flag: this thread holds the whole dataset while it assembles, validates and renders it, and V8's
// default young generation is collected so often there that a 64 MB semi-space cuts the time spent in
// collections by more than half (apps/bench/results/notes.md). pnpm's and npm's command shims keep shebang flags.
// Worker threads set their own size (packages/pipeline/src/heap.ts).
import '../dist/bin.js';
