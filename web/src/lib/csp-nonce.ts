/**
 * The page's CSP nonce (the server writes a fresh one into each page). Style elements need it to
 * apply: Ant Design passes it on through ConfigProvider, but some rc-components helpers (scrollbar
 * measuring) create theirs without one, so every style element created here gets it.
 */
export const cspNonce =
  document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

if (cspNonce) {
  const createElement = document.createElement.bind(document);
  document.createElement = ((tagName: string, options?: ElementCreationOptions) => {
    const element = createElement(tagName, options);
    if (tagName.toLowerCase() === 'style') element.nonce = cspNonce;
    return element;
  }) as typeof document.createElement;
}
