// One notice for the whole app: Fluent's MessageBar, always multiline. A single-line MessageBar
// overflowed a 350 px pane from its first paint until its resize observer reflowed it.
import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Props of {@link Notice}. */
export type NoticeProps = {
  intent: MessageBarIntent;
  /** What the notice says (text, or a small form such as the substitute choice). */
  children: ReactNode;
  /** Buttons beside the text ("Concept wissen"). */
  actions?: ReactNode;
  className?: string;
};

/**
 * A message bar that wraps from its first paint.
 * @example <Notice intent="error">{t('callbacks.loadFailed')}</Notice>
 */
export function Notice({ intent, children, actions, className }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" className={className}>
      <MessageBarBody>{children}</MessageBarBody>
      {actions === undefined ? null : <MessageBarActions>{actions}</MessageBarActions>}
    </MessageBar>
  );
}
