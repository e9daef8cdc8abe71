import type { ThemeConfig } from 'antd';

/** Government-portal red with AA contrast; 关怀模式 raises the base size to 20 px and darkens text. */
export function themeFor(careMode: boolean): ThemeConfig {
  const base: ThemeConfig = {
    token: {
      colorPrimary: '#a8071a',
      colorLink: '#0b4f9c',
      colorText: '#1f1f1f',
      colorTextSecondary: '#4a4a4a',
      colorTextDescription: '#595959',
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
      colorBorder: '#595959',
      lineWidth: 2,
    },
  };
}
