// Each list's definition in its own file; schema/lists.ts is the entry the rest of the project imports.
export {
  absencesList,
  sharedReasonsListName,
  teamReasonsList,
  teamReasonsListPrefix,
} from './absences-lists';
export type { TeamReasonsList } from './absences-lists';
export { callbacksList } from './callbacks-list';
export { contactsList } from './contacts-list';
export type {
  ColumnKind,
  ColumnSpec,
  ListGrant,
  ListPermissionLevel,
  ListPrincipal,
  ListSpec,
} from './list-spec';
export { mayRead, mayWrite } from './list-spec';
export { teamSettingsList } from './team-settings-list';
export { remindersList, sharingSnapshotsList } from './reminders-lists';
export { dailyRunList } from './daily-run-list';
