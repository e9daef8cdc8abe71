// LIST-2: matters that should use commitment, exclusions, and coverage of the fields pushed first.
import { describe, expect, it } from 'vitest';
import { assertListable, exclusionCategoryIds } from '../common/exclusions.ts';
import { keyFields, type ListItem } from '../common/list-item.ts';
import { DomainError } from '../platform/errors.ts';
import { type CatalogueMatter, listCoverage } from './coverage.ts';

const matter = (
  name: string,
  field: string,
  eLicense = false,
  exclusion: unknown = null,
): CatalogueMatter => ({
  name,
  field,
  eLicense,
  exclusion,
});
const item = (name: string, field: string, over: Partial<ListItem> = {}): ListItem => ({
  key: `${name}-${over.administrativeMatter ?? 'm'}`,
  name,
  proves: '',
  field,
  administrativeMatter: 'm',
  administrativeMatterKind: '其他',
  handlingAgency: 'a',
  issuingBody: '',
  legalBasis: '',
  verification: 'online',
  assistingAgency: null,
  timeLimitWorkingDays: 2,
  standard: 's',
  method: 'm',
  disclosure: false,
  remarks: '',
  ...over,
});

const matters = [
  matter('营业执照', '市场主体准营', true),
  matter('医疗机构执业许可证', '市场主体准营', true),
  matter('机动车驾驶证', '其他', true),
  matter('特种设备定期检验合格证明', '其他', true, { category: '生命财产安全', reason: 'r' }),
  matter('婚姻状况证明', '户籍管理'),
  matter('居住证明', '户籍管理'),
  matter('放射诊疗设备检测合格证明', '健康体检', false, { category: '人身健康', reason: 'r' }),
];
const items = [
  item('营业执照', '市场主体准营'),
  item('营业执照', '市场主体准营', { administrativeMatter: 'n', disclosure: true }),
  item('婚姻状况证明', '户籍管理', { verification: 'exempt', timeLimitWorkingDays: 0, standard: '' }),
  item('居住证明', '户籍管理', { verification: 'on-site', method: '' }),
];

describe('LIST-2 should-adopt: e-license matters not listed yet', () => {
  it('flags e-license matters that are not on the list, and neither listed nor excluded ones', () => {
    expect(listCoverage(matters, items).shouldAdopt).toEqual(['医疗机构执业许可证', '机动车驾驶证']);
  });
  it('drops a matter from the flags once it is listed', () => {
    expect(listCoverage(matters, [...items, item('机动车驾驶证', '其他')]).shouldAdopt).toEqual([
      '医疗机构执业许可证',
    ]);
  });
});

describe('LIST-2 coverage of the key fields of LIST-1', () => {
  const coverage = listCoverage(matters, items);
  const field = (name: string) => coverage.fields.find((f) => f.field === name)!;
  it('reports each key field, in order', () => {
    expect(coverage.fields.map((f) => f.field)).toEqual([...keyFields]);
  });
  it('counts matters listed out of the eligible matters of the field, and the items in it', () => {
    expect(field('市场主体准营')).toEqual({
      field: '市场主体准营',
      matters: 2,
      listed: 1,
      items: 2,
      share: 0.5,
    });
    expect(field('户籍管理')).toEqual({ field: '户籍管理', matters: 2, listed: 2, items: 2, share: 1 });
  });
  it('leaves excluded matters out of the field’s count, and answers no share for an empty field', () => {
    expect(field('健康体检')).toEqual({ field: '健康体检', matters: 0, listed: 0, items: 0, share: null });
    expect(coverage.excluded).toBe(2);
  });
  it('counts items by verification class and disclosure, and names items with incomplete terms', () => {
    expect(coverage.byVerification).toEqual({ online: 2, 'on-site': 1, assistance: 0, exempt: 1 });
    expect(coverage.disclosed).toBe(1);
    // the exempt item needs no standard; the on-site one lacks its method
    expect(coverage.incomplete.map((i) => i.name)).toEqual(['居住证明']);
  });
});

describe('LIST-2 exclusions: a matter carrying a category is never listed', () => {
  it('records the eight categories of the SPEC', () => {
    expect(exclusionCategoryIds).toEqual([
      '国家安全',
      '国家秘密',
      '公共安全',
      '金融业审慎监管',
      '生态环境保护',
      '人身健康',
      '生命财产安全',
      '重要涉外',
    ]);
  });
  it('refuses an excluded matter naming certificationMatterId, the category and the reason', () => {
    let error: unknown;
    try {
      assertListable({
        name: '特种设备定期检验合格证明',
        exclusion: { category: '生命财产安全', reason: '难以挽回' },
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      field: 'certificationMatterId',
      details: { category: '生命财产安全', reason: '难以挽回' },
    });
    expect((error as DomainError).messageZh).toContain('生命财产安全');
    expect((error as DomainError).messageEn).toContain('Safety of life and property');
  });
  it('lets a matter without exclusion through', () => {
    expect(() => assertListable({ name: '营业执照', exclusion: null })).not.toThrow();
  });
});
