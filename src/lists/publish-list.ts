import { actorOf } from '../platform/audit/record.ts';
import type { Actor } from '../platform/auth/actor.ts';
import type { WorkingCalendar } from '../platform/calendar/index.ts';
import type { Database } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { assertKeepsList, assertReachesListCode } from './list-access.ts';
import { ensureList, type ListVersionRow } from './list-store.ts';
import { publishVersion } from './publish-version.ts';

/**
 * LIST-4: publishes the draft the officer reviewed (`draftRevision`), so a change made meanwhile by
 * someone else is never published unseen.
 */
export async function publishList(options: {
  database: Database;
  actor: Actor;
  now: Date;
  calendar: WorkingCalendar;
  listCode: string;
  draftRevision: number;
  note: string;
  onPublished: (listCode: string) => void;
}): Promise<ListVersionRow> {
  const { database, actor, now } = options;
  assertReachesListCode(actor, options.listCode);
  const version = await database.transaction(async (tx) => {
    const list = await ensureList(tx, options.listCode, now);
    assertKeepsList(actor, list);
    if (list.districtCode === null)
      throw new DomainError(
        'VALIDATION',
        '市级通用清单以导入方式发布',
        'The city general list is published by import',
        'listCode',
      );
    return publishVersion(tx, {
      list,
      note: options.note,
      actor: actorOf(actor),
      now,
      calendar: options.calendar,
      draftRevision: options.draftRevision,
    });
  });
  options.onPublished(options.listCode);
  return version;
}
