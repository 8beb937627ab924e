// Each list's definition in its own file; schema/lists.ts is the entry the rest of the project imports.
export { absenceReasonsList, absencesList } from './absences-lists';
export { callbacksList } from './callbacks-list';
export { contactsList } from './contacts-list';
export type {
  ColumnKind,
  ColumnSpec,
  ListAccess,
  ListAudience,
  ListGrant,
  ListPrincipal,
  ListSpec,
} from './list-spec';
export { listGrantsFor } from './list-spec';
export { teamSettingsList } from './team-settings-list';
