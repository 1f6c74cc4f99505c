import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_QUERY_ALIASES,
  MAX_QUERY_COST,
  MAX_QUERY_DEPTH,
  MAX_QUERY_TOKENS,
} from '../../src/common/graphql/query-limits.js';
import { MAX_BODY_BYTES } from '../../src/common/http/json-body.js';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../../src/common/http/timeouts.js';
import { seedDatabase } from '../../src/database/seeds/seed.js';
import { createAccount, TEST_PASSWORD } from '../support/identity.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

type ErrorBody = GraphQLResponse<unknown>;

const firstError = (body: ErrorBody) => body.errors?.[0] as { message: string; extensions: Record<string, unknown> };

/** Every refusal: one error, a stable code, a message, no stack trace anywhere in the answer. */
async function refusal(response: Response, status: number, code: string) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(text).not.toMatch(/ at .*\.(js|ts):\d+/);
  const body = JSON.parse(text) as ErrorBody;
  expect(body.errors).toHaveLength(1);
  const error = firstError(body);
  expect(error.extensions['code']).toBe(code);
  expect(error.message.length).toBeGreaterThan(20);
  return error;
}

/** Compact, so that a thousand of them fit in a body under the size limit. */
const SIGN_IN = (email: string, password: string) => `signIn(input:{email:"${email}",password:"${password}"}){id}`;

