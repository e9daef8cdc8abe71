import { Type } from '@sinclair/typebox';
import { verificationClassIds } from '../common/list-item.ts';
import { DistrictParam } from '../platform/http/schemas.ts';

// What the portal's routes are sent and answer (the contract the web client is generated from).

export { DistrictParam };
export const GetPublicDistrictsByCodeSearchQuery = Type.Object(
  {
    q: Type.String({
      minLength: 1,
      maxLength: 50,
      description: 'words to find (all of them), in matters, list items and guides',
    }),
  },
  { additionalProperties: false },
);

const hits = <T extends ReturnType<typeof Type.Object>>(hit: T) =>
  Type.Object({
    total: Type.Integer({ description: 'all that match; at most `limit` are listed' }),
    hits: Type.Array(hit),
  });

export const SearchMatter = Type.Object({
  name: Type.String({ description: '行政事项名称' }),
  kind: Type.String(),
  handlingAgencies: Type.Array(Type.String()),
  itemCount: Type.Integer({ description: 'proofs of the matter under commitment in the list in force' }),
  guideId: Type.Union([Type.String(), Type.Null()], { description: 'its published service guide' }),
});
export const SearchItem = Type.Object({
  key: Type.String({ description: 'the list item, stable across versions' }),
  name: Type.String({ description: '证明名称' }),
  administrativeMatter: Type.String(),
  handlingAgency: Type.String(),
  verification: Type.Union(verificationClassIds.map((v) => Type.Literal(v))),
});
export const SearchGuide = Type.Object({
  id: Type.String(),
  name: Type.String({ description: 'the administrative matter it guides' }),
  title: Type.String(),
  version: Type.Integer(),
});

export const GetPublicDistrictsByCodeSearchResponse = Type.Object({
  districtCode: Type.String(),
  q: Type.String({ description: 'the words searched, as normalised' }),
  listVersion: Type.Union([Type.Integer(), Type.Null()], {
    description: 'the version of the list in force searched; null when none is published',
  }),
  limit: Type.Integer(),
  matters: hits(SearchMatter),
  items: hits(SearchItem),
  guides: hits(SearchGuide),
});
