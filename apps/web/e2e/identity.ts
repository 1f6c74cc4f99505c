import { randomUUID } from 'node:crypto';
import { expect, type APIRequest, type APIRequestContext, type Page } from '@playwright/test';

/** The demo accounts the API seeds outside production (docs/access.md). */
export const DEMO = {
  admin: 'admin@demo.roundtable.test',
  pmo: 'pmo@demo.roundtable.test',
  ceoHaifaBay: 'ceo.haifa-bay@demo.roundtable.test',
  ceoWesternNegev: 'ceo.western-negev@demo.roundtable.test',
  stakeholder: 'stakeholder@demo.roundtable.test',
} as const;
export const DEMO_PASSWORD = 'roundtable-demo';

interface GraphQLAnswer<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** A GraphQL request in a request context; the session cookie is the context's own. */
export async function graphql<T = Record<string, unknown>>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer<T>> {
  const response = await request.post('/graphql', { data: { query, variables }, headers });
  return (await response.json()) as GraphQLAnswer<T>;
}

const SIGN_IN = 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }';

/**
 * Signs the page's browser in through the API: `page.request` shares the browser context's
 * cookies, so the session cookie the API sets is the page's too. Faster than the form, which
 * identity.spec.ts tests on its own.
 */
export async function signInAs(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const answer = await graphql(page.request, SIGN_IN, { input: { email, password } });
  expect(answer.errors, `sign in as ${email}`).toBeUndefined();
}

/** An administrator's API session of its own, for arranging a test's data. */
export async function adminRequest(requests: APIRequest, baseURL: string | undefined): Promise<APIRequestContext> {
  const request = await requests.newContext({ baseURL });
  const answer = await graphql(request, SIGN_IN, { input: { email: DEMO.admin, password: DEMO_PASSWORD } });
  expect(answer.errors).toBeUndefined();
  return request;
}

export interface NewAccount {
  id: string;
  email: string;
  displayName: string;
  password: string;
  token: string;
}

/**
 * A new account of the test's own (parallel tests never share one): invited by the demo
 * administrator with `roles`, and, when `accept` is given, made active by accepting the
 * invitation in that request context (which is then signed in as the new account).
 */
export async function newAccount(
  admin: APIRequestContext,
  {
    roles = [{ role: 'STAKEHOLDER' }],
    accept,
    name = 'בדיקה',
  }: {
    roles?: Array<{ role: string; clusterId?: string }>;
    accept?: APIRequestContext;
    name?: string;
  } = {},
): Promise<NewAccount> {
  const unique = randomUUID().slice(0, 8);
  const email = `e2e-${unique}@example.test`;
  const displayName = `${name} ${unique}`;
  const invited = await graphql<{ inviteAccount: { token: string; account: { id: string } } }>(
    admin,
    `
      mutation Invite($input: InviteAccountInput!) {
        inviteAccount(input: $input) {
          token
          account {
            id
          }
        }
      }
    `,
    { input: { email, displayName, roles } },
  );
  expect(invited.errors).toBeUndefined();
  const { token, account } = invited.data!.inviteAccount;
  const password = `a long passphrase ${unique}`;
  if (accept) {
    const accepted = await graphql(
      accept,
      'mutation Accept($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }',
      { input: { token, password } },
    );
    expect(accepted.errors).toBeUndefined();
  }
  return { id: account.id, email, displayName, password, token };
}

/** A cluster's id by its slug, from the public API. */
export async function clusterId(request: APIRequestContext, slug: string): Promise<string> {
  const answer = await graphql<{ cluster: { id: string } }>(
    request,
    'query C($slug: String!) { cluster(slug: $slug) { id } }',
    {
      slug,
    },
  );
  return answer.data!.cluster.id;
}
