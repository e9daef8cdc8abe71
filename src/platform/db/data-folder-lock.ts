import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export class DataFolderLockedError extends Error {
  override name = 'DataFolderLockedError';
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `数据目录 ${folder} 正被进程 ${pid} 使用，拒绝再次打开 / ` +
        `The data folder ${folder} is in use by process ${pid} (a running Chengnuo); ` +
        'stop it first, or give this one another CHENGNUO_DATA.',
    );
  }
}

/** Who holds a lock: a pid is reused after it dies or after a reboot, its start time and boot are not. */
export interface LockOwner {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat, field 22). */
  startTime: string | null;
  bootId: string | null;
}

const readText = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
};

/** The start time of a live process, or null where /proc does not tell (not Linux, or gone). */
export function processStartTime(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields[19] ?? null;
}

export const currentBootId = () => readText('/proc/sys/kernel/random/boot_id')?.trim() || null;

export const thisProcess = (): LockOwner => ({
  pid: process.pid,
  startTime: processStartTime(process.pid),
  bootId: currentBootId(),
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a lock file: JSON of its owner, or (written by older versions) a bare pid. */
export function readOwner(lockFile: string): LockOwner | undefined {
  const text = readText(lockFile)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return { pid: Number(text), startTime: null, bootId: null };
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return Number.isInteger(owner.pid) && (owner.pid ?? 0) > 0
      ? { pid: owner.pid!, startTime: owner.startTime ?? null, bootId: owner.bootId ?? null }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the process that wrote the lock still runs: its pid is alive and, where the system tells,
 * it is the same boot and the same process start (so a pid reused by another program does not count).
 */
export function ownerRuns(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  if (!owner.startTime && !owner.bootId) {
    // A bare pid from an older version: at least the process must be a Node.js one.
    const command = readText(`/proc/${owner.pid}/cmdline`);
    if (command !== null && !command.includes('node')) return false;
  }
  const boot = currentBootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  const started = processStartTime(owner.pid);
  if (owner.startTime && started && owner.startTime !== started) return false;
  return true;
}

/**
 * PGlite loses writes when two processes open one folder, so the folder is locked with its owner's
 * identity. A lock whose owner no longer runs (kill -9, a reboot, a reused pid) is taken over; a
 * running owner makes this throw.
 */
export function lockDataFolder(folder: string): { release(): void } {
  mkdirSync(folder, { recursive: true });
  const lockFile = path.join(folder, 'chengnuo.lock');
  const me = thisProcess();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(me), { flag: 'wx' });
      return {
        release() {
          if (readOwner(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockFile);
      if (owner !== undefined && owner.pid !== process.pid && ownerRuns(owner)) {
        throw new DataFolderLockedError(folder, owner.pid);
      }
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${folder}`);
}
