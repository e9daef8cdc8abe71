import { useEffect, useSyncExternalStore } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Answer } from '../api/answers.ts';
import { useServedDistricts } from '../api/organisation.ts';
import { useAuth } from './auth.tsx';

export type ServedDistrict = Answer<'/api/public/districts'>[number];

/** A district as its government names it: 青岛市崂山区. */
export const fullName = (d: Pick<ServedDistrict, 'cityName' | 'name'>) => `${d.cityName}${d.name}`;

// The visitor's last district, kept across visits like a government portal's 切换地区.
const KEY = 'cn-district';
const listeners = new Set<() => void>();
const remembered = () => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};
function remember(code: string) {
  try {
    localStorage.setItem(KEY, code);
  } catch {
    // A browser that keeps nothing still shows the district the address names.
  }
  for (const listener of listeners) listener();
}
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The district an address names: `?district=`, or a list's place (a town's code starts with its district's). */
function districtInAddress(pathname: string, search: string): string | null {
  const param = new URLSearchParams(search).get('district');
  if (param && /^\d{6}$/.test(param)) return param;
  return /^\/public\/lists\/(\d{6})/.exec(pathname)?.[1] ?? null;
}

/**
 * The district the public site is about (the site is per district): the one the address names, else
 * the visitor's last choice, else their own when signed in, else the first served. Both served
 * districts stay a click away through `choose`.
 */
export function usePublicDistrict() {
  const served = useServedDistricts();
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const { me } = useAuth();
  const last = useSyncExternalStore(subscribe, remembered, () => null);
  const inAddress = districtInAddress(pathname, search);
  const find = (code: string | null | undefined) => served.data?.find((d) => d.code === code);
  const district = find(inAddress) ?? find(last) ?? find(me?.district.code) ?? served.data?.[0];
  const addressed = find(inAddress)?.code;
  useEffect(() => {
    if (addressed && addressed !== remembered()) remember(addressed);
  }, [addressed]);
  /** Shows `code` instead: the same page of that district where the page is about one district. */
  const choose = (code: string) => {
    remember(code);
    if (/^\/public\/lists\/\d+/.test(pathname)) {
      void navigate(pathname.replace(/^\/public\/lists\/\d+/, `/public/lists/${code}`));
    } else if (new URLSearchParams(search).has('district')) {
      const next = new URLSearchParams(search);
      next.set('district', code);
      void navigate(`${pathname}?${next.toString()}`);
    } else if (/^\/public\/(texts|guides)\/[^/]+$/.test(pathname)) {
      // One document belongs to one district: the other district's section instead.
      void navigate(
        `/public/${pathname.split('/')[2] === 'texts' ? 'templates' : 'guides'}?district=${code}`,
      );
    }
  };
  return { district, districts: served.data, choose };
}
