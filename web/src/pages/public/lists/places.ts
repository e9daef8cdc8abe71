import type { Answer } from '../../../api/answers.ts';
import { usePublishedLists } from '../../../api/lists.ts';
import { useServedDistricts } from '../../../api/organisation.ts';

export type District = Answer<'/api/public/districts'>[number];

export interface Place {
  code: string;
  name: string;
  /** For a town (镇街), the district whose list it claims (LIST-3). */
  district?: District;
}

/**
 * Every place with a public list: the served districts, each followed by its towns that publish a
 * list of their own (in 山亭区 towns claim the district list in full and add local matters, LIST-3).
 */
export function usePlaces() {
  const districts = useServedDistricts();
  const published = usePublishedLists();
  const places: Place[] = (districts.data ?? []).flatMap((d) => [
    { code: d.code, name: d.name },
    ...(published.data ?? [])
      .filter((p) => p.level === 'town' && p.districtCode === d.code)
      .map((t) => ({ code: t.code, name: t.name, district: d })),
  ]);
  return { districts: districts.data, places, error: districts.error };
}
