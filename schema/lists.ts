// The one definition of the SharePoint lists Bereikbaar keeps in the municipality's own site.
// Provisioning creates lists from it, the graph layer maps items with it, the emulator seeds and validates with it.
// This module is shared by src/ and emulator/ and imports nothing outside schema/. The entry point: each list's
// definition is in its own file in list-specs/.

import {
  absenceReasonsList,
  absencesList,
  callbacksList,
  contactsList,
  teamSettingsList,
} from './list-specs';
import type { ListSpec } from './list-specs';

export type {
  ColumnKind,
  ColumnSpec,
  ListAccess,
  ListAudience,
  ListGrant,
  ListPrincipal,
  ListSpec,
} from './list-specs';
export { listGrantsFor } from './list-specs';
export { absenceReasonsList, absencesList, callbacksList, contactsList, teamSettingsList };

/** Every list the app needs; later features add theirs here. */
export const allLists: readonly ListSpec[] = [
  teamSettingsList,
  absencesList,
  absenceReasonsList,
  callbacksList,
  contactsList,
];

/** The SharePoint site (relative to the tenant root) that holds the lists in the demo tenant. */
export const demoSitePath = 'sites/bereikbaar';
