import { describe, expect, it } from 'vitest';
import { resourceOf } from './query.ts';

describe('which cached answers a write makes stale', () => {
  it('is the collection the written address belongs to', () => {
    expect(resourceOf('/api/list-changes/7/decision')).toBe('/api/list-changes');
    expect(resourceOf('/api/list-changes?state=submitted')).toBe('/api/list-changes');
    expect(resourceOf('/api/cases')).toBe('/api/cases');
  });
});
