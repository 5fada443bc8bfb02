import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { hashPassword } from '../src/auth/passwords';
import { DatabaseTarget, ormOptions } from '../src/db/orm';
import { Organization, OrganizationType } from '../src/organizations/organization.entity';
import { Role } from '../src/users/role';
import { User } from '../src/users/user.entity';

export const ADMIN = 'bench.admin';
export const PASSWORD = 'Bench@Password1';

/**
 * `rows` organisations (a root committee and `rows - 1` branches under it) and `rows` users (an
 * ADMIN at the root, one member in each branch, with contact details), so the users page and
 * the organisation list both answer exactly `rows` rows to the root ADMIN.
 */
export async function seedBenchData(target: DatabaseTarget, rows: number): Promise<void> {
  const options = ormOptions(target);
  // Migrated without the migrator's progress lines, which would interleave with the figures.
  const orm = await MikroORM.init({ ...options, migrations: { ...options.migrations, silent: true } });
  try {
    await orm.getMigrator().up();
    const em = orm.em.fork() as EntityManager;
    const passwordHash = await hashPassword(PASSWORD);
    const root = new Organization('ROOT', '中共示范市委员会', OrganizationType.COMMITTEE);
    em.persist(root);
    em.persist(new User(ADMIN, '系统管理员', root, [Role.ADMIN], passwordHash));
    for (let i = 1; i < rows; i += 1) {
      const code = `ORG-${String(i).padStart(4, '0')}`;
      const branch = new Organization(code, `第${i}党支部`, OrganizationType.BRANCH, root);
      const member = new User(`member${i}`, `党员${i}`, branch, [Role.REQUESTER], passwordHash);
      member.phone = `139${String(i).padStart(8, '0')}`;
      member.email = `member${i}@example.org`;
      em.persist([branch, member]);
    }
    await em.flush();
  } finally {
    await orm.close(true);
  }
}