describe('the edge: hostile requests are refused with clear codes while the server keeps serving', () => {
  let db: TestDatabase;
  let server: TestServer;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.dataSource);
    const logger = pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    server = await startTestServer(db.dataSource, { SIGN_IN_ATTEMPTS_PER_ACCOUNT: '3' }, { logger });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  // After every hostile request: the process answers, and so does a normal query.
  afterEach(async () => {
    expect((await server.fetch('/healthz')).status).toBe(200);
    const { status, body } = await server.request<{ sectors: { code: string }[] }>(`{ sectors { code } }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.sectors.length).toBeGreaterThan(0);
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    server.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const postQuery = (query: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query, variables }));
  const signInAttempts = async () =>
    Number((await db.dataSource.query(`SELECT coalesce(sum(points), 0) AS n FROM sign_in_limit`))[0].n);

  describe('query limits', () => {
    it('refuses a depth bomb with QUERY_TOO_COMPLEX, saying how deep it may go', async () => {
      let nested = '__typename';
      // cluster → authorities → authority → clusters → cluster → …, 40 levels under the first.
      for (let level = 39; level >= 0; level -= 1) {
        nested = `${['authorities', 'authority', 'clusters', 'cluster'][level % 4]} { ${nested} }`;
      }
      const error = await refusal(
        await postQuery(`{ cluster(slug: "haifa-bay") { ${nested} } }`),
        400,
        'QUERY_TOO_COMPLEX',
      );
      expect(error.extensions).toMatchObject({ limit: 'depth', maximum: MAX_QUERY_DEPTH, actual: 42 });
      expect(error.message).toMatch(/at most 12 levels/);
    });

    it('refuses introspection nested inside itself (__type and __schema) with QUERY_TOO_COMPLEX', async () => {
      const typeRef = `fields { type { ${'ofType { '.repeat(20)}name${' }'.repeat(20)} } }`;
      const deepType = await refusal(
        await postQuery(`{ __type(name: "Cluster") { ${typeRef} } }`),
        400,
        'QUERY_TOO_COMPLEX',
      );
      expect(deepType.extensions['limit']).toBe('depth');

      let lists = 'name';
      for (let level = 0; level < 6; level += 1) lists = `fields { type { ${lists} } }`;
      const deepSchema = await refusal(
        await postQuery(`{ __schema { types { ${lists} } } }`),
        400,
        'QUERY_TOO_COMPLEX',
      );
      expect(deepSchema.extensions['limit']).toBe('introspectionDepth');
    });

    it('refuses an alias bomb: 1,000 aliases stop at the token limit, 100 at the alias limit', async () => {
      const aliases = (count: number) =>
        `{ ${Array.from({ length: count }, (_, i) => `s${i}: sectors { code }`).join(' ')} }`;
      const thousand = await refusal(await postQuery(aliases(1000)), 400, 'QUERY_TOO_COMPLEX');
      expect(thousand.extensions).toMatchObject({ limit: 'tokens', maximum: MAX_QUERY_TOKENS });
      const hundred = await refusal(await postQuery(aliases(100)), 400, 'QUERY_TOO_COMPLEX');
      expect(hundred.extensions).toMatchObject({ limit: 'aliases', maximum: MAX_QUERY_ALIASES, actual: 100 });
    });

    it('refuses a token bomb with QUERY_TOO_COMPLEX, not a parse failure', async () => {
      const error = await refusal(await postQuery(`{ ${'__typename '.repeat(5000)}}`), 400, 'QUERY_TOO_COMPLEX');
      expect(error.extensions['limit']).toBe('tokens');
      expect(error.message).toMatch(/at most 1,000 tokens.*variables/);
    });

    it('refuses a page larger than 100 with BAD_USER_INPUT, and nested pages that cost too much with QUERY_TOO_COMPLEX', async () => {
      const huge = await server.request(`{ localAuthorities(first: 1000000) { nodes { id } } }`);
      expect(huge.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(huge.body.errors?.[0]?.message).toBe('first must be at most 100');

      // The page size comes in a variable: the cost is checked with the request's variables.
      const nestedPages = `query ($n: Int!) { localAuthorities(first: $n) { nodes { clusters { cluster {
        authorities { authority { clusters { cluster { name { he } } } } } } } } } }`;
      const small = await server.request(nestedPages, { n: 1 });
      expect(small.status).toBe(200);
      expect(small.body.errors).toBeUndefined();
      const error = await refusal(await postQuery(nestedPages, { n: 100 }), 400, 'QUERY_TOO_COMPLEX');
      expect(error.extensions).toMatchObject({ limit: 'cost', maximum: MAX_QUERY_COST });
      expect(error.extensions['actual']).toBeGreaterThan(MAX_QUERY_COST);
    });
  });

  describe('the HTTP body', () => {
    it('refuses a 10 MB body with 413 PAYLOAD_TOO_LARGE and the request id', async () => {
      const body = JSON.stringify({
        query: '{ sectors { code } }',
        variables: { padding: 'x'.repeat(10 * 1024 * 1024) },
      });
      const response = await post(body);
      const error = await refusal(response, 413, 'PAYLOAD_TOO_LARGE');
      expect(error.extensions['requestId']).toBe(response.headers.get('x-request-id'));
      expect(error.extensions['maximumBytes']).toBe(MAX_BODY_BYTES);
      expect(error.message).toMatch(/100 kB/);
    });

    it('refuses malformed JSON with 400 BAD_REQUEST', async () => {
      const error = await refusal(await post('{"query": "{ sectors { code } }"'), 400, 'BAD_REQUEST');
      expect(error.message).toMatch(/not valid JSON/);
      expect(error.extensions['requestId']).toEqual(expect.any(String));
    });

    it('refuses a batch of 1,000 sign-ins (a JSON array) with 400 BAD_REQUEST, before trying any', async () => {
      const account = await createAccount(db.dataSource);
      const operation = JSON.stringify({ query: `mutation{${SIGN_IN(account.email, 'wrong password!')}}` });
      const batch = `[${Array.from({ length: 1000 }, () => operation).join(',')}]`;
      expect(batch.length).toBeLessThan(MAX_BODY_BYTES);
      const before = await signInAttempts();
      const error = await refusal(await post(batch), 400, 'BAD_REQUEST');
      expect(error.message).toMatch(/one operation per request/);
      expect(await signInAttempts()).toBe(before);
    });
  });

  describe('sign-in attempts', () => {
    it('refuses 1,000 (and 31) aliased sign-ins in one document with QUERY_TOO_COMPLEX, before trying any', async () => {
      const account = await createAccount(db.dataSource);
      const aliased = (count: number) =>
        `mutation { ${Array.from({ length: count }, (_, i) => `a${i}: ${SIGN_IN(account.email, 'wrong password!')}`).join(' ')} }`;
      const before = await signInAttempts();
      await refusal(await postQuery(aliased(1000)), 400, 'QUERY_TOO_COMPLEX');
      const error = await refusal(await postQuery(aliased(MAX_QUERY_ALIASES + 1)), 400, 'QUERY_TOO_COMPLEX');
      expect(error.extensions['limit']).toBe('aliases');
      expect(await signInAttempts()).toBe(before);
    });

    it('answers sequential wrong passwords with INVALID_CREDENTIALS, then RATE_LIMITED with HTTP 429 and Retry-After', async () => {
      const account = await createAccount(db.dataSource);
      const wrong = () => post(JSON.stringify({ query: `mutation { ${SIGN_IN(account.email, 'not the password')} }` }));
      for (let attempt = 1; attempt <= 3; attempt += 1) {
        const response = await wrong();
        expect(response.status).toBe(200);
        expect(firstError((await response.json()) as ErrorBody).extensions['code']).toBe('INVALID_CREDENTIALS');
      }
      const response = await wrong();
      const error = await refusal(response, 429, 'RATE_LIMITED');
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(error.extensions['retryAfterSeconds']).toBe(retryAfter);
      // How Apollo learns the status stays out of the answer.
      expect(error.extensions['http']).toBeUndefined();
      // The right password waits too: the account is locked for the window, not the guesser's luck.
      const right = await server.request(`mutation { ${SIGN_IN(account.email, TEST_PASSWORD)} }`);
      expect(right.status).toBe(429);
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a text/plain POST and a GET without a preflight header with 400 BAD_REQUEST', async () => {
      const plain = await server.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: 'mutation { signOut }' }),
      });
      expect((await refusal(plain, 400, 'BAD_REQUEST')).message).toMatch(/Cross-Site Request Forgery/);
      const get = await server.fetch(`/graphql?query=${encodeURIComponent('{ sectors { code } }')}`);
      await refusal(get, 400, 'BAD_REQUEST');
    });

    it('serves what a browser cannot send cross-site without asking: JSON, or a GET with apollo-require-preflight', async () => {
      const get = await server.fetch(`/graphql?query=${encodeURIComponent('{ sectors { code } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
      expect((await server.request(`{ sectors { code } }`)).status).toBe(200);
    });
  });

  describe('headers and timeouts', () => {
    it('marks GraphQL answers no-store, answers and refusals alike', async () => {
      expect((await server.request(`{ sectors { code } }`)).headers.get('cache-control')).toBe('no-store');
      expect((await post('{')).headers.get('cache-control')).toBe('no-store');
      expect((await postQuery(`{ ${'__typename '.repeat(2000)}}`)).headers.get('cache-control')).toBe('no-store');
    });

    it('sends security headers: no framing, no referrer, a CSP; no HSTS over plain HTTP', async () => {
      const response = await server.fetch('/healthz');
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toBeNull();
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    it('gives slow clients and slow statements a time limit', async () => {
      expect(server.httpServer.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
      expect(server.httpServer.requestTimeout).toBe(REQUEST_TIMEOUT_MS);
      expect(await db.dataSource.query(`SHOW statement_timeout`)).toEqual([{ statement_timeout: '15s' }]);
    });
  });

  describe('unexpected errors', () => {
    it('masks a failure in a resolver as INTERNAL_SERVER_ERROR, and logs it with the stack and the request id', async () => {
      await db.dataSource.query(`ALTER TABLE sector RENAME TO sector_away`);
      let response: Response;
      try {
        response = await postQuery(`{ sectors { code } }`);
      } finally {
        await db.dataSource.query(`ALTER TABLE sector_away RENAME TO sector`);
      }
      const text = await response.text();
      expect(text).not.toMatch(/sector_away|relation|QueryFailedError/);
      const error = firstError(JSON.parse(text) as ErrorBody);
      const requestId = response.headers.get('x-request-id');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId });
      expect(error.message).toMatch(/quote the request id/);
      const entry = logged.find((line) => line['requestId'] === requestId) as { err: { stack: string } };
      expect(entry.err.stack).toMatch(/sector/);
    });

    it('masks a failure before any resolver (the session cannot be looked up) the same way, with a 500', async () => {
      const account = await createAccount(db.dataSource);
      await db.dataSource.query(`ALTER TABLE auth_session RENAME TO auth_session_away`);
      let response: Response;
      try {
        response = await server.fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${account.token}` },
          body: JSON.stringify({ query: '{ me { id } }' }),
        });
      } finally {
        await db.dataSource.query(`ALTER TABLE auth_session_away RENAME TO auth_session`);
      }
      const error = await refusal(response, 500, 'INTERNAL_SERVER_ERROR');
      const requestId = response.headers.get('x-request-id');
      expect(error.extensions['requestId']).toBe(requestId);
      expect(JSON.stringify(error)).not.toMatch(/auth_session/);
      expect(logged.some((line) => line['requestId'] === requestId)).toBe(true);
    });
  });
});

describe('the rate limit per address', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.dataSource, { RATE_LIMIT_REQUESTS_PER_MINUTE: '5' });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  // The test server is reached through loopback, which TRUST_PROXY trusts by default: the address
  // counted is the one its X-Forwarded-For names.
  const from = (address: string) =>
    server.request(`{ sectors { code } }`, {}, { headers: { 'x-forwarded-for': address } });

  it('refuses the request over the limit with 429 RATE_LIMITED and Retry-After, and only for that address', async () => {
    for (let i = 0; i < 5; i += 1) expect((await from('203.0.113.7')).status).toBe(200);
    const over = await from('203.0.113.7');
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(over.body.errors?.[0]?.message).toMatch(/at most 5 a minute/);

    expect((await from('203.0.113.8')).status).toBe(200);
    expect((await server.fetch('/healthz')).status).toBe(200);
  });
});

describe('a production configuration', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.dataSource, { NODE_ENV: 'production' });
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  it('refuses introspection', async () => {
    for (const query of [`{ __schema { queryType { name } } }`, `{ __type(name: "Cluster") { name } }`]) {
      const { status, body } = await server.request(query);
      expect(status).toBe(400);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    // __typename is not introspection: clients add it everywhere.
    expect((await server.request(`{ __typename }`)).body.data).toEqual({ __typename: 'Query' });
  });

  it('hides field suggestions, which shown outside production', async () => {
    const { body } = await server.request(`{ sector { code } }`);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('sends HSTS, since it is served over HTTPS', async () => {
    expect((await server.fetch('/healthz')).headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
  });
});

describe('outside production', () => {
  let db: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db.dataSource);
  });

  afterAll(async () => {
    await server?.close();
    await db?.destroy();
  });

  it('answers introspection, and suggests the field meant', async () => {
    expect((await server.request(`{ __schema { queryType { name } } }`)).status).toBe(200);
    expect((await server.request(`{ sector { code } }`)).body.errors?.[0]?.message).toMatch(/Did you mean "sectors"/);
  });
});
