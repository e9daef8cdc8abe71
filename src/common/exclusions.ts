import { DomainError } from '../platform/errors.ts';

/**
 * LIST-2: matters that may not use commitment (high risk, costly to correct, irreparable harm).
 * Each is a recorded category; a matter carrying one is never listed.
 */
export const exclusionCategories = {
  国家安全: 'National security',
  国家秘密: 'State secrets',
  公共安全: 'Public safety',
  金融业审慎监管: 'Financial prudential supervision',
  生态环境保护: 'Ecological and environmental protection',
  人身健康: 'Personal health',
  生命财产安全: 'Safety of life and property',
  重要涉外: 'Important foreign affairs',
} as const;
export type ExclusionCategory = keyof typeof exclusionCategories;
export const exclusionCategoryIds = Object.keys(exclusionCategories) as ExclusionCategory[];

export interface Exclusion {
  category: ExclusionCategory;
  reason: string;
}

/** The server's refusal to list an excluded matter, whatever the client sends. */
export function assertListable(matter: { name: string; exclusion: Exclusion | null }): void {
  if (!matter.exclusion) return;
  const { category, reason } = matter.exclusion;
  throw new DomainError(
    'VALIDATION',
    `“${matter.name}”涉及${category}，不适用告知承诺制，不能列入清单：${reason}`,
    `"${matter.name}" touches ${exclusionCategories[category]} and may not use commitment, so it cannot be listed: ${reason}`,
    'certificationMatterId',
    { category, reason },
  );
}
