// Security issue, points 3 and 10: `npm start` runs the compiled server itself (no wrapper that can
// orphan it); SIGTERM to npm or to the whole process group stops it within 5 s, answering every
// request it had read, and frees the data folder; a stale lock naming a live, unrelated process
// does not block the next start.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitWithin, until } from '../../../tests/support/until.ts';
import { projectRoot } from '../config.ts';
import { currentBootId } from '../db/data-folder-lock.ts';

const onServer = Boolean(process.env.DATABASE_URL);

async function start(dataDir: string) {
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const { DATABASE_URL: _server, ...env } = process.env;
  const child = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: {
      ...env,
      NODE_ENV: 'development',
      CHENGNUO_DEMO: '0',
      PORT: String(port),
      CHENGNUO_DATA: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`exited: ${output}`);
      try {
        const health = await fetch(`${url}/api/health`);
        const body = (await health.json()) as { status?: string };
        return (health.ok && body.status === 'ok') || undefined;
      } catch {
        return undefined; // not listening yet
      }
    },
    60_000,
    'the server answers its health',
  );
  return { child, url, output: () => output };
}

const groupAlive = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 0);
    return true;
  } catch {
    return false;
  }
};

/** How long the stop took: npm's exit, then the rest of its group (the server it ran) gone too. */
async function stoppedWithin(child: ChildProcess, ms: number): Promise<number> {
  const started = Date.now();
  await exitWithin(child, ms);
  await until(async () => (groupAlive(child) ? undefined : true), ms, 'the process group gone').catch(
    () => {},
  );
  return Date.now() - started;
}

describe.skipIf(onServer)('SPEC §10 Process: a clean stop through npm start', () => {
  it('npm runs the compiled server directly, and SIGTERM to npm stops it all within 5 s, answering what it read', {
    timeout: 120_000,
  }, async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-stop-'));
    const server = await start(dataDir);
    // The server is npm's own child: no shell or loader process between them that could be orphaned.
    const { execFileSync } = await import('node:child_process');
    const children = execFileSync('ps', ['-o', 'args=', '--ppid', String(server.child.pid)])
      .toString()
      .trim();
    expect(children).toMatch(/^node dist\/main\.js$/m);
    // Requests in flight as the signal comes: answered, or refused before they were read.
    const racing = Array.from({ length: 5 }, () =>
      fetch(`${server.url}/api/public/districts`)
        .then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        })
        .catch(() => 'not read'),
    );
    process.kill(server.child.pid!, 'SIGTERM');
    expect(await stoppedWithin(server.child, 5000)).toBeLessThan(5000);
    for (const outcome of await Promise.all(racing)) expect([200, 503, 'not read']).toContain(outcome);
    expect(server.output()).toMatch(/"unanswered":0[^\n]*"msg":"stopped"/);
    expect(existsSync(path.join(dataDir, 'chengnuo.lock'))).toBe(false);

    // SIGTERM to the whole group (as a terminal's Ctrl-C or a service manager does).
    const again = await start(dataDir);
    process.kill(-again.child.pid!, 'SIGTERM');
    expect(await stoppedWithin(again.child, 5000)).toBeLessThan(5000);
    expect(again.output()).toMatch(/"msg":"stopped"/);
    expect(existsSync(path.join(dataDir, 'chengnuo.lock'))).toBe(false);

    // A lock left before a reboot, naming a pid that now belongs to another live process.
    writeFileSync(
      path.join(dataDir, 'chengnuo.lock'),
      JSON.stringify({ pid: process.pid, startTime: '1', bootId: currentBootId() }),
    );
    const third = await start(dataDir);
    const health = await fetch(`${third.url}/api/health`);
    expect(health.ok).toBe(true);
    await health.arrayBuffer();
    process.kill(-third.child.pid!, 'SIGTERM');
    await stoppedWithin(third.child, 5000);
  });
});
