import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckCharacter,
  describeIdentifierProblem,
  type IdentifierKind,
  type IdentifierProblem,
  maskIdentifier,
  maskPersonName,
  maskResidentId,
  PROVINCE_PREFIXES,
  residentIdCheckCharacter,
  validateCreditCode,
  validateResidentId,
} from '../../common/identifiers/index.ts';

// Half past midnight in China is still the previous day in UTC: the date check must use China's date.
const TODAY = new Date('2024-06-01T00:30:00+08:00');
const DIGITS = '0123456789';
const CREDIT_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const charsOf = (alphabet: string, length: number) =>
  fc.array(fc.constantFrom(...alphabet), { minLength: length, maxLength: length }).map((a) => a.join(''));

const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2024-06-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10).replaceAll('-', ''));

const validResidentId = fc
  .tuple(fc.constantFrom(...PROVINCE_PREFIXES), charsOf(DIGITS, 4), birthDate, charsOf(DIGITS, 3))
  .map((parts) => parts.join(''))
  .map((first17) => first17 + residentIdCheckCharacter(first17));

const validCreditCode = fc
  .tuple(
    charsOf(CREDIT_CHARSET, 2),
    fc.constantFrom(...PROVINCE_PREFIXES, '10'),
    charsOf(DIGITS, 4),
    charsOf(CREDIT_CHARSET, 9),
  )
  .map((parts) => parts.join(''))
  .map((first17) => first17 + creditCodeCheckCharacter(first17));

// Oracles written from the standards' own formulation (weights 2^(n-1) mod 11 and 3^(i) mod 31),
// independent of the weight tables in the implementation.
const gb11643Holds = (id: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const value = id[i] === 'X' ? 10 : Number(id[i]);
    sum += value * (2 ** (17 - i) % 11);
  }
  return sum % 11 === 1;
};
const gb32100Holds = (code: string): boolean => {
  let sum = 0;
  for (let i = 0; i < 18; i++) sum += CREDIT_CHARSET.indexOf(code[i]!) * (i < 17 ? 3 ** i % 31 : 1);
  return sum % 31 === 0;
};

/** Every string that differs from `id` in exactly one position, using `allowedAt(i)` characters. */
function singleSubstitutions(id: string, allowedAt: (i: number) => string): string[] {
  const variants: string[] = [];
  for (let i = 0; i < id.length; i++) {
    for (const c of allowedAt(i)) {
      if (c !== id[i]) variants.push(id.slice(0, i) + c + id.slice(i + 1));
    }
  }
  return variants;
}

function adjacentTranspositions(id: string): string[] {
  const variants: string[] = [];
  for (let i = 0; i + 1 < id.length; i++) {
    if (id[i] !== id[i + 1]) variants.push(id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2));
  }
  return variants;
}

const reasonOf = (result: { ok: true } | { ok: false; reason: IdentifierProblem }) =>
  result.ok ? 'ok' : result.reason;

