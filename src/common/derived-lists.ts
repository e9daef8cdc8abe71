import type { ListItem } from './list-item.ts';

/** LIST-5: the lists derived from each item's verification class and disclosure flag, and LIST-4's 保留清单. */
export const derivedListKinds = {
  exempt: { zh: '免于核查清单', en: 'Exempt from verification' },
  online: { zh: '线上核查清单', en: 'Verified online' },
  'on-site': { zh: '现场核查清单', en: 'Verified on site' },
  assistance: { zh: '行政协助事项清单', en: 'Administrative assistance' },
  disclosure: { zh: '公开告知承诺书清单', en: 'Commitment letters made public' },
  retained: { zh: '保留证明事项清单', en: 'Proofs retained' },
} as const;
export type DerivedListKind = keyof typeof derivedListKinds;
export const derivedListKindIds = Object.keys(derivedListKinds) as DerivedListKind[];

const selectors: Record<Exclude<DerivedListKind, 'retained'>, (item: ListItem) => boolean> = {
  exempt: (item) => item.verification === 'exempt',
  online: (item) => item.verification === 'online',
  'on-site': (item) => item.verification === 'on-site',
  assistance: (item) => item.verification === 'assistance',
  disclosure: (item) => item.disclosure,
};

/** The items of a version that belong on a derived list (the retained list is kept beside, not derived). */
export function deriveItems(
  kind: Exclude<DerivedListKind, 'retained'>,
  items: readonly ListItem[],
): ListItem[] {
  return items.filter(selectors[kind]);
}
