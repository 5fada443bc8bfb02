/**
 * The server's rules the SPA needs before it asks anything: its enums in display order with their
 * labels, the actions of the role × action table, the error codes, the mask character and the input patterns forms check before the
 * round trip. `pnpm codegen` prints them to `ui-rules.json` beside schema.graphql and the SPA
 * generates `src/gql/rules.ts` from it, so the SPA holds no copy of a server rule (issue 8 §7).
 */
import { AccessRequestStatus } from '../access/access-request.entity';
import { ACCESS_SCOPES, StepMode } from '../access/access-scope';
import { DossierStatus } from '../dossiers/dossier.entity';
import { JobStatus } from '../jobs/job.entity';
import { RelativeKind } from '../members/member-relative.entity';
import { Gender, MembershipStage, MembershipStatus } from '../members/membership';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { OrganizationType } from '../organizations/organization.entity';
import { ORGANIZATION_CODE, ORGANIZATION_NAME_MAX } from '../organizations/organization.service';
import { MASK_CHARACTER } from '../policy/masking';
import { actionNames } from '../policy/rules';
import { ERROR_CODES } from '../shared/errors';
import { Locale } from '../shared/service-context';
import { ALL_ROLES } from '../users/role';
import { UserStatus } from '../users/user.entity';
import {
  AssessmentGrade,
  AttendanceResult,
  CourseKind,
  CourseMode,
  ExchangeStatus,
  RemovalOutcome,
  RotationPlanStatus,
  StaffStatus,
} from '../staff/staff.enums';
import { PHONE, USERNAME } from '../users/user.service';
import { termOf } from './i18n';
import './modules';

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Enums whose every value the SPA labels: schema enum name → values in display order. */
const LABELLED_ENUMS = {
  Role: ALL_ROLES,
  OrganizationType: Object.values(OrganizationType),
  UserStatus: Object.values(UserStatus),
  JobStatus: Object.values(JobStatus),
  MembershipStatus: Object.values(MembershipStatus),
  MembershipStage: Object.values(MembershipStage),
  Gender: Object.values(Gender),
  RelativeKind: Object.values(RelativeKind),
  DossierStatus: Object.values(DossierStatus),
  AccessScope: ACCESS_SCOPES,
  StepMode: Object.values(StepMode),
  AccessRequestStatus: Object.values(AccessRequestStatus),
  StaffStatus: Object.values(StaffStatus),
  CourseKind: Object.values(CourseKind),
  CourseMode: Object.values(CourseMode),
  AttendanceResult: Object.values(AttendanceResult),
  AssessmentGrade: Object.values(AssessmentGrade),
  RemovalOutcome: Object.values(RemovalOutcome),
  ExchangeStatus: Object.values(ExchangeStatus),
  RotationPlanStatus: Object.values(RotationPlanStatus),
};

/** A term as a label standing on its own: sentence case (`staff manager` → `Staff manager`). */
const asLabel = (term: string) => term.charAt(0).toUpperCase() + term.slice(1);

function labelsIn(locale: Locale) {
  return Object.fromEntries(
    Object.entries(LABELLED_ENUMS).map(([name, values]) => [
      name,
      Object.fromEntries(
        values.map((value) => {
          const term = termOf(locale, value);
          if (!term) throw new Error(`no ${locale} term for ${name}.${value}: add it to its module's terms`);
          return [value, asLabel(term)];
        }),
      ),
    ]),
  );
}

export function uiRules() {
  return {
    actions: actionNames(),
    /** `extensions.code` values: the schema cannot type them, so the SPA takes them from here. */
    errorCodes: ERROR_CODES,
    /** What masked values are made of: forms refuse a value carrying it (issue 8, point 5). */
    maskCharacter: MASK_CHARACTER,
    enums: LABELLED_ENUMS,
    labels: Object.fromEntries(LOCALES.map((locale) => [locale, labelsIn(locale)])),
    patterns: {
      organizationCode: ORGANIZATION_CODE.source,
      username: USERNAME.source,
      phone: PHONE.source,
    },
    limits: {
      organizationNameMax: ORGANIZATION_NAME_MAX,
      passwordMin: MIN_PASSWORD_LENGTH,
      passwordMax: MAX_PASSWORD_LENGTH,
    },
  };
}
