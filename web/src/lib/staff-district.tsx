import { Select, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useServedDistricts } from '../api/organisation.ts';
import { useAuth } from './auth.tsx';
import { useT } from './i18n.ts';

export interface StaffDistrict {
  code: string;
  name: string;
  /** The served districts a city's or the province's officer picks among (none below the city). */
  choices: { code: string; name: string }[];
  setCode: (next: string) => void;
}

/**
 * The served district a staff page shows. Below the city: the officer's own. A city's or the
 * province's officer picks among the served districts within reach (`?district=`); without a pick,
 * their own district if it is one of them, else the first — the province's own place (370000) is no
 * served district and no page answers for it. Null while the served districts load.
 */
export function useStaffDistrict(): StaffDistrict | null {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const { code: own, level } = me!.jurisdiction;
  const above = level === 'city' || level === 'province';
  const served = useServedDistricts({ enabled: above });
  const setCode = (next: string) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      out.set('district', next);
      return out;
    });
  const home = { code: me!.district.code, name: me!.district.name, choices: [], setCode };
  if (!above || served.error) return home;
  if (!served.data) return null;
  const prefix = own.slice(0, level === 'province' ? 2 : 4);
  const choices = served.data
    .filter((d) => d.code.startsWith(prefix))
    .map(({ code, name }) => ({ code, name }));
  const picked =
    choices.find((d) => d.code === params.get('district')) ??
    choices.find((d) => d.code === me!.district.code) ??
    choices[0];
  return picked ? { ...picked, choices, setCode } : home;
}

/** Renders a page once its district is known (a skeleton while the served districts load). */
export function WithStaffDistrict({ children }: { children: (district: StaffDistrict) => ReactNode }) {
  const district = useStaffDistrict();
  return district ? children(district) : <Skeleton active />;
}

/** The district picker of a city's or the province's officer, by name; nothing when there is no choice. */
export function DistrictPicker({ district }: { district: StaffDistrict }) {
  const { t } = useT();
  if (district.choices.length < 2) return null;
  return (
    <Select
      aria-label={t('common.district')}
      value={district.code}
      onChange={district.setCode}
      style={{ minWidth: 140 }}
      options={district.choices.map((d) => ({ value: d.code, label: d.name }))}
    />
  );
}
