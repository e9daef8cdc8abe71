import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeedRecord } from '../../common/credit-feed.ts';

/** A push as the receiver keeps it: its receipt and the envelope it carried. */
export interface ReceivedPush {
  receiptId: string;
  receivedAt: string;
  idempotencyKey: string;
  requestId: string;
  platform: string;
  districtCode: string;
  kind: string;
  subjectId: string | null;
  envelope: Record<string, unknown>;
}

export type SeedFeedRecord = Omit<FeedRecord, 'position'>;

const readLines = <T>(file: string | null): T[] =>
  file && existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as T)
    : [];

/**
 * The receiver's own store (never the platform's database): one JSON line per push received and per
 * feed record added, in its data folder, read back at start so a restart loses nothing. The seed's
 * feed records come first, in order; without a folder everything is kept in memory.
 */
export function openPushStore(folder: string | null, seed: readonly SeedFeedRecord[]) {
  const pushFile = folder ? path.join(folder, 'pushes.jsonl') : null;
  const feedFile = folder ? path.join(folder, 'feed.jsonl') : null;
  if (folder) mkdirSync(folder, { recursive: true });
  const byKey = new Map<string, ReceivedPush>(
    readLines<ReceivedPush>(pushFile).map((push) => [push.idempotencyKey, push]),
  );
  const feed: FeedRecord[] = [
    ...seed.map((record, index) => ({ ...record, position: String(index + 1) })),
    ...readLines<FeedRecord>(feedFile),
  ];
  return {
    byKey: (idempotencyKey: string) => byKey.get(idempotencyKey),
    add(push: ReceivedPush) {
      if (pushFile) appendFileSync(pushFile, `${JSON.stringify(push)}\n`);
      byKey.set(push.idempotencyKey, push);
    },
    /** The pushes received, latest first, of one platform or district or all. */
    list(filter: { platform?: string; districtCode?: string } = {}, limit = 500): ReceivedPush[] {
      return [...byKey.values()]
        .filter(
          (p) =>
            (!filter.platform || p.platform === filter.platform) &&
            (!filter.districtCode || p.districtCode === filter.districtCode),
        )
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
        .slice(0, limit);
    },
    /** The feed's records of a district after a position, oldest first. */
    feedAfter(districtCode: string, after: number, limit: number): FeedRecord[] {
      return feed
        .filter((r) => r.districtCode === districtCode && Number(r.position) > after)
        .slice(0, limit);
    },
    hasFeedRecord: (id: string) => feed.some((r) => r.id === id),
    addFeedRecord(record: SeedFeedRecord): FeedRecord {
      const added = { ...record, position: String(feed.length + 1) };
      if (feedFile) appendFileSync(feedFile, `${JSON.stringify(added)}\n`);
      feed.push(added);
      return added;
    },
  };
}

export type PushStore = ReturnType<typeof openPushStore>;
