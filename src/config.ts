// Configuration, parsed once from the environment into a read-only object.
// Nothing else in whosaid reads process.env: the entry point calls loadConfig and hands it down.

import { WhosaidError } from './errors.js';

export interface Config {
  /** Bolt URI of an external Neo4j; null means whosaid runs its own embedded Neo4j. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string | null;
  neo4jDatabase: string;
  /** API port. */
  port: number;
  /** Address the API listens on (loopback unless configured). */
  host: string;
  /** Bearer token required for mutations once set. */
  apiToken: string | null;
  /** Where the embedded Neo4j keeps its data, pid file and logs. */
  dataDir: string;
  /** Port the embedded Neo4j's Bolt connector prefers (the next free one is taken if busy). */
  boltPort: number;
  logLevel: string;
  /** Log lines: `pretty` (readable), `json`, or `auto` (pretty on a terminal, JSON when piped). */
  logFormat: LogFormat;
  /** How long a read retries an unreachable Neo4j before STORE_UNAVAILABLE (ms). */
  readRetryMs: number;
  /** How long a write retries an unreachable Neo4j before STORE_UNAVAILABLE (ms). */
  writeRetryMs: number;
  /** Largest article read from a file or record, in bytes (WHOSAID_MAX_ARTICLE_BYTES). */
  maxArticleBytes: number;
  /** Extra Host header names a loopback server accepts (besides localhost, 127.0.0.1, [::1]). */
  allowedHosts: readonly string[];
  /** Keep whole GraphQL answers per graph version (WHOSAID_RESPONSE_CACHE=0 turns it off). */
  responseCache: boolean;
  /** Send concurrent reads of one query shape to Neo4j as one query (WHOSAID_READ_BATCH=0 turns it
   * off; `always` sends a lone read in the batched form too, to check a query shape). */
  readBatch: boolean | 'always';
}

export type LogFormat = 'auto' | 'json' | 'pretty';

function parseLogFormat(raw: string | undefined): LogFormat {
  if (raw === undefined || raw === '') return DEFAULTS.logFormat;
  if (raw === 'auto' || raw === 'json' || raw === 'pretty') return raw;
  throw new WhosaidError('CONFIG', `config: LOG_FORMAT=${JSON.stringify(raw)} is not one of auto, json, pretty`);
}

export const DEFAULTS = Object.freeze({
  neo4jUser: 'neo4j',
  neo4jDatabase: 'neo4j',
  port: 4000,
  host: '127.0.0.1',
  dataDir: 'data',
  boltPort: 7687,
  logLevel: 'info',
  logFormat: 'auto' as LogFormat,
  maxArticleBytes: 4 * 1024 * 1024,
  readRetryMs: 3_000,
  writeRetryMs: 30_000,
  /** Shortest API token accepted (after trimming). */
  minTokenChars: 16,
});

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new WhosaidError('CONFIG', `config: ${name}=${JSON.stringify(raw)} is not a port number (0-65535)`);
  }
  return n;
}

const nonEmpty = (v: string | undefined): string | null => (v === undefined || v === '' ? null : v);

function parseMs(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 600_000) {
    throw new WhosaidError('CONFIG', `config: ${name}=${JSON.stringify(raw)} is not a duration in milliseconds (0-600000)`);
  }
  return n;
}

function parseBytes(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULTS.maxArticleBytes;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1024) {
    throw new WhosaidError('CONFIG', `config: WHOSAID_MAX_ARTICLE_BYTES=${JSON.stringify(raw)} is not a byte count of at least 1024`);
  }
  return n;
}

function parseToken(raw: string | undefined): string | null {
  const token = nonEmpty(raw?.trim());
  if (token !== null && token.length < DEFAULTS.minTokenChars) {
    throw new WhosaidError('CONFIG', `config: WHOSAID_API_TOKEN has ${token.length} characters; use at least ${DEFAULTS.minTokenChars} (e.g. openssl rand -hex 16)`);
  }
  return token;
}

/** An on/off variable: 1/true/on or 0/false/off; unset is the default. */
function parseSwitch(name: string, raw: string | undefined, fallback: boolean): boolean {
  const v = raw?.trim().toLowerCase();
  if (!v) return fallback;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  if (['0', 'false', 'off', 'no'].includes(v)) return false;
  throw new WhosaidError('CONFIG', `config: ${name}=${JSON.stringify(raw)} is not on or off (1 or 0)`);
}

/** WHOSAID_READ_BATCH: on, off, or `always` (every read in the batched form, to check query shapes). */
function parseReadBatch(raw: string | undefined): boolean | 'always' {
  if (raw?.trim().toLowerCase() === 'always') return 'always';
  try {
    return parseSwitch('WHOSAID_READ_BATCH', raw, true);
  } catch {
    throw new WhosaidError('CONFIG', `config: WHOSAID_READ_BATCH=${JSON.stringify(raw)} is not on, off (1 or 0) or always`);
  }
}

/** Parses whosaid's environment variables once; throws CONFIG naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const uri = nonEmpty(env.NEO4J_URI);
  if (uri && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new WhosaidError('CONFIG', `config: NEO4J_URI=${JSON.stringify(uri)} is not a neo4j:// or bolt:// URI (neo4j+s:// for Aura)`);
  }
  return Object.freeze({
    neo4jUri: uri,
    neo4jUser: nonEmpty(env.NEO4J_USER) ?? DEFAULTS.neo4jUser,
    neo4jPassword: nonEmpty(env.NEO4J_PASSWORD),
    neo4jDatabase: nonEmpty(env.NEO4J_DATABASE) ?? DEFAULTS.neo4jDatabase,
    port: parsePort('PORT', env.PORT, DEFAULTS.port),
    host: nonEmpty(env.HOST) ?? DEFAULTS.host,
    apiToken: parseToken(env.WHOSAID_API_TOKEN),
    dataDir: nonEmpty(env.WHOSAID_DATA_DIR) ?? DEFAULTS.dataDir,
    boltPort: parsePort('NEO4J_BOLT_PORT', env.NEO4J_BOLT_PORT, DEFAULTS.boltPort),
    logLevel: nonEmpty(env.LOG_LEVEL) ?? DEFAULTS.logLevel,
    logFormat: parseLogFormat(env.LOG_FORMAT),
    maxArticleBytes: parseBytes(env.WHOSAID_MAX_ARTICLE_BYTES),
    readRetryMs: parseMs('NEO4J_READ_RETRY_MS', env.NEO4J_READ_RETRY_MS, DEFAULTS.readRetryMs),
    writeRetryMs: parseMs('NEO4J_WRITE_RETRY_MS', env.NEO4J_WRITE_RETRY_MS, DEFAULTS.writeRetryMs),
    responseCache: parseSwitch('WHOSAID_RESPONSE_CACHE', env.WHOSAID_RESPONSE_CACHE, true),
    readBatch: parseReadBatch(env.WHOSAID_READ_BATCH),
    allowedHosts: Object.freeze((env.WHOSAID_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
  });
}
