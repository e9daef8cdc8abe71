// LIST-5: each item's verification terms, and the lists derived from them.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../platform/errors.ts';
import { derivedListKindIds, derivedListKinds, deriveItems } from './derived-lists.ts';
import { assertVerificationTerms, type ListItem, type VerificationClass } from './list-item.ts';

const item = (key: string, verification: VerificationClass, disclosure = false): ListItem => ({
  key,
  name: key,
  proves: '',
  field: '其他',
  administrativeMatter: '事项',
  administrativeMatterKind: '行政许可',
  handlingAgency: '崂山区行政审批服务局',
  issuingBody: '',
  legalBasis: '',
  verification,
  assistingAgency: verification === 'assistance' ? '崂山区民政局' : null,
  timeLimitWorkingDays: verification === 'exempt' ? 0 : 3,
  standard: '',
  method: '',
  disclosure,
  remarks: '',
});

const items = [
  item('online-1', 'online', true),
  item('exempt-1', 'exempt'),
  item('assist-1', 'assistance', true),
  item('site-1', 'on-site'),
  item('online-2', 'online'),
  item('exempt-2', 'exempt', true),
];
const keys = (list: ListItem[]) => list.map((i) => i.key);

describe('LIST-5 derived lists select exactly the matching items of a version, in list order', () => {
  it('免于核查清单 holds the exempt items', () => {
    expect(keys(deriveItems('exempt', items))).toEqual(['exempt-1', 'exempt-2']);
  });
  it('线上核查清单 holds the items verified online', () => {
    expect(keys(deriveItems('online', items))).toEqual(['online-1', 'online-2']);
  });
  it('行政协助事项清单 holds the items verified by assistance, each naming who assists', () => {
    const assisted = deriveItems('assistance', items);
    expect(keys(assisted)).toEqual(['assist-1']);
    expect(assisted[0]!.assistingAgency).toBe('崂山区民政局');
  });
  it('公开告知承诺书清单 holds the items whose letters are public, whatever their verification class', () => {
    expect(keys(deriveItems('disclosure', items))).toEqual(['online-1', 'assist-1', 'exempt-2']);
  });
  it('现场核查清单 holds the items verified on site, and they appear on no other class’s list', () => {
    expect(keys(deriveItems('on-site', items))).toEqual(['site-1']);
    for (const kind of ['exempt', 'online', 'assistance', 'disclosure'] as const)
      expect(keys(deriveItems(kind, items))).not.toContain('site-1');
  });
  it('names the six public lists, 现场核查清单 and 保留清单 among them', () => {
    expect(derivedListKindIds).toEqual([
      'exempt',
      'online',
      'on-site',
      'assistance',
      'disclosure',
      'retained',
    ]);
    expect(derivedListKinds['on-site'].zh).toBe('现场核查清单');
    expect(derivedListKinds.assistance.zh).toBe('行政协助事项清单');
    expect(derivedListKinds.disclosure.zh).toBe('公开告知承诺书清单');
  });
});

const refusal = (terms: Parameters<typeof assertVerificationTerms>[0]) => {
  try {
    assertVerificationTerms(terms);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return { code: (error as DomainError).code, field: (error as DomainError).field };
  }
  return null;
};

describe('LIST-5 verification terms of one item', () => {
  it('accepts coherent terms for each class', () => {
    expect(refusal({ verification: 'online', assistingAgency: null, timeLimitWorkingDays: 1 })).toBeNull();
    expect(refusal({ verification: 'on-site', assistingAgency: null, timeLimitWorkingDays: 10 })).toBeNull();
    expect(
      refusal({ verification: 'assistance', assistingAgency: '崂山区民政局', timeLimitWorkingDays: 5 }),
    ).toBeNull();
    expect(refusal({ verification: 'exempt', assistingAgency: null, timeLimitWorkingDays: 0 })).toBeNull();
  });
  it('an assisted item must name the assisting agency', () => {
    expect(refusal({ verification: 'assistance', assistingAgency: null, timeLimitWorkingDays: 5 })).toEqual({
      code: 'VALIDATION',
      field: 'assistingAgencyId',
    });
  });
  it('only an assisted item names an assisting agency', () => {
    expect(
      refusal({ verification: 'online', assistingAgency: '崂山区民政局', timeLimitWorkingDays: 2 }),
    ).toEqual({ code: 'VALIDATION', field: 'assistingAgencyId' });
  });
  it('an exempt item has no clock (time limit 0)', () => {
    expect(refusal({ verification: 'exempt', assistingAgency: null, timeLimitWorkingDays: 3 })).toEqual({
      code: 'VALIDATION',
      field: 'timeLimitWorkingDays',
    });
  });
  it('every other class is verified within at least one working day', () => {
    for (const verification of ['online', 'on-site'] as const)
      expect(refusal({ verification, assistingAgency: null, timeLimitWorkingDays: 0 })).toEqual({
        code: 'VALIDATION',
        field: 'timeLimitWorkingDays',
      });
    expect(
      refusal({ verification: 'assistance', assistingAgency: '崂山区民政局', timeLimitWorkingDays: 0 }),
    ).toEqual({ code: 'VALIDATION', field: 'timeLimitWorkingDays' });
  });
});
