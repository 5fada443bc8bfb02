import type { FormItemRule, FormRules } from 'element-plus';
import type {
  DossierStatus,
  Gender,
  MemberDetailFragment,
  MemberFilter,
  MemberOrderBy,
  MemberRowFragment,
  MembershipStage,
  MembershipStatus,
  RelativeKind,
} from '@/gql/graphql';
import { currentLocale, t } from '@/app/i18n';
import { serverRules } from '@/gql/rules';
import { isCalendarDate, parseIdNumber } from '@/shared/id-number';
import { looksMasked, optionalPhone, requiredChoice, requiredMessage, requiredText } from '@/shared/validation';

export type MemberRow = MemberRowFragment;
export type MemberDetail = MemberDetailFragment;

// Values in display order and their labels come from the server (`pnpm codegen` → @/gql/rules).
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = serverRules.enums.MembershipStatus;
export const MEMBERSHIP_STAGES: readonly MembershipStage[] = serverRules.enums.MembershipStage;
export const GENDERS: readonly Gender[] = serverRules.enums.Gender;
export const RELATIVE_KINDS: readonly RelativeKind[] = serverRules.enums.RelativeKind;
export const ORDERS: readonly MemberOrderBy[] = ['ID', 'NAME', 'BIRTH_DATE', 'RECENTLY_UPDATED'];

type MemberEnum = 'MembershipStatus' | 'MembershipStage' | 'Gender' | 'RelativeKind' | 'DossierStatus';
/** Reads the current locale, so a template re-renders its labels when the language changes. */
const labelOf = (name: MemberEnum, value: string): string =>
  (serverRules.labels[currentLocale()][name] as Record<string, string>)[value] ?? value;
export const membershipStatusLabel = (value: MembershipStatus) => labelOf('MembershipStatus', value);
export const stageLabel = (value: MembershipStage) => labelOf('MembershipStage', value);
export const genderLabel = (value: Gender) => labelOf('Gender', value);
export const relativeKindLabel = (value: RelativeKind) => labelOf('RelativeKind', value);
export const dossierStatusLabel = (value: DossierStatus) => labelOf('DossierStatus', value);

/** Tag colours: a dossier still being put together is a warning, a finished one a success. */
export const DOSSIER_STATUS_TAG: Record<DossierStatus, 'success' | 'warning' | 'info' | 'primary' | 'danger'> = {
  ESTABLISHING: 'warning',
  COMPLETE: 'success',
  IN_TRANSIT: 'primary',
  RETIRED_COLLECTION: 'info',
  CLOSED: 'info',
};

/** Completeness as a whole percentage, as the list and the detail show it. */
export const percent = (rate: number) => Math.round(rate * 100);

// ---- the list -------------------------------------------------------------------------------

export interface MemberFilterForm {
  search: string;
  idNumber: string;
  organizationId: string | null;
  status: MembershipStatus | '';
  orderBy: MemberOrderBy;
}

export function emptyMemberFilter(): MemberFilterForm {
  return { search: '', idNumber: '', organizationId: null, status: '', orderBy: 'ID' };
}

/** The API's filter and order for what the user typed: blank fields filter nothing. */
export function toMemberQuery(form: MemberFilterForm): { filter: MemberFilter; orderBy: MemberOrderBy } {
  return {
    filter: {
      search: form.search.trim() || undefined,
      // The server folds `x` to `X` too; spaces copied along with a number are no part of it.
      idNumber: form.idNumber.replace(/\s/g, '').toUpperCase() || undefined,
      organizationId: form.organizationId || undefined,
      status: form.status || undefined,
    },
    orderBy: form.orderBy,
  };
}

/** The response path of a field of row `index` in the Members query, as fieldError() takes it. */
export const memberFieldPath = (index: number, field: keyof MemberRow) => `members.edges.${index}.node.${field}`;

// ---- the form -------------------------------------------------------------------------------

/** The stage dates in order (requirements §2): a stage reached has its date, none beyond it. */
export const STAGE_DATES = [
  ['APPLICANT', 'applicationDate'],
  ['ACTIVIST', 'activistDate'],
  ['DEVELOPMENT_TARGET', 'developmentTargetDate'],
  ['PROBATIONARY', 'probationaryDate'],
  ['FULL', 'fullMembershipDate'],
] as const satisfies ReadonlyArray<readonly [MembershipStage, string]>;
export type StageDateField = (typeof STAGE_DATES)[number][1];

