import { eq } from 'drizzle-orm';
import { publishedGuides } from '../documents/index.ts';
import { type ListItem, listInForce } from '../lists/index.ts';
import { districtSettings } from '../organisation/index.ts';
import type { AppDb } from '../platform/db/database.ts';
import { DomainError, invalid } from '../platform/errors.ts';
import { normalise, rank, searchWords } from './search-terms.ts';

/** At most this many hits of each kind are listed (with the total found). */
export const SEARCH_LIMIT = 20;

interface Indexed<T> {
  entry: T;
  title: string;
  rest: string;
}

interface MatterEntry {
  name: string;
  kind: string;
  handlingAgencies: string[];
  itemCount: number;
}

interface VersionIndex {
  items: Indexed<ListItem>[];
  matters: Indexed<MatterEntry>[];
}

// A published version never changes, so what is searched of it is built once per version.
const indexes = new Map<string, VersionIndex>();
const INDEX_LIMIT = 32;

function indexOf(versionId: string, items: ListItem[]): VersionIndex {
  const cached = indexes.get(versionId);
  if (cached) return cached;
  const matters = new Map<string, MatterEntry>();
  for (const item of items) {
    const matter = matters.get(item.administrativeMatter) ?? {
      name: item.administrativeMatter,
      kind: item.administrativeMatterKind,
      handlingAgencies: [],
      itemCount: 0,
    };
    matter.itemCount += 1;
    if (!matter.handlingAgencies.includes(item.handlingAgency))
      matter.handlingAgencies.push(item.handlingAgency);
    matters.set(matter.name, matter);
  }
  const index: VersionIndex = {
    items: items.map((item) => ({
      entry: item,
      title: normalise(item.name),
      rest: normalise(
        [item.proves, item.administrativeMatter, item.handlingAgency, item.issuingBody, item.field].join(
          '\n',
        ),
      ),
    })),
    matters: [...matters.values()].map((matter) => ({
      entry: matter,
      title: normalise(matter.name),
      rest: normalise([matter.kind, ...matter.handlingAgencies].join('\n')),
    })),
  };
  if (indexes.size >= INDEX_LIMIT) indexes.delete(indexes.keys().next().value!);
  indexes.set(versionId, index);
  return index;
}

/**
 * The portal's search of one district (issue 17): the administrative matters and list items of the
 * list in force, and the published service guides — published data only, what anyone may read.
 */
export async function searchDistrict(options: { db: AppDb; now: Date; districtCode: string; query: string }) {
  const { db, districtCode } = options;
  const words = searchWords(options.query);
  if (words.length === 0)
    throw invalid('querystring.q', '请输入要搜索的关键词', 'Enter a word to search for');
  const [served] = await db
    .select({ code: districtSettings.districtCode })
    .from(districtSettings)
    .where(eq(districtSettings.districtCode, districtCode));
  if (!served) throw new DomainError('NOT_FOUND', '本平台未开通该区县', 'This district is not served');
  const [list, guides] = await Promise.all([
    listInForce(db, { jurisdictionCode: districtCode, districtCode }, options.now),
    publishedGuides(db, districtCode),
  ]);
  const index = list ? indexOf(list.id, list.items) : { items: [], matters: [] };
  const guideOf = new Map(guides.map((g) => [g.name, g.id]));
  const matters = rank(index.matters, words, (m) => m, SEARCH_LIMIT);
  const items = rank(index.items, words, (i) => i, SEARCH_LIMIT);
  const foundGuides = rank(
    guides,
    words,
    (g) => ({ title: normalise(g.name), rest: normalise(g.title) }),
    SEARCH_LIMIT,
  );
  return {
    districtCode,
    q: words.join(' '),
    listVersion: list?.versionNo ?? null,
    limit: SEARCH_LIMIT,
    matters: {
      total: matters.total,
      hits: matters.hits.map(({ entry }) => ({ ...entry, guideId: guideOf.get(entry.name) ?? null })),
    },
    items: {
      total: items.total,
      hits: items.hits.map(({ entry: item }) => ({
        key: item.key,
        name: item.name,
        administrativeMatter: item.administrativeMatter,
        handlingAgency: item.handlingAgency,
        verification: item.verification,
      })),
    },
    guides: {
      total: foundGuides.total,
      hits: foundGuides.hits.map((g) => ({ id: g.id, name: g.name, title: g.title, version: g.version })),
    },
  };
}
