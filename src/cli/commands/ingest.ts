// `whosaid ingest`: placeholder registration until its issue lands.

import type { Command } from 'commander';

export function register(_program: Command): void {}
