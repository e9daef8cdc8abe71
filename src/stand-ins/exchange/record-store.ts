import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecordsByType, RecordType } from '../../common/shared-records.ts';

/** One subject (a person by 居民身份证号, an organisation by 统一社会信用代码) and what each register holds. */
export interface SubjectRecords {
  identifier: string;
  name: string;
  kind?: 'person' | 'organisation';
  /** For people reading the seed: why the records look as they do. */
  story?: string;
  /** A type absent here is "not held" (found: false); an empty list is "held, none" (a clean record). */
  records: { [T in RecordType]?: RecordsByType[T][] };
}

export interface SeedFile {
  about: string;
  subjects: SubjectRecords[];
}

/** One query answered, as the register logs it (查询日志). */
export interface QueryLogEntry {
  requestId: string;
  recordType: RecordType;
  identifier: string;
  name: string | null;
  purpose: string;
  caseNo: string | null;
  requestedBy: { agency: string; user: string };
  found: boolean;
  at: string;
}

/** Every signed request accepted, in order: queries and the test/demo writes (PUT). */
type JournalLine = ({ kind: 'query' } & QueryLogEntry) | { kind: 'store'; requestId: string; at: string };

export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

type FieldKind = 'text' | 'text-or-null' | 'year' | 'month' | 'date' | 'date-or-null' | readonly string[];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The fields of each record type (exactly those of `shared-records.ts`) and what each may hold. */
const recordFields: { [T in RecordType]: Record<keyof RecordsByType[T], FieldKind> } = {
  household: {
    name: 'text',
    address: 'text',
    headIdentifier: 'text',
    relationToHead: 'text',
    status: ['active', 'cancelled'],
    cancelReason: 'text-or-null',
    cancelledOn: 'date-or-null',
  },
  marriage: {
    status: ['未婚', '已婚', '离婚', '丧偶'],
    spouseName: 'text-or-null',
    spouseIdentifier: 'text-or-null',
    registeredOn: 'date-or-null',
  },
  education: {
    school: 'text',
    major: 'text',
    level: ['中专', '大专', '本科', '硕士研究生', '博士研究生'],
    graduationYear: 'year',
    certificateNo: 'text',
  },
  'social-insurance': { employer: 'text', from: 'month', to: 'month' },
  'criminal-record': { offence: 'text', judgedOn: 'date', court: 'text' },
  'business-licence': {
    name: 'text',
    creditCode: 'text',
    legalRepresentative: 'text',
    address: 'text',
    scope: 'text',
    status: ['存续', '注销', '吊销'],
  },
  'real-estate': { certificateNo: 'text', location: 'text', owner: 'text', use: 'text' },
  qualification: { qualification: 'text', certificateNo: 'text', validUntil: 'date-or-null' },
};

function fits(kind: FieldKind, value: unknown): boolean {
  if (Array.isArray(kind)) return kind.includes(value as string);
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.length > 0;
    case 'text-or-null':
      return value === null || (typeof value === 'string' && value.length > 0);
    case 'year':
      return Number.isInteger(value) && (value as number) >= 1900 && (value as number) <= 2100;
    case 'month':
      return typeof value === 'string' && MONTH.test(value);
    case 'date':
      return typeof value === 'string' && DATE.test(value);
    case 'date-or-null':
      return value === null || (typeof value === 'string' && DATE.test(value));
    default:
      return false;
  }
}

/** Why a record does not have its type's shape (a missing, unknown or ill-typed field), or null. */
export function recordProblem(recordType: RecordType, record: unknown): string | null {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'a record must be an object';
  const fields: Record<string, FieldKind> = recordFields[recordType];
  for (const key of Object.keys(record)) if (!(key in fields)) return `unknown field ${key}`;
  for (const [key, kind] of Object.entries(fields)) {
    if (!fits(kind, (record as Record<string, unknown>)[key])) return `field ${key} is missing or not valid`;
  }
  return null;
}

const readJsonLines = <T>(file: string): T[] =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as T)
    : [];

/** Writes a whole file so that a crash leaves either the old or the new content, never half. */
function replaceFile(file: string, text: string, mode?: number) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, mode === undefined ? undefined : { mode });
  renameSync(temporary, file);
}

