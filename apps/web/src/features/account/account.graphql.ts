import { graphql } from '../../gql';

/** A role with its scope, as the pages show it: "Cluster CEO: Haifa Bay". */
export const ROLE_GRANT_FIELDS = graphql(`
  fragment RoleGrantFields on RoleGrant {
    id
    role
    grantedAt
    cluster {
      id
      slug
      name {
        ...LocalizedTextFields
      }
    }
    forum {
      id
      name {
        ...LocalizedTextFields
      }
    }
  }
`);

/** Who is signed in (or null): the header, the guards and "My account" read it. */
export const VIEWER_QUERY = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
      status
      roles {
        ...RoleGrantFields
      }
    }
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const ACCEPT_INVITATION_MUTATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
    }
  }
`);

export const CHANGE_PASSWORD_MUTATION = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
`);

export const MY_API_TOKENS_QUERY = graphql(`
  query MyApiTokens {
    myApiTokens {
      ...ApiTokenFields
    }
  }
`);

export const CREATE_API_TOKEN_MUTATION = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const REVOKE_API_TOKEN_MUTATION = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
