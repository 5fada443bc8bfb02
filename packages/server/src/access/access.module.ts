import { defineModule } from '../app/module';
import { Role } from '../users/role';
import { AccessGrant } from './access-grant.entity';
import { AccessPurpose } from './access-purpose.entity';
import { AccessRequest, AccessRequestDossier, AccessStep, AccessStepDepartment } from './access-request.entity';
import { ChainTemplate, ChainTemplateStep } from './chain-template.entity';
import { DECISION_PARTS } from './decision.module-parts';
import { FILING_PARTS } from './filing.module-parts';
import { composeParts } from './module-parts';

/**
 * The parts of the module, each in its own `*.module-parts.ts` (module-parts.ts merges their
 * resolvers, field rules, loaders, messages, terms, audit actions and jobs; a field, message or
 * action declared twice fails at start). A part plugs in by one entry here.
 */
const PARTS = [FILING_PARTS, DECISION_PARTS] as const;

/**
 * Retrieval only with joint approval (requirements §3): approval-chain templates, access
 * requests with their frozen chains and decisions, and the grants they create. What a grant
 * opens is decided in policy/ (basis `grant`), like every other field decision.
 */
export const accessModule = defineModule({
  name: 'access',
  entities: [
    ChainTemplate,
    ChainTemplateStep,
    AccessPurpose,
    AccessRequest,
    AccessRequestDossier,
    AccessStep,
    AccessStepDepartment,
    AccessGrant,
  ],
  ...composeParts(PARTS),
  actions: {
    // Filing, withdrawing and giving up one's own requests and grants (requirements §3).
    'accessRequest.file': { roles: [Role.REQUESTER], scope: 'self' },
    // Reading requests: anyone signed in may ask; policy/access-requests.ts decides which they see
    // (their own, those their department decides, those they oversee), NOT_FOUND for the rest.
    'accessRequest.read': { roles: 'any-authenticated', scope: 'system' },
    // Deciding the pending step for one's own department (APPROVER of a DEPARTMENT organisation).
    'accessRequest.decide': { roles: [Role.APPROVER], scope: 'system' },
    // Overseeing requests filed in one's subtree: reading them, revoking their grants.
    'accessRequest.oversee': { roles: [Role.ADMIN, Role.AUDITOR], scope: 'subtree' },
    'accessGrant.revoke': { roles: [Role.ADMIN, Role.APPROVER, Role.REQUESTER], scope: 'system' },
    // Approval-chain templates of organisations in one's subtree, and the list of purposes.
    'chainTemplate.read': { roles: [Role.ADMIN, Role.APPROVER, Role.AUDITOR], scope: 'subtree' },
    'chainTemplate.manage': { roles: [Role.ADMIN], scope: 'subtree' },
    'accessPurpose.read': { roles: 'any-authenticated', scope: 'system' },
    'accessPurpose.manage': { roles: [Role.ADMIN], scope: 'system' },
    ...DECISION_PARTS.actions,
  },
});
