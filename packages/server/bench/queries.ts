/**
 * The reads the benchmark measures, as the SPA sends them: the users page (a page of users with
 * their organisation) and the organisation list with each organisation's parent. The baseline
 * server and PostGraphile answer the same rows under their own field names.
 */
export interface BenchQuery {
  name: string;
  operationName: string;
  query: string;
  variables: (rows: number) => Record<string, unknown>;
  /** How many rows a response holds; the bench refuses to measure a wrong answer. */
  rowsOf: (data: any) => number;
  /** The rows a right answer holds (default: the `first` variable, else `rows`). */
  expected?: (rows: number) => number;
}

export const USERS_PAGE: BenchQuery = {
  name: 'users page',
  operationName: 'Users',
  query: `query Users($first: Int) {
  users(first: $first) { edges { node { id username displayName organization { id name code } } } }
}`,
  variables: (rows) => ({ first: Math.min(rows, 100) }),
  rowsOf: (data) => data.users.edges.length,
};

export const ORGANIZATION_LIST: BenchQuery = {
  name: 'organisations with parents',
  operationName: 'Organizations',
  query: `query Organizations {
  organizations { id code name type parent { id code name } }
}`,
  variables: () => ({}),
  rowsOf: (data) => data.organizations.length,
};

/** The users page exactly as the SPA asks for it: guarded contact fields and totalCount too. */
export const SPA_USERS_PAGE: BenchQuery = {
  name: 'users page (SPA: contacts, totalCount)',
  operationName: 'SpaUsers',
  query: `query SpaUsers($first: Int) {
  users(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id username displayName roles status phone email lastLoginAt version createdAt
      organization { id name } } }
  }
}`,
  variables: (rows) => ({ first: Math.min(rows, 100) }),
  rowsOf: (data) => data.users.edges.length,
};

/** The same two reads in PostGraphile v4's schema (tables `user` and `organization`). */
export const POSTGRAPHILE_QUERIES: Record<string, BenchQuery> = {
  [USERS_PAGE.name]: {
    ...USERS_PAGE,
    query: `query Users($first: Int) {
  allUsers(first: $first, orderBy: ID_ASC) { nodes { id username displayName
    organizationByOrganizationId { id name code } } }
}`,
    rowsOf: (data) => data.allUsers.nodes.length,
  },
  [ORGANIZATION_LIST.name]: {
    ...ORGANIZATION_LIST,
    query: `query Organizations {
  allOrganizations(orderBy: PATH_ASC) { nodes { id code name type
    organizationByParentId { id code name } } }
}`,
    rowsOf: (data) => data.allOrganizations.nodes.length,
  },
};
