import type { ThemeConfig } from 'antd';

/**
 * The one palette of the platform (WCAG 2.1 AA, 1.4.3): every text colour has at least 4.5:1 on
 * white, on the page grey and on its own light tint (a Tag's or an Alert's background); white text
 * has at least 4.5:1 on every strong colour. Pages use these through AntD's tokens and Tag presets,
 * and plain CSS through the `--cn-*` properties `paletteProperties` sets.
 */
export const palette = {
  /** Government-portal red: primary buttons, the header, the seal. 7.8:1 on white. */
  red: '#a8071a',
  /** The header in 关怀模式: darker still. */
  redDeep: '#7a0010',
  /** Links and information. 8.0:1 on white. */
  blue: '#0b4f9c',
  /** Done, in force, open. 5.4:1 on its tint #f6ffed. */
  green: '#237804',
  /** Waiting, due soon. 5.1:1 on its tint #fff7e6. */
  orange: '#ad4e00',
  /** To do, draft. 6.5:1 on its tint #fffbe6. */
  gold: '#874d00',
  /** Refused, overdue, wrong input. 5.1:1 on its tint #fff1f0. */
  error: '#cf1322',
  ink: '#1f1f1f',
  /** Secondary text: 8.2:1 on the page grey. */
  muted: '#4a4a4a',
  /** Labels and descriptions: 6.4:1 on the lightest grey fills. */
  subtle: '#595959',
  /** Placeholders: 5.3:1 on white. */
  placeholder: '#6b6b6b',
  page: '#f4f6f9',
} as const;

/**
 * Tag presets' text (AntD's `<colour>-7`) darkened where the default falls below 4.5:1 on its tint;
 * AntD keeps each under two names (`gold7`, `gold-7`), the CSS variable takes the second.
 */
const presetText = Object.fromEntries(
  Object.entries({
    green: palette.green,
    gold: palette.gold,
    yellow: palette.gold,
    orange: palette.orange,
    volcano: '#ad2102',
    cyan: '#006d75',
    lime: '#3f6600',
  }).flatMap(([colour, text]) => [
    [`${colour}7`, text],
    [`${colour}-7`, text],
  ]),
);

/**
 * The light fills and borders of success, warning and information (Alert, status Tag) stay AntD's
 * familiar tints: derived from the dark text colours above they would turn a muddy grey.
 */
const tint = (name: 'Success' | 'Warning' | 'Info', [bg, bgHover, border, borderHover]: string[]) => ({
  [`color${name}Bg`]: bg,
  [`color${name}BgHover`]: bgHover,
  [`color${name}Border`]: border,
  [`color${name}BorderHover`]: borderHover,
});
const tints = {
  ...tint('Success', ['#f6ffed', '#d9f7be', '#b7eb8f', '#95de64']),
  ...tint('Warning', ['#fff7e6', '#ffe7ba', '#ffd591', '#ffc069']),
  ...tint('Info', ['#e6f4ff', '#bae0ff', '#91caff', '#69b1ff']),
};

/** The palette as CSS custom properties on the root element, for the pages' own style sheets. */
export function paletteProperties(root: HTMLElement): void {
  for (const [name, value] of Object.entries(palette)) {
    root.style.setProperty(`--cn-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, value);
  }
}

/** Government-portal red with AA contrast; 关怀模式 raises the base size to 20 px and darkens text. */
export function themeFor(careMode: boolean): ThemeConfig {
  const base: ThemeConfig = {
    token: {
      colorPrimary: palette.red,
      colorLink: palette.blue,
      colorInfo: palette.blue,
      colorSuccess: palette.green,
      colorWarning: palette.orange,
      colorError: palette.error,
      colorText: palette.ink,
      colorTextSecondary: palette.muted,
      colorTextTertiary: palette.subtle,
      colorTextDescription: palette.subtle,
      colorTextPlaceholder: palette.placeholder,
      ...presetText,
      ...tints,
      borderRadius: 6,
      fontFamily: "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
    },
  };
  if (!careMode) return base;
  return {
    token: {
      ...base.token,
      fontSize: 20,
      fontSizeLG: 22,
      controlHeight: 48,
      controlHeightLG: 56,
      colorText: '#000000',
      colorTextSecondary: '#222222',
      colorTextTertiary: '#333333',
      colorTextDescription: '#333333',
      colorBorder: palette.subtle,
      lineWidth: 2,
    },
  };
}