describe('Q-1 居民身份证号 (GB 11643)', () => {
  it('Q-1 accepts the standard example 11010519491231002X and reads birth date, sex and province', () => {
    expect(validateResidentId('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      provinceCode: '11',
    });
  });

  it('Q-1 accepts literal IDs whose check characters were computed by hand and rechecked independently', () => {
    const cases = [
      ['37021219900101123X', '1990-01-01', 'male'],
      ['370212199001011248', '1990-01-01', 'female'],
      ['370212199001011256', '1990-01-01', 'male'],
      ['370406200002290022', '2000-02-29', 'female'],
      ['370406196001010018', '1960-01-01', 'male'],
    ] as const;
    for (const [id, date, sex] of cases) {
      expect(validateResidentId(id, TODAY)).toMatchObject({
        ok: true,
        birthDate: date,
        sex,
        provinceCode: '37',
      });
      expect(gb11643Holds(id)).toBe(true);
    }
  });

  it('Q-1 accepts a lower-case x and normalises it to upper case', () => {
    expect(validateResidentId('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
  });

  it('Q-1 rejects a wrong check character (370212199001011234 should end in X)', () => {
    expect(reasonOf(validateResidentId('370212199001011234', TODAY))).toBe('check-character');
  });

  it('Q-1 never rejects an unknown or abolished county code, only an unknown province', () => {
    for (const region of ['370205', '379999', '110000']) {
      const first17 = `${region}19800101001`;
      expect(validateResidentId(first17 + residentIdCheckCharacter(first17), TODAY).ok).toBe(true);
    }
    for (const prefix of ['99', '00', '10', '16', '72', '84']) {
      const first17 = `${prefix}021219800101001`;
      expect(reasonOf(validateResidentId(first17 + residentIdCheckCharacter(first17), TODAY))).toBe(
        'province',
      );
    }
  });

  it('Q-1 rejects impossible, future and pre-1900 birth dates', () => {
    const withDate = (yyyymmdd: string) => {
      const first17 = `370212${yyyymmdd}123`;
      return reasonOf(validateResidentId(first17 + residentIdCheckCharacter(first17), TODAY));
    };
    expect(withDate('19990230')).toBe('birth-date');
    expect(withDate('19990229')).toBe('birth-date'); // 1999 is not a leap year
    expect(withDate('19001301')).toBe('birth-date');
    expect(withDate('19000229')).toBe('birth-date'); // 1900 is not a leap year either
    expect(withDate('20240602')).toBe('birth-date');
    expect(withDate('18991231')).toBe('birth-date');
    expect(withDate('20240601')).toBe('ok'); // today in China, though still 31 May in UTC
    expect(withDate('19000101')).toBe('ok');
  });

  it('Q-1 rejects wrong lengths and characters', () => {
    expect(reasonOf(validateResidentId('', TODAY))).toBe('length');
    expect(reasonOf(validateResidentId('11010519491231002', TODAY))).toBe('length');
    expect(reasonOf(validateResidentId('11010519491231002X0', TODAY))).toBe('length');
    expect(reasonOf(validateResidentId('1101051949123100X2', TODAY))).toBe('format');
    expect(reasonOf(validateResidentId('11010519491231002Y', TODAY))).toBe('format');
    expect(reasonOf(validateResidentId('11010519491231 02X', TODAY))).toBe('format');
  });

  it('Q-1 accepts every ID built from a known province, a real date and the computed check character', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        const result = validateResidentId(id, TODAY);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
        expect(result.sex).toBe(Number(id[16]) % 2 === 1 ? 'male' : 'female');
        expect(gb11643Holds(id)).toBe(true);
      }),
    );
  });

  it('Q-1 detects every single-character substitution', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        for (const variant of singleSubstitutions(id, (i) => (i < 17 ? DIGITS : `${DIGITS}X`))) {
          expect(validateResidentId(variant, TODAY).ok).toBe(false);
        }
      }),
    );
  });

  it('Q-1 detects every swap of two adjacent different characters', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        for (const variant of adjacentTranspositions(id)) {
          expect(validateResidentId(variant, TODAY).ok).toBe(false);
        }
      }),
    );
  });

  it('Q-1 never throws, and accepts only what the GB 11643 oracle accepts', () => {
    const idShaped = fc.stringMatching(/^(1|3|4)\d{16}[\dXx]$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), idShaped), (value) => {
        const result = validateResidentId(value, TODAY);
        if (result.ok) expect(gb11643Holds(result.normalized)).toBe(true);
      }),
    );
  });
});

