import { useSyncExternalStore } from 'react';

const query = '(prefers-reduced-motion: reduce)';

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia(query);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
};

/**
 * Whether the visitor asked their system for less motion (WCAG 2.3.3): AntD's click wave, a glow
 * that fades for two seconds, is then switched off. (Its zooms and slides stay: AntD measures its
 * drop-down lists during them, and without them, by `motion: false` or cut short by a style sheet,
 * places them off the screen.)
 */
export const useReducedMotion = (): boolean =>
  useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
