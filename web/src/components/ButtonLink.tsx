import { Button, type ButtonProps } from 'antd';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/**
 * A link to a page of the app that looks like a button: one element, so one tab stop (a button inside
 * a link is two). A plain click navigates inside the app; Ctrl-click or a middle click opens a new tab.
 */
export function ButtonLink({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={navigate} />;
}
