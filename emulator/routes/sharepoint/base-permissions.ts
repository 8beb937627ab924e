// SharePoint's base permissions (SPBasePermissions) and its built-in permission levels (role definitions).
// https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ms412690(v=office.15) (SPBasePermissions:
// each right one bit of a 64-bit mask; BasePermissions on the wire is that mask as High and Low 32-bit halves), and
// "User permissions and permission levels in SharePoint Server" for what each default level holds. The ids are the
// ones SharePoint gives the built-in levels in every web (1073741825 + RoleTypeKind - 1, Edit last).
import type { SpBasePermissions, StoredRoleDefinition } from '../../store';

/** A right as its bit number in the 64-bit mask (PnPjs's PermissionKind value minus one). */
export const spRight = {
  viewListItems: 0,
  addListItems: 1,
  editListItems: 2,
  deleteListItems: 3,
  approveItems: 4,
  openItems: 5,
  viewVersions: 6,
  deleteVersions: 7,
  cancelCheckout: 8,
  managePersonalViews: 9,
  manageLists: 11,
  viewFormPages: 12,
  open: 16,
  viewPages: 17,
  addAndCustomizePages: 18,
  applyThemeAndBorder: 19,
  applyStyleSheets: 20,
  createSSCSite: 22,
  createGroups: 24,
  managePermissions: 25,
  browseDirectories: 26,
  browseUserInfo: 27,
  addDelPrivateWebParts: 28,
  updatePersonalWebParts: 29,
  manageWeb: 30,
  useClientIntegration: 36,
  useRemoteAPIs: 37,
  manageAlerts: 38,
  createAlerts: 39,
  editMyUserInfo: 40,
  enumeratePermissions: 62,
} as const;

export type SpRight = keyof typeof spRight;

export const emptyMask: SpBasePermissions = { high: 0, low: 0 };
/** FullMask: every right (Full Control's BasePermissions). */
export const fullMask: SpBasePermissions = { high: 0x7fffffff, low: 0xffffffff };

/** The mask holding exactly `rights`. */
export function maskOf(rights: readonly SpRight[]): SpBasePermissions {
  let high = 0;
  let low = 0;
  for (const right of rights) {
    const bit = spRight[right];
    if (bit < 32) low = (low | (1 << bit)) >>> 0;
    else high = (high | (1 << (bit - 32))) >>> 0;
  }
  return { high, low };
}

/** Bitwise union of masks: a user's effective permissions are the union of the levels that apply to them. */
export function unionOf(masks: readonly SpBasePermissions[]): SpBasePermissions {
  return masks.reduce(
    (sum, mask) => ({ high: (sum.high | mask.high) >>> 0, low: (sum.low | mask.low) >>> 0 }),
    emptyMask,
  );
}

/** Whether `mask` holds `right`. */
export function hasRight(mask: SpBasePermissions, right: SpRight): boolean {
  const bit = spRight[right];
  return bit < 32 ? (mask.low & (1 << bit)) !== 0 : (mask.high & (1 << (bit - 32))) !== 0;
}

const limitedAccess: SpRight[] = [
  'viewFormPages',
  'open',
  'browseUserInfo',
  'useClientIntegration',
];
const read: SpRight[] = [
  ...limitedAccess,
  'viewListItems',
  'openItems',
  'viewVersions',
  'viewPages',
  'createSSCSite',
  'useRemoteAPIs',
  'createAlerts',
];
const contribute: SpRight[] = [
  ...read,
  'addListItems',
  'editListItems',
  'deleteListItems',
  'deleteVersions',
  'managePersonalViews',
  'browseDirectories',
  'addDelPrivateWebParts',
  'updatePersonalWebParts',
  'editMyUserInfo',
];
const edit: SpRight[] = [...contribute, 'manageLists'];
const design: SpRight[] = [
  ...edit,
  'approveItems',
  'cancelCheckout',
  'addAndCustomizePages',
  'applyThemeAndBorder',
  'applyStyleSheets',
];

/** RoleTypeKind values (SP.RoleType). */
export const roleTypeKind = {
  none: 0,
  guest: 1,
  reader: 2,
  contributor: 3,
  webDesigner: 4,
  administrator: 5,
  editor: 6,
} as const;

/** The ids of the built-in permission levels. */
export const builtInRoleIds = {
  limitedAccess: 1073741825,
  read: 1073741826,
  contribute: 1073741827,
  design: 1073741828,
  fullControl: 1073741829,
  edit: 1073741830,
} as const;

/** The first id SharePoint hands out to a custom permission level in the emulator. */
export const firstCustomRoleId = 1073741831;

/** Every web's built-in permission levels, in SharePoint's order. */
export function builtInRoleDefinitions(): StoredRoleDefinition[] {
  return [
    {
      id: builtInRoleIds.fullControl,
      name: 'Full Control',
      description: 'Has full control.',
      roleTypeKind: roleTypeKind.administrator,
      order: 1,
      hidden: false,
      basePermissions: { ...fullMask },
    },
    {
      id: builtInRoleIds.design,
      name: 'Design',
      description: 'Can view, add, update, delete, approve, and customize.',
      roleTypeKind: roleTypeKind.webDesigner,
      order: 32,
      hidden: false,
      basePermissions: maskOf(design),
    },
    {
      id: builtInRoleIds.edit,
      name: 'Edit',
      description:
        'Can add, edit and delete lists; can view, add, update and delete list items and documents.',
      roleTypeKind: roleTypeKind.editor,
      order: 48,
      hidden: false,
      basePermissions: maskOf(edit),
    },
    {
      id: builtInRoleIds.contribute,
      name: 'Contribute',
      description: 'Can view, add, update, and delete list items and documents.',
      roleTypeKind: roleTypeKind.contributor,
      order: 64,
      hidden: false,
      basePermissions: maskOf(contribute),
    },
    {
      id: builtInRoleIds.read,
      name: 'Read',
      description: 'Can view pages and list items and download documents.',
      roleTypeKind: roleTypeKind.reader,
      order: 128,
      hidden: false,
      basePermissions: maskOf(read),
    },
    {
      id: builtInRoleIds.limitedAccess,
      name: 'Limited Access',
      description:
        'Can view specific lists, document libraries, list items, folders, or documents when given permissions.',
      roleTypeKind: roleTypeKind.guest,
      order: 160,
      hidden: true,
      basePermissions: maskOf(limitedAccess),
    },
  ];
}
