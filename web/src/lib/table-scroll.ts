import { useEffect } from 'react';

/** Every table scrolls sideways in its card rather than squeezing its columns (set on the ConfigProvider). */
export const tableDefaults = { scroll: { x: true } } as const;

const scrollers = '.ant-table-content, .ant-table-body';

/**
 * Marks each table that is wider than its card (a phone, 200 % zoom, 关怀模式's large type): its
 * wrapper shows `hint` ("左右滑动查看更多") and its scrolling area is a named region the keyboard
 * can reach and scroll (WCAG 2.1.1; axe's scrollable-region-focusable). A table that fits is left
 * as it is. One observer for the whole app, so no page has to remember it.
 */
export function useTableScrollHints(hint: string): void {
  useEffect(() => {
    const mark = (scroller: HTMLElement) => {
      const wrapper = scroller.closest('.ant-table-wrapper');
      if (scroller.scrollWidth > scroller.clientWidth + 1) {
        const title = scroller.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent;
        scroller.tabIndex = 0;
        scroller.setAttribute('role', 'region');
        scroller.setAttribute('aria-label', title ? `${title}：${hint}` : hint);
        wrapper?.setAttribute('data-scroll-hint', hint);
      } else if (scroller.hasAttribute('role')) {
        scroller.removeAttribute('tabindex');
        scroller.removeAttribute('role');
        scroller.removeAttribute('aria-label');
        wrapper?.removeAttribute('data-scroll-hint');
      }
    };
    const resized = new ResizeObserver((entries) => {
      for (const entry of entries) {
        const scroller = entry.target.closest<HTMLElement>(scrollers);
        if (scroller) mark(scroller);
      }
    });
    const watched = new WeakSet<Element>();
    let frame = 0;
    const scan = () => {
      frame = 0;
      for (const scroller of document.querySelectorAll<HTMLElement>(scrollers)) {
        const table = scroller.querySelector(':scope > table');
        if (!table || watched.has(table)) continue;
        watched.add(table);
        resized.observe(scroller);
        resized.observe(table);
      }
    };
    const added = new MutationObserver(() => {
      frame ||= requestAnimationFrame(scan);
    });
    added.observe(document.body, { childList: true, subtree: true });
    scan();
    return () => {
      cancelAnimationFrame(frame);
      added.disconnect();
      resized.disconnect();
    };
  }, [hint]);
}
