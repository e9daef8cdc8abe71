// The lists API (LIST-1..8) as the API tests call it: the answers' types, taken from the code that
// makes them, and the requests every lists test repeats.
import type { Static } from '@sinclair/typebox';
import { expect } from 'vitest';
import type { getCatalogue } from '../../src/lists/catalogue.ts';
import { termsInputOf } from '../../src/lists/change-request-store.ts';
import type { CertificationMatterBody, PublicList as PublicListSchema } from '../../src/lists/contract.ts';
import type { getListWorkspace } from '../../src/lists/get-list-workspace.ts';
import type { ItemTermsInput } from '../../src/lists/item-terms.ts';
import type { DraftItemRow } from '../../src/lists/list-store.ts';
import type { Session, TestApp } from './test-app.ts';

/** A value as it arrives over HTTP: what JSON makes of it (dates become ISO strings). */
export type AsJson<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? AsJson<U>[]
    : T extends object
      ? { [K in keyof T]: AsJson<T[K]> }
      : T;

/** GET /api/lists/:code: an officer's workspace of one list. */
export type Workspace = AsJson<Awaited<ReturnType<typeof getListWorkspace>>>;
/** One row of a draft, with its revision. */
export type DraftRow = AsJson<DraftItemRow>;
/** GET /api/catalogue: a district's certification and administrative matters. */
export type Catalogue = AsJson<Awaited<ReturnType<typeof getCatalogue>>>;
export type Matter = Catalogue['certificationMatters'][number];
/** GET /api/public/districts/:code/list: a published version, as the route's response schema has it. */
export type PublicList = Static<typeof PublicListSchema>;

/** Expects `status` (200 unless told), naming the body when it differs, and answers the JSON. */
export async function ok<T>(
  response: Promise<{ statusCode: number; json(): unknown; body: string }>,
  status = 200,
): Promise<T> {
  const r = await response;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}

export const workspace = (session: Session, code = '370212') =>
  ok<Workspace>(session.request('GET', `/api/lists/${code}`));

export const catalogue = (session: Session, district = '370212') =>
  ok<Catalogue>(session.request('GET', `/api/catalogue?district=${district}`));

/** The list in force, or with `query` (e.g. `?version=1`) another version, as anyone reads it. */
export const publicList = (t: Pick<TestApp, 'anonymous'>, code = '370212', query = '') =>
  ok<PublicList>(t.anonymous('GET', `/api/public/districts/${code}/list${query}`));

/** The draft row of a proof for an administrative matter. */
export const draftRow = (ws: { draft: DraftRow[] }, name: string, matter: string) =>
  ws.draft.find((r) => r.name === name && r.administrativeMatter === matter)!;

/**
 * The body a user's form sends to amend a draft row (PUT …/items/:id): the row's terms, as the server
 * reads them off a row (they hold no dates, so the JSON row serves), changed by `set`, at its revision.
 */
export const amendBody = (row: DraftRow, set: Partial<ItemTermsInput> = {}) => ({
  ...termsInputOf(row as Omit<DraftRow, 'claimedAt' | 'updatedAt'> as DraftItemRow),
  ...set,
  revision: row.revision,
});

/** Saves a draft row's terms, changed by `set`, at the revision the row was read at. */
export const amendItem = (
  session: Session,
  row: DraftRow,
  set: Partial<ItemTermsInput> = {},
  code = '370212',
) => session.request('PUT', `/api/lists/${code}/items/${row.id}`, amendBody(row, set));

/** Publishes the draft as read at `draftRevision` (POST /api/lists/:code/versions). */
export const publish = (session: Session, draftRevision: number, note: string, code = '370212') =>
  session.request('POST', `/api/lists/${code}/versions`, { draftRevision, note });

/**
 * The body of a new item (POST …/items, or a change request's `add`): coherent online verification
 * unless `over` says otherwise, which may also set wrong values, as bad input does.
 */
export const addBody = (
  matter: { id: string },
  administrativeMatterId: string,
  over: Partial<Record<keyof ItemTermsInput, unknown>> = {},
) => ({
  certificationMatterId: matter.id,
  administrativeMatterId,
  verification: 'online',
  assistingAgencyId: null,
  timeLimitWorkingDays: 2,
  standard: '与电子证照信息一致',
  method: '通过电子证照库核查',
  disclosure: false,
  remarks: '',
  ...over,
});

/** The body of a new certification matter (POST /api/catalogue/matters), a rare one, easily verified. */
export const matterBody = (
  name: string,
  over: Partial<Record<keyof Static<typeof CertificationMatterBody>, unknown>> = {},
) => ({
  name,
  proves: '',
  legalBasis: '《测试条例》',
  issuingBody: '测试机关',
  field: '其他',
  frequency: 'low',
  difficulty: 'low',
  verifiability: 'easy',
  eLicense: false,
  exclusion: null,
  retainedReason: null,
  ...over,
});
