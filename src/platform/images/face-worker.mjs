// Starts the face detector's worker thread. A worker does not inherit the TypeScript loader that
// bin/parapet.js (or vitest) set up in the main thread, so it registers tsx itself, the same way.
import { register } from 'tsx/esm/api';

register();
await import('./face-worker.ts');
