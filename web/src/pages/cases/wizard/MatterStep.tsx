import { Col, Descriptions, Row, Select, Skeleton } from 'antd';
import type { Dispatch } from 'react';
import { useAuth } from '../../../lib/auth.tsx';
import { formatDate } from '../../../lib/dates.ts';
import { newIdempotencyKey } from '../model.ts';
import { useCaseTexts } from '../texts.ts';
import type { ApplicationForm, MatterOption } from '../types.ts';
import type { WizardAction, WizardState } from './state.ts';
import type { District } from './useWizardData.ts';

/**
 * CASE-1: the district (online: applicants may apply in any district served) and the matter, each
 * option saying how many of its proofs may be committed. At the counter, the officer's agency's only.
 */
export function MatterStep({
  state,
  districts,
  matters,
  dispatch,
}: {
  state: WizardState;
  districts: { data: District[] | null; loading: boolean };
  matters: { data: MatterOption[] | null; loading: boolean };
  dispatch: Dispatch<WizardAction>;
}) {
  const { ct } = useCaseTexts();
  const { me } = useAuth();
  const counter = state.mode === 'counter';
  const options = (matters.data ?? [])
    .filter((m) => !counter || !me!.agency || m.agencyName === me!.agency.name)
    .map((m) => ({
      value: m.id,
      label: `${m.code} ${m.name}`,
      search: `${m.code} ${m.name} ${m.agencyName}`,
      meta: ct(m.proofs.some((p) => p.disclosure) ? 'apply.matterMetaDisclosure' : 'apply.matterMeta', {
        agency: m.agencyName,
        listed: m.proofs.filter((p) => p.listed).length,
        total: m.proofs.length,
      }),
    }));
  return (
    <Row gutter={[16, 12]} className="cn-case-pick">
      {!counter && (
        <Col xs={24} md={6}>
          <div className="cn-case-control">
            <label htmlFor="apply-district">{ct('apply.district')}</label>
            <Select
              id="apply-district"
              value={state.district}
              loading={districts.loading}
              onChange={(district: string) => dispatch({ type: 'districtPicked', district })}
              options={(
                districts.data ?? [{ code: me!.district.code, name: me!.district.name, cityName: '' }]
              ).map((d) => ({ value: d.code, label: d.name }))}
            />
          </div>
        </Col>
      )}
      <Col xs={24} md={counter ? 24 : 18}>
        <div className="cn-case-control">
          <label htmlFor="apply-matter">{ct('apply.matter')}</label>
          <Select
            id="apply-matter"
            value={state.matterId}
            loading={matters.loading}
            placeholder={ct('apply.matterPlaceholder')}
            showSearch={{ optionFilterProp: 'search' }}
            notFoundContent={matters.loading ? <Skeleton.Input active size="small" /> : ct('apply.noMatters')}
            onChange={(matterId: string) =>
              dispatch({ type: 'matterPicked', matterId, idempotencyKey: newIdempotencyKey() })
            }
            options={options}
            optionRender={(option) => (
              <div className="cn-case-matter-option">
                <div>{option.data.label}</div>
                <div className="cn-case-muted">{option.data.meta}</div>
              </div>
            )}
            popupMatchSelectWidth
          />
        </div>
      </Col>
    </Row>
  );
}

/** The picked matter: its agency, kind and the list version in force for it. */
export function MatterSummary({ form }: { form: ApplicationForm }) {
  const { ct, language } = useCaseTexts();
  const { matter, list } = form;
  return (
    <Descriptions
      className="cn-case-matter"
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      items={[
        { key: 'matter', label: ct('apply.matter'), children: `${matter.code} ${matter.name}` },
        { key: 'agency', label: ct('apply.agency'), children: matter.agencyName },
        { key: 'kind', label: ct('apply.kind'), children: matter.kind },
        {
          key: 'list',
          label: ct('apply.list'),
          children: list
            ? ct('apply.listVersion', {
                n: list.versionNo,
                date: formatDate(list.publishedAt, language),
              })
            : ct('apply.noList'),
        },
      ]}
    />
  );
}
