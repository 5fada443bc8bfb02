import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { Session } from '../auth/session.entity';
import { Organization } from '../organizations/organization.entity';
import { BaseEntity } from '../shared/base.entity';
import { User } from '../users/user.entity';

/** Every entity, listed explicitly so tsx, vitest and compiled builds discover the same set. */
export const entities = [BaseEntity, Organization, User, Session, LoginAttempt, AuditEntry];