export interface RelativeForm {
  kind: RelativeKind;
  name: string;
  relation: string;
  workUnit: string;
  idNumber: string;
}

export interface MemberForm extends Record<StageDateField, string> {
  name: string;
  gender: Gender | '';
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  phone: string;
  address: string;
  education: string;
  workUnit: string;
  post: string;
  organizationId: string | null;
  stage: MembershipStage;
  relatives: RelativeForm[];
}

export function emptyMemberForm(): MemberForm {
  return {
    name: '',
    gender: '',
    ethnicity: '汉族',
    birthDate: '',
    idNumber: '',
    phone: '',
    address: '',
    education: '',
    workUnit: '',
    post: '',
    organizationId: null,
    stage: 'APPLICANT',
    applicationDate: '',
    activistDate: '',
    developmentTargetDate: '',
    probationaryDate: '',
    fullMembershipDate: '',
    relatives: [],
  };
}

export const emptyRelative = (kind: RelativeKind = 'FAMILY'): RelativeForm => ({
  kind,
  name: '',
  relation: '',
  workUnit: '',
  idNumber: '',
});

export function memberFormFrom(member: MemberDetail): MemberForm {
  return {
    name: member.name,
    gender: member.gender,
    ethnicity: member.ethnicity,
    birthDate: member.birthDate,
    idNumber: member.idNumber,
    phone: member.phone ?? '',
    address: member.address ?? '',
    education: member.education ?? '',
    workUnit: member.workUnit ?? '',
    post: member.post ?? '',
    organizationId: member.organization.id,
    stage: member.stage,
    applicationDate: member.applicationDate ?? '',
    activistDate: member.activistDate ?? '',
    developmentTargetDate: member.developmentTargetDate ?? '',
    probationaryDate: member.probationaryDate ?? '',
    fullMembershipDate: member.fullMembershipDate ?? '',
    relatives: member.relatives.map((relative) => ({
      kind: relative.kind,
      name: relative.name,
      relation: relative.relation,
      workUnit: relative.workUnit ?? '',
      idNumber: relative.idNumber ?? '',
    })),
  };
}

const blankAsNull = (value: string) => value.trim() || null;

/** What the form says about a member, as the API takes it: trimmed, blanks as null. */
export function memberDetails(form: MemberForm) {
  return {
    name: form.name.trim(),
    gender: form.gender as Gender,
    ethnicity: form.ethnicity.trim(),
    birthDate: form.birthDate,
    idNumber: form.idNumber.trim().toUpperCase(),
    phone: blankAsNull(form.phone),
    address: blankAsNull(form.address),
    education: blankAsNull(form.education),
    workUnit: blankAsNull(form.workUnit),
    post: blankAsNull(form.post),
    organizationId: form.organizationId ?? '',
    applicationDate: blankAsNull(form.applicationDate),
    activistDate: blankAsNull(form.activistDate),
    developmentTargetDate: blankAsNull(form.developmentTargetDate),
    probationaryDate: blankAsNull(form.probationaryDate),
    fullMembershipDate: blankAsNull(form.fullMembershipDate),
    relatives: form.relatives.map((relative) => ({
      kind: relative.kind,
      name: relative.name.trim(),
      relation: relative.relation.trim(),
      workUnit: blankAsNull(relative.workUnit),
      idNumber: blankAsNull(relative.idNumber.toUpperCase()),
    })),
  };
}

/**
 * An edit's input: only the fields that differ from what the form opened with. The relatives
 * list is replaced whole when it changed (the API's rule), so it is compared as a whole.
 */
export function changedMemberFields(shown: MemberForm, form: MemberForm): Partial<ReturnType<typeof memberDetails>> {
  const before = memberDetails(shown);
  const after = memberDetails(form);
  const changed: Partial<typeof after> = {};
  for (const key of Object.keys(after) as (keyof typeof after)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(changed, { [key]: after[key] });
  }
  return changed;
}

/** Today in China (UTC+8), as the server dates its records (members/member-validation.ts). */
export const chinaToday = (now = Date.now()) => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);

