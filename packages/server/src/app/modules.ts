import { accessModule } from '../access/access.module';
import { accessExportModule } from '../access/grant-export.module';
import { auditModule } from '../audit/audit.module';
import { authModule } from '../auth/auth.module';
import { dossiersModule } from '../dossiers/dossiers.module';
import { membersModule } from '../members/members.module';
import { notificationsModule } from '../notifications/notifications.module';
import { memberImportModule } from '../members/member-import.module';
import { filesModule } from '../files/files.module';
import { organizationsModule } from '../organizations/organizations.module';
import { registerJobs } from '../jobs/job-definition';
import { jobsModule } from '../jobs/jobs.module';
import { installFieldRules } from '../policy/field-policy';
import { ActionRule, installActionRules } from '../policy/rules';
import { staffModule } from '../staff/staff.module';
import { usersModule } from '../users/users.module';
import { DomainModule } from './module';

/**
 * Every domain of the application: the one list a new domain is added to. Entities, resolvers,
 * the action table, field rules, loaders and messages are all composed from it.
 */
export const MODULES = [
  authModule,
  organizationsModule,
  usersModule,
  auditModule,
  membersModule,
  dossiersModule,
  jobsModule,
  filesModule,
  memberImportModule,
  accessModule,
  notificationsModule,
  accessExportModule,
  staffModule,
] as const;

type AnyModule = (typeof MODULES)[number];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type ActionsOf<M> = M extends { actions: infer A } ? keyof A & string : never;
type LoadersOf<M> = M extends { loaders?: (em: never) => infer L } ? L : never;

/** Every action of every module: what `@Allow` and `authorize` accept. */
export type Action = ActionsOf<AnyModule>;

/** The per-request loaders of every module, by name. */
export type Loaders = UnionToIntersection<LoadersOf<AnyModule>>;

function composeActions() {
  const rules: Record<string, ActionRule> = {};
  for (const module of MODULES as readonly DomainModule[]) {
    for (const [action, rule] of Object.entries(module.actions)) {
      if (rules[action]) throw new Error(`action ${action} is declared by two modules`);
      rules[action] = rule;
    }
  }
  return rules;
}

function composeFieldRules() {
  const rules: DomainModule['fieldRules'] = {};
  for (const module of MODULES as readonly DomainModule[]) {
    for (const [type, fields] of Object.entries(module.fieldRules)) {
      if (rules[type]) throw new Error(`field rules of ${type} are declared by two modules`);
      rules[type] = fields;
    }
  }
  return rules;
}

installActionRules(composeActions());
installFieldRules(composeFieldRules());
registerJobs(
  (MODULES as readonly DomainModule[]).flatMap((module) => module.jobs ?? []),
  (MODULES as readonly DomainModule[]).flatMap((module) => module.schedules ?? []),
);

/** Every module's per-operation limits on root fields (app/operation-limits.ts enforces them). */
export const moduleOperationLimits: Record<string, number> = Object.assign(
  {},
  ...(MODULES as readonly DomainModule[]).map((module) => module.operationLimits ?? {}),
);

export const moduleEntities = MODULES.flatMap((module) => module.entities);
export const moduleResolvers = MODULES.flatMap((module) => module.resolvers);

/** Every module's HTTP routes beside /graphql (app/http.ts mounts them). */
export const moduleRoutes = (MODULES as readonly DomainModule[]).flatMap((module) =>
  module.routes ? [module.routes] : [],
);
