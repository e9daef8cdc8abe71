import { describe, expect, it } from 'vitest';
import { defineTexts, translate } from './i18n.ts';

describe('interface texts', () => {
  it('answers in the language asked, with placeholders filled', () => {
    expect(translate('zh', 'app.name')).toBe('承诺');
    const texts = defineTexts('test-page', { 'x.days': '{n} 个工作日' }, { 'x.days': '{n} working days' });
    expect(texts('zh', 'x.days', { n: 5 })).toBe('5 个工作日');
    expect(texts('en', 'x.days', { n: 5 })).toBe('5 working days');
  });

  it('keeps a placeholder nobody filled, so a missing value shows rather than vanishes', () => {
    const texts = defineTexts('test-missing', { 'x.of': '第 {version} 版' }, { 'x.of': 'version {version}' });
    expect(texts('zh', 'x.of')).toBe('第 {version} 版');
  });

  it('reads keys with dots whole, and keeps text with HTML characters as written (React escapes)', () => {
    const texts = defineTexts('test-raw', { 'a.b.c': '<{who}>' }, { 'a.b.c': '<{who}>' });
    expect(texts('en', 'a.b.c', { who: 'A & B' })).toBe('<A & B>');
  });
});
