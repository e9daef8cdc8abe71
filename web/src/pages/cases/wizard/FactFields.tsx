import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import type { Dispatch } from 'react';
import { useCaseTexts } from '../texts.ts';
import type { FormProof } from '../types.ts';
import { type AskedFact, askedFactsOf, type ProofDraft, type WizardAction } from './state.ts';

/**
 * VER-2/CASE-1: the facts a commitment asserts, for the applicant to fill in under the choice to
 * commit (required ones marked, integers with their least value). Verification compares them with
 * the data-sharing platform's records after the decision.
 */
export function FactFields({
  index,
  proof,
  draft,
  dispatch,
  faultyFact,
}: {
  index: number;
  proof: FormProof;
  draft: ProofDraft;
  dispatch: Dispatch<WizardAction>;
  /** The fact the current complaint names, marked as invalid. */
  faultyFact: string | null;
}) {
  const { ct, language } = useCaseTexts();
  const asked = askedFactsOf(proof);
  if (asked.length === 0) return null;
  const set = (key: string, value: string) => dispatch({ type: 'factEntered', index, key, value });
  const field = (f: AskedFact) => {
    const id = `proof-${index}-fact-${f.key}`;
    const value = draft.facts[f.key] ?? '';
    const common = {
      id,
      status: faultyFact === f.key ? ('error' as const) : undefined,
      'aria-required': f.required,
      'aria-invalid': faultyFact === f.key,
    };
    switch (f.type) {
      case 'integer':
      case 'year':
        return (
          <InputNumber<number>
            {...common}
            min={f.type === 'year' ? 1950 : (f.min ?? 0)}
            max={f.type === 'year' ? 2100 : undefined}
            precision={0}
            value={value === '' ? null : Number(value)}
            onChange={(v) => set(f.key, v === null ? '' : String(v))}
            className="cn-case-fact-number"
          />
        );
      case 'date':
        return (
          <DatePicker
            {...common}
            value={value ? dayjs(value) : null}
            onChange={(d) => set(f.key, d ? d.format('YYYY-MM-DD') : '')}
            className="cn-case-fact-date"
          />
        );
      case 'choice':
        return (
          <Select<string>
            {...common}
            allowClear
            placeholder={ct('proof.factChoose')}
            value={value || undefined}
            onChange={(v) => set(f.key, v ?? '')}
            options={(f.choices ?? []).map((c) => ({ value: c, label: c }))}
            className="cn-case-fact-choice"
          />
        );
      case 'identifier':
        return (
          <Input
            {...common}
            value={value}
            maxLength={18}
            onChange={(e) => set(f.key, e.target.value.toUpperCase())}
            className="cn-case-fact-identifier"
          />
        );
      default:
        return (
          <Input {...common} value={value} maxLength={200} onChange={(e) => set(f.key, e.target.value)} />
        );
    }
  };
  return (
    <fieldset className="cn-case-fieldset" data-testid={`proof-${index}-facts`}>
      <legend>{ct('proof.facts')}</legend>
      <p className="cn-case-help">{ct('proof.factsHelp')}</p>
      <div className="cn-case-facts-grid">
        {asked.map((f) => (
          <div key={f.key} className="cn-case-control">
            <label htmlFor={`proof-${index}-fact-${f.key}`}>
              {language === 'zh' ? f.label : f.labelEn}
              {f.required ? (
                <span className="cn-case-required" aria-hidden="true">
                  {' '}
                  *
                </span>
              ) : (
                <span className="cn-case-muted"> {ct('proof.factOptional')}</span>
              )}
              {f.type === 'integer' && f.min !== undefined && (
                <span className="cn-case-muted"> {ct('proof.factMin', { min: f.min })}</span>
              )}
            </label>
            {field(f)}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
