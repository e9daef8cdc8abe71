import { describe, expect, it } from 'vitest';
import { reachesDistrict } from './access-policy.ts';
import { reachPrefix } from './within-reach.ts';

const places = ['370000', '370200', '370212', '370212001', '370400', '370406', '370406101', '370406405'];
const districts = ['370212', '370211', '370202', '370406', '370402', '371002'];

describe('ORG-2 the reach a query is narrowed to', () => {
  it('holds exactly the districts the access policy lets the actor read', () => {
    for (const jurisdictionCode of places)
      for (const district of districts)
        expect(
          district.startsWith(reachPrefix({ jurisdictionCode })),
          `${jurisdictionCode} → ${district}`,
        ).toBe(reachesDistrict({ jurisdictionCode }, district));
  });
});
