// Trainer entry for the attribution model (the CLI's `whosaid train attribution`); replaced by the real trainer.

import { WhosaidError } from '../errors.js';

/** Trains the attribution model; not built yet. */
export async function trainAttributionCommand(..._args: unknown[]): Promise<void> {
  throw new WhosaidError('CONFIG', 'train attribution: not built yet');
}
