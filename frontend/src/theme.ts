import type { ThemeConfig } from 'antd';

/** Party red with a gold accent; every text colour keeps WCAG AA contrast on its background. */
export const PARTY_RED = '#b71c1c';
export const PARTY_GOLD = '#ffd54f';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: PARTY_RED,
    colorLink: PARTY_RED,
    colorInfo: '#1565c0',
    colorWarning: '#b26a00',
    borderRadius: 6,
    fontFamily:
      "'Be Vietnam Pro', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, 'Apple Color Emoji'",
  },
  components: {
    Layout: {
      headerBg: PARTY_RED,
      headerColor: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 16px',
      bodyBg: '#f6f4f2',
      siderBg: '#ffffff',
      triggerBg: '#f0e6e6',
      triggerColor: PARTY_RED,
    },
    Menu: {
      itemSelectedBg: '#fdecea',
      itemSelectedColor: PARTY_RED,
    },
  },
};
