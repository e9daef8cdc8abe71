// LIST-7: who a list is filed with, and when a filing is overdue.
import { describe, expect, it } from 'vitest';
import { filingRecipientOf, filingStates, isFilingOverdue } from './filing-chain.ts';

describe('LIST-7 filing chain: level by level up to the provincial justice department', () => {
  it('files a town list (ST) with its district first', () => {
    expect(filingRecipientOf('370406101')).toBe('370406');
  });
  it('files a district list with its city, a city with the province, and the province with no one', () => {
    expect(filingRecipientOf('370212')).toBe('370200');
    expect(filingRecipientOf('370406')).toBe('370400');
    expect(filingRecipientOf('370200')).toBe('370000');
    expect(filingRecipientOf('370400')).toBe('370000');
    expect(filingRecipientOf('370000')).toBeUndefined();
  });
  it('climbs town → district → city → province → none', () => {
    const chain: string[] = [];
    for (let code: string | undefined = '370406101'; code; code = filingRecipientOf(code)) chain.push(code);
    expect(chain).toEqual(['370406101', '370406', '370400', '370000']);
  });
});

describe('LIST-7 overdue filings (逾期): still to be sent after the end of the due date', () => {
  it('is not overdue on the due date itself, overdue the day after', () => {
    expect(isFilingOverdue({ state: 'pending', dueDate: '2026-10-13' }, '2026-10-13')).toBe(false);
    expect(isFilingOverdue({ state: 'pending', dueDate: '2026-10-13' }, '2026-10-14')).toBe(true);
  });
  it('a filing sent or received is never overdue, however late', () => {
    expect(isFilingOverdue({ state: 'submitted', dueDate: '2026-10-13' }, '2026-12-01')).toBe(false);
    expect(isFilingOverdue({ state: 'received', dueDate: '2026-10-13' }, '2026-12-01')).toBe(false);
  });
  it('labels the states as users read them', () => {
    expect(Object.values(filingStates).map((s) => s.zh)).toEqual(['待报送', '已报送', '已接收']);
  });
});
