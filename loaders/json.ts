// JSON and NDJSON files → one load event per record. A JSON file holds one record or an
// array; an NDJSON/JSONL file holds one record per line. Each record is checked on its own.

import type { LoadEvent } from './load-event.js';
import { articleFromRecord } from './record.js';

function recordEvent(record: unknown, origin: string): LoadEvent {
  try {
    return { kind: 'article', article: articleFromRecord(record, origin) };
  } catch (err) {
    return { kind: 'rejected', origin, reason: reasonOf(err, origin) };
  }
}

/** The message of an error without a repeated "origin: " prefix. */
export function reasonOf(err: unknown, origin: string): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.startsWith(`${origin}: `) ? msg.slice(origin.length + 2) : msg.startsWith(`${origin} `) ? msg.slice(origin.length + 1) : msg;
}

/** Records of a .json file: an object is one record (origin = file), an array gives file[i]. */
export function eventsFromJson(content: string, origin: string): LoadEvent[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    return [{ kind: 'rejected', origin, reason: `is not valid JSON (${(err as Error).message})` }];
  }
  if (!Array.isArray(data)) return [recordEvent(data, origin)];
  if (data.length === 0) return [{ kind: 'rejected', origin, reason: 'is an empty JSON array (no articles)' }];
  return data.map((rec, i) => recordEvent(rec, `${origin}[${i}]`));
}

/** Records of an .ndjson/.jsonl file, one per non-blank line; origin names file and line. */
export function eventsFromNdjson(content: string, origin: string): LoadEvent[] {
  const events: LoadEvent[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${origin}:${i + 1}`;
    try {
      events.push(recordEvent(JSON.parse(line), where));
    } catch (err) {
      events.push({ kind: 'rejected', origin: where, reason: `is not valid JSON (${(err as Error).message})` });
    }
  });
  if (events.length === 0) return [{ kind: 'rejected', origin, reason: 'has no records' }];
  return events;
}
