// English messages; must have exactly the keys of nl (the type and i18n.test.ts enforce it).
import type { MessageCatalog } from './nl';

export const en: MessageCatalog = {
  'app.name': 'Bereikbaar',
  'app.loading': 'Loading Bereikbaar…',

  'role.agent': 'Front-office agent',
  'role.teamLeader': 'Team leader',
  'role.employee': 'Employee',
  'role.coordinator': 'Front-office coordinator',

  'host.teams': 'Microsoft Teams',
  'host.outlook': 'Outlook',
  'host.m365': 'Microsoft 365 app',
  'host.browser': 'Web browser',

  'shell.skipToContent': 'Skip to content',
  'shell.navigation': 'Main navigation',
  'shell.userRoles': 'Roles: {roles}',
  'shell.language': 'Language',
  'shell.language.nl': 'Nederlands',
  'shell.language.en': 'English',
  'shell.theme': 'Appearance',
  'shell.theme.light': 'Light',
  'shell.theme.dark': 'Dark',
  'shell.theme.system': 'System',
  'shell.signOut': 'Sign out',

  'route.home': 'Home',

  'home.title': 'Welcome, {name}',
  'home.intro':
    'During a call, Bereikbaar shows whether a colleague is reachable, busy or absent, who substitutes, and makes sure every callback request is picked up within two working days.',
  'home.you': 'Your details',
  'home.account': 'Account',
  'home.roles': 'Your roles',
  'home.host': 'Opened in',
  'home.dataSource': 'Data source',
  'home.dataSource.demo': 'Demo tenant (municipality of Lindeburg) at {url}',
  'home.dataSource.tenant': 'Your Microsoft 365 tenant ({tenant})',
  'home.graph.title': 'Connection to Microsoft Graph',
  'home.graph.checking': 'Checking the connection…',
  'home.graph.connected': 'Connected. Graph knows you as:',
  'home.graph.displayName': 'Name',
  'home.graph.jobTitle': 'Job title',
  'home.graph.department': 'Department',
  'home.graph.notSet': 'Not set',
  'home.graph.failed': 'No connection to Microsoft Graph: {message}',
  'home.graph.checkedAt': 'Checked at {time}',
  'home.graph.recheck': 'Check again',

  'signIn.demo.title': 'Sign in to the demo',
  'signIn.demo.intro':
    'This is the demo tenant of the fictional municipality of Lindeburg. Choose who you want to use Bereikbaar as; each person has a different role.',
  'signIn.demo.loading': 'Loading demo people…',
  'signIn.demo.signingIn': 'Signing in…',
  'signIn.demo.none':
    'The demo tenant has no people to sign in as. Restore it with npm run emulator:reset.',
  'signIn.tenant.title': 'Sign in',
  'signIn.tenant.intro': "Sign in with your municipality's work account.",
  'signIn.tenant.button': 'Sign in with your work account',
  'signIn.tenant.checking': 'Checking sign-in…',

  'error.retry': 'Try again',
  'error.details': 'Error message: {message}',
  'error.whatToDo': 'What can you do?',

  'error.config.title': 'Bereikbaar is not configured correctly',
  'error.config.intro':
    'The app cannot start because its configuration is wrong. Fix these environment variables and build or start the app again. Without BRK_CLIENT_ID the app starts with the demo tenant.',
  'error.config.variable': 'Variable',
  'error.config.problem': 'What is wrong',
  'error.config.example': 'Example',
  'error.config.value': '(now: {value})',
  'config.problem.missing': 'Missing; required when the app works with your own tenant.',
  'config.problem.notGuid': 'Is not a GUID.',
  'config.problem.notTenant': 'Is neither a tenant id (GUID) nor a verified domain.',
  'config.problem.notSharePointSite':
    'Is not a SharePoint site in the form host:/sites/name or a site id.',
  'config.problem.notUrl': 'Is not a valid URL.',
  'config.problem.notHttps': 'Must use https; http is allowed for localhost only.',
  'config.problem.notMode': 'Must be "demo" or "tenant".',

  'error.signIn.title': 'Sign-in failed',
  'error.signIn.intro': 'We could not sign you in to Bereikbaar.',
  'error.signIn.advice':
    'Try again. Allow pop-ups for this site if asked. If it still fails, ask the service desk whether your account has access to Bereikbaar.',

  'error.graph.title': 'Microsoft Graph is unreachable',
  'error.graph.intro': 'The app could not reach {url}.',
  'error.graph.advice.demo':
    'The demo tenant is not running. Start the app and the demo tenant together with npm start, or only the demo tenant with npm run emulator, then try again.',
  'error.graph.advice.tenant':
    'Check your network connection and try again. If it still fails, report it to the service desk.',
};
