// Writes one export to a file through a stream, the CLI's counterpart of the HTTP route.

import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EXPORTS, type ExportName, type ExportSources } from './formats.js';

/** Streams the export into `outPath` (replacing it) and resolves to the bytes written. */
export async function writeExportFile(name: ExportName, sources: ExportSources, outPath: string): Promise<number> {
  const out = createWriteStream(outPath);
  await pipeline(Readable.from(EXPORTS[name].produce(sources), { objectMode: false }), out);
  return out.bytesWritten;
}
