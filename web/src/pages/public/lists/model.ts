import dayjs from 'dayjs';
import type { DerivedListKind } from '../../../../../src/lists/derived-lists.ts';
import {
  type ListItem,
  type RetainedProof,
  verificationClasses,
} from '../../../../../src/lists/list-item.ts';
import { listText } from './texts.ts';

export type { DerivedListKind, ListItem, RetainedProof };

/** GET /api/public/districts/{code}/list: one published version (LIST-4). */
export interface PublicList {
  jurisdictionCode: string;
  title: string;
  version: number;
  publishedAt: string;
  publishedOn: string;
  contentSm3: string;
  items: ListItem[];
  retained: RetainedProof[];
}

/** GET …/list/versions, newest first. */
export interface PublicVersion {
  version: number;
  publishedOn: string;
  publishedAt: string;
  note: string;
  contentSm3: string;
}

/** GET …/derived/{kind} (LIST-5); the retained list carries retained proofs. */
export interface DerivedList {
  kind: DerivedListKind;
  title: string;
  version: number;
  publishedOn: string;
  items: ListItem[] | RetainedProof[];
}

export interface ChangedItem {
  key: string;
  name: string;
  administrativeMatter: string;
  changes: { field: string; from: unknown; to: unknown }[];
}

/** GET …/list/diff?from=N&to=M. */
export interface VersionDiff {
  from: { version: number; publishedOn: string };
  to: { version: number; publishedOn: string };
  added: ListItem[];
  removed: ListItem[];
  changed: ChangedItem[];
  unchanged: number;
}

const base = (code: string) => `/api/public/districts/${encodeURIComponent(code)}`;

/** The open-data routes the pages read, each also an .xlsx with `xlsx`. */
export const openData = {
  list: (code: string, version?: number, xlsx = false) =>
    withQuery(`${base(code)}/list`, { version, format: xlsx ? 'xlsx' : undefined }),
  versions: (code: string) => `${base(code)}/list/versions`,
  diff: (code: string, from: number, to: number) => withQuery(`${base(code)}/list/diff`, { from, to }),
  derived: (code: string, kind: DerivedListKind, version?: number, xlsx = false) =>
    withQuery(`${base(code)}/derived/${kind}`, { version, format: xlsx ? 'xlsx' : undefined }),
};

/** The pages' own addresses. */
export const listPages = {
  index: '/public/lists',
  list: (code: string, version?: number) => withQuery(`/public/lists/${code}`, { version }),
  derived: (code: string, kind: DerivedListKind = 'exempt', version?: number) =>
    withQuery(`/public/lists/${code}/derived/${kind}`, { version }),
  versions: (code: string) => `/public/lists/${code}/versions`,
  diff: (code: string, from?: number, to?: number) => withQuery(`/public/lists/${code}/diff`, { from, to }),
};

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const entries = Object.entries(query).filter(([, v]) => v !== undefined) as [string, string | number][];
  if (entries.length === 0) return path;
  return `${path}?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}

/** A positive whole number from a query parameter, or undefined. */
export function versionParam(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

/** A publication date (YYYY-MM-DD) as people read it. */
export function formatDate(day: string, language: 'zh' | 'en'): string {
  const d = dayjs(day);
  if (!d.isValid()) return day;
  return language === 'zh' ? d.format('YYYY年M月D日') : d.locale('en').format('D MMM YYYY');
}

/** One compared field's value (LIST-4 diff) as text. */
export function fieldValue(field: string, value: unknown, language: 'zh' | 'en'): string {
  if (value === null || value === undefined || value === '') return listText(language, 'detail.none');
  if (field === 'verification') return verificationLabel(value as ListItem['verification'], language);
  if (field === 'disclosure') return listText(language, value ? 'detail.public' : 'detail.notPublic');
  if (field === 'timeLimitWorkingDays')
    return Number(value) === 0
      ? listText(language, 'detail.noClock')
      : Number(value) === 1
        ? listText(language, 'detail.day')
        : listText(language, 'detail.days', { days: Number(value) });
  return String(value);
}

export function verificationLabel(value: ListItem['verification'], language: 'zh' | 'en'): string {
  return verificationClasses[value]?.[language] ?? value;
}
