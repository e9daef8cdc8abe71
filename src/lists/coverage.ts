import { keyFields, type ListItem, verificationClassIds } from '../common/list-item.ts';

export interface CatalogueMatter {
  name: string;
  field: string;
  eLicense: boolean;
  exclusion: unknown;
  retainedReason?: string | null;
}

/**
 * LIST-2 dashboard figures: matters verifiable through the e-license library that are not listed yet
 * ("should adopt commitment"), coverage of the fields pushed first, and items whose terms are incomplete.
 */
export function listCoverage(matters: readonly CatalogueMatter[], items: readonly ListItem[]) {
  const listed = new Set(items.map((i) => i.name));
  return {
    shouldAdopt: matters.filter((m) => m.eLicense && !m.exclusion && !listed.has(m.name)).map((m) => m.name),
    fields: keyFields.map((field) => {
      // Excluded and deliberately retained proofs are not candidates for commitment.
      const inField = matters.filter((m) => m.field === field && !m.exclusion && !m.retainedReason);
      const covered = inField.filter((m) => listed.has(m.name)).length;
      return {
        field,
        matters: inField.length,
        listed: covered,
        items: items.filter((i) => i.field === field).length,
        share: inField.length === 0 ? null : covered / inField.length,
      };
    }),
    byVerification: Object.fromEntries(
      verificationClassIds.map((c) => [c, items.filter((i) => i.verification === c).length]),
    ) as Record<(typeof verificationClassIds)[number], number>,
    disclosed: items.filter((i) => i.disclosure).length,
    incomplete: items
      .filter((i) => i.verification !== 'exempt' && (!i.standard || !i.method))
      .map((i) => ({ key: i.key, name: i.name, administrativeMatter: i.administrativeMatter })),
    excluded: matters.filter((m) => m.exclusion).length,
  };
}
