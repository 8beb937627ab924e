// The one definition of the SharePoint lists Bereikbaar keeps in the municipality's own site.
// Provisioning creates lists from it, the graph layer maps items with it, the emulator seeds and validates with it.
// This module is shared by src/ and emulator/ and imports nothing outside schema/. The entry point: each list's
// definition is in its own file in list-specs/.

import {
  absencesList,
  callbacksList,
  contactsList,
  dailyRunList,
  remindersList,
  sharingSnapshotsList,
  teamSettingsList,
} from './list-specs';
import type { ListSpec } from './list-specs';

export type {
  ColumnKind,
  ColumnSpec,
  ListGrant,
  ListPermissionLevel,
  ListPrincipal,
  ListSpec,
  TeamReasonsList,
} from './list-specs';
export {
  mayRead,
  mayWrite,
  sharedReasonsListName,
  teamReasonsList,
  teamReasonsListPrefix,
} from './list-specs';
export {
  absencesList,
  callbacksList,
  contactsList,
  dailyRunList,
  remindersList,
  sharingSnapshotsList,
  teamSettingsList,
};

/**
 * Every list the app needs in one copy; later features add theirs here. Each team's own reasons list
 * (teamReasonsList) comes on top, one per item of the teams list.
 */
export const allLists: readonly ListSpec[] = [
  teamSettingsList,
  absencesList,
  callbacksList,
  remindersList,
  sharingSnapshotsList,
  contactsList,
  dailyRunList,
];

/** The SharePoint site (relative to the tenant root) that holds the lists in the demo tenant. */
export const demoSitePath = 'sites/bereikbaar';
