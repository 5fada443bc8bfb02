import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../orm';
import { Migration20261125115347 as PgInitial } from './postgresql/Migration20261125115347';
import { Migration20261125121828 as PgLoginAttemptsByIp } from './postgresql/Migration20261125121828';
import { Migration20261125165025 as PgAuditLabels } from './postgresql/Migration20261125165025';
import { Migration20261125170219 as PgAuditAppendOnly } from './postgresql/Migration20261125170219';
import { Migration20261125115347 as SqliteInitial } from './sqlite/Migration20261125115347';
import { Migration20261125121828 as SqliteLoginAttemptsByIp } from './sqlite/Migration20261125121828';
import { Migration20261125165025 as SqliteAuditLabels } from './sqlite/Migration20261125165025';
import { Migration20261125170219 as SqliteAuditAppendOnly } from './sqlite/Migration20261125170219';
import { Migration20261125170639 as PgRefusedLoginAttempts } from './postgresql/Migration20261125170639';
import { Migration20261125170639 as SqliteRefusedLoginAttempts } from './sqlite/Migration20261125170639';
import { Migration20261125171343 as PgPathCollationC } from './postgresql/Migration20261125171343';
import { Migration20261125171343 as SqlitePathCollationC } from './sqlite/Migration20261125171343';
import { Migration20261125203155 as PgFiles } from './postgresql/Migration20261125203155';
import { Migration20261125203155 as SqliteFiles } from './sqlite/Migration20261125203155';
import { Migration20261125203328 as PgJobs } from './postgresql/Migration20261125203328';
import { Migration20261125203328 as SqliteJobs } from './sqlite/Migration20261125203328';
import { Migration20261125203550 as PgMembersAndDossiers } from './postgresql/Migration20261125203550';
import { Migration20261125203550 as SqliteMembersAndDossiers } from './sqlite/Migration20261125203550';
import { Migration20261125204725 as PgMaterialFiles } from './postgresql/Migration20261125204725';
import { Migration20261125204725 as SqliteMaterialFiles } from './sqlite/Migration20261125204725';
import { Migration20261125204916 as PgDossierLifecycle } from './postgresql/Migration20261125204916';
import { Migration20261125204916 as SqliteDossierLifecycle } from './sqlite/Migration20261125204916';
import { Migration20261125225716 as PgAccessRequests } from './postgresql/Migration20261125225716';
import { Migration20261125225716 as SqliteAccessRequests } from './sqlite/Migration20261125225716';
import { Migration20261125230921 as PgNotifications } from './postgresql/Migration20261125230921';
import { Migration20261125230921 as SqliteNotifications } from './sqlite/Migration20261125230921';
import { Migration20261125231500 as PgAccessRequestPathC } from './postgresql/Migration20261125231500';
import { Migration20261125231500 as SqliteAccessRequestPathC } from './sqlite/Migration20261125231500';
import { Migration20261207144659 as PgStaff } from './postgresql/Migration20261207144659';
import { Migration20261207144659 as SqliteStaff } from './sqlite/Migration20261207144659';

type MigrationClass = MigrationObject['class'];

/** Both dialects' lists name the same migrations in the same order. */
const listed = (classes: MigrationClass[]): MigrationObject[] =>
  classes.map((migration) => ({ name: migration.name, class: migration }));

/**
 * Migrations are generated per dialect (`pnpm --filter @dangan/server migration:create`)
 * and listed here in order; a test proves both lists build the schema the entities expect.
 */
const migrations: Record<Dialect, MigrationObject[]> = {
  sqlite: listed([
    SqliteInitial,
    SqliteLoginAttemptsByIp,
    SqliteAuditLabels,
    SqliteAuditAppendOnly,
    SqliteRefusedLoginAttempts,
    SqlitePathCollationC,
    SqliteFiles,
    SqliteJobs,
    SqliteMembersAndDossiers,
    SqliteMaterialFiles,
    SqliteDossierLifecycle,
    SqliteAccessRequests,
    SqliteNotifications,
    SqliteAccessRequestPathC,
    SqliteStaff,
  ]),
  postgresql: listed([
    PgInitial,
    PgLoginAttemptsByIp,
    PgAuditLabels,
    PgAuditAppendOnly,
    PgRefusedLoginAttempts,
    PgPathCollationC,
    PgFiles,
    PgJobs,
    PgMembersAndDossiers,
    PgMaterialFiles,
    PgDossierLifecycle,
    PgAccessRequests,
    PgNotifications,
    PgAccessRequestPathC,
    PgStaff,
  ]),
};

export const migrationsFor = (dialect: Dialect) => migrations[dialect];
