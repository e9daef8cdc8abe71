import { describe, expect, it } from 'vitest';
import { PLATFORM_CHAIN } from '../audit/record.ts';
import { can } from './access-policy.ts';
import type { Actor, Role } from './actor.ts';

const actor = (role: Role, jurisdictionCode: string, more: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  role,
  jurisdictionCode,
  districtCode: jurisdictionCode.slice(0, 6),
  agencyId: null,
  partyId: null,
  partyCapacity: null,
  ip: null,
  requestId: null,
  ...more,
});

const lsCase = {
  type: 'case' as const,
  districtCode: '370212',
  agencyId: 'ls-hr',
  partyId: 'party-1',
  channel: 'online' as const,
};

describe('ORG-2 one access policy', () => {
  it('a case: its applicant, staff of its district (agency staff only of its agency); nobody else', () => {
    expect(can(actor('applicant', '370212', { partyId: 'party-1' }), 'read', lsCase)).toBe(true);
    expect(can(actor('applicant', '370212', { partyId: 'party-2' }), 'read', lsCase)).toBe(false);
    expect(can(actor('case-officer', '370212', { agencyId: 'ls-hr' }), 'read', lsCase)).toBe(true);
    expect(can(actor('case-officer', '370212', { agencyId: 'ls-civil' }), 'read', lsCase)).toBe(false);
    expect(can(actor('justice-officer', '370212'), 'read', lsCase)).toBe(true);
    expect(can(actor('justice-officer', '370406'), 'read', lsCase)).toBe(false);
    expect(can(actor('auditor', '370200'), 'read', lsCase)).toBe(true); // the city oversees its districts
    expect(can(actor('auditor', '370400'), 'read', lsCase)).toBe(false);
  });

  it('a case: handled by its agency’s case officers; at the counter they act for the applicant too', () => {
    const officer = actor('case-officer', '370212', { agencyId: 'ls-hr' });
    expect(can(officer, 'handle', lsCase)).toBe(true);
    expect(can(actor('verifier', '370212', { agencyId: 'ls-hr' }), 'handle', lsCase)).toBe(false);
    expect(can(officer, 'act-for-applicant', lsCase)).toBe(false);
    expect(can(officer, 'act-for-applicant', { ...lsCase, channel: 'counter' })).toBe(true);
    expect(can(actor('verifier', '370212', { agencyId: 'ls-hr' }), 'view-personal-data', lsCase)).toBe(true);
    expect(can(actor('justice-officer', '370212'), 'view-personal-data', lsCase)).toBe(false);
  });

  it('a list: kept by the justice body of its own level only; the districts below read the city list, never keep it', () => {
    const cityList = { type: 'list' as const, jurisdictionCode: '370200', districtCode: null };
    const districtList = { type: 'list' as const, jurisdictionCode: '370212', districtCode: '370212' };
    expect(can(actor('justice-officer', '370212'), 'keep', districtList)).toBe(true);
    expect(can(actor('case-officer', '370212'), 'keep', districtList)).toBe(false);
    expect(can(actor('case-officer', '370212'), 'read', districtList)).toBe(true);
    expect(can(actor('justice-officer', '370406'), 'read', districtList)).toBe(false);
    expect(can(actor('justice-officer', '370212'), 'keep', cityList)).toBe(false);
    expect(can(actor('justice-officer', '370212'), 'read', cityList)).toBe(true);
    expect(can(actor('justice-officer', '370200'), 'keep', cityList)).toBe(true);
    expect(can(actor('justice-officer', '370406'), 'keep', cityList)).toBe(false);
  });

  it('a document: kept by its handling agency and the district justice bureau', () => {
    const text = { type: 'document' as const, districtCode: '370212', agencyId: 'ls-hr' };
    expect(can(actor('case-officer', '370212', { agencyId: 'ls-hr' }), 'keep', text)).toBe(true);
    expect(can(actor('justice-officer', '370212'), 'keep', text)).toBe(true);
    expect(can(actor('case-officer', '370212', { agencyId: 'ls-civil' }), 'keep', text)).toBe(false);
    expect(can(actor('justice-officer', '370406'), 'keep', text)).toBe(false);
  });

  it('the audit trail: a district’s chain for who reaches the district; the platform chain for the province', () => {
    expect(can(actor('auditor', '370200'), 'read', { type: 'audit-chain', chain: '370212' })).toBe(true);
    expect(can(actor('auditor', '370400'), 'read', { type: 'audit-chain', chain: '370212' })).toBe(false);
    expect(can(actor('admin', '370212'), 'read', { type: 'audit-chain', chain: PLATFORM_CHAIN })).toBe(false);
    expect(can(actor('admin', PLATFORM_CHAIN), 'read', { type: 'audit-chain', chain: PLATFORM_CHAIN })).toBe(
      true,
    );
  });

  it('jurisdictions: an admin manages what lies within their own', () => {
    expect(
      can(actor('admin', '370212'), 'manage', { type: 'jurisdiction', jurisdictionCode: '370212001' }),
    ).toBe(true);
    expect(
      can(actor('admin', '370212'), 'manage', { type: 'jurisdiction', jurisdictionCode: '370406' }),
    ).toBe(false);
  });
});
