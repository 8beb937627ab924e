// POST /users/{id}/sendMail (and /me/sendMail): validates the message as Exchange does and keeps it in the outbox.
import { randomUUID } from 'node:crypto';
import { GraphHttpError } from '../http';
import type { Route, RouteContext, RouteResult } from '../http';

const emailPattern = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

function invalidRequest(message: string): GraphHttpError {
  return new GraphHttpError(400, 'ErrorInvalidRequest', message);
}

function readRecipients(
  message: Record<string, unknown>,
  property: 'toRecipients' | 'ccRecipients' | 'bccRecipients',
): number {
  const value = message[property];
  if (value === undefined || value === null) return 0;
  if (!Array.isArray(value))
    throw invalidRequest(`The property '${property}' must be a collection of recipients.`);
  for (const recipient of value) {
    const address = (recipient as { emailAddress?: { address?: unknown } } | null)?.emailAddress
      ?.address;
    if (typeof address !== 'string' || !emailPattern.test(address.trim())) {
      throw new GraphHttpError(
        400,
        'ErrorInvalidRecipients',
        `At least one recipient isn't valid., Recipient '${typeof address === 'string' ? address : ''}' isn't resolved. All recipients must be resolved before a message can be submitted.`,
      );
    }
  }
  return value.length;
}

/**
 * Application Mail.Send reaches every mailbox unless Exchange Online limits the app: an application access policy
 * (RestrictAccess) lets it reach only the mailboxes in the policy's scope, and Exchange refuses the others with
 * 403 ErrorAccessDenied. https://learn.microsoft.com/en-us/graph/auth-limit-mailbox-access
 */
function requireMailboxInAccessPolicy(ctx: RouteContext, mailboxUserId: string): void {
  const registration = ctx.state.appRegistrations?.find(
    (candidate) => candidate.appId.toLowerCase() === ctx.caller.appId.toLowerCase(),
  );
  const policy = registration?.mailboxAccessPolicy;
  if (policy === undefined || policy.mailboxUserIds.includes(mailboxUserId)) return;
  throw new GraphHttpError(
    403,
    'ErrorAccessDenied',
    'Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings.',
  );
}

function sendMail(ctx: RouteContext): RouteResult {
  const targetId = (ctx.params.id ?? '').toLowerCase();
  const sender = ctx.state.users.find(
    (user) =>
      user.deletedSeq === undefined &&
      (user.id.toLowerCase() === targetId || user.userPrincipalName.toLowerCase() === targetId),
  );
  if (!sender)
    throw new GraphHttpError(
      404,
      'ErrorInvalidUser',
      `The requested user '${ctx.params.id ?? ''}' is invalid.`,
    );
  if (ctx.caller.authentication === 'application') requireMailboxInAccessPolicy(ctx, sender.id);
  // Delegated Mail.Send sends as the signed-in user only; sending as someone else needs Send As rights.
  else if (sender.id !== ctx.caller.userId)
    throw new GraphHttpError(
      403,
      'ErrorAccessDenied',
      'Access is denied. Check credentials and try again.',
    );
  const body = ctx.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalidRequest('Empty Payload. JSON content expected.');
  const message = (body as Record<string, unknown>).message;
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw invalidRequest("The property 'message' is required and must be a message object.");
  }
  const record = message as Record<string, unknown>;
  if (
    record.subject !== undefined &&
    record.subject !== null &&
    typeof record.subject !== 'string'
  ) {
    throw invalidRequest("The property 'subject' must be a string.");
  }
  if (record.body !== undefined && record.body !== null) {
    const messageBody = record.body as Record<string, unknown>;
    const contentType =
      typeof messageBody.contentType === 'string' ? messageBody.contentType.toLowerCase() : 'text';
    if (
      typeof messageBody !== 'object' ||
      !['text', 'html'].includes(contentType) ||
      (messageBody.content !== undefined && typeof messageBody.content !== 'string')
    ) {
      throw invalidRequest(
        "The property 'body' must be an itemBody with contentType 'text' or 'html'.",
      );
    }
  }
  const recipients =
    readRecipients(record, 'toRecipients') +
    readRecipients(record, 'ccRecipients') +
    readRecipients(record, 'bccRecipients');
  if (recipients === 0) {
    throw new GraphHttpError(
      400,
      'ErrorInvalidRecipients',
      "At least one recipient isn't valid., A message can't be sent because it contains no recipients.",
    );
  }
  // The documented example sends "saveToSentItems": "false"; Graph reads the strings "true"/"false" as booleans.
  const rawSaveToSentItems = (body as Record<string, unknown>).saveToSentItems;
  const saveToSentItems =
    typeof rawSaveToSentItems === 'string' && /^(true|false)$/i.test(rawSaveToSentItems)
      ? rawSaveToSentItems.toLowerCase() === 'true'
      : rawSaveToSentItems;
  if (saveToSentItems !== undefined && typeof saveToSentItems !== 'boolean')
    throw invalidRequest("The property 'saveToSentItems' must be a boolean.");
  ctx.state.outbox.push({
    id: randomUUID(),
    fromUserId: sender.id,
    sentDateTime: ctx.now().toISOString(),
    message: structuredClone(record),
    saveToSentItems: saveToSentItems ?? true,
  });
  ctx.markChanged();
  return { status: 202 };
}

export const mailRoutes: readonly Route[] = [
  {
    method: 'POST',
    pattern: '/users/:id/sendMail',
    anyOfScopes: ['Mail.Send'],
    anyOfAppPermissions: ['Mail.Send'],
    handler: sendMail,
  },
];
