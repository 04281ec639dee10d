// Trainer entry for the ner model (the CLI's `whosaid train ner`); replaced by the real trainer.

import { WhosaidError } from '../errors.js';

/** Trains the ner model; not built yet. */
export async function trainNerCommand(..._args: unknown[]): Promise<void> {
  throw new WhosaidError('CONFIG', 'train ner: not built yet');
}
