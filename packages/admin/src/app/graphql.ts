import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ElMessage } from 'element-plus';
import { currentLocale, t } from './i18n';
import { readToken } from './auth-token';

const ENDPOINT = '/graphql';

/** The server's `extensions.code` values (api.md), plus NETWORK_ERROR for failures before any answer. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR';

interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string };
}

/** A failed request. `message` is already in the user's language (the server translates it). */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
    /** The input field at fault, for BAD_USER_INPUT. */
    readonly field?: string,
    readonly errors: readonly GraphQLErrorPayload[] = [],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export interface RequestOptions {
  /** The caller shows the error itself (inline alert, form field); skip the central toast. */
  silent?: boolean;
}

type RequestArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

let onUnauthenticated: () => void = () => {};

/** What to do when the server no longer accepts our session (installed by the shell: sign out, go to /login). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/**
 * Sends one typed operation to the API and returns its data.
 * Errors are toasted here, once, unless the caller passes `silent`; either way the promise rejects
 * with a RequestError so callers can react (reload on CONFLICT, mark a form field, …).
 */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables, options = {}]: RequestArgs<TVariables>
): Promise<TData> {
  const token = readToken();
  try {
    return await send(document, variables, token);
  } catch (cause) {
    const error = cause instanceof RequestError ? cause : networkError();
    // Only a session we sent can have expired; a failed sign-in is the login form's business.
    if (error.code === 'UNAUTHENTICATED' && token !== null) {
      // After the first expiry the token is gone, so parallel requests do not redirect twice.
      if (readToken() === token) onUnauthenticated();
    } else if (!options.silent) {
      notifyError(error);
    }
    throw error;
  }
}

async function send<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables | undefined,
  token: string | null,
): Promise<TData> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': currentLocale(),
  };
  if (token) headers.Authorization = `Bearer ${token}`;

  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  // GraphQL over HTTP may answer 4xx with a JSON body of errors; read the body before the status.
  const payload = (await response.json().catch(() => null)) as {
    data?: TData | null;
    errors?: GraphQLErrorPayload[];
  } | null;

  if (payload?.errors?.length) throw fromGraphQLErrors(payload.errors);
  if (!response.ok || payload?.data == null) {
    throw new RequestError(t('common.unknownError'), 'INTERNAL_SERVER_ERROR');
  }
  return payload.data;
}

function fromGraphQLErrors(errors: readonly GraphQLErrorPayload[]): RequestError {
  const [first] = errors;
  const code = (first.extensions?.code ?? 'INTERNAL_SERVER_ERROR') as ErrorCode;
  return new RequestError(first.message || t('common.unknownError'), code, first.extensions?.field, errors);
}

function networkError(): RequestError {
  return new RequestError(t('common.networkError'), 'NETWORK_ERROR');
}

/** The one place request errors become toasts. */
export function notifyError(error: unknown): void {
  if (!(error instanceof RequestError)) {
    ElMessage.error(t('common.unknownError'));
    return;
  }
  switch (error.code) {
    case 'CONFLICT':
      // Stale `version`: the caller reloads, the user must know why the data changed under them.
      ElMessage.warning(t('common.conflict'));
      return;
    case 'RATE_LIMITED':
      ElMessage.warning(error.message);
      return;
    default:
      ElMessage.error(error.message);
  }
}
