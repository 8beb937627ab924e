// The two TeamsJS namespaces the app uses, fetched as the "teams-js" chunk only inside a Teams-family host. Importing
// them through this module (not `import('@microsoft/teams-js')`, whose namespace object webpack must keep whole)
// leaves the package's other capabilities (meetings, media, dialogs, …) out of the chunk.
export { app, nestedAppAuth } from '@microsoft/teams-js';
