#!/usr/bin/env -S node --single-threaded-gc
// The CLI's entry. prestart.ts runs first and on its own: for `extract` it starts the worker thread, which
// then loads the pipeline on the second core while this thread loads the commands (a static import of
// commands.ts would load that whole graph before any of it runs). Issue 19: cold start.
import './prestart.js';
await import('./commands.js');
