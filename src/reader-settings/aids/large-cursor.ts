import type { Aid, AidContext } from './aid.js';

// Placeholder until this aid is written: it does nothing yet.
export function start(_context: AidContext): Aid {
  return { stop() {} };
}