describe('Q-1 统一社会信用代码 (GB 32100)', () => {
  it('Q-1 accepts published codes, each rechecked with an independent computation', () => {
    for (const code of [
      '91350100M000100Y43',
      '91110000710925462X',
      '9144030071526726XG',
      '91330100799655058B',
    ]) {
      expect(validateCreditCode(code)).toMatchObject({
        ok: true,
        normalized: code,
        registrationAuthority: '9',
      });
      expect(gb32100Holds(code)).toBe(true);
    }
  });

  it('Q-1 accepts a central registration (region 100000) of a public institution', () => {
    expect(validateCreditCode('12100000400000624D')).toEqual({
      ok: true,
      normalized: '12100000400000624D',
      registrationAuthority: '1',
      provinceCode: '10',
    });
  });

  it('Q-1 accepts lower case and normalises it to upper case', () => {
    expect(validateCreditCode('91350100m000100y43')).toMatchObject({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });

  it('Q-1 rejects wrong length, excluded letters, bad regions and wrong check characters', () => {
    expect(reasonOf(validateCreditCode('91350100M000100Y4'))).toBe('length');
    expect(reasonOf(validateCreditCode('91350100M000100Y430'))).toBe('length');
    for (const excluded of 'IOZSV') {
      expect(reasonOf(validateCreditCode(`91350100M000100${excluded}43`))).toBe('format');
    }
    const withRegion = (region: string) => {
      const first17 = `91${region}M000100Y4`;
      return reasonOf(validateCreditCode(first17 + creditCodeCheckCharacter(first17)));
    };
    expect(withRegion('990100')).toBe('region');
    expect(withRegion('35A100')).toBe('region');
    expect(withRegion('370212')).toBe('ok');
    expect(reasonOf(validateCreditCode('91350100M000100Y44'))).toBe('check-character');
  });

  it('Q-1 accepts every code built from charset characters, a known region and the computed check', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        expect(validateCreditCode(code)).toMatchObject({ ok: true, provinceCode: code.slice(2, 4) });
        expect(validateCreditCode(code.toLowerCase()).ok).toBe(true);
        expect(gb32100Holds(code)).toBe(true);
      }),
    );
  });

  it('Q-1 detects every single-character substitution', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        for (const variant of singleSubstitutions(code, () => CREDIT_CHARSET)) {
          expect(validateCreditCode(variant).ok).toBe(false);
        }
      }),
    );
  });

  it('Q-1 detects every swap of two adjacent different characters', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        for (const variant of adjacentTranspositions(code)) {
          expect(validateCreditCode(variant).ok).toBe(false);
        }
      }),
    );
  });

  it('Q-1 never throws, and accepts only what the GB 32100 oracle accepts', () => {
    const codeShaped = fc.stringMatching(
      /^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}(37|10)\d{4}[0-9A-HJ-NPQRTUWXY]{10}$/,
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), codeShaped), (value) => {
        const result = validateCreditCode(value);
        if (result.ok) expect(gb32100Holds(result.normalized)).toBe(true);
      }),
    );
  });
});

describe('Q-1 problem messages', () => {
  const problems: IdentifierProblem[] = [
    'length',
    'format',
    'province',
    'region',
    'birth-date',
    'check-character',
  ];
  const kinds: IdentifierKind[] = ['resident-id', 'credit-code'];

  it('Q-1 describes every problem in Chinese and English', () => {
    for (const kind of kinds) {
      for (const problem of problems) {
        const { zh, en } = describeIdentifierProblem(problem, kind);
        expect(zh).toMatch(/\p{Script=Han}/u);
        expect(en).toMatch(/^[A-Z]/);
      }
    }
    expect(describeIdentifierProblem('check-character')).toEqual({
      zh: '身份证号校验位不正确',
      en: 'The check character of the ID number is wrong',
    });
    expect(describeIdentifierProblem('check-character', 'credit-code').zh).toBe(
      '统一社会信用代码校验位不正确',
    );
  });
});

describe('Q-2 masking', () => {
  it('Q-2 keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskResidentId('370212199001011248')).toBe('370212********1248');
    expect(maskIdentifier('11010519491231002x')).toBe('110105********002X');
  });

  it('Q-2 never shows a whole ID number or its birth date', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        const masked = maskIdentifier(id);
        expect(masked).toHaveLength(18);
        expect(masked).not.toContain(id);
        expect(masked).not.toContain(id.slice(6, 14));
        expect(masked.slice(0, 6) + masked.slice(-4)).toBe(id.slice(0, 6) + id.slice(-4));
      }),
    );
  });

  it('Q-2 masks mistyped ID numbers and other values too, but leaves credit codes readable', () => {
    expect(maskIdentifier('370212199001011234')).toBe('370212********1234');
    expect(maskIdentifier('E12345678')).toBe('*********');
    expect(maskIdentifier('91350100M000100Y43')).toBe('91350100M000100Y43');
    fc.assert(
      fc.property(validCreditCode, (code) => {
        // A code that is also a valid ID number stays masked: an ID number is the costlier leak.
        if (!validateResidentId(code).ok) expect(maskIdentifier(code)).toBe(code);
      }),
    );
  });

  it('Q-2 keeps only the first character of a name', () => {
    expect(maskPersonName('张伟')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
    expect(maskPersonName('买买提·艾力')).toBe('买*****');
    expect(maskPersonName('𠀀明')).toBe('𠀀*');
    expect(maskPersonName('张')).toBe('*');
    expect(maskPersonName('')).toBe('');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2, maxLength: 12 }), (name) => {
        const characters = Array.from(name);
        expect(maskPersonName(name)).toBe(characters[0] + '*'.repeat(characters.length - 1));
      }),
    );
  });
});
