// $batch: the JSON batch request, each sub-request throttled, faulted and logged on its own.
import { randomUUID } from 'node:crypto';
import { parseBatchRequests, runBatch } from '../batch';
import type { BatchSubRequest } from '../batch';
import { injectedError, lostAnswerError } from '../control';
import { GraphHttpError } from '../http';
import type { Caller, HttpMethod } from '../http';
import { mailboxConcurrencyLimit, outlookMailboxOwner, TaskLimiter } from '../mailbox-concurrency';
import type { Emulator, GraphAnswer } from './emulator';
import { jsonContentType } from './http-io';

/** One $batch sub-request: throttled, faulted and logged on its own. */
export async function executeSubRequest(
  emulator: Emulator,
  request: BatchSubRequest,
  caller: Caller,
  clientRequestId: string,
): Promise<GraphAnswer> {
  const requestId = randomUUID();
  const relative = request.url.startsWith('/') ? request.url : `/${request.url}`;
  const logPath = `/v1.0${relative}`;
  const answer = await (async (): Promise<GraphAnswer> => {
    const fail = (error: GraphHttpError): GraphAnswer => ({
      status: error.status,
      headers: { 'Content-Type': jsonContentType, ...error.headers },
      body: emulator.errorBody(error, requestId, clientRequestId),
    });
    if (/^[a-z]+:\/\//i.test(request.url))
      return fail(
        new GraphHttpError(
          400,
          'BadRequest',
          'The url of a batch request must be relative to the version, e.g. /me.',
        ),
      );
    if (/^\/?\$batch(\?|$)/i.test(request.url))
      return fail(
        new GraphHttpError(400, 'BadRequest', 'A batch request cannot contain a batch request.'),
      );
    if (request.body !== undefined && request.headers['content-type'] === undefined) {
      return fail(
        new GraphHttpError(
          400,
          'BadRequest',
          'A batch request with a body must have a Content-Type header.',
        ),
      );
    }
    const outcome = emulator.faults.decide(logPath);
    if (outcome.kind !== 'pass') return fail(injectedError(outcome));
    const dispatched = await emulator.dispatch(
      {
        method: request.method,
        pathWithQuery: relative,
        headers: request.headers,
        body: request.body,
        caller,
      },
      requestId,
      clientRequestId,
    );
    if (dispatched.status < 300 && emulator.faults.losesAnswer(request.method, logPath))
      return fail(lostAnswerError());
    return dispatched;
  })();
  emulator.record(request.method, logPath, answer.status, 'sub', caller.upn);
  return answer;
}

/** POST /$batch: runs its sub-requests; a malformed batch is one error answer. */
export async function answerBatch(
  emulator: Emulator,
  method: HttpMethod,
  body: unknown,
  caller: Caller,
  clientRequestId: string,
  fail: (error: GraphHttpError, upn: string | null) => GraphAnswer & { upn: string | null },
): Promise<GraphAnswer & { upn: string | null }> {
  if (method !== 'POST')
    return fail(
      new GraphHttpError(405, 'BadRequest', 'The $batch endpoint only accepts POST.'),
      caller.upn,
    );
  try {
    const requests = parseBatchRequests(body);
    // Graph runs at most 4 of a batch's Outlook sub-requests at a time; the others wait their turn.
    const outlookTurns = new TaskLimiter(mailboxConcurrencyLimit);
    const responses = await runBatch(
      requests,
      (request) =>
        outlookMailboxOwner(
          (request.url.startsWith('/') ? request.url : `/${request.url}`).replace(
            /^\/me(?=\/|$|\?)/i,
            `/users/${caller.userId}`,
          ),
        ) === null
          ? executeSubRequest(emulator, request, caller, clientRequestId)
          : outlookTurns.run(() => executeSubRequest(emulator, request, caller, clientRequestId)),
      (error) => ({
        status: error.status,
        headers: { 'Content-Type': jsonContentType, ...error.headers },
        body: emulator.errorBody(error, randomUUID(), clientRequestId),
      }),
    );
    return {
      status: 200,
      headers: { 'Content-Type': jsonContentType },
      body: { responses },
      upn: caller.upn,
    };
  } catch (error) {
    if (error instanceof GraphHttpError) return fail(error, caller.upn);
    throw error;
  }
}
