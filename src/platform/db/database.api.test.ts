import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { count } from 'drizzle-orm';
import { integer, pgTable, text } from 'drizzle-orm/pg-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, freshDatabase, freshPostgresUrl } from '../../../tests/support/test-app.ts';
import { scanDeadlines } from '../../inbox/scan-deadlines.ts';
import { loadWorkingCalendar } from '../calendar/load-calendar.ts';
import { projectRoot } from '../config.ts';
import {
  currentBootId,
  DataFolderLockedError,
  lockDataFolder,
  processStartTime,
  readOwner,
} from './data-folder-lock.ts';
import type { Database } from './database.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

const onPostgres = Boolean(process.env.DATABASE_URL);

describe('Q-4 / SPEC §10 Process: the data-folder lock, one process per embedded database folder', () => {
  let dir: string;
  let holder: ChildProcess | undefined;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'chengnuo-lock-'));
  });
  afterEach(() => {
    if (holder?.exitCode === null) holder.kill('SIGKILL');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const lockFile = () => path.join(dir, 'chengnuo.lock');

  /** Another Chengnuo process: takes the lock through the same function, then keeps running. */
  async function startHolder(): Promise<ChildProcess> {
    const lockModule = pathToFileURL(path.join(projectRoot, 'src/platform/db/data-folder-lock.ts')).href;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { lockDataFolder } = await import(${JSON.stringify(lockModule)});
         lockDataFolder(${JSON.stringify(dir)});
         process.stdout.write('locked\\n');
         setInterval(() => {}, 1000);`,
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('locked')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
    });
    return child;
  }

  it('refuses a folder held by a live process, naming its pid, and leaves its lock alone', async () => {
    holder = await startHolder();
    expect(readOwner(lockFile())?.pid).toBe(holder.pid);
    let error: unknown;
    try {
      lockDataFolder(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataFolderLockedError);
    expect((error as DataFolderLockedError).pid).toBe(holder.pid);
    expect((error as Error).message).toContain(`进程 ${holder.pid}`);
    expect((error as Error).message).toContain(`process ${holder.pid}`);
    expect(readOwner(lockFile())?.pid).toBe(holder.pid);
  });

  it('takes over the lock of a process that died without releasing it (kill -9)', async () => {
    holder = await startHolder();
    const deadPid = holder.pid;
    await new Promise((resolve) => {
      holder!.once('exit', resolve);
      holder!.kill('SIGKILL');
    });
    expect(readOwner(lockFile())?.pid).toBe(deadPid);

    const lock = lockDataFolder(dir);
    expect(readOwner(lockFile())?.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('takes over a lock file that names no process', () => {
    writeFileSync(lockFile(), 'not a pid');
    const lock = lockDataFolder(dir);
    expect(readOwner(lockFile())?.pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a stale lock naming a live but unrelated process (a pid reused after a reboot)', async () => {
    // A live process that is not a Chengnuo: the pid is alive, but it started at another time.
    holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    const live = holder.pid!;
    const started = processStartTime(live);
    writeFileSync(
      lockFile(),
      JSON.stringify({ pid: live, startTime: `${started}0`, bootId: currentBootId() }),
    );
    const lock = lockDataFolder(dir);
    expect(readOwner(lockFile())?.pid).toBe(process.pid);
    lock.release();
    // The same pid written before a reboot (another boot id) is stale too.
    writeFileSync(lockFile(), JSON.stringify({ pid: live, startTime: started, bootId: 'another-boot' }));
    lockDataFolder(dir).release();
    // And the real owner, same start and boot, still holds it.
    writeFileSync(lockFile(), JSON.stringify({ pid: live, startTime: started, bootId: currentBootId() }));
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
  });
});

// A scratch table of this test file's own database copy.
const probe = pgTable('tx_probe', { id: integer('id').primaryKey(), via: text('via').notNull() });

describe('Q-3 transactions: every statement through `tx`, all or nothing', () => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase();
    await database.sql.exec('CREATE TABLE tx_probe (id integer PRIMARY KEY, via text NOT NULL)');
  });
  afterAll(() => database.close());
  afterEach(() => database.sql.exec('DELETE FROM tx_probe'));

  const rowsNow = async () => (await database.db.select({ n: count() }).from(probe))[0]!.n;

  it('undoes every statement (builder and raw SQL) when the work throws', async () => {
    let seenInside = -1;
    await expect(
      database.transaction(async (tx) => {
        await tx.db.insert(probe).values({ id: 1, via: 'tx.db' });
        await tx.sql.query('INSERT INTO tx_probe (id, via) VALUES ($1, $2)', [2, 'tx.sql']);
        seenInside = (await tx.db.select({ n: count() }).from(probe))[0]!.n;
        throw new Error('fails after two inserts');
      }),
    ).rejects.toThrow('fails after two inserts');
    expect(seenInside).toBe(2);
    expect(await rowsNow()).toBe(0);
  });

  it('undoes the earlier statements when a later statement fails', async () => {
    await expect(
      database.transaction(async (tx) => {
        await tx.db.insert(probe).values({ id: 1, via: 'first' });
        await tx.db.insert(probe).values({ id: 1, via: 'duplicate key' });
      }),
    ).rejects.toThrow();
    expect(await rowsNow()).toBe(0);
  });

  it('keeps all statements once the work returns, and answers its result', async () => {
    const result = await database.transaction(async (tx) => {
      await tx.db.insert(probe).values({ id: 1, via: 'tx.db' });
      await tx.sql.query('INSERT INTO tx_probe (id, via) VALUES ($1, $2)', [2, 'tx.sql']);
      return 'done';
    });
    expect(result).toBe('done');
    expect(await rowsNow()).toBe(2);
  });

  it.skipIf(!onPostgres)('hides uncommitted rows from the top-level handles (PostgreSQL)', async () => {
    // On PGlite the top-level handle waits for the transaction instead (one transaction at a time).
    await database.transaction(async (tx) => {
      await tx.db.insert(probe).values({ id: 1, via: 'tx.db' });
      expect(await rowsNow()).toBe(0);
    });
    expect(await rowsNow()).toBe(1);
  });
});

/**
 * A database whose top-level handles throw while one of its transactions is open. Using them there
 * hangs on PGlite and silently escapes the transaction on PostgreSQL (STACK.md); this makes it fail.
 */
function refusingTopLevelInTransactions(database: Database): Database {
  let open = 0;
  const refuse = (handle: string) => {
    if (open > 0) throw new Error(`top-level database.${handle} used inside a transaction`);
  };
  return {
    kind: database.kind,
    get db() {
      refuse('db');
      return database.db;
    },
    get sql() {
      refuse('sql');
      return database.sql;
    },
    async transaction(work) {
      open++;
      try {
        return await database.transaction(work);
      } finally {
        open--;
      }
    },
    close: () => database.close(),
  };
}

describe('Q-3 use cases write through `tx` only, never the top-level handles', () => {
  it('logs in, changes settings, creates an agency, scans deadlines, reads the inbox and sets the calendar', async () => {
    const t = await createTestApp({ database: refusingTopLevelInTransactions(await freshDatabase()) });
    try {
      const admin = await t.login('ls-admin');
      const settings = (await admin.request('GET', '/api/districts/370212/settings')).json();
      const { districtCode: _d, updatedAt: _u, ...values } = settings;
      expect(
        (
          await admin.request('PUT', '/api/districts/370212/settings', {
            ...values,
            reminderLeadWorkingDays: 2,
          })
        ).statusCode,
      ).toBe(200);
      const agency = await admin.request('POST', '/api/agencies', {
        jurisdictionCode: '370212',
        name: '崂山区统计局',
        shortName: '区统计局',
        kind: 'handling-agency',
      });
      expect(agency.statusCode).toBe(201);

      const scan = await scanDeadlines({
        database: t.database,
        now: t.clock.now,
        calendar: await loadWorkingCalendar(t.database.db),
      });
      expect(scan.written).toBeGreaterThan(0);
      const officer = await t.login('ls-case-officer');
      const [message] = (await officer.request('GET', '/api/inbox')).json().items;
      expect((await officer.request('POST', `/api/inbox/${message.id}/read`)).statusCode).toBe(204);

      const platformAdmin = await t.login('platform-admin');
      const day = { kind: 'holiday', name: '测试' };
      expect((await platformAdmin.request('PUT', '/api/calendar/days/2026-10-12', day)).statusCode).toBe(200);
      expect((await platformAdmin.request('DELETE', '/api/calendar/days/2026-10-12')).statusCode).toBe(204);
      expect((await admin.request('POST', '/api/auth/logout')).statusCode).toBe(204);
    } finally {
      await t.close();
    }
  });
});

describe('Q-5 migrations: idempotent, and safe for several instances at once', () => {
  const journalTags = (
    JSON.parse(readFileSync(path.join(projectRoot, 'drizzle/meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    }
  ).entries.map((e) => e.tag);

  const emptyDatabase = async (): Promise<{ open(): Promise<Database> }> => {
    if (!onPostgres) {
      const database = await openPglite({});
      return { open: async () => database };
    }
    const url = await freshPostgresUrl({ empty: true });
    return { open: () => openPostgres({ url }) };
  };

  it('applies nothing to a database that is up to date', async () => {
    const database = await freshDatabase();
    try {
      expect(await migrate(database)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('applies every committed migration once to an empty database, and nothing on the second run', async () => {
    const database = await (await emptyDatabase()).open();
    try {
      expect(await migrate(database)).toEqual(journalTags);
      expect(await migrate(database)).toEqual([]);
      const { rows } = await database.sql.query<{ tag: string }>(
        'SELECT tag FROM schema_migrations ORDER BY tag',
      );
      expect(rows.map((r) => r.tag)).toEqual(journalTags);
    } finally {
      await database.close();
    }
  });

  it.skipIf(!onPostgres)(
    'lets two instances start on one empty server at once: each migration applied exactly once',
    async () => {
      const empty = await emptyDatabase();
      const [a, b] = await Promise.all([empty.open(), empty.open()]);
      try {
        const [fromA, fromB] = await Promise.all([migrate(a), migrate(b)]);
        expect([...fromA, ...fromB].sort()).toEqual(journalTags);
        const { rows } = await a.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
        expect(rows[0]!.n).toBe(journalTags.length);
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    },
  );
});
