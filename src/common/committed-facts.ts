import { invalid } from '../platform/errors.ts';
import {
  type CommittedFacts,
  type FactDefinition,
  factDefinition,
  type MatterFacts,
} from './shared-records.ts';

/** A fact as the application form asks it: its definition with the matter's requirement and bounds. */
export interface AskedFact extends FactDefinition {
  required: boolean;
  min?: number;
}

/** VER-2/CASE-1: the facts a matter's commitment asks for, in the form's order. */
export const askedFacts = (matterFacts: MatterFacts | null | undefined): AskedFact[] =>
  (matterFacts?.facts ?? []).flatMap((f) => {
    const definition = factDefinition(matterFacts!.recordType, f.key);
    return definition
      ? [{ ...definition, required: f.required, ...(f.min === undefined ? {} : { min: f.min }) }]
      : [];
  });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One value checked against its fact; answers the value as stored, or the reason it is refused. */
function checkValue(
  fact: AskedFact,
  raw: string | number,
): { value: string | number } | { zh: string; en: string } {
  const text = String(raw).trim();
  switch (fact.type) {
    case 'integer':
    case 'year': {
      const n = Number(text);
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(n))
        return { zh: '须填写整数', en: 'must be a whole number' };
      if (fact.type === 'year' && (n < 1950 || n > 2100))
        return { zh: '年份不正确', en: 'is not a plausible year' };
      if (fact.min !== undefined && n < fact.min)
        return { zh: `不得少于 ${fact.min}`, en: `must be at least ${fact.min}` };
      return { value: n };
    }
    case 'date':
      if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text)))
        return { zh: '须为日期（年-月-日）', en: 'must be a date (YYYY-MM-DD)' };
      return { value: text };
    case 'choice':
      if (!fact.choices?.includes(text))
        return {
          zh: `须为 ${fact.choices?.join('、')} 之一`,
          en: `must be one of ${fact.choices?.join(', ')}`,
        };
      return { value: text };
    case 'identifier':
      if (!/^[0-9A-Z]{15,18}$/i.test(text))
        return { zh: '证件号码格式不正确', en: 'is not a valid identifier' };
      return { value: text.toUpperCase() };
    default:
      if (text.length > 200) return { zh: '不能超过 200 个字', en: 'must not exceed 200 characters' };
      return { value: text };
  }
}

/**
 * CASE-1: the facts an applicant commits to, checked against what the matter declares (required ones
 * present, each of its type); unknown facts are refused. `field` names the request's place for errors.
 */
export function checkCommittedFacts(
  matterFacts: MatterFacts | null | undefined,
  given: CommittedFacts | null | undefined,
  field: string,
): CommittedFacts | null {
  const asked = askedFacts(matterFacts);
  if (asked.length === 0) return null;
  const values = given ?? {};
  const unknown = Object.keys(values).find((key) => !asked.some((f) => f.key === key));
  if (unknown)
    throw invalid(
      `${field}.${unknown}`,
      `承诺事实「${unknown}」不属于本证明事项`,
      `"${unknown}" is not a fact of this proof`,
    );
  const checked: CommittedFacts = {};
  for (const fact of asked) {
    const raw = values[fact.key];
    if (raw === undefined || String(raw).trim() === '') {
      if (fact.required)
        throw invalid(
          `${field}.${fact.key}`,
          `请填写承诺事实「${fact.label}」`,
          `Fill in the committed fact "${fact.labelEn}"`,
        );
      continue;
    }
    const result = checkValue(fact, raw);
    if ('zh' in result)
      throw invalid(
        `${field}.${fact.key}`,
        `承诺事实「${fact.label}」${result.zh}`,
        `The committed fact "${fact.labelEn}" ${result.en}`,
      );
    checked[fact.key] = result.value;
  }
  return checked;
}

/** The facts as the commitment text quotes them: 「毕业院校：青岛大学」… in the matter's order. */
export const quotedFacts = (
  matterFacts: MatterFacts | null | undefined,
  facts: CommittedFacts | null | undefined,
) =>
  askedFacts(matterFacts)
    .filter((f) => facts?.[f.key] !== undefined)
    .map((f) => ({ label: f.label, value: String(facts![f.key]) }));

/** LIST-1/VER-2: a matter's declaration names only facts its record type has, each once. */
export function checkMatterFacts(matterFacts: MatterFacts | null): MatterFacts | null {
  if (!matterFacts) return null;
  matterFacts.facts.forEach((f, index) => {
    const field = `facts.facts[${index}].key`;
    if (!factDefinition(matterFacts.recordType, f.key))
      throw invalid(
        field,
        `「${f.key}」不是该类共享数据的事实`,
        `"${f.key}" is not a fact of this record type`,
      );
    if (matterFacts.facts.findIndex((g) => g.key === f.key) !== index)
      throw invalid(field, `事实「${f.key}」重复`, `The fact "${f.key}" is named twice`);
  });
  return matterFacts;
}