/**
 * The exchange's own store (never the platform's database). In its data folder:
 * `records.json` (the subjects and their records, seeded from `seed-records.json` at first start and
 * rewritten whole on a change), `requests.jsonl` (one line per accepted signed request, so a restart
 * still refuses a request id seen before, and the query log) and `key.json` (its SM2 key pair).
 * Without a folder everything lives in memory, starting from the seed.
 */
export function openRecordStore(folder: string | null, seed: SeedFile) {
  const recordsFile = folder ? path.join(folder, 'records.json') : null;
  const journalFile = folder ? path.join(folder, 'requests.jsonl') : null;
  if (folder) mkdirSync(folder, { recursive: true });

  let subjects: SubjectRecords[];
  if (recordsFile && existsSync(recordsFile)) {
    subjects = (JSON.parse(readFileSync(recordsFile, 'utf8')) as SeedFile).subjects;
  } else {
    subjects = structuredClone(seed.subjects);
    if (recordsFile)
      replaceFile(recordsFile, `${JSON.stringify({ about: seed.about, subjects }, null, 2)}\n`);
  }
  const byIdentifier = new Map(subjects.map((s) => [s.identifier, s]));
  const journal: JournalLine[] = journalFile ? readJsonLines<JournalLine>(journalFile) : [];
  const seen = new Set(journal.map((line) => line.requestId));

  const append = (line: JournalLine) => {
    if (journalFile) appendFileSync(journalFile, `${JSON.stringify(line)}\n`);
    journal.push(line);
    seen.add(line.requestId);
  };

  return {
    hasSeen: (requestId: string) => seen.has(requestId),

    /** What the register holds of one type for one subject; `found` is false when it holds nothing. */
    lookup<T extends RecordType>(identifier: string, recordType: T) {
      const subject = byIdentifier.get(identifier);
      const records = subject?.records[recordType] as RecordsByType[T][] | undefined;
      return { name: subject?.name ?? null, found: records !== undefined, records: records ?? [] };
    },

    /** Logs an answered query under its request id (from then on a replay). */
    logQuery(entry: QueryLogEntry) {
      append({ kind: 'query', ...entry });
    },

    /** Replaces what is held of one type for one subject (test and demo use), under its request id. */
    replace<T extends RecordType>(
      change: { requestId: string; at: string; identifier: string; name: string; recordType: T },
      records: RecordsByType[T][],
    ) {
      let subject = byIdentifier.get(change.identifier);
      if (!subject) {
        subject = { identifier: change.identifier, name: change.name, records: {} };
        subjects.push(subject);
        byIdentifier.set(change.identifier, subject);
      }
      subject.name = change.name;
      (subject.records as Record<string, unknown[]>)[change.recordType] = records;
      if (recordsFile)
        replaceFile(recordsFile, `${JSON.stringify({ about: seed.about, subjects }, null, 2)}\n`);
      append({ kind: 'store', requestId: change.requestId, at: change.at });
    },

    /** The queries received, newest first, about one subject or all. */
    queries(identifier?: string, limit = 200): QueryLogEntry[] {
      const found: QueryLogEntry[] = [];
      for (let i = journal.length - 1; i >= 0 && found.length < limit; i--) {
        const line = journal[i]!;
        if (line.kind !== 'query' || (identifier && line.identifier !== identifier)) continue;
        const { kind: _kind, ...entry } = line;
        found.push(entry);
      }
      return found;
    },

    /** The exchange's SM2 key pair: kept in `key.json` (readable by its owner only), made once. */
    keyPair(generate: () => KeyPair): KeyPair {
      const keyFile = folder ? path.join(folder, 'key.json') : null;
      if (keyFile && existsSync(keyFile)) return JSON.parse(readFileSync(keyFile, 'utf8')) as KeyPair;
      const pair = generate();
      const kept = { privateKey: pair.privateKey, publicKey: pair.publicKey };
      if (keyFile) replaceFile(keyFile, `${JSON.stringify(kept)}\n`, 0o600);
      return kept;
    },
  };
}

export type RecordStore = ReturnType<typeof openRecordStore>;
