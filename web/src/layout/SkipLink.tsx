import { useT } from '../lib/i18n.ts';

/** The id of every layout's <main tabIndex={-1}>, where the skip link lands. */
export const MAIN_ID = 'main';

/**
 * The first tab stop of every page (WCAG 2.4.1), visible when focused: moves focus past the header and
 * the menu to the page's content, without touching the address (the router owns it).
 */
export function SkipLink() {
  const { t } = useT();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_ID}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(MAIN_ID)?.focus();
      }}
    >
      {t('app.skip')}
    </a>
  );
}
