// The route table for calendars, their permissions, events and mailbox settings.
import type { Route } from '../../http';
import {
  getCalendarPermission,
  listCalendarPermissions,
  updateCalendarPermission,
} from './calendar-permissions';
import { createEvent, deleteEvent, getEvent, updateEvent } from './events';
import { getMailboxSetting, getMailboxSettings, updateMailboxSettings } from './mailbox-settings';
import { getSchedule } from './schedule';

const readCalendarScopes = [
  'Calendars.ReadBasic',
  'Calendars.Read',
  'Calendars.ReadWrite',
] as const;
const writeCalendarScopes = ['Calendars.ReadWrite'] as const;
// The application permissions of the same APIs (app-only tokens); Calendars.ReadBasic.All exists as application only.
const readCalendarAppPermissions = [
  'Calendars.ReadBasic.All',
  'Calendars.Read',
  'Calendars.ReadWrite',
] as const;

export const calendarRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/users/:id/calendar/getSchedule',
    anyOfScopes: readCalendarScopes,
    anyOfAppPermissions: readCalendarAppPermissions,
    handler: getSchedule,
  },
  {
    method: 'GET',
    pattern: '/users/:id/calendar/calendarPermissions',
    anyOfScopes: readCalendarScopes,
    anyOfAppPermissions: readCalendarAppPermissions,
    handler: listCalendarPermissions,
  },
  {
    method: 'GET',
    pattern: '/users/:id/calendar/calendarPermissions/:permissionId',
    anyOfScopes: readCalendarScopes,
    anyOfAppPermissions: readCalendarAppPermissions,
    handler: getCalendarPermission,
  },
  {
    method: 'PATCH',
    pattern: '/users/:id/calendar/calendarPermissions/:permissionId',
    anyOfScopes: writeCalendarScopes,
    anyOfAppPermissions: writeCalendarScopes,
    handler: updateCalendarPermission,
  },
  {
    method: 'POST',
    pattern: '/users/:id/events',
    anyOfScopes: writeCalendarScopes,
    anyOfAppPermissions: writeCalendarScopes,
    handler: createEvent,
  },
  {
    method: 'POST',
    pattern: '/users/:id/calendar/events',
    anyOfScopes: writeCalendarScopes,
    anyOfAppPermissions: writeCalendarScopes,
    handler: createEvent,
  },
  {
    method: 'GET',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: ['Calendars.Read', 'Calendars.ReadWrite'],
    anyOfAppPermissions: ['Calendars.Read', 'Calendars.ReadWrite'],
    handler: getEvent,
  },
  {
    method: 'PATCH',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: writeCalendarScopes,
    anyOfAppPermissions: writeCalendarScopes,
    handler: updateEvent,
  },
  {
    method: 'DELETE',
    pattern: '/users/:id/events/:eventId',
    anyOfScopes: writeCalendarScopes,
    anyOfAppPermissions: writeCalendarScopes,
    handler: deleteEvent,
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    anyOfAppPermissions: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSettings,
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings/automaticRepliesSetting',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    anyOfAppPermissions: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSetting('automaticRepliesSetting'),
  },
  {
    method: 'GET',
    pattern: '/users/:id/mailboxSettings/workingHours',
    anyOfScopes: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    anyOfAppPermissions: ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'],
    handler: getMailboxSetting('workingHours'),
  },
  {
    method: 'PATCH',
    pattern: '/users/:id/mailboxSettings',
    anyOfScopes: ['MailboxSettings.ReadWrite'],
    anyOfAppPermissions: ['MailboxSettings.ReadWrite'],
    handler: updateMailboxSettings,
  },
];
