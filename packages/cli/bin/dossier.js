#!/usr/bin/env -S node --max-semi-space-size=64
// The flag: this thread holds the whole dataset while it assembles, validates and renders it, and with V8's
// default young generation it was collected about 330 times at 10,000 articles, 3.9 s in all; with a 64 MB
// semi-space, 94 times and 1.6 s (node --trace-gc). pnpm's and npm's command shims keep shebang flags.
// Worker threads set their own size (packages/pipeline/src/heap.ts).
import "../dist/bin.js";
