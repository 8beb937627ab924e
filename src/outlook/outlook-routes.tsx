// The add-in's "route table": one pane for the item Outlook opened it on, shown by the app's own shell in
// its compact layout (a slim banner with the user and sign-out, no navigation) inside the app's providers.
// The panes are for the front office and team leaders, as the agent screen and the callback form are in
// the app; others see why not.
import type { ComponentType } from 'react';
import type { Role, PageProps, AppRoute } from '../app';
import { allRoles } from '../app';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n';
import { ComposePanePage } from './compose-pane';
import type { OutlookItem } from './mail-item';
import { ReadPanePage } from './read-pane';
import { Notice } from '../ui';

/** What the page was opened on: an Outlook item, or somewhere Office.js did not report Outlook. */
export type OutlookPane = OutlookItem | { kind: 'noOffice' };

/** Who may use the panes: the roles that may open the agent screen and the callback form in the app. */
export const paneRoles: readonly Role[] = ['agent', 'teamLeader', 'coordinator'];

function Note({ messageKey }: { messageKey: MessageKey }) {
  const { t } = useI18n();
  return <Notice intent="info">{t(messageKey)}</Notice>;
}

function forPaneRoles(Pane: ComponentType<PageProps>): ComponentType<PageProps> {
  return function RoleCheckedPane(props: PageProps) {
    return props.session.roles.some((role) => paneRoles.includes(role)) ? (
      <Pane {...props} />
    ) : (
      <Note messageKey="outlook.role.notAllowed" />
    );
  };
}

/**
 * The one route of the task pane for what Outlook opened it on.
 * @example outlookRoutes({ kind: 'none' })[0]?.labelKey // 'outlook.route.none'
 */
export function outlookRoutes(pane: OutlookPane): AppRoute[] {
  switch (pane.kind) {
    case 'read': {
      const { message } = pane;
      return [
        {
          path: 'terugbelverzoek-uit-mail',
          labelKey: 'outlook.route.read',
          roles: allRoles,
          component: forPaneRoles(({ config, session }) => (
            <ReadPanePage
              message={message}
              config={config}
              account={{
                userId: session.account.userId,
                displayName: session.account.displayName,
              }}
            />
          )),
        },
      ];
    }
    case 'compose': {
      const { message } = pane;
      return [
        {
          path: 'ontvangers',
          labelKey: 'outlook.route.compose',
          roles: allRoles,
          component: forPaneRoles(({ config }) => (
            <ComposePanePage message={message} config={config} />
          )),
        },
      ];
    }
    case 'none':
    case 'noOffice':
      return [
        {
          path: 'outlook',
          labelKey: 'outlook.route.none',
          roles: allRoles,
          component: () => (
            <Note
              messageKey={pane.kind === 'none' ? 'outlook.none.noItem' : 'outlook.none.noOffice'}
            />
          ),
        },
      ];
  }
}
