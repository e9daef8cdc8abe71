import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JurisdictionLevel } from '../platform/auth/jurisdiction-codes.ts';
import { projectRoot } from '../platform/config.ts';

interface RegionFile {
  province: { code: string; name: string };
  cities: {
    code: string;
    name: string;
    counties: { code: string; name: string; towns: { code: string; name: string }[] }[];
  }[];
}

export interface ReferenceRegion {
  code: string;
  name: string;
  level: JurisdictionLevel;
  parentCode: string | null;
}

let index: Map<string, ReferenceRegion> | undefined;

/** The official Shandong division codes (NBS 2023) shipped in `reference/`, by code. */
export function referenceRegions(): Map<string, ReferenceRegion> {
  if (index) return index;
  const file = JSON.parse(
    readFileSync(path.join(projectRoot, 'reference/regions-shandong.json'), 'utf8'),
  ) as RegionFile;
  const map = new Map<string, ReferenceRegion>();
  map.set(file.province.code, { ...file.province, level: 'province', parentCode: null });
  for (const city of file.cities) {
    map.set(city.code, { code: city.code, name: city.name, level: 'city', parentCode: file.province.code });
    for (const county of city.counties) {
      map.set(county.code, { code: county.code, name: county.name, level: 'county', parentCode: city.code });
      for (const town of county.towns) {
        map.set(town.code, { code: town.code, name: town.name, level: 'town', parentCode: county.code });
      }
    }
  }
  index = map;
  return map;
}

/** A district and every level above and below it, as the jurisdiction tree needs them. */
export function regionsOfDistrict(districtCode: string): ReferenceRegion[] {
  const all = referenceRegions();
  const district = all.get(districtCode);
  if (district?.level !== 'county') return [];
  const city = all.get(district.parentCode!)!;
  const province = all.get(city.parentCode!)!;
  const towns = [...all.values()].filter((r) => r.parentCode === districtCode);
  return [province, city, district, ...towns];
}
