import { Spin } from 'antd';
import { type ComponentProps, type ComponentType, lazy, Suspense } from 'react';

/**
 * A page loaded when first visited (its own chunk); pages are named exports, `name` picks one.
 * Each page has its own Suspense boundary: React Router navigates in a transition, and a transition
 * keeps an already visible boundary's content on screen — one boundary shared by all pages would
 * leave the previous page (and its buttons) showing while the next one loads. A boundary mounted
 * with the new page shows its spinner at once instead.
 */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy takes components of any props
export function lazyPage<N extends string, C extends ComponentType<any>>(
  load: () => Promise<Record<N, C>>,
  name: N,
) {
  const Page = lazy(async () => ({ default: (await load())[name] }));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per page at module level, never during render
  function LazyPage(props: ComponentProps<C>) {
    return (
      <Suspense
        fallback={
          <div style={{ padding: '64px 0', textAlign: 'center' }}>
            <Spin />
          </div>
        }
      >
        <Page {...props} />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
