import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ElMessage } from 'element-plus';
import { MeDocument, LoginDocument, UsersDocument } from '@/gql/graphql';
import { graphQLError, stubGraphQL } from '@/__tests__/support';
import { readToken, saveToken } from '../auth-token';
import { fieldError, request, RequestError, requestWithFieldErrors, setUnauthenticatedHandler } from '../graphql';
import { setLocale } from '../i18n';

const me = {
  id: 'u1',
  username: 'admin',
  displayName: '管理员',
  roles: ['ADMIN'],
  organization: { id: 'o1', code: 'ROOT', name: '党委' },
};

describe('GraphQL request client', () => {
  beforeEach(() => {
    setLocale('zh-CN');
    setUnauthenticatedHandler(() => {});
  });

  it('sends the session token and the interface language with the operation', async () => {
    saveToken('secret');
    setLocale('en');
    const { calls } = stubGraphQL(() => ({ data: { me } }));

    const data = await request(MeDocument);

    expect(data.me?.username).toBe('admin');
    expect(calls[0].operationName).toBe('Me');
    expect(calls[0].headers).toMatchObject({ Authorization: 'Bearer secret', 'Accept-Language': 'en' });
  });

  it('sends no Authorization header without a session', async () => {
    const { calls } = stubGraphQL(() => ({ data: { me: null } }));
    await request(MeDocument);
    expect(calls[0].headers.Authorization).toBeUndefined();
  });

  it('rejects with the code, field and translated message of the server error, and toasts it', async () => {
    const toast = vi.spyOn(ElMessage, 'error');
    stubGraphQL(() => graphQLError('用户名不能为空', 'BAD_USER_INPUT', 'username'));

    const error = await request(LoginDocument, { username: '', password: 'x' }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'username', message: '用户名不能为空' });
    expect(toast).toHaveBeenCalledWith('用户名不能为空');
  });

  it('leaves the error to a caller that asked to handle it', async () => {
    const toast = vi.spyOn(ElMessage, 'error');
    stubGraphQL(() => graphQLError('无权访问', 'FORBIDDEN'));

    await expect(request(MeDocument, undefined, { silent: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(toast).not.toHaveBeenCalled();
  });

  it('tells the user to reload when someone else changed the record first', async () => {
    const warning = vi.spyOn(ElMessage, 'warning');
    stubGraphQL(() => graphQLError('版本冲突', 'CONFLICT'));

    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(warning).toHaveBeenCalledWith(expect.stringContaining('已被他人修改'));
  });

  it('ends an expired session once, however many requests notice it', async () => {
    saveToken('expired');
    const onUnauthenticated = vi.fn(() => localStorage.removeItem('dangan.token'));
    setUnauthenticatedHandler(onUnauthenticated);
    stubGraphQL(() => graphQLError('登录已失效', 'UNAUTHENTICATED'));

    const results = await Promise.allSettled([request(MeDocument), request(MeDocument)]);

    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    expect(readToken()).toBeNull();
  });

  it('does not treat a refused sign-in as an expired session', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    stubGraphQL(() => graphQLError('用户名或密码错误', 'UNAUTHENTICATED'));

    await expect(request(LoginDocument, { username: 'a', password: 'b' }, { silent: true })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '用户名或密码错误',
    });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('reports an unreachable server in the user language', async () => {
    stubGraphQL(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request(MeDocument, undefined, { silent: true })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      message: '无法连接服务器，请检查网络后重试',
    });
  });

  describe('partial data', () => {
    const denied = (path: Array<string | number>, code = 'FORBIDDEN') => ({
      message: '无权查看该字段',
      path,
      extensions: { code },
    });
    const usersAnswer = (errors: unknown[]) => ({
      data: {
        users: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [{ cursor: 'u1', node: { ...me, phone: null, email: 'a***@example.org' } }],
        },
      },
      errors,
    });

    it('keeps the data when the server only withheld a field, and says which one and why, without a toast', async () => {
      const toast = vi.spyOn(ElMessage, 'error');
      stubGraphQL(() => usersAnswer([denied(['users', 'edges', 0, 'node', 'phone'])]));

      const { data, fieldErrors } = await requestWithFieldErrors(UsersDocument, {});

      expect(data.users.edges[0].node.email).toBe('a***@example.org');
      expect(fieldErrors).toEqual([{ path: 'users.edges.0.node.phone', message: '无权查看该字段' }]);
      expect(toast).not.toHaveBeenCalled();
    });

    it('resolves plain request() callers with the data too', async () => {
      stubGraphQL(() => usersAnswer([denied(['users', 'edges', 0, 'node', 'phone'])]));
      const data = await request(UsersDocument, {});
      expect(data.users.totalCount).toBe(1);
    });

    it('still rejects and toasts an error on a root field, even with data beside it', async () => {
      const toast = vi.spyOn(ElMessage, 'error');
      stubGraphQL(() => ({ data: { me }, errors: [denied(['users'])] }));

      await expect(request(MeDocument)).rejects.toMatchObject({ code: 'FORBIDDEN', message: '无权查看该字段' });
      expect(toast).toHaveBeenCalledWith('无权查看该字段');
    });

    it('rejects when a nested field failed for any other reason than a denial', async () => {
      stubGraphQL(() => usersAnswer([denied(['users', 'edges', 0, 'node', 'phone'], 'INTERNAL_SERVER_ERROR')]));
      await expect(request(UsersDocument, {}, { silent: true })).rejects.toMatchObject({
        code: 'INTERNAL_SERVER_ERROR',
      });
    });

    it('rejects a denial that left no data at all', async () => {
      stubGraphQL(() => ({ data: null, errors: [denied(['users', 'edges', 0, 'node', 'phone'])] }));
      await expect(request(UsersDocument, {}, { silent: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('finds the error of a cell at its path or under a withheld enclosing value', () => {
      const errors = [
        { path: 'users.edges.3.node.phone', message: 'phone' },
        { path: 'member.dossier', message: 'dossier' },
      ];
      expect(fieldError(errors, 'users.edges.3.node.phone')?.message).toBe('phone');
      expect(fieldError(errors, 'users.edges.3.node.email')).toBeNull();
      expect(fieldError(errors, 'users.edges.3.node.phoneExtension')).toBeNull();
      expect(fieldError(errors, 'users.edges.13.node.phone')).toBeNull();
      expect(fieldError(errors, 'member.dossier.status')?.message).toBe('dossier');
      expect(fieldError(undefined, 'member.dossier')).toBeNull();
    });
  });
});
