import { describe, expect, it } from 'vitest';
import { createPost } from '../src/staff/post.service';
import { graphql, login, onlyError } from './support/client';
import { PASSWORD } from './support/factories';
import { useTestServer } from './support/server';
import { makeStaff, makeStaffWorld } from './support/staff-factories';

const server = useTestServer();

const SET = `mutation ($input: SetStaffPreferenceInput!) { setStaffPreference(input: $input) }`;
const READ = `query ($id: ID!) { staffMember(id: $id) { name preferences { weight post { id title } } } }`;

async function arrange() {
  const world = await makeStaffWorld(server.em(), server.settings);
  const ctx = world.managerCtx;
  const person = await makeStaff(ctx, world.officeA, { name: '甲', user: world.users.clerk });
  const post = (title: string) =>
    createPost(ctx, { organizationId: String(world.officeA.id), title, region: '城区', maxStaff: 2 });
  const [reading, keeping] = [await post('档案利用服务岗'), await post('档案保管保护岗')];
  const [manager, admin, clerk, managerB] = await Promise.all(
    ['manager', 'admin', 'clerk', 'manager.b'].map((name) => login(server.url, name, PASSWORD)),
  );
  return { person, reading, keeping, manager, admin, clerk, managerB };
}

// Issue 11 §4: the rotation weighs stated wishes; the detail page shows them to those who may set them.
describe('staff preferences', () => {
  it('are read back strongest first with their posts, and a weight of 0 withdraws one', async () => {
    const { person, reading, keeping, manager } = await arrange();
    const set = (postId: number, weight: number) =>
      graphql(
        server.url,
        SET,
        { input: { staffMemberId: String(person.id), postId: String(postId), weight } },
        {
          token: manager,
        },
      );
    expect((await set(reading.id, 3)).errors).toBeUndefined();
    expect((await set(keeping.id, 8)).errors).toBeUndefined();
    const read = async () =>
      (await graphql(server.url, READ, { id: String(person.id) }, { token: manager })).data!.staffMember.preferences;
    expect(await read()).toEqual([
      { weight: 8, post: { id: String(keeping.id), title: '档案保管保护岗' } },
      { weight: 3, post: { id: String(reading.id), title: '档案利用服务岗' } },
    ]);
    await set(keeping.id, 0);
    expect(await read()).toEqual([{ weight: 3, post: { id: String(reading.id), title: '档案利用服务岗' } }]);
  });

  it('are the person’s own and their managers’: an ADMIN reading the roster gets FORBIDDEN there', async () => {
    const { person, reading, manager, admin, clerk, managerB } = await arrange();
    await graphql(
      server.url,
      SET,
      { input: { staffMemberId: String(person.id), postId: String(reading.id), weight: 5 } },
      {
        token: manager,
      },
    );
    const own = await graphql(server.url, READ, { id: String(person.id) }, { token: clerk });
    expect(own.errors).toBeUndefined();
    expect(own.data!.staffMember.preferences).toHaveLength(1);

    const roster = await graphql(server.url, READ, { id: String(person.id) }, { token: admin });
    expect(roster.data!.staffMember).toMatchObject({ name: '甲', preferences: null });
    expect(onlyError(roster)).toMatchObject({
      path: ['staffMember', 'preferences'],
      extensions: { code: 'FORBIDDEN' },
    });

    // A manager of another office does not reach the person at all.
    const other = await graphql(server.url, READ, { id: String(person.id) }, { token: managerB });
    expect(other.data?.staffMember ?? null).toBeNull();
  });
});
