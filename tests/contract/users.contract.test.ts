// Contract: users (get, list with $select/$filter/$search/$count, manager, directReports, delta, create) against the
// examples in the Microsoft Graph v1.0 documentation, typed with @microsoft/microsoft-graph-types.
import type * as MicrosoftGraph from '@microsoft/microsoft-graph-types';
import {
  jsonContentType,
  mohamed,
  pieter,
  propertyNames,
  sanne,
  shapeDifferences,
  startContractTenant,
} from './contract-support';
import type { ContractTenant } from './contract-support';

let tenant: ContractTenant;
beforeAll(async () => {
  tenant = await startContractTenant();
});
afterAll(async () => {
  await tenant.emulator.close();
});

// Doc "Get a user", example 1 (standard users request): the default property set.
const documentedUser = {
  businessPhones: ['+1 425 555 0109'],
  displayName: 'Adele Vance',
  givenName: 'Adele',
  jobTitle: 'Retail Manager',
  mail: 'AdeleV@contoso.com',
  mobilePhone: null,
  officeLocation: null,
  preferredLanguage: null,
  surname: 'Vance',
  userPrincipalName: 'AdeleV@contoso.com',
  id: '87d349ed-44d7-43e1-9a83-5f2406dee5bd',
};
const defaultUserProperties = propertyNames(documentedUser);

describe('Get a user', () => {
  it('GET /users/{id} returns the default properties', async () => {
    const id = tenant.user(pieter).id;
    const res = await tenant.call(sanne, 'GET', `/users/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documentedUser)).toEqual([]);
    expect(propertyNames(res.json)).toEqual(defaultUserProperties);
    const user = res.json as MicrosoftGraph.User;
    expect(user.id).toBe(id);
    expect(user.userPrincipalName).toBe(pieter);
  });

  it('GET /me is the signed-in user', async () => {
    const res = await tenant.call(sanne, 'GET', '/me');
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documentedUser)).toEqual([]);
    expect((res.json as MicrosoftGraph.User).userPrincipalName).toBe(sanne);
  });

  it('$select returns exactly the selected properties and names them in @odata.context', async () => {
    // Doc example 3 selects displayName,givenName,postalCode (identities is not held by the demo tenant).
    const id = tenant.user(pieter).id;
    const res = await tenant.call(
      sanne,
      'GET',
      `/users/${id}?$select=displayName,givenName,postalCode`,
    );
    expect(res.status).toBe(200);
    expect(res.json['@odata.context']).toBe(
      `${tenant.emulator.graphUrl}/$metadata#users(displayName,givenName,postalCode)/$entity`,
    );
    expect(propertyNames(res.json)).toEqual(['displayName', 'givenName', 'postalCode']);
  });

  it('an unknown id is a 404 in the error envelope', async () => {
    const res = await tenant.call(sanne, 'GET', '/users/00000000-0000-0000-0000-000000000000');
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual(
      expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
    );
  });
});

