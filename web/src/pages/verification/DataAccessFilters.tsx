import { type RecordType, recordTypeIds, recordTypes } from '@common/shared-records.ts';
import { Button, DatePicker, Select } from 'antd';
import dayjs from 'dayjs';
import { useAgencies } from '../../api/organisation.ts';
import { type DataAccessFilter, dataAccessWorkbook } from '../../api/verification.ts';
import { dayParam, useAddressParams } from '../../lib/address-params.ts';
import type { DataAccessEntry } from './model.ts';
import { useVerificationTexts } from './texts.ts';

const answers: DataAccessEntry['answered'][] = ['found', 'not-found', 'failed'];
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);
/** Filters to set (a value) or clear (undefined), together: a period changes both its ends at once. */
type Change = { [K in keyof DataAccessFilter]?: string };

/** VER-8: the log's filters, kept in the address (a filtered view can be shared and reloaded). */
export function useDataAccessFilter(): [DataAccessFilter, (change: Change) => void] {
  const [params, set] = useAddressParams();
  const filter: DataAccessFilter = {
    from: dayParam(params.get('from')),
    to: dayParam(params.get('to')),
    recordType: oneOf<RecordType>(recordTypeIds, params.get('recordType')),
    answered: oneOf(answers, params.get('answered')),
    agency: params.get('agency') || undefined,
  };
  return [filter, set];
}

/** Period, data type, result and (for those who oversee the whole district) the asking agency. */
export function DataAccessFilters({
  filter,
  set,
  districtWide,
}: {
  filter: DataAccessFilter;
  set: (change: Change) => void;
  districtWide: boolean;
}) {
  const { vt, language } = useVerificationTexts();
  const agencies = useAgencies(undefined, { enabled: districtWide });
  return (
    <div className="cn-case-toolbar" data-testid="data-access-filters">
      <DatePicker.RangePicker
        aria-label={vt('log.period')}
        value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
        }
      />
      <Select<RecordType>
        allowClear
        aria-label={vt('log.col.recordType')}
        placeholder={vt('log.allTypes')}
        className="cn-ver-filter"
        value={filter.recordType}
        onChange={(v) => set({ recordType: v })}
        options={recordTypeIds.map((t) => ({ value: t, label: recordTypes[t][language] }))}
      />
      <Select<DataAccessEntry['answered']>
        allowClear
        aria-label={vt('log.col.answered')}
        placeholder={vt('log.allAnswers')}
        className="cn-ver-filter"
        value={filter.answered}
        onChange={(v) => set({ answered: v })}
        options={answers.map((a) => ({ value: a, label: vt(`log.answered.${a}`) }))}
      />
      {districtWide && (
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={vt('log.col.agency')}
          placeholder={vt('log.allAgencies')}
          className="cn-ver-filter-wide"
          value={filter.agency}
          onChange={(v) => set({ agency: v })}
          options={(agencies.data ?? []).map((a) => ({ value: a.name, label: a.name }))}
        />
      )}
    </div>
  );
}

/** The queries the filter shows, as an .xlsx workbook (the server names the file). */
export function DataAccessExport({ filter }: { filter: DataAccessFilter }) {
  const { vt } = useVerificationTexts();
  return (
    <Button href={dataAccessWorkbook(filter)} download data-testid="data-access-export">
      {vt('log.export')}
    </Button>
  );
}
