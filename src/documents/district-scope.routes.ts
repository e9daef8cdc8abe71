// ORG-2 for the routes of documents (format texts, work rules, service guides, filings, stored PDFs):
// what each route is probed with. Run by district-scope.api.test.ts; the coverage test in
// platform/http checks that every route has its entry.
import { expect } from 'vitest';
import { LS_STAFF, type Prober, ST_STAFF } from '../../tests/support/district-scope/actors.ts';
import { byEach, notFound, type Probe, type RouteCase } from '../../tests/support/district-scope/probes.ts';
import { type DocumentMarks, documentsState, type World } from '../../tests/support/district-scope/world.ts';

/** The documents routes' check afterwards: no draft, version or filing changed (platform admin's view). */
async function documentsUnchanged(world: World) {
  expect(await documentsState(world)).toEqual(world.documentsBefore);
}

/** Each district's staff (and their city's) against the other district's documents: `make` the probe. */
const againstOther = (
  w: World,
  probers: { ls: readonly Prober[]; st: readonly Prober[] },
  make: (as: Prober, target: DocumentMarks, own: DocumentMarks) => Probe[],
): Probe[] => [
  ...probers.ls.flatMap((as) => make(as, w.docs.st, w.docs.ls)),
  ...probers.st.flatMap((as) => make(as, w.docs.ls, w.docs.st)),
];
/** Those who keep documents: the justice bureaus, the agencies' case officers, and the bureaus above. */
const KEEPERS = {
  ls: ['ls-justice', 'ls-case-officer', 'qd-justice'],
  st: ['st-justice', 'st-case-officer', 'zz-justice', 'st-dianzi-justice', 'st-dianzi-officer'],
} as const;
const textPath = (target: DocumentMarks, district: string, suffix = '') =>
  `/api/documents/texts/${target.item.key}/notice${suffix}?district=${district}`;
const guidePath = (target: DocumentMarks, district: string, suffix = '') =>
  `/api/documents/guides/${target.guide.id}${suffix}?district=${district}`;

export const routes: RouteCase[] = [
  {
    method: 'GET',
    path: '/api/documents/texts',
    rule: 'the texts dashboard (DOC-3) of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/texts?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/texts?district=370212', 404),
      ...byEach(LS_STAFF, '/api/documents/texts?district=370212', 'clean'),
      ...byEach(ST_STAFF, '/api/documents/texts?district=370406', 'clean'),
    ],
  },
  {
    method: 'GET',
    path: '/api/documents/texts/{itemKey}/{kind}',
    rule: 'a text of an item of another district’s list is not found, whichever district the query names',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target, own) => [
        notFound(as, textPath(target, target.district)),
        notFound(as, textPath(target, own.district)),
      ]),
      { as: 'ls-case-officer', url: textPath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'qd-justice', url: textPath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'st-case-officer', url: textPath(w.docs.st, '370406'), expect: 'clean' },
      { as: 'st-dianzi-justice', url: textPath(w.docs.st, '370406'), expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/texts/{itemKey}/{kind}',
    rule: 'only a text of the actor’s own district is saved; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, textPath(target, district), {
            text: target.item.text,
            revision: target.item.revision,
          }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/texts/{itemKey}/{kind}/publication',
    rule: 'only a text of the actor’s own district is published; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, textPath(target, district, '/publication'), { revision: target.item.revision }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/work-rule',
    rule: 'the work rule of a district the actor reaches; another district’s is not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/work-rule?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/work-rule?district=370212', 404),
      ...byEach(
        ['ls-justice', 'qd-justice', 'ls-auditor'],
        '/api/documents/work-rule?district=370212',
        'clean',
      ),
      ...byEach(
        ['st-justice', 'zz-justice', 'st-dianzi-justice'],
        '/api/documents/work-rule?district=370406',
        'clean',
      ),
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/work-rule',
    rule: 'only the district’s own justice bureau saves its rule; to another district it is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target) => [
        notFound(as, `/api/documents/work-rule?district=${target.district}`, {
          rule: target.rule.rule,
          revision: target.rule.revision,
        }),
      ]),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/work-rule/publication',
    rule: 'only the district’s own justice bureau publishes its rule; to another district it is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target) => [
        notFound(as, `/api/documents/work-rule/publication?district=${target.district}`, {
          revision: target.rule.revision,
        }),
      ]),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/guides',
    rule: 'the guides of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/guides?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/guides?district=370212', 404),
      ...byEach(['ls-case-officer', 'qd-justice'], '/api/documents/guides?district=370212', 'clean'),
      ...byEach(['st-case-officer', 'st-dianzi-officer'], '/api/documents/guides?district=370406', 'clean'),
    ],
  },
  {
    method: 'GET',
    path: '/api/documents/guides/{id}',
    rule: 'a guide of another district’s matter is not found, whichever district the query names',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target, own) => [
        notFound(as, guidePath(target, target.district)),
        notFound(as, guidePath(target, own.district)),
      ]),
      { as: 'ls-justice', url: guidePath(w.docs.ls, '370212'), expect: 'clean' },
      { as: 'st-justice', url: guidePath(w.docs.st, '370406'), expect: 'clean' },
    ],
  },
  {
    method: 'PUT',
    path: '/api/documents/guides/{id}',
    rule: 'only a guide of the actor’s own district is saved; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, guidePath(target, district), {
            guide: target.guide.guide,
            revision: target.guide.revision,
          }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'POST',
    path: '/api/documents/guides/{id}/publication',
    rule: 'only a guide of the actor’s own district is published; another district’s is not found',
    probes: (w) =>
      againstOther(w, KEEPERS, (as, target, own) =>
        [target.district, own.district].map((district) =>
          notFound(as, guidePath(target, district, '/publication'), { revision: target.guide.revision }),
        ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/filings',
    rule: 'the document filings of a district the actor reaches; another district’s are not found',
    probes: () => [
      ...byEach(LS_STAFF, '/api/documents/filings?district=370406', 404),
      ...byEach(ST_STAFF, '/api/documents/filings?district=370212', 404),
      ...byEach(
        ['ls-justice', 'qd-justice', 'ls-case-officer'],
        '/api/documents/filings?district=370212',
        'clean',
      ),
      ...byEach(
        ['st-justice', 'zz-justice', 'st-dianzi-justice'],
        '/api/documents/filings?district=370406',
        'clean',
      ),
    ],
  },
  {
    method: 'POST',
    path: '/api/documents/filings/{id}/receipt',
    rule: 'a filing of another district is not found, also by the bureau above that district',
    probes: (w) =>
      againstOther(
        w,
        { ls: ['ls-justice', 'qd-justice'], st: ['st-justice', 'zz-justice', 'st-dianzi-justice'] },
        (as, target) =>
          [target.filing, target.ruleFiling].map((f) =>
            notFound(as, `/api/documents/filings/${f.id}/receipt`, { revision: f.revision }),
          ),
      ),
    unchanged: documentsUnchanged,
  },
  {
    method: 'GET',
    path: '/api/documents/stored/{id}/verification',
    rule: 'a stored document of another district is not found',
    probes: (w) => [
      ...againstOther(w, { ls: LS_STAFF, st: ST_STAFF }, (as, target) => [
        notFound(as, `/api/documents/stored/${target.stored}/verification`),
      ]),
      {
        as: 'ls-case-officer',
        url: `/api/documents/stored/${w.docs.ls.stored}/verification`,
        expect: 'clean',
      },
      {
        as: 'st-dianzi-justice',
        url: `/api/documents/stored/${w.docs.st.stored}/verification`,
        expect: 'clean',
      },
    ],
  },
];
