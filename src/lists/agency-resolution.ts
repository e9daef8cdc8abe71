/** An agency as list rows name it: by full name, short name, or the generic department a city list uses. */
export interface NamedAgency {
  id: string;
  name: string;
  shortName: string;
}

/**
 * City general lists name departments generically (区（市）人力资源社会保障部门, 公安机关); each stem
 * here is what the district's own agency name contains (民政局, not 民政: 人民政府 contains 民政).
 */
const departmentStems: [RegExp, string][] = [
  [/人力资源(和)?社会保障/, '人力资源'],
  [/民政/, '民政局'],
  [/公安/, '公安'],
  [/卫生健康|卫健/, '卫生健康'],
  [/教育/, '教育'],
  [/住房(和)?城乡建设|住建/, '住房'],
  [/不动产登记|自然资源/, '自然资源'],
  [/司法行政|司法局/, '司法局'],
  [/行政审批/, '行政审批'],
  [/退役军人/, '退役军人'],
  [/市场监督|市场监管/, '市场监督'],
  [/医疗保障|医保/, '医疗保障'],
  [/交通运输/, '交通运输'],
  [/税务/, '税务'],
];

const normalise = (text: string) => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The agency a row's text names, or undefined when none (or more than one) matches. */
export function resolveAgency<A extends NamedAgency>(text: string, agencies: readonly A[]): A | undefined {
  const wanted = normalise(text);
  if (!wanted) return undefined;
  const exact = agencies.find((a) => normalise(a.name) === wanted || normalise(a.shortName) === wanted);
  if (exact) return exact;
  const stem = departmentStems.find(([pattern]) => pattern.test(wanted))?.[1];
  if (!stem) return undefined;
  const matches = agencies.filter((a) => a.name.includes(stem));
  return matches.length === 1 ? matches[0] : undefined;
}