describe('List users', () => {
  it('GET /users (example 1) returns a page of users with @odata.context', async () => {
    // Doc "List users", example 1.
    const documented = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      value: [documentedUser],
    };
    const res = await tenant.call(sanne, 'GET', '/users');
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    expect(res.json['@odata.context']).toBe(`${tenant.emulator.graphUrl}/$metadata#users`);
    const body = res.json as { value: MicrosoftGraph.User[]; '@odata.nextLink'?: string };
    expect(body.value.length).toBe(100);
    expect(body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\.0\/users\?/);
    expect(propertyNames(body.value[0])).toEqual(defaultUserProperties);
  });

  it('GET /users/$count with ConsistencyLevel: eventual (example 3) answers text/plain', async () => {
    const res = await tenant.call(sanne, 'GET', '/users/$count', {
      headers: { ConsistencyLevel: 'eventual' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(Number(res.text)).toBe(
      tenant.emulator.state.users.filter((user) => user.deletedSeq === undefined).length,
    );
  });

  it('$filter=startswith + $orderby + $count=true + $top=1 (example 4)', async () => {
    // Doc "List users", example 4: the shape of the response, with @odata.count.
    const documented = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      '@odata.count': 1,
      value: [{ displayName: 'a', mail: 'a@contoso.com', userPrincipalName: 'a@contoso.com' }],
    };
    const res = await tenant.call(
      sanne,
      'GET',
      "/users?$filter=startswith(displayName,'s')&$orderby=displayName&$count=true&$top=1",
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const body = res.json as { value: MicrosoftGraph.User[]; '@odata.count': number };
    expect(body.value).toHaveLength(1);
    expect(body['@odata.count']).toBeGreaterThan(1);
    expect(body.value[0]?.displayName?.toLowerCase().startsWith('s')).toBe(true);
  });

  it('$filter=endswith + $orderby + $count=true (example 5) is an advanced query', async () => {
    const res = await tenant.call(
      sanne,
      'GET',
      "/users?$filter=endswith(mail,'@lindeburg.example')&$orderby=userPrincipalName&$count=true",
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(res.status).toBe(200);
    expect(typeof res.json['@odata.count']).toBe('number');
    const body = res.json as { value: MicrosoftGraph.User[] };
    expect(body.value.every((user) => user.mail?.endsWith('@lindeburg.example'))).toBe(true);
  });

  it('$filter=eq with a quote escaped by doubling it', async () => {
    const res = await tenant.call(sanne, 'GET', "/users?$filter=displayName eq 'O''Brien'");
    expect(res.status).toBe(200);
    expect(res.json.value).toEqual([]);
  });

  it('$search="displayName:wa" + $orderby + $count=true with ConsistencyLevel (example 6)', async () => {
    // Doc "List users", example 6.
    const documented = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
      '@odata.count': 7,
      value: [{ displayName: 'Oscar Ward', givenName: 'Oscar', mail: 'x', userPrincipalName: 'x' }],
    };
    const res = await tenant.call(
      sanne,
      'GET',
      '/users?$search="displayName:sanne"&$orderby=displayName&$count=true',
      { headers: { ConsistencyLevel: 'eventual' } },
    );
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const body = res.json as { value: MicrosoftGraph.User[] };
    expect(body.value.map((user) => user.userPrincipalName)).toContain(sanne);
  });

  it('$search without ConsistencyLevel: eventual is a 400', async () => {
    const res = await tenant.call(sanne, 'GET', '/users?$search="displayName:sanne"');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('Request_UnsupportedQuery');
  });

  it('$top above 999 is a 400', async () => {
    const res = await tenant.call(sanne, 'GET', '/users?$top=1000');
    expect(res.status).toBe(400);
    expect(typeof res.json.error.code).toBe('string');
  });

  it('without a directory read scope /users is a 403', async () => {
    const res = await tenant.call(sanne, 'GET', '/users', { scopes: ['User.Read'] });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('Authorization_RequestDenied');
  });
});

describe('List manager', () => {
  it('GET /users/{upn}/manager returns the manager (example 1)', async () => {
    // Doc "List manager", example 1.
    const documented = {
      id: '7d54cb02-aaa3-4016-9f9c-a4b49422dd9b',
      displayName: 'Sara Davis',
      jobTitle: 'Finance VP',
      mail: 'SaraD@contoso.onmicrosoft.com',
      userPrincipalName: 'SaraD@contoso.onmicrosoft.com',
    };
    const res = await tenant.call(sanne, 'GET', `/users/${pieter}/manager`);
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    expect(res.json['@odata.type']).toBe('#microsoft.graph.user');
    expect((res.json as MicrosoftGraph.User).userPrincipalName).toBe(mohamed);
  });
});

describe('List directReports', () => {
  it('GET /me/directReports returns directory objects', async () => {
    // Doc "List directReports".
    const documented = { value: [{ id: 'id-value' }] };
    const res = await tenant.call(mohamed, 'GET', '/me/directReports');
    expect(res.status).toBe(200);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    const body = res.json as { value: MicrosoftGraph.User[] };
    expect(body.value.map((user) => user.userPrincipalName)).toContain(pieter);
  });
});

describe('user: delta', () => {
  // Doc "user: delta", example 1 (default properties).
  const documented = {
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
    '@odata.nextLink': 'https://graph.microsoft.com/v1.0/users/delta?$skiptoken=pqwSUjGYvb3',
    value: [documentedUser],
  };

  it('GET /users/delta pages with nextLink and ends with a deltaLink', async () => {
    const first = await tenant.call(sanne, 'GET', '/users/delta');
    expect(first.status).toBe(200);
    expect(shapeDifferences(first.json, documented)).toEqual([]);
    let next: string | undefined = first.json['@odata.nextLink'];
    let deltaLink: string | undefined;
    let pages = 1;
    while (next && pages < 20) {
      const page = await tenant.call(sanne, 'GET', next.slice(tenant.emulator.graphUrl.length));
      expect(page.status).toBe(200);
      next = page.json['@odata.nextLink'];
      deltaLink = page.json['@odata.deltaLink'];
      pages++;
    }
    expect(deltaLink).toMatch(/\/v1\.0\/users\/delta\?\$deltatoken=/);
  });

  it('$select=displayName,jobTitle,mobilePhone (example 2) tracks those properties and id', async () => {
    const res = await tenant.call(
      sanne,
      'GET',
      '/users/delta?$select=displayName,jobTitle,mobilePhone',
    );
    expect(res.status).toBe(200);
    for (const user of res.json.value as MicrosoftGraph.User[]) {
      expect(propertyNames(user)).toEqual(['displayName', 'id', 'jobTitle', 'mobilePhone']);
    }
  });
});

describe('Create User', () => {
  it('POST /users (example 1) creates a user: 201 with the user and @odata.context', async () => {
    // Doc "Create User", example 1; properties the request does not set may be null in a real tenant.
    const documented = {
      '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users/$entity',
      ...documentedUser,
      businessPhones: [],
      givenName: null,
      jobTitle: null,
      surname: null,
    };
    const res = await tenant.call(mohamed, 'POST', '/users', {
      body: {
        accountEnabled: true,
        displayName: 'Adele Vance',
        mailNickname: 'AdeleV',
        userPrincipalName: 'AdeleV@lindeburg.example',
        passwordProfile: { forceChangePasswordNextSignIn: true, password: 'xWwvJ]6NMw+bWH-d' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(jsonContentType);
    expect(shapeDifferences(res.json, documented)).toEqual([]);
    expect(res.json['@odata.context']).toBe(`${tenant.emulator.graphUrl}/$metadata#users/$entity`);
    const user = res.json as MicrosoftGraph.User;
    expect(user.displayName).toBe('Adele Vance');
    expect(res.headers.get('location')).toBe(`${tenant.emulator.graphUrl}/users/${user.id}`);
    const read = await tenant.call(sanne, 'GET', '/users/AdeleV@lindeburg.example');
    expect(read.status).toBe(200);
  });

  it('without User.ReadWrite.All creating a user is a 403', async () => {
    const res = await tenant.call(mohamed, 'POST', '/users', {
      scopes: ['User.Read.All'],
      body: {
        accountEnabled: true,
        displayName: 'Niet Toegestaan',
        mailNickname: 'niet',
        userPrincipalName: 'niet@lindeburg.example',
        passwordProfile: { password: 'xWwvJ]6NMw+bWH-d' },
      },
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('Authorization_RequestDenied');
  });
});