const MINIMUM_AGE = 18;
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** The first problem with a stage date, as the server would name it (members/member-validation.ts checkStageDates). */
export function stageDateProblem(form: MemberForm, field: StageDateField, today = chinaToday()): string | null {
  const index = STAGE_DATES.findIndex(([, each]) => each === field);
  const stageIndex = STAGE_DATES.findIndex(([stage]) => stage === form.stage);
  const value = form[field];
  const reached = index <= stageIndex;
  if (reached && !value) return t('member.validation.dateRequired');
  if (!reached && value) return t('member.validation.dateBeyondStage');
  if (!value) return null;
  if (value > today) return t('member.validation.dateInFuture');
  const previous = STAGE_DATES.slice(0, index)
    .map(([, each]) => form[each])
    .filter(Boolean)
    .at(-1);
  if (previous && value < previous) return t('member.validation.dateOrder');
  if (field === 'applicationDate' && form.birthDate && value < addYears(form.birthDate, MINIMUM_AGE)) {
    return t('member.validation.tooYoung');
  }
  return null;
}

/**
 * The ID number's problem, if any: GB 11643 format and check digit, and its birth date and
 * gender agreeing with the form's (the server checks the same, members/member-validation.ts).
 */
export function idNumberProblem(
  value: string,
  record: { birthDate: string; gender: Gender | '' } | null,
  today = chinaToday(),
): string | null {
  if (looksMasked(value)) return t('common.validation.masked');
  const facts = parseIdNumber(value, today);
  if (typeof facts === 'string') return t(`member.validation.idNumber.${facts}`);
  if (record?.birthDate && facts.birthDate !== record.birthDate)
    return t('member.validation.idNumber.birthDateMismatch');
  if (record?.gender && facts.gender !== record.gender) return t('member.validation.idNumber.genderMismatch');
  return null;
}

const check = (problem: (value: string) => string | null, trigger = 'blur'): FormItemRule => ({
  validator: (_rule, value: string | undefined, callback) => {
    const message = problem(value ?? '');
    if (message) callback(new Error(message));
    else callback();
  },
  trigger,
});

/**
 * The server's rules for a member, checked before anything is sent. `form` is the live form (the
 * ID number must agree with the birth date and gender typed beside it); `shown` is what the form
 * opened with: a value left as shown is not sent, so not checked — the server may have sent it
 * masked — while an edited one must be whole.
 */
export function memberRules(form: MemberForm, shown: MemberForm): FormRules {
  const unchanged = (field: 'idNumber' | 'phone' | 'address', value: string) =>
    shown[field] !== '' && value === shown[field];
  const rules: FormRules = {
    name: requiredText('member.name', 50),
    gender: [requiredChoice('member.gender')],
    ethnicity: requiredText('member.ethnicity', 20),
    birthDate: [
      { required: true, message: requiredMessage('member.birthDate'), trigger: 'change' },
      check((value) => (isCalendarDate(value) && value > chinaToday() ? t('member.validation.dateInFuture') : null)),
    ],
    idNumber: [
      { required: true, message: requiredMessage('member.idNumber'), trigger: 'blur' },
      check((value) => (unchanged('idNumber', value) ? null : idNumberProblem(value.trim(), form))),
    ],
    phone: [optionalPhone(() => shown.phone)],
    address: [
      check((value) =>
        value && !unchanged('address', value) && looksMasked(value) ? t('common.validation.masked') : null,
      ),
    ],
    organizationId: [requiredChoice('member.organization')],
    stage: [requiredChoice('member.stage')],
  };
  const stageIndex = STAGE_DATES.findIndex(([stage]) => stage === form.stage);
  STAGE_DATES.forEach(([, field], index) => {
    // `required` marks the dates of the stages reached; the check says what is wrong with any.
    rules[field] = [
      { required: index <= stageIndex, message: t('member.validation.dateRequired'), trigger: 'change' },
      check(() => stageDateProblem(form, field), 'change'),
    ];
  });
  const relativesChanged = () =>
    JSON.stringify(memberDetails(shown).relatives) !== JSON.stringify(memberDetails(form).relatives);
  form.relatives.forEach((_relative, i) => {
    const shownIdNumber = shown.relatives[i]?.idNumber ?? '';
    rules[`relatives.${i}.name`] = requiredText('member.relative.name', 50);
    rules[`relatives.${i}.relation`] = requiredText('member.relative.relation', 20);
    rules[`relatives.${i}.idNumber`] = [
      // The whole list is sent when it changed, so a masked number kept in it would be sent back.
      check((value) => {
        if (!value.trim() || (value === shownIdNumber && !(looksMasked(value) && relativesChanged()))) return null;
        return idNumberProblem(value.trim(), null);
      }),
    ];
  });
  return rules;
}
