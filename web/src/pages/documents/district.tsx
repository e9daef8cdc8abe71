import { Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useServedDistricts } from '../../api/organisation.ts';
import { useAuth } from '../../lib/auth.tsx';
import { useDocumentTexts } from './texts.ts';

/** The served districts an officer above the county level (city, province) looks into. */
const prefixOf = (code: string) =>
  code.length !== 6
    ? null
    : code.endsWith('0000')
      ? code.slice(0, 2)
      : code.endsWith('00')
        ? code.slice(0, 4)
        : null;

/**
 * The district whose documents a page shows (`?district=`, else the officer's own); a city or province
 * officer picks among the served districts below them.
 */
export function useStaffDistrict() {
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const prefix = prefixOf(me!.jurisdiction.code);
  const served = useServedDistricts({ enabled: prefix !== null });
  const choices = (served.data ?? []).filter((d) => prefix && d.code.startsWith(prefix));
  const requested = params.get('district');
  const code =
    requested &&
    /^\d{6}$/.test(requested) &&
    (requested === me!.district.code || choices.some((d) => d.code === requested))
      ? requested
      : me!.district.code;
  const name = choices.find((d) => d.code === code)?.name ?? me!.district.name;
  const setCode = (next: string) =>
    setParams((current) => {
      const out = new URLSearchParams(current);
      out.set('district', next);
      return out;
    });
  return { code, name, choices, setCode, query: { district: code } };
}

/** The district picker of a city or province officer; nothing for a county officer. */
export function DistrictPicker({ district }: { district: ReturnType<typeof useStaffDistrict> }) {
  const { dt } = useDocumentTexts();
  if (district.choices.length < 2) return null;
  return (
    <Select
      aria-label={dt('common.district')}
      value={district.code}
      onChange={district.setCode}
      style={{ minWidth: 140 }}
      options={district.choices.map((d) => ({ value: d.code, label: d.name }))}
    />
  );
}
