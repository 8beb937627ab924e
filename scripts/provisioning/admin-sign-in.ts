// How provisioning signs in on a real tenant, as a SharePoint administrator: either two delegated tokens given in
// the environment (BRK_GRAPH_TOKEN for Graph, BRK_SHAREPOINT_TOKEN for https://<tenant>.sharepoint.com), or
// MSAL Node's device-code flow with an app registration that allows public client flows. The device code signs in
// once and gets the SharePoint token silently for the same account.
import { PublicClientApplication } from '@azure/msal-node';
import { administratorScopes, sharePointScopes } from './admin-scopes';

export type AdminTokens = { graph: string; sharePoint: string };

/**
 * Signs in with the device code: prints Microsoft's instruction (a URL and a code to type), waits for the
 * administrator, and returns both tokens.
 */
export async function signInWithDeviceCode(options: {
  clientId: string;
  tenantId: string;
  /** The SharePoint resource, e.g. https://contoso.sharepoint.com */
  sharePointResource: string;
  say: (message: string) => void;
}): Promise<AdminTokens> {
  const msal = new PublicClientApplication({
    auth: {
      clientId: options.clientId,
      authority: `https://login.microsoftonline.com/${options.tenantId}`,
    },
  });
  const graph = await msal.acquireTokenByDeviceCode({
    scopes: administratorScopes.map((scope) => `https://graph.microsoft.com/${scope}`),
    deviceCodeCallback: (response) => options.say(response.message),
  });
  if (graph === null || graph.account === null)
    throw new Error('The device-code sign-in did not complete.');
  const sharePoint = await msal.acquireTokenSilent({
    account: graph.account,
    scopes: sharePointScopes.map((scope) => `${options.sharePointResource}/${scope}`),
  });
  return { graph: graph.accessToken, sharePoint: sharePoint.accessToken };
}
