// How `whosaid serve` is launched. A request allocates short-lived objects by the thousand (Bolt
// records, resolver results, JSON), and with Node's default 16 MB semi-spaces garbage collection
// took 12% of the server's busy time under the 50-statement page's load; with 64 MB that page's
// p50 was 14% lower under the same load (`npm run bench:api-variants`, figures in the README's
// Queries per request). V8 fixes the size when it starts (v8.setFlagsFromString does not resize a
// running heap), so `serve` starts Node again with the flag, unless it was given one (on the
// command line or in NODE_OPTIONS) or WHOSAID_SEMI_SPACE_MB=0.

import { spawn } from 'node:child_process';

export const SEMI_SPACE_FLAG = '--max-semi-space-size';
export const DEFAULT_SEMI_SPACE_MB = 64;

/**
 * The Node arguments to start `serve` again with (the flag, then the given Node flags, the
 * script and its arguments), or null when this process should run the command itself.
 */
export function relaunchArgs(argv, execArgv, env) {
  if (argv[2] !== 'serve') return null;
  const given = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => a.startsWith(SEMI_SPACE_FLAG));
  if (given) return null;
  const raw = (env.WHOSAID_SEMI_SPACE_MB ?? '').trim();
  if (raw !== '' && !/^\d+$/.test(raw)) {
    throw new Error(`WHOSAID_SEMI_SPACE_MB: expected a whole number of megabytes (0 keeps Node's default), got "${env.WHOSAID_SEMI_SPACE_MB}"`);
  }
  const mb = raw === '' ? DEFAULT_SEMI_SPACE_MB : Number(raw);
  if (mb === 0) return null;
  return [`${SEMI_SPACE_FLAG}=${mb}`, ...execArgv, ...argv.slice(1)];
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const LAUNCHED = 'WHOSAID_LAUNCHED';

/**
 * Runs Node with `args`, its standard streams this process's; signals this process gets go on to
 * it (the server stops once however many arrive). Resolves with its exit code; when a signal
 * ended it, this process ends by the same signal.
 */
export function runRelaunched(args) {
  // The IPC channel tells the server when this process is gone, even killed outright (see exitWithLauncher).
  const child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env: { ...process.env, [LAUNCHED]: '1' } });
  const forward = (sig) => child.kill(sig);
  for (const sig of FORWARDED) process.on(sig, forward);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const sig of FORWARDED) process.off(sig, forward);
      if (signal) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}

/**
 * In a server runRelaunched started: stops it (as SIGTERM would) once the launching process is
 * gone, so a launcher killed with SIGKILL leaves no server behind. Does nothing elsewhere.
 */
export function exitWithLauncher() {
  if (process.env[LAUNCHED] !== '1' || !process.channel) return;
  delete process.env[LAUNCHED];
  process.channel.unref();
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
