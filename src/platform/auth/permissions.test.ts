import { describe, expect, it } from 'vitest';
import { roles } from './actor.ts';
import { contains, districtOf, levelOf, parentOf } from './jurisdiction-codes.ts';
import { canAccessDistrict, isPlatformAdmin, rolePermissions } from './permissions.ts';

describe('ORG-1 division codes are hierarchical', () => {
  it.each([
    ['370000', 'province'],
    ['370200', 'city'],
    ['370212', 'county'],
    ['370406101', 'town'],
  ])('%s is a %s', (code, level) => expect(levelOf(code)).toBe(level));

  it('knows parents and containment by code structure', () => {
    expect(parentOf('370406101')).toBe('370406');
    expect(parentOf('370406')).toBe('370400');
    expect(parentOf('370400')).toBe('370000');
    expect(parentOf('370000')).toBeUndefined();
    expect(contains('370000', '370212001')).toBe(true);
    expect(contains('370200', '370212')).toBe(true);
    expect(contains('370200', '370406')).toBe(false);
    expect(contains('370212', '370212005')).toBe(true);
    expect(contains('370212001', '370212002')).toBe(false);
    expect(districtOf('370406405')).toBe('370406');
    expect(districtOf('370400')).toBeUndefined();
  });

  it('rejects what is not a division code', () => {
    expect(() => levelOf('37021')).toThrow(RangeError);
  });
});

describe('ORG-2 scope: a user reaches only the districts of their jurisdiction', () => {
  it('keeps 崂山区 and 山亭区 staff apart', () => {
    expect(canAccessDistrict({ jurisdictionCode: '370212' }, '370212')).toBe(true);
    expect(canAccessDistrict({ jurisdictionCode: '370212' }, '370406')).toBe(false);
    expect(canAccessDistrict({ jurisdictionCode: '370406101' }, '370406')).toBe(true);
    expect(canAccessDistrict({ jurisdictionCode: '370406101' }, '370212')).toBe(false);
  });

  it('lets a city oversee its own districts only, and the province all', () => {
    expect(canAccessDistrict({ jurisdictionCode: '370200' }, '370212')).toBe(true);
    expect(canAccessDistrict({ jurisdictionCode: '370200' }, '370406')).toBe(false);
    expect(canAccessDistrict({ jurisdictionCode: '370000' }, '370406')).toBe(true);
  });

  it('gives management permissions to admins only; auditors read the audit trail and change nothing', () => {
    for (const role of roles) {
      const granted: readonly string[] = rolePermissions[role];
      expect(granted.includes('organisation.manage')).toBe(role === 'admin');
      expect(granted.includes('settings.manage')).toBe(role === 'admin');
    }
    expect(rolePermissions.auditor).toContain('audit.read');
    expect(rolePermissions.applicant).not.toContain('organisation.read');
    expect(isPlatformAdmin({ role: 'admin', jurisdictionCode: '370000' })).toBe(true);
    expect(isPlatformAdmin({ role: 'admin', jurisdictionCode: '370212' })).toBe(false);
  });
});
