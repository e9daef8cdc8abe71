import type { DerivedListKind } from '@common/derived-lists.ts';
import { type ListItem, type RetainedProof, verificationClasses } from '@common/list-item.ts';
import type { Answer } from '../../../api/answers.ts';
import { listText } from './texts.ts';

export type { DerivedListKind, ListItem, RetainedProof };

/** One published version (LIST-4). */
export type PublicList = Answer<'/api/public/districts/{code}/list'>;
/** The versions, newest first. */
export type PublicVersion = Answer<'/api/public/districts/{code}/list/versions'>[number];
/** A derived list (LIST-5); the retained list carries retained proofs. */
export type DerivedList = Answer<'/api/public/districts/{code}/derived/{kind}'>;
export type VersionDiff = Answer<'/api/public/districts/{code}/list/diff'>;
export type ChangedItem = VersionDiff['changed'][number];

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
