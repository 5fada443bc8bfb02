import { EntityManager } from '@mikro-orm/knex';
import { seedDemoAccess } from '../access/demo-access';
import { recordAudit } from '../audit/audit.service';
import { seedCatalogue } from '../dossiers/catalogue';
import { seedDemoDossiers } from '../dossiers/demo-dossiers';
import { Settings } from '../config/settings';
import { seedDemoStaff } from '../staff/demo-staff';
import { seedDemoRotationPlan } from '../staff/demo-rotation';
import { hashPassword } from '../auth/passwords';
import { FileStore } from '../files/file-store';
import { Organization, OrganizationType as T } from '../organizations/organization.entity';
import { PiiKeyring } from '../shared/pii/keyring';
import { Role } from '../users/role';
import { User } from '../users/user.entity';

export const DEMO_PASSWORD = 'Dangan@2026';

/** [code, name, type, parent code] — parents listed before their children. */
const ORGANIZATIONS: [string, string, T, string | null][] = [
  ['SZ', '中共示范市委员会', T.COMMITTEE, null],
  ['SZ-ZZB', '市委组织部', T.DEPARTMENT, 'SZ'],
  ['SZ-JW', '市纪委监委', T.DEPARTMENT, 'SZ'],
  ['SZ-DA-A', '市委档案室（档案室A）', T.ARCHIVE_OFFICE, 'SZ'],
  ['SZ-01', '市直机关工委', T.COMMITTEE, 'SZ'],
  ['SZ-01-Z1', '机关第一党总支', T.GENERAL_BRANCH, 'SZ-01'],
  ['SZ-01-Z1-B1', '机关第一党支部', T.BRANCH, 'SZ-01-Z1'],
  ['SZ-01-Z1-B2', '机关第二党支部', T.BRANCH, 'SZ-01-Z1'],
  ['SZ-01-B3', '机关第三党支部', T.BRANCH, 'SZ-01'],
  ['SZ-02', '市教育系统党委', T.COMMITTEE, 'SZ'],
  ['SZ-02-DA', '教育系统档案室（档案室B）', T.ARCHIVE_OFFICE, 'SZ-02'],
  ['SZ-02-Z1', '第一中学党总支', T.GENERAL_BRANCH, 'SZ-02'],
  ['SZ-02-Z1-B1', '第一中学教师党支部', T.BRANCH, 'SZ-02-Z1'],
  ['SZ-02-Z1-B2', '第一中学退休教师党支部', T.BRANCH, 'SZ-02-Z1'],
];

/** The demo users of api.md: [username, display name, roles, organisation code, phone]. */
const USERS: [string, string, Role[], string, string][] = [
  ['admin', '系统管理员', [Role.ADMIN], 'SZ', '13900000001'],
  ['archivist', '王档案（档案室A）', [Role.ARCHIVIST], 'SZ-DA-A', '13900000002'],
  ['archivist2', '李档案（档案室B）', [Role.ARCHIVIST], 'SZ-02-DA', '13900000003'],
  ['approver.org', '张审批（组织部）', [Role.APPROVER], 'SZ-ZZB', '13900000004'],
  ['approver.disc', '赵审批（纪检）', [Role.APPROVER], 'SZ-JW', '13900000005'],
  ['auditor', '陈审计', [Role.AUDITOR], 'SZ', '13900000006'],
  ['manager', '刘主管（人员管理）', [Role.STAFF_MANAGER], 'SZ', '13900000007'],
  ['requester', '孙查阅', [Role.REQUESTER], 'SZ-01-Z1-B1', '13900000008'],
];

export interface DemoDataOptions {
  /** The personal-data keyring the members' ID numbers, phones and addresses are encrypted with. */
  keyring: PiiKeyring;
  /** Where the demo materials' scans are stored (`fileStoreFor(settings)`); needed unless `members` is false. */
  files?: FileStore;
  /** Demo members, dossiers and materials too (default); tests that need only the users skip them. */
  members?: boolean;
  /** The clock the dossiers' deadlines are relative to. */
  now?: Date;
  /** The configuration, for work that runs as a service would (the demo rotation plan is solved only when given). */
  settings?: Settings;
  /** DOSSIER_COMPLETION_DAYS. */
  completionDays?: number;
}

/**
 * Demo organisations, users, the material catalogue, access purposes and approval chains, and
 * (api.md) demo members with dossiers and archive staff.
 * Idempotent: creates only what is missing — members only into a database that has none — so
 * it can run on every start and by `pnpm seed` without duplicating anything.
 */
export async function seedDemoData(em: EntityManager, options: DemoDataOptions): Promise<void> {
  const created: string[] = [];
  await em.transactional(async (tx) => {
    const byCode = new Map((await tx.find(Organization, {})).map((o) => [o.code, o]));
    for (const [code, name, type, parentCode] of ORGANIZATIONS) {
      if (byCode.has(code)) continue;
      const organization = new Organization(code, name, type, parentCode ? byCode.get(parentCode) : undefined);
      tx.persist(organization);
      byCode.set(code, organization);
      created.push(`Organization:${code}`);
    }
    const existing = new Set((await tx.find(User, {})).map((u) => u.username));
    const passwordHash = USERS.some(([username]) => !existing.has(username)) ? await hashPassword(DEMO_PASSWORD) : '';
    for (const [username, displayName, roles, code, phone] of USERS) {
      if (existing.has(username)) continue;
      const user = new User(username, displayName, byCode.get(code)!, roles, passwordHash);
      user.phone = phone;
      tx.persist(user);
      created.push(`User:${username}`);
    }
    created.push(...(await seedCatalogue(tx)));
    await tx.flush();
    created.push(...(await seedDemoAccess(tx)));
    await tx.flush();
    const counts =
      options.members === false
        ? null
        : await seedDemoDossiers(tx, options.keyring, requiredFiles(options), {
            now: options.now,
            completionDays: options.completionDays,
          });
    // Archive staff of both offices (issue 11 §9), with the members: tests that skip those skip these too.
    const staff = options.members === false ? null : await seedDemoStaff(tx, options.now);
    const rotation = staff && options.settings ? await seedDemoRotationPlan(tx, options.settings, options.now) : null;
    if (created.length || counts || staff) {
      await recordAudit(
        tx,
        { actor: null, anonymousName: 'system' },
        {
          action: 'DEMO_DATA_SEEDED',
          details: { created, ...counts, ...(staff ? { staff } : {}), ...(rotation ? { rotation } : {}) },
        },
      );
    }
  });
}

/** True when the database holds no user yet: the start command then fills in the demo data. */
export async function isEmptyDatabase(em: EntityManager): Promise<boolean> {
  return (await em.count(User, {})) === 0;
}

function requiredFiles(options: DemoDataOptions): FileStore {
  if (!options.files) throw new Error('seeding demo members needs a file store for their scans');
  return options.files;
}
