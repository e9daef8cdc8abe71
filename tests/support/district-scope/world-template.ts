// The ORG-2 world is built once per run, by the first test file that asks for it, and kept as a
// database template with its record beside it: every capability's file starts from a copy of its
// own, so splitting the probes over files costs a copy per file, not a world per file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import type { DatabaseTemplate } from '../database-template.ts';
import { createTestApp, freshDatabase, templateCopy } from '../test-app.ts';
import { buildWorld } from './build-world.ts';
import { reviveWorld, type World, type WorldRecord } from './world.ts';

interface Built {
  template: DatabaseTemplate;
  world: WorldRecord;
}

/** How long a file waits for another to build the world (building takes some 20 seconds). */
const WAIT_MS = 100_000;

/** A copy of the world, in an application of its own. */
export async function copyOfWorld(): Promise<World> {
  const dir = path.join(inject('runDirectory'), 'district-scope-world');
  const built = claim(dir) ? await build(dir) : await awaitBuilt(dir);
  const t = await createTestApp({ database: await freshDatabase(built.template) });
  return reviveWorld(t, built.world);
}

/** Whether this file builds the world: the first to make its folder does. */
function claim(dir: string): boolean {
  try {
    mkdirSync(dir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

const readyFile = (dir: string) => path.join(dir, 'world.json');
const failedFile = (dir: string) => path.join(dir, 'failed.txt');

async function build(dir: string): Promise<Built> {
  try {
    const copy = await templateCopy(inject('databaseTemplate'));
    const t = await createTestApp({ database: copy.database });
    const world = await buildWorld(t);
    const built: Built = { template: await copy.keep(dir, () => t.close()), world };
    // Renamed into place, so a waiting file never reads it half written.
    writeFileSync(`${readyFile(dir)}.tmp`, JSON.stringify(built));
    renameSync(`${readyFile(dir)}.tmp`, readyFile(dir));
    return built;
  } catch (error) {
    writeFileSync(failedFile(dir), String((error as Error).stack ?? error));
    throw error;
  }
}

async function awaitBuilt(dir: string): Promise<Built> {
  for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; await sleep(100)) {
    if (existsSync(failedFile(dir)))
      throw new Error(`building the ORG-2 world failed in another file:\n${readFileSync(failedFile(dir))}`);
    if (existsSync(readyFile(dir))) return JSON.parse(readFileSync(readyFile(dir), 'utf8')) as Built;
  }
  throw new Error(`no ORG-2 world built within ${WAIT_MS / 1000} s`);
}
