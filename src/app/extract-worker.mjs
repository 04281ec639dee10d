// Entry of an extraction worker thread: registers tsx (workers do not inherit the main
// thread's loader), then runs the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
