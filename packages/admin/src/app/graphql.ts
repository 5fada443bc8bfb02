import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ElMessage } from 'element-plus';
import type { serverRules } from '@/gql/rules';
import { currentLocale, t } from './i18n';
import { readToken } from './auth-token';

const ENDPOINT = '/graphql';

/**
 * The server's `extensions.code` values (api.md; generated from the server), plus NETWORK_ERROR for
 * failures before any answer.
 */
export type ErrorCode = (typeof serverRules.errorCodes)[number] | 'NETWORK_ERROR';

interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string };
}

/**
 * A value the server withheld from an answer that otherwise arrived: `path` is the response
 * path joined with dots (`users.edges.3.node.phone`), `message` the server's reason, already in
 * the user's language. Pages show a restricted placeholder there (shared/components/RestrictedValue.vue).
 */
export interface FieldError {
  path: string;
  message: string;
}

/** An answer with the values the caller may not read left out, and why each was. */
export interface PartialResult<TData> {
  data: TData;
  fieldErrors: readonly FieldError[];
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
 * A field the caller may not read does not fail the request (see isFieldLevel): its value is
 * null in the data; callers that show such fields use requestWithFieldErrors to learn why.
 */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...args: RequestArgs<TVariables>
): Promise<TData> {
  return (await requestWithFieldErrors(document, ...args)).data;
}

/** request(), also returning the fields the server withheld, so a page can mark them restricted. */
export async function requestWithFieldErrors<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  ...[variables, options = {}]: RequestArgs<TVariables>
): Promise<PartialResult<TData>> {
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
): Promise<PartialResult<TData>> {
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

  const errors = payload?.errors ?? [];
  const data = payload?.data;
  if (errors.length && (data == null || !errors.every(isFieldLevel))) throw fromGraphQLErrors(errors);
  if (!response.ok || data == null) {
    throw new RequestError(t('common.unknownError'), 'INTERNAL_SERVER_ERROR');
  }
  return { data, fieldErrors: errors.map(toFieldError) };
}

/**
 * Whether an error only withholds one value of an answer that is otherwise whole: a FORBIDDEN
 * below a root field (`path` of two or more segments — the server's field policy denies a guarded
 * field this way, api.md). Such an answer is kept: one denied field must not blank a page, and a
 * mutation that did its work must not look failed because the caller may not read part of its
 * result. Everything else rejects as before: an error on a root field (the whole operation was
 * refused or failed), any other code (a failure below the root is a fault, not a rule, and would
 * silently show as an empty value), and any error without data.
 */
function isFieldLevel(error: GraphQLErrorPayload): boolean {
  return error.extensions?.code === 'FORBIDDEN' && (error.path?.length ?? 0) >= 2;
}

function toFieldError(error: GraphQLErrorPayload): FieldError {
  return { path: (error.path ?? []).join('.'), message: error.message || t('common.restrictedReason') };
}

/**
 * The error that withheld the value at `path` (`users.edges.3.node.phone`): one at that path, or
 * at an enclosing value (a denied object withholds everything in it). Null when it was not withheld.
 */
export function fieldError(errors: readonly FieldError[] | undefined, path: string): FieldError | null {
  return errors?.find((error) => path === error.path || path.startsWith(`${error.path}.`)) ?? null;
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
