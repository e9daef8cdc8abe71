// SIGTERM to `npm start` (the npm process, then the whole process group) under load: the server stops
// within 5 s, releases the data folder, and resets no request it had read.
import { existsSync, mkdtempSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../server.ts';

export interface SigtermResult {
  stopMs: number[];
  lockReleased: boolean;
  orphaned: number;
  /** Requests the server had read and did not answer before it exited (its own count, logged). */
  unansweredAfterRead: number;
  /** Client side: connections cut between requests (the server had read nothing on them). */
  cutBetweenRequests: number;
  answered: number;
}

/** Keep-alive clients asking the health route again and again; a reset of a sent request counts. */
function loadOn(url: string, clients: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  let stop = false;
  let answered = 0;
  let reset = 0;
  const one = () =>
    new Promise<void>((resolve) => {
      const request = http.get(`${url}/api/health`, { agent }, (response) => {
        response.resume();
        response.on('end', () => {
          answered += 1;
          resolve();
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        // Refused: the server no longer listens, nothing was read. Reset: a request in flight was cut.
        if (error.code !== 'ECONNREFUSED') reset += 1;
        stop = true;
        resolve();
      });
    });
  const loops = Array.from({ length: clients }, async () => {
    while (!stop) await one();
  });
  return {
    finish: async () => {
      stop = true;
      await Promise.all(loops);
      agent.destroy();
      return { answered, reset };
    },
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function sigtermThroughNpm(): Promise<SigtermResult> {
  const result: SigtermResult = {
    stopMs: [],
    lockReleased: true,
    orphaned: 0,
    unansweredAfterRead: 0,
    cutBetweenRequests: 0,
    answered: 0,
  };
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-probe-stop-'));
  for (const target of ['npm', 'group'] as const) {
    const server = await startServer({ dataDir, viaNpm: true });
    const npmPid = server.child.pid!;
    const load = loadOn(server.url, 10);
    await new Promise((r) => setTimeout(r, 500));
    const sent = Date.now();
    if (target === 'npm') process.kill(npmPid, 'SIGTERM');
    else process.kill(-npmPid, 'SIGTERM');
    await server.exited;
    // The server itself is whatever node process listens; wait until no process of the group runs.
    while (alive(-npmPid) && Date.now() - sent < 10_000) await new Promise((r) => setTimeout(r, 20));
    result.stopMs.push(Date.now() - sent);
    if (alive(-npmPid)) {
      result.orphaned += 1;
      process.kill(-npmPid, 'SIGKILL');
    }
    const { answered, reset } = await load.finish();
    result.answered += answered;
    result.cutBetweenRequests += reset;
    const stopped = /"unanswered":(\d+)[^\n]*"msg":"(stopped|stop took too long; exiting)"/.exec(
      server.output(),
    );
    // No line at all: the server was killed before it could account for its requests.
    result.unansweredAfterRead += stopped ? Number(stopped[1]) : 1;
    if (existsSync(path.join(dataDir, 'chengnuo.lock'))) result.lockReleased = false;
  }
  return result;
}
