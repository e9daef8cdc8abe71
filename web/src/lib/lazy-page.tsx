import { Spin } from 'antd';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { useLocation } from 'react-router-dom';

/** A page loaded when first visited (its own chunk); pages are named exports, `name` picks one. */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy takes components of any props
export function lazyPage<N extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<N, C>>,
  name: N,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Where a layout shows its page: a spinner while the page's chunk loads, the layout staying on screen. */
export function PageSlot({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>{children}</Suspense>
  );
}
