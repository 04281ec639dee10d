// Bearer-token check for writes: constant-time comparison, and no token configured means
// everyone may write (the server then refuses non-loopback hosts unless --insecure).

import { timingSafeEqual, createHash } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/** True when writes are open (no token) or the Authorization header carries the token. */
export function canWrite(apiToken: string | null, authorization: string | undefined): boolean {
  if (apiToken === null) return true;
  const m = /^Bearer\s+(.+)$/i.exec(authorization ?? '');
  return m !== null && timingSafeEqual(digest(m[1].trim()), digest(apiToken));
}

/** True for hosts only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
