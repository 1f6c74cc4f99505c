/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LocalizedTextFields on LocalizedText {\n    he\n    ar\n    en\n  }\n": typeof types.LocalizedTextFieldsFragmentDoc,
    "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    grantedAt\n    cluster {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forum {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": typeof types.RoleGrantFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      status\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ClusterActivity {\n    clusterActivity {\n      total {\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n      }\n      districts {\n        district {\n          code\n          name {\n            ...LocalizedTextFields\n          }\n        }\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n        clusters {\n          cluster {\n            id\n            slug\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          forums\n          meetingsLast12Months\n          averageAttendance\n          vacancies\n        }\n      }\n    }\n  }\n": typeof types.ClusterActivityDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    displayName\n    email\n    status\n    isDemo\n    createdAt\n    lastSignedInAt\n    roles {\n      ...RoleGrantFields\n    }\n  }\n": typeof types.AdminAccountFieldsFragmentDoc,
    "\n  query Accounts($search: String, $role: Role, $status: AccountStatus, $after: String) {\n    accounts(search: $search, role: $role, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query ClusterChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": typeof types.ClusterChoicesDocument,
    "\n  query ScopeChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forums {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n      cluster {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n    }\n  }\n": typeof types.ScopeChoicesDocument,
    "\n  fragment InvitationFields on Invitation {\n    token\n    expiresAt\n    account {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteAccountDocument,
    "\n  mutation ReissueInvitation($accountId: ID!) {\n    reissueInvitation(accountId: $accountId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ReissueInvitationDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.RevokeRoleDocument,
    "\n  mutation DisableAccount($accountId: ID!) {\n    disableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.DisableAccountDocument,
    "\n  mutation EnableAccount($accountId: ID!) {\n    enableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n": typeof types.EnableAccountDocument,
    "\n  query AuditEvents(\n    $clusterId: ID\n    $accountId: ID\n    $action: AuditAction\n    $since: DateTimeISO\n    $until: DateTimeISO\n    $after: String\n  ) {\n    auditEvents(\n      clusterId: $clusterId\n      accountId: $accountId\n      action: $action\n      since: $since\n      until: $until\n      first: 50\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        entityType\n        entityId\n        requestId\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n        subjectAccount {\n          id\n          displayName\n        }\n        cluster {\n          id\n          slug\n          name {\n            ...LocalizedTextFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AccountChoices {\n    accounts(first: 100) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AccountChoicesDocument,
    "\n  query Authorities($district: DistrictCode, $kind: AuthorityKind, $clusterId: ID, $search: String, $after: String) {\n    localAuthorities(\n      district: $district\n      kind: $kind\n      clusterId: $clusterId\n      search: $search\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          alternativeNames\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          clusters {\n            cluster {\n              id\n              slug\n              name {\n                ...LocalizedTextFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthoritiesDocument,
    "\n  query AuthorityFilters {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": typeof types.AuthorityFiltersDocument,
    "\n  query Cluster($slug: String!) {\n    cluster(slug: $slug) {\n      id\n      slug\n      viewerCanManage\n      name {\n        ...LocalizedTextFields\n      }\n      legalForm\n      stage\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      foundedOn\n      summary {\n        ...LocalizedTextFields\n      }\n      ceo {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      ceoSince\n      programManager {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      coreTopics {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      visionGoals {\n        ...LocalizedTextFields\n      }\n      declaredMemberCount\n      authorities {\n        isListedByAllSources\n        sources {\n          joinedOn\n          source {\n            id\n          }\n        }\n        authority {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          ...SourceFields\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": typeof types.ClusterDocument,
    "\n  fragment SourceFields on Source {\n    id\n    code\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    publisher {\n      ...LocalizedTextFields\n    }\n    publishedOn\n  }\n": typeof types.SourceFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    occurredOn\n    viewerCanEdit\n    title {\n      ...LocalizedTextFields\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": typeof types.MilestoneFieldsFragmentDoc,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": typeof types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteMilestoneDocument,
    "\n  query ActionDirections {\n    actionDirections {\n      number\n      title {\n        ...LocalizedTextFields\n      }\n      description {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": typeof types.ActionDirectionsDocument,
    "\n  query Home {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n      stage\n      legalForm\n      declaredMemberCount\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          id\n          code\n          title {\n            ...LocalizedTextFields\n          }\n          publishedOn\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query MapAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n        latitude\n        longitude\n        clusters {\n          cluster {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.MapAuthoritiesDocument,
};
const documents: Documents = {
    "\n  fragment LocalizedTextFields on LocalizedText {\n    he\n    ar\n    en\n  }\n": types.LocalizedTextFieldsFragmentDoc,
    "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    grantedAt\n    cluster {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forum {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": types.RoleGrantFieldsFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      status\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.MyApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ClusterActivity {\n    clusterActivity {\n      total {\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n      }\n      districts {\n        district {\n          code\n          name {\n            ...LocalizedTextFields\n          }\n        }\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n        clusters {\n          cluster {\n            id\n            slug\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          forums\n          meetingsLast12Months\n          averageAttendance\n          vacancies\n        }\n      }\n    }\n  }\n": types.ClusterActivityDocument,
    "\n  fragment AdminAccountFields on Account {\n    id\n    displayName\n    email\n    status\n    isDemo\n    createdAt\n    lastSignedInAt\n    roles {\n      ...RoleGrantFields\n    }\n  }\n": types.AdminAccountFieldsFragmentDoc,
    "\n  query Accounts($search: String, $role: Role, $status: AccountStatus, $after: String) {\n    accounts(search: $search, role: $role, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query ClusterChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": types.ClusterChoicesDocument,
    "\n  query ScopeChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forums {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n      cluster {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n    }\n  }\n": types.ScopeChoicesDocument,
    "\n  fragment InvitationFields on Invitation {\n    token\n    expiresAt\n    account {\n      ...AdminAccountFields\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      ...InvitationFields\n    }\n  }\n": types.InviteAccountDocument,
    "\n  mutation ReissueInvitation($accountId: ID!) {\n    reissueInvitation(accountId: $accountId) {\n      ...InvitationFields\n    }\n  }\n": types.ReissueInvitationDocument,
    "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n": types.GrantRoleDocument,
    "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n": types.RevokeRoleDocument,
    "\n  mutation DisableAccount($accountId: ID!) {\n    disableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n": types.DisableAccountDocument,
    "\n  mutation EnableAccount($accountId: ID!) {\n    enableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n": types.EnableAccountDocument,
    "\n  query AuditEvents(\n    $clusterId: ID\n    $accountId: ID\n    $action: AuditAction\n    $since: DateTimeISO\n    $until: DateTimeISO\n    $after: String\n  ) {\n    auditEvents(\n      clusterId: $clusterId\n      accountId: $accountId\n      action: $action\n      since: $since\n      until: $until\n      first: 50\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        entityType\n        entityId\n        requestId\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n        subjectAccount {\n          id\n          displayName\n        }\n        cluster {\n          id\n          slug\n          name {\n            ...LocalizedTextFields\n          }\n        }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AccountChoices {\n    accounts(first: 100) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n": types.AccountChoicesDocument,
    "\n  query Authorities($district: DistrictCode, $kind: AuthorityKind, $clusterId: ID, $search: String, $after: String) {\n    localAuthorities(\n      district: $district\n      kind: $kind\n      clusterId: $clusterId\n      search: $search\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          alternativeNames\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          clusters {\n            cluster {\n              id\n              slug\n              name {\n                ...LocalizedTextFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AuthoritiesDocument,
    "\n  query AuthorityFilters {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": types.AuthorityFiltersDocument,
    "\n  query Cluster($slug: String!) {\n    cluster(slug: $slug) {\n      id\n      slug\n      viewerCanManage\n      name {\n        ...LocalizedTextFields\n      }\n      legalForm\n      stage\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      foundedOn\n      summary {\n        ...LocalizedTextFields\n      }\n      ceo {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      ceoSince\n      programManager {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      coreTopics {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      visionGoals {\n        ...LocalizedTextFields\n      }\n      declaredMemberCount\n      authorities {\n        isListedByAllSources\n        sources {\n          joinedOn\n          source {\n            id\n          }\n        }\n        authority {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          ...SourceFields\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n": types.ClusterDocument,
    "\n  fragment SourceFields on Source {\n    id\n    code\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    publisher {\n      ...LocalizedTextFields\n    }\n    publishedOn\n  }\n": types.SourceFieldsFragmentDoc,
    "\n  fragment MilestoneFields on Milestone {\n    id\n    occurredOn\n    viewerCanEdit\n    title {\n      ...LocalizedTextFields\n    }\n    source {\n      ...SourceFields\n    }\n  }\n": types.MilestoneFieldsFragmentDoc,
    "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.AddMilestoneDocument,
    "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n": types.UpdateMilestoneDocument,
    "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id) {\n      id\n    }\n  }\n": types.DeleteMilestoneDocument,
    "\n  query ActionDirections {\n    actionDirections {\n      number\n      title {\n        ...LocalizedTextFields\n      }\n      description {\n        ...LocalizedTextFields\n      }\n    }\n  }\n": types.ActionDirectionsDocument,
    "\n  query Home {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n      stage\n      legalForm\n      declaredMemberCount\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          id\n          code\n          title {\n            ...LocalizedTextFields\n          }\n          publishedOn\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query MapAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n        latitude\n        longitude\n        clusters {\n          cluster {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.MapAuthoritiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LocalizedTextFields on LocalizedText {\n    he\n    ar\n    en\n  }\n"): (typeof documents)["\n  fragment LocalizedTextFields on LocalizedText {\n    he\n    ar\n    en\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    grantedAt\n    cluster {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forum {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RoleGrantFields on RoleGrant {\n    id\n    role\n    grantedAt\n    cluster {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forum {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      status\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      status\n      roles {\n        ...RoleGrantFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query MyApiTokens {\n    myApiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterActivity {\n    clusterActivity {\n      total {\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n      }\n      districts {\n        district {\n          code\n          name {\n            ...LocalizedTextFields\n          }\n        }\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n        clusters {\n          cluster {\n            id\n            slug\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          forums\n          meetingsLast12Months\n          averageAttendance\n          vacancies\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterActivity {\n    clusterActivity {\n      total {\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n      }\n      districts {\n        district {\n          code\n          name {\n            ...LocalizedTextFields\n          }\n        }\n        forums\n        meetingsLast12Months\n        averageAttendance\n        vacancies\n        clusters {\n          cluster {\n            id\n            slug\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          forums\n          meetingsLast12Months\n          averageAttendance\n          vacancies\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAccountFields on Account {\n    id\n    displayName\n    email\n    status\n    isDemo\n    createdAt\n    lastSignedInAt\n    roles {\n      ...RoleGrantFields\n    }\n  }\n"): (typeof documents)["\n  fragment AdminAccountFields on Account {\n    id\n    displayName\n    email\n    status\n    isDemo\n    createdAt\n    lastSignedInAt\n    roles {\n      ...RoleGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($search: String, $role: Role, $status: AccountStatus, $after: String) {\n    accounts(search: $search, role: $role, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($search: String, $role: Role, $status: AccountStatus, $after: String) {\n    accounts(search: $search, role: $role, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AdminAccountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClusterChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClusterChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScopeChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forums {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n      cluster {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScopeChoices {\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    forums {\n      id\n      name {\n        ...LocalizedTextFields\n      }\n      cluster {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    token\n    expiresAt\n    account {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    token\n    expiresAt\n    account {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteAccount($input: InviteAccountInput!) {\n    inviteAccount(input: $input) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueInvitation($accountId: ID!) {\n    reissueInvitation(accountId: $accountId) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReissueInvitation($accountId: ID!) {\n    reissueInvitation(accountId: $accountId) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation GrantRole($input: GrantRoleInput!) {\n    grantRole(input: $input) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeRole($id: ID!) {\n    revokeRole(id: $id) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($accountId: ID!) {\n    disableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableAccount($accountId: ID!) {\n    disableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($accountId: ID!) {\n    enableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableAccount($accountId: ID!) {\n    enableAccount(accountId: $accountId) {\n      ...AdminAccountFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents(\n    $clusterId: ID\n    $accountId: ID\n    $action: AuditAction\n    $since: DateTimeISO\n    $until: DateTimeISO\n    $after: String\n  ) {\n    auditEvents(\n      clusterId: $clusterId\n      accountId: $accountId\n      action: $action\n      since: $since\n      until: $until\n      first: 50\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        entityType\n        entityId\n        requestId\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n        subjectAccount {\n          id\n          displayName\n        }\n        cluster {\n          id\n          slug\n          name {\n            ...LocalizedTextFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents(\n    $clusterId: ID\n    $accountId: ID\n    $action: AuditAction\n    $since: DateTimeISO\n    $until: DateTimeISO\n    $after: String\n  ) {\n    auditEvents(\n      clusterId: $clusterId\n      accountId: $accountId\n      action: $action\n      since: $since\n      until: $until\n      first: 50\n      after: $after\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        action\n        occurredAt\n        entityType\n        entityId\n        requestId\n        before\n        after\n        actor {\n          id\n          displayName\n        }\n        subjectAccount {\n          id\n          displayName\n        }\n        cluster {\n          id\n          slug\n          name {\n            ...LocalizedTextFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountChoices {\n    accounts(first: 100) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountChoices {\n    accounts(first: 100) {\n      nodes {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Authorities($district: DistrictCode, $kind: AuthorityKind, $clusterId: ID, $search: String, $after: String) {\n    localAuthorities(\n      district: $district\n      kind: $kind\n      clusterId: $clusterId\n      search: $search\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          alternativeNames\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          clusters {\n            cluster {\n              id\n              slug\n              name {\n                ...LocalizedTextFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Authorities($district: DistrictCode, $kind: AuthorityKind, $clusterId: ID, $search: String, $after: String) {\n    localAuthorities(\n      district: $district\n      kind: $kind\n      clusterId: $clusterId\n      search: $search\n      first: 20\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          alternativeNames\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n          clusters {\n            cluster {\n              id\n              slug\n              name {\n                ...LocalizedTextFields\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthorityFilters {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthorityFilters {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cluster($slug: String!) {\n    cluster(slug: $slug) {\n      id\n      slug\n      viewerCanManage\n      name {\n        ...LocalizedTextFields\n      }\n      legalForm\n      stage\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      foundedOn\n      summary {\n        ...LocalizedTextFields\n      }\n      ceo {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      ceoSince\n      programManager {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      coreTopics {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      visionGoals {\n        ...LocalizedTextFields\n      }\n      declaredMemberCount\n      authorities {\n        isListedByAllSources\n        sources {\n          joinedOn\n          source {\n            id\n          }\n        }\n        authority {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          ...SourceFields\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cluster($slug: String!) {\n    cluster(slug: $slug) {\n      id\n      slug\n      viewerCanManage\n      name {\n        ...LocalizedTextFields\n      }\n      legalForm\n      stage\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      foundedOn\n      summary {\n        ...LocalizedTextFields\n      }\n      ceo {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      ceoSince\n      programManager {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      coreTopics {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      visionGoals {\n        ...LocalizedTextFields\n      }\n      declaredMemberCount\n      authorities {\n        isListedByAllSources\n        sources {\n          joinedOn\n          source {\n            id\n          }\n        }\n        authority {\n          id\n          name {\n            ...LocalizedTextFields\n          }\n          kind\n          population\n          populationYear\n          district {\n            code\n            name {\n              ...LocalizedTextFields\n            }\n          }\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          ...SourceFields\n        }\n      }\n      milestones {\n        ...MilestoneFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SourceFields on Source {\n    id\n    code\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    publisher {\n      ...LocalizedTextFields\n    }\n    publishedOn\n  }\n"): (typeof documents)["\n  fragment SourceFields on Source {\n    id\n    code\n    kind\n    title {\n      ...LocalizedTextFields\n    }\n    publisher {\n      ...LocalizedTextFields\n    }\n    publishedOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MilestoneFields on Milestone {\n    id\n    occurredOn\n    viewerCanEdit\n    title {\n      ...LocalizedTextFields\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"): (typeof documents)["\n  fragment MilestoneFields on Milestone {\n    id\n    occurredOn\n    viewerCanEdit\n    title {\n      ...LocalizedTextFields\n    }\n    source {\n      ...SourceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMilestone($input: AddMilestoneInput!) {\n    addMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMilestone($input: UpdateMilestoneInput!) {\n    updateMilestone(input: $input) {\n      ...MilestoneFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMilestone($id: ID!) {\n    deleteMilestone(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionDirections {\n    actionDirections {\n      number\n      title {\n        ...LocalizedTextFields\n      }\n      description {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionDirections {\n    actionDirections {\n      number\n      title {\n        ...LocalizedTextFields\n      }\n      description {\n        ...LocalizedTextFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n      stage\n      legalForm\n      declaredMemberCount\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          id\n          code\n          title {\n            ...LocalizedTextFields\n          }\n          publishedOn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    districts {\n      code\n      name {\n        ...LocalizedTextFields\n      }\n    }\n    clusters {\n      id\n      slug\n      name {\n        ...LocalizedTextFields\n      }\n      stage\n      legalForm\n      declaredMemberCount\n      district {\n        code\n        name {\n          ...LocalizedTextFields\n        }\n      }\n      membershipSources {\n        authorityCount\n        source {\n          id\n          code\n          title {\n            ...LocalizedTextFields\n          }\n          publishedOn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n        latitude\n        longitude\n        clusters {\n          cluster {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapAuthorities($after: String) {\n    localAuthorities(first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name {\n          ...LocalizedTextFields\n        }\n        latitude\n        longitude\n        clusters {\n          cluster {\n            id\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;