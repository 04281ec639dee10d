// The file-system edge: paths (files or directories, walked recursively in name order) →
// load events, one per article, rejection or skipped file. The only loader code doing I/O.

import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { declaredHtmlCharset, decodeText } from './decode.js';
import { articleFromHtml } from './html.js';
import { eventsFromJson, eventsFromNdjson, reasonOf } from './json.js';
import { SUPPORTED_EXTENSIONS, type LoadEvent } from './load-event.js';
import { articleFromText } from './text.js';
import { boundArticles, maxFileBytes, tooLarge, type LoadOptions } from './size-limit.js';

const supported = (ext: string): boolean => (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext);

/** Turns decoded file content into events by the file's extension (which must be supported). */
export function eventsFromContent(content: string, origin: string, ext: string): LoadEvent[] {
  switch (ext) {
    case '.txt':
      return [{ kind: 'article', article: articleFromText(content, origin) }];
    case '.html':
    case '.htm':
      return [{ kind: 'article', article: articleFromHtml(content, origin) }];
    case '.json':
      return eventsFromJson(content, origin);
    case '.ndjson':
    case '.jsonl':
      return eventsFromNdjson(content, origin);
    default:
      throw new Error(`loaders: no reader for ${ext}; SUPPORTED_EXTENSIONS and eventsFromContent disagree`);
  }
}

/**
 * Reads one file into events; a file that cannot be read or decoded, or is over the size
 * limit (checked with stat before reading), yields one rejection.
 */
export async function loadFile(path: string, o: LoadOptions = {}): Promise<LoadEvent[]> {
  const ext = extname(path).toLowerCase();
  if (!supported(ext)) {
    return [{ kind: 'rejected', origin: path, reason: `has an unsupported extension "${ext || '(none)'}"; whosaid reads ${SUPPORTED_EXTENSIONS.join(', ')}` }];
  }
  try {
    const size = (await stat(path)).size;
    const max = maxFileBytes(ext, o);
    if (size > max) return [{ kind: 'rejected', origin: path, reason: tooLarge(size, max, 'the file') }];
    const bytes = await readFile(path);
    const encoding = ext === '.html' || ext === '.htm' ? declaredHtmlCharset(bytes) ?? 'utf-8' : 'utf-8';
    return boundArticles(eventsFromContent(decodeText(bytes, path, encoding), path, ext), o);
  } catch (err) {
    return [{ kind: 'rejected', origin: path, reason: reasonOf(err, path) }];
  }
}

async function* walk(dir: string, seen: Set<string>, o: LoadOptions): AsyncGenerator<LoadEvent> {
  const real = await realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      yield { kind: 'skipped', origin: path, reason: 'is a symbolic link, not followed inside a folder; name its target to read it' };
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) yield* walk(path, seen, o);
    else if (!info?.isFile()) yield { kind: 'skipped', origin: path, reason: 'is not a regular file' };
    else if (!supported(extname(entry.name).toLowerCase())) yield { kind: 'skipped', origin: path, reason: `unknown extension "${extname(entry.name) || '(none)'}"` };
    else yield* await loadFile(path, o);
  }
}

/**
 * Loads every article from the given files and directories, in the order given; a directory
 * is walked recursively in name order, hidden entries ignored, unknown extensions and symbolic
 * links skipped with a note. A named file with an unknown extension, or a missing path, is a rejection.
 */
export async function* loadSources(paths: readonly string[], o: LoadOptions = {}): AsyncGenerator<LoadEvent> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      yield { kind: 'rejected', origin: path, reason: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(err)})` };
      continue;
    }
    try {
      if (info.isDirectory()) yield* walk(path, new Set(), o);
      else yield* await loadFile(path, o);
    } catch (err) {
      yield { kind: 'rejected', origin: path, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
    }
  }
}

/** All events of loadSources, collected (for callers that want a count first, e.g. a progress bar). */
export async function loadAll(paths: readonly string[], o: LoadOptions = {}): Promise<LoadEvent[]> {
  const events: LoadEvent[] = [];
  for await (const e of loadSources(paths, o)) events.push(e);
  return events;
}
