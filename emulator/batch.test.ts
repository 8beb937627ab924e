import { parseBatchRequests, runBatch } from './batch';
import type { BatchSubRequest } from './batch';
import { GraphHttpError } from './http';

const renderError = (error: GraphHttpError) => ({
  status: error.status,
  headers: {},
  body: { error: { code: error.code } },
});

function requests(count: number): unknown {
  return {
    requests: Array.from({ length: count }, (_, index) => ({
      id: String(index + 1),
      method: 'GET',
      url: '/me',
    })),
  };
}

function expectBadRequest(body: unknown, message: RegExp): void {
  try {
    parseBatchRequests(body);
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphHttpError);
    expect((error as GraphHttpError).status).toBe(400);
    expect((error as GraphHttpError).message).toMatch(message);
  }
}

describe('parseBatchRequests', () => {
  it('accepts 20 requests and refuses 21', () => {
    expect(parseBatchRequests(requests(20))).toHaveLength(20);
    expectBadRequest(requests(21), /at most 20/);
  });

  it('refuses duplicate ids, compared case-insensitively', () => {
    expectBadRequest(
      {
        requests: [
          { id: 'a', method: 'GET', url: '/me' },
          { id: 'A', method: 'GET', url: '/me' },
        ],
      },
      /more than once/,
    );
  });

  it('refuses a body without requests, an unknown method and a dependency outside the batch', () => {
    expectBadRequest({}, /requests/);
    expectBadRequest({ requests: [{ id: '1', method: 'TRACE', url: '/me' }] }, /method/);
    expectBadRequest(
      { requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] },
      /not in the batch/,
    );
  });

  it('lower-cases header names', () => {
    const [request] = parseBatchRequests({
      requests: [
        { id: '1', method: 'get', url: 'users', headers: { ConsistencyLevel: 'eventual' } },
      ],
    });
    expect(request).toMatchObject({ method: 'GET', headers: { consistencylevel: 'eventual' } });
  });
});

describe('runBatch', () => {
  it('runs dependencies first and answers 424 when one failed, without executing the dependant', async () => {
    const executed: string[] = [];
    const parsed = parseBatchRequests({
      requests: [
        { id: '3', method: 'GET', url: '/c', dependsOn: ['2'] },
        { id: '1', method: 'GET', url: '/a' },
        { id: '2', method: 'GET', url: '/b', dependsOn: ['1'] },
        { id: '4', method: 'GET', url: '/fail' },
        { id: '5', method: 'GET', url: '/d', dependsOn: ['4'] },
      ],
    });
    const responses = await runBatch(
      parsed,
      (request: BatchSubRequest) => {
        executed.push(request.id);
        return Promise.resolve({
          status: request.url === '/fail' ? 404 : 200,
          headers: {},
          body: {},
        });
      },
      renderError,
    );
    expect(executed).toEqual(['1', '2', '3', '4']);
    expect(responses.map((response) => [response.id, response.status])).toEqual([
      ['3', 200],
      ['1', 200],
      ['2', 200],
      ['4', 404],
      ['5', 424],
    ]);
    expect(responses[4]?.body).toEqual({ error: { code: 'FailedDependency' } });
  });

  it('refuses a circular dependency before executing anything', async () => {
    const parsed = parseBatchRequests({
      requests: [
        { id: '1', method: 'GET', url: '/a', dependsOn: ['2'] },
        { id: '2', method: 'GET', url: '/b', dependsOn: ['1'] },
      ],
    });
    const execute = vi.fn(() => Promise.resolve({ status: 200, headers: {} }));
    await expect(runBatch(parsed, execute, renderError)).rejects.toThrow(/circular/);
    expect(execute).not.toHaveBeenCalled();
  });
});
