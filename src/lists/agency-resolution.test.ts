// LIST-3 / LIST-8: rows of a city general list or an imported sheet name agencies generically; each
// resolves to one agency of the district, or to none.
import { describe, expect, it } from 'vitest';
import { resolveAgency } from './agency-resolution.ts';

const laoshan = [
  ['崂山区人民政府办公室', '区政府办公室'],
  ['崂山区司法局', '区司法局'],
  ['崂山区行政审批服务局', '区行政审批局'],
  ['崂山区人力资源和社会保障局', '区人社局'],
  ['崂山区民政局', '区民政局'],
  ['青岛市公安局崂山分局', '公安崂山分局'],
  ['崂山区卫生健康局', '区卫健局'],
  ['崂山区教育和体育局', '区教体局'],
  ['崂山区住房和城乡建设局', '区住建局'],
  ['青岛市自然资源和规划局崂山分局', '自然资源崂山分局'],
  ['崂山区退役军人事务局', '区退役军人局'],
  ['国家税务总局青岛市崂山区税务局', '崂山区税务局'],
  ['中韩司法所', '中韩司法所'],
].map(([name, shortName], i) => ({ id: `a${i}`, name: name!, shortName: shortName! }));

const resolved = (text: string) => resolveAgency(text, laoshan)?.name;

describe('LIST-8 / LIST-3 agency resolution against the district’s agencies', () => {
  it('resolves the generic 区（市）民政部门 to 崂山区民政局, never to 人民政府办公室 (人民政府 contains 民政)', () => {
    expect(resolved('区（市）民政部门')).toBe('崂山区民政局');
    expect(resolved('民政部门')).toBe('崂山区民政局');
  });
  it('resolves generic departments of a city list', () => {
    expect(resolved('区（市）人力资源社会保障部门')).toBe('崂山区人力资源和社会保障局');
    expect(resolved('区（市）公安机关')).toBe('青岛市公安局崂山分局');
    expect(resolved('区（市）行政审批服务部门')).toBe('崂山区行政审批服务局');
    expect(resolved('区（市）不动产登记机构')).toBe('青岛市自然资源和规划局崂山分局');
    expect(resolved('区（市）退役军人事务部门')).toBe('崂山区退役军人事务局');
    expect(resolved('区（市）税务部门')).toBe('国家税务总局青岛市崂山区税务局');
    expect(resolved('区（市）司法行政部门')).toBe('崂山区司法局');
  });
  it('resolves full and short names exactly, ignoring spaces and half-width brackets', () => {
    expect(resolved('崂山区人力资源和社会保障局')).toBe('崂山区人力资源和社会保障局');
    expect(resolved('区卫健局')).toBe('崂山区卫生健康局');
    expect(resolved(' 区 人社局 ')).toBe('崂山区人力资源和社会保障局');
    expect(resolved('区(市)民政部门')).toBe('崂山区民政局');
  });
  it('answers nothing for an unknown agency, an empty cell, or a department the district lacks', () => {
    expect(resolved('崂山区海洋发展局')).toBeUndefined();
    expect(resolved('')).toBeUndefined();
    expect(resolved('   ')).toBeUndefined();
    // no 市场监督 agency in this list of agencies
    expect(resolved('区（市）市场监管部门')).toBeUndefined();
  });
  it('answers nothing when a generic name matches more than one agency', () => {
    const two = [...laoshan, { id: 'x', name: '崂山区民政局第二办公室', shortName: '民政二办' }];
    expect(resolveAgency('区（市）民政部门', two)).toBeUndefined();
  });
});
