// loadConfig: defaults, each variable, and a CONFIG error naming the bad variable.

import { describe, expect, it } from 'vitest';
import { DEFAULTS, loadConfig } from '../../src/config.js';
import { WhosaidError } from '../../src/errors.js';

function configError(env: NodeJS.ProcessEnv): WhosaidError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof WhosaidError) return err;
    throw err;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('falls back to the exported defaults on an empty environment', () => {
    expect(loadConfig({})).toEqual({
      neo4jUri: null,
      neo4jUser: DEFAULTS.neo4jUser,
      neo4jPassword: null,
      neo4jDatabase: DEFAULTS.neo4jDatabase,
      port: 4000,
      host: '127.0.0.1',
      apiToken: null,
      dataDir: 'data',
      boltPort: 7687,
      logLevel: 'info',
      logFormat: 'auto',
      maxArticleBytes: 4194304,
      readRetryMs: 3000,
      writeRetryMs: 30000,
      responseCache: true,
      readBatch: true,
      allowedHosts: [],
    });
  });

  it('reads WHOSAID_RESPONSE_CACHE as on or off and names it when it is neither', () => {
    expect(loadConfig({ WHOSAID_RESPONSE_CACHE: '0' }).responseCache).toBe(false);
    expect(loadConfig({ WHOSAID_RESPONSE_CACHE: 'on' }).responseCache).toBe(true);
    expect(() => loadConfig({ WHOSAID_RESPONSE_CACHE: 'sometimes' })).toThrow(/WHOSAID_RESPONSE_CACHE="sometimes" is not on or off/);
  });

  it('reads WHOSAID_READ_BATCH as on or off', () => {
    expect(loadConfig({ WHOSAID_READ_BATCH: '0' }).readBatch).toBe(false);
    expect(loadConfig({}).readBatch).toBe(true);
    expect(loadConfig({ WHOSAID_READ_BATCH: 'always' }).readBatch).toBe('always');
    expect(() => loadConfig({ WHOSAID_READ_BATCH: 'maybe' })).toThrow(/WHOSAID_READ_BATCH="maybe" is not on, off \(1 or 0\) or always/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news',
      PORT: '8080', HOST: '0.0.0.0', WHOSAID_API_TOKEN: ' a-token-of-20-chars ', WHOSAID_ALLOWED_HOSTS: 'News.Example, intranet', WHOSAID_DATA_DIR: '/var/whosaid', NEO4J_BOLT_PORT: '7700', LOG_LEVEL: 'debug', LOG_FORMAT: 'json',
    });
    expect(config).toMatchObject({
      neo4jUri: 'neo4j+s://abc.databases.neo4j.io', neo4jUser: 'reader', neo4jPassword: 'pw', neo4jDatabase: 'news',
      port: 8080, host: '0.0.0.0', apiToken: 'a-token-of-20-chars', allowedHosts: ['news.example', 'intranet'], dataDir: '/var/whosaid', boltPort: 7700, logLevel: 'debug', logFormat: 'json',
    });
  });

  it('refuses an unknown LOG_FORMAT, naming the choices', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT="xml" is not one of auto, json, pretty/);
  });

  it('refuses an API token shorter than 16 characters after trimming, naming the variable', () => {
    expect(() => loadConfig({ WHOSAID_API_TOKEN: '  short-token  ' })).toThrow(/WHOSAID_API_TOKEN has 11 characters; use at least 16/);
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ NEO4J_URI: '', NEO4J_PASSWORD: '', PORT: '', WHOSAID_DATA_DIR: '' });
    expect(config.neo4jUri).toBeNull();
    expect(config.neo4jPassword).toBeNull();
    expect(config.port).toBe(DEFAULTS.port);
    expect(config.dataDir).toBe(DEFAULTS.dataDir);
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it.each(['bolt://localhost:7687', 'neo4j://db:7687', 'bolt+ssc://h:1', 'neo4j+s://x.io'])('accepts NEO4J_URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'localhost:7687' }, 'NEO4J_URI'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '65536' }, 'PORT'],
    [{ PORT: '-1' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ NEO4J_BOLT_PORT: '7687x' }, 'NEO4J_BOLT_PORT'],
  ])('rejects %j with CONFIG naming %s', (env, name) => {
    const err = configError(env);
    expect(err.code).toBe('CONFIG');
    expect(err.message).toContain(name);
  });
});
