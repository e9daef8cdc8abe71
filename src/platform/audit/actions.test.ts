import { describe, expect, it } from 'vitest';
import { en, zh } from '../../../web/src/lib/messages.ts';
import { auditActions } from './actions.ts';

describe('GOV-5 every audited action is named for the people reading the trail', () => {
  it.each(auditActions)('%s has a Chinese and an English label', (action) => {
    const key = `audit.action.${action}`;
    expect(zh).toHaveProperty([key]);
    expect(en).toHaveProperty([key]);
  });
});
