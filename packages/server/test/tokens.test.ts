import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { Role } from '../src/users/role';
import { graphql, login } from './support/client';
import { makeOrganization, makeUser, PASSWORD } from './support/factories';
import { useTestServer } from './support/server';

const server = useTestServer();
const ME = '{ me { username } }';

describe('tokens', () => {
  it('stop working when they expire, though the same token worked a moment before', async () => {
    const root = await makeOrganization(server.em(), { code: 'ROOT' });
    await makeUser(server.em(), { username: 'short.lived', organization: root, roles: [Role.ADMIN] });
    const session = jwt.decode(await login(server.url, 'short.lived', PASSWORD)) as jwt.JwtPayload;
    // The same live session, in a token that expires in a few seconds (a busy machine answers well before).
    const expiresAt = Math.floor(Date.now() / 1000) + 4;
    const token = jwt.sign(
      { sub: session.sub, jti: session.jti, exp: expiresAt, iss: 'dangan' },
      server.settings.TOKEN_SECRET,
      { algorithm: 'HS256' },
    );

    const before = await graphql(server.url, ME, {}, { token });
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
    const after = await graphql(server.url, ME, {}, { token });

    expect(before.data!.me).toEqual({ username: 'short.lived' });
    expect(after.data!.me).toBeNull();
  });

  it('signed with another secret never work, even for a live session', async () => {
    const root = await makeOrganization(server.em(), { code: 'ROOT' });
    await makeUser(server.em(), { username: 'victim', organization: root, roles: [Role.ADMIN] });
    const real = await login(server.url, 'victim', PASSWORD);
    const session = jwt.decode(real) as jwt.JwtPayload;
    const forged = jwt.sign(
      { sub: session.sub, jti: session.jti, iss: 'dangan' },
      'another-secret-of-enough-length-1234',
      {
        algorithm: 'HS256',
        expiresIn: 60,
      },
    );

    const genuine = await graphql(server.url, ME, {}, { token: real });
    const response = await graphql(server.url, ME, {}, { token: forged });

    expect(genuine.data!.me).toEqual({ username: 'victim' });
    expect(response.data!.me).toBeNull();
  });
});
