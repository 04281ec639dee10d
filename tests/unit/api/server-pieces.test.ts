// Pure server pieces: the token check, the exposure rule, error masking, path folding, and
// the playground page having no external asset.
import { GraphQLError } from 'graphql';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../../src/api/errors.js';
import { playgroundHtml } from '../../../src/api/playground.js';
import { pathSteps } from '../../../src/api/resolvers/path.js';
import { WhosaidError } from '../../../src/errors.js';
import { createLogger } from '../../../src/obs/logger.js';
import { canWrite, isLoopback } from '../../../src/server/auth.js';
import { checkExposure } from '../../../src/server/listen.js';

describe('auth', () => {
  it('lets everyone write without a token, and only the bearer of the token with one', () => {
    expect(canWrite(null, undefined)).toBe(true);
    expect(canWrite('s3cret', undefined)).toBe(false);
    expect(canWrite('s3cret', 'Bearer wrong')).toBe(false);
    expect(canWrite('s3cret', 'Bearer s3cret')).toBe(true);
    expect(canWrite('s3cret', 's3cret')).toBe(false);
  });
  it('refuses a non-loopback host without a token unless insecure', () => {
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && !isLoopback('0.0.0.0')).toBe(true);
    expect(() => checkExposure({ host: '0.0.0.0', port: 1, apiToken: null, insecure: false })).toThrow(/WHOSAID_API_TOKEN/);
    expect(() => checkExposure({ host: '0.0.0.0', port: 1, apiToken: 't', insecure: false })).not.toThrow();
    expect(() => checkExposure({ host: '0.0.0.0', port: 1, apiToken: null, insecure: true })).not.toThrow();
  });
});

describe('formatError', () => {
  const logged: string[] = [];
  const format = formatError(createLogger('error', new Writable({ write: (c, _e, cb) => { logged.push(String(c)); cb(); } })));
  const wrap = (original: Error) => new GraphQLError(original.message, { originalError: original });
  it('maps our codes onto extensions.code', () => {
    const e = new WhosaidError('BAD_INPUT', 'first: must be positive');
    expect(format({ message: e.message }, wrap(e))).toEqual({ message: e.message, extensions: { code: 'BAD_USER_INPUT' } });
  });
  it('masks the unexpected and logs it instead', () => {
    const e = new Error('Neo.ClientError secret detail at /srv/x.ts:12');
    const out = format({ message: e.message, extensions: { stacktrace: ['x'] } }, wrap(e));
    expect(out).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged.join('')).toMatch(/secret detail/);
  });
});

describe('pathSteps', () => {
  it('folds actor–statement–actor into one step and keeps direct relations', () => {
    const steps = pathSteps({
      nodes: [{ kind: 'Actor', id: 'lavrov' }, { kind: 'Actor', id: 'russia' }, { kind: 'Statement', id: 's10' }, { kind: 'Actor', id: 'ltg' }],
      rels: ['AFFILIATED_WITH', 'TARGETS', 'SAID'],
    });
    expect(steps).toEqual([
      { fromId: 'lavrov', toId: 'russia', via: 'AFFILIATED_WITH', statementId: null },
      { fromId: 'russia', toId: 'ltg', via: 'TARGETS>SAID', statementId: 's10' },
    ]);
  });
});

describe('playground', () => {
  const html = playgroundHtml('/graphql');
  it('inlines everything: no script, style, font or worker is fetched from another host', () => {
    expect(html).toContain('WhatBidenSaid');
    for (const re of [/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//, /url\(\s*["']?(?:https?:)?\/\//, /import\s*\(\s*["']https?:/, /importScripts\(\s*["']https?:/, /unpkg|jsdelivr|cdnjs|esm\.sh/]) {
      expect(html).not.toMatch(re);
    }
  });
});
