/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, YYYY-MM-DD. */
  Date: { input: any; output: any; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
};

export type AccessDepartment = {
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AccessDossier = {
  /** The archive office keeping the dossier. */
  custodianName: Scalars['String']['output'];
  /** The dossier id. */
  id: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  /** The member's party organisation. */
  organizationName: Scalars['String']['output'];
};

/** What a fully approved request opens, for its requester, until it expires or is revoked. */
export type AccessGrant = {
  /** Not revoked and not expired, now. */
  active: Scalars['Boolean']['output'];
  /** Material categories it is narrowed to; null: every one. */
  categoryIds?: Maybe<Array<Scalars['ID']['output']>>;
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The grantee gave it up. */
  relinquished: Scalars['Boolean']['output'];
  /** Seconds until it expires; 0 once inactive. */
  remainingSeconds: Scalars['Int']['output'];
  request: AccessRequest;
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  revokedBy?: Maybe<AccessPerson>;
  scopes: Array<AccessScope>;
};

export type AccessGrantConnection = {
  edges: Array<AccessGrantEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessGrantEdge = {
  cursor: Scalars['String']['output'];
  node: AccessGrant;
};

export type AccessPerson = {
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
};

export type AccessPurpose = {
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  requiresDetails: Scalars['Boolean']['output'];
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AccessRequest = {
  /** The categories MATERIALS/RESTRICTED are narrowed to; null: every category of the scopes. */
  categories?: Maybe<Array<MaterialCategory>>;
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  currentStep?: Maybe<Scalars['Int']['output']>;
  dossiers: Array<AccessDossier>;
  durationDays: Scalars['Int']['output'];
  filedAt: Scalars['DateTime']['output'];
  /** The grant, once the request is approved. */
  grant?: Maybe<AccessGrant>;
  id: Scalars['ID']['output'];
  justification: Scalars['String']['output'];
  justificationFile?: Maybe<JustificationFile>;
  number: Scalars['String']['output'];
  purpose: AccessPurpose;
  purposeDetails?: Maybe<Scalars['String']['output']>;
  requester: AccessPerson;
  /** The organisation the requester filed from. */
  requesterOrganizationName: Scalars['String']['output'];
  scopes: Array<AccessScope>;
  status: AccessRequestStatus;
  /** The frozen chain, one row per department and step, in order: who decided, when, with what comment. */
  steps: Array<AccessStepSlot>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AccessRequestConnection = {
  edges: Array<AccessRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AccessRequestEdge = {
  cursor: Scalars['String']['output'];
  node: AccessRequest;
};

export type AccessRequestFilter = {
  /** Only the caller’s own requests. */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<AccessRequestStatus>;
  /** Only requests waiting for the caller’s decision. */
  waitingForMe?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AccessRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'WITHDRAWN';

export type AccessScope =
  | 'IDENTITY'
  | 'MATERIALS'
  | 'RESTRICTED';

/** Approvals at a glance (the dashboard's access card). */
export type AccessStatistics = {
  /** Slots decided (approved or rejected) in the last 30 days, in the same scope. */
  decidedLast30Days: Scalars['Int']['output'];
  /** Median hours from a step opening to a decision; null without any. */
  medianDecisionHours?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of those hours. */
  p90DecisionHours?: Maybe<Scalars['Float']['output']>;
  /** Undecided slots of pending steps: the caller's department's, or of requests filed in an overseer's subtree. */
  pendingApprovals: Scalars['Int']['output'];
};

/** One department's place in one step of a request's chain, with its decision: a row of the request's timeline. */
export type AccessStepSlot = {
  approver?: Maybe<AccessPerson>;
  comment?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decision: DepartmentDecision;
  department: AccessDepartment;
  /** Its time limit; null: none. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** The step is (or was) past its time limit while pending. */
  escalated: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  mode: StepMode;
  /** The step, 1, 2, … in chain order. */
  position: Scalars['Int']['output'];
  /** When the step opened. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  stepStatus: AccessStepStatus;
  /** The step's version: pass it to decideAccessRequest as expectedVersion. */
  stepVersion: Scalars['Int']['output'];
};

export type AccessStepStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED'
  | 'WAITING';

export type AddMaterialInput = {
  categoryId: Scalars['ID']['input'];
  content?: InputMaybe<Scalars['String']['input']>;
  dossierId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  formedOn: Scalars['String']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  pages?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD */
  receivedOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type AddQualificationInput = {
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  issuedOn: Scalars['String']['input'];
  name: Scalars['String']['input'];
  staffMemberId: Scalars['ID']['input'];
};

export type Assessment = {
  assessedAt: Scalars['DateTime']['output'];
  /** Who assessed (the recording manager). */
  assessorName?: Maybe<Scalars['String']['output']>;
  comment?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 优秀 / 合格 / 基本合格 / 不合格 */
  grade?: Maybe<AssessmentGrade>;
  id: Scalars['ID']['output'];
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** YYYY (annual, the default), YYYY-H1/H2 or YYYY-Q1..Q4. */
  period: Scalars['String']['output'];
  score?: Maybe<Scalars['Float']['output']>;
  staffMember: StaffMember;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AssessmentGrade =
  | 'BASIC_PASS'
  | 'EXCELLENT'
  | 'FAIL'
  | 'PASS';

export type AssessmentPassRate = {
  assessed: Scalars['Int']['output'];
  passed: Scalars['Int']['output'];
  period: Scalars['String']['output'];
  /** passed / assessed, 0–1. */
  rate: Scalars['Float']['output'];
};

export type AssignPostInput = {
  postId: Scalars['ID']['input'];
  staffMemberId: Scalars['ID']['input'];
  startDate: Scalars['String']['input'];
};

export type Assignment = {
  createdAt: Scalars['DateTime']['output'];
  /** Held today. */
  current: Scalars['Boolean']['output'];
  /** YYYY-MM-DD, exclusive; none while current. */
  endDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  post: Post;
  staffMember: StaffMember;
  /** YYYY-MM-DD, inclusive */
  startDate: Scalars['String']['output'];
  /** YYYY-MM-DD the post’s longest tenure is reached (a rotation is due by then). */
  tenureEndsOn: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type AttendanceResult =
  | 'ABSENT'
  | 'FAILED'
  | 'PASSED';

export type AuditActionCount = {
  action: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

/** An audit action code and its label in the caller's language. */
export type AuditActionInfo = {
  code: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type AuditChainProblem =
  /** A checkpoint newer than the one used was refused (forged or damaged). */
  | 'CHECKPOINT_INVALID'
  /** An entry no longer matches its hash or its predecessor (edited, removed or inserted). */
  | 'EDITED'
  /** The checkpointed entry has another hash: entries were rewritten and later hashes recomputed. */
  | 'REWRITTEN'
  /** The chain ends before its newest checkpoint: its newest entries were deleted. */
  | 'TRUNCATED';

/** Where the chain stands, without verifying it (see verifyAuditChain). */
export type AuditChainStatus = {
  headAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest entry's position; 0 for an empty chain. */
  headSeq: Scalars['Int']['output'];
  /** The newest checkpoint with a valid signature. */
  newestCheckpoint?: Maybe<AuditCheckpoint>;
  /** Newer lines of the checkpoint files that were refused (forged or damaged). */
  refusedCheckpoints: Scalars['Int']['output'];
};

/** A signed statement, kept outside the database, of the head of the chain at a time. */
export type AuditCheckpoint = {
  at: Scalars['DateTime']['output'];
  hash: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

export type AuditEntry = {
  action: Scalars['String']['output'];
  /** Username of the actor, or "anonymous" / "system". */
  actor: Scalars['String']['output'];
  /** The actor's display name today; null for no signed-in actor or an account since removed. */
  actorName?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  /** JSON details of the change. */
  details?: Maybe<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
  /** Position in the chain (same as id). */
  seq: Scalars['Int']['output'];
  /** What was acted on, as Type:id. */
  target?: Maybe<Scalars['String']['output']>;
  /** The target's name when the entry was written. */
  targetLabel?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryConnection = {
  edges: Array<AuditEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type AuditFilter = {
  action?: InputMaybe<Scalars['String']['input']>;
  /** Any of these actions (at most 50). */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Username of the actor. */
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Entries about this organisation's subtree. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Target, or its prefix (e.g. "User:"). */
  target?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditVerification = {
  /** Entries checked before the first problem (all, when ok). */
  checked: Scalars['Int']['output'];
  /** The newest valid checkpoint, checked against. */
  checkpoint?: Maybe<AuditCheckpoint>;
  firstBrokenId?: Maybe<Scalars['ID']['output']>;
  ok: Scalars['Boolean']['output'];
  problem?: Maybe<AuditChainProblem>;
};

export type AuthPayload = {
  expiresAt: Scalars['DateTime']['output'];
  token: Scalars['String']['output'];
  user: User;
};

export type ChainStepInput = {
  departmentIds: Array<Scalars['ID']['input']>;
  mode: StepMode;
  /** 1–720 hours; omitted: no limit. */
  timeLimitHours?: InputMaybe<Scalars['Int']['input']>;
};

export type ChainTemplate = {
  id: Scalars['ID']['output'];
  /** The organisation that sets the template. */
  organization: Organization;
  scope: AccessScope;
  steps: Array<ChainTemplateStep>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ChainTemplateStep = {
  departments: Array<AccessDepartment>;
  mode: StepMode;
  position: Scalars['Int']['output'];
  /** Hours the step may stay pending; null: no limit. */
  timeLimitHours?: Maybe<Scalars['Int']['output']>;
};

export type ChangeExchangeStatusInput = {
  id: Scalars['ID']['input'];
  /** Required to complete. */
  outcomeReport?: InputMaybe<Scalars['String']['input']>;
  status: ExchangeStatus;
};

export type ChangeMembershipStatusInput = {
  /** YYYY-MM-DD of the change */
  date: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  status: MembershipStatus;
  version: Scalars['Int']['input'];
};

export type Completeness = {
  complete: Scalars['Boolean']['output'];
  missing: Array<MaterialCategory>;
  present: Array<MaterialCategory>;
  /** present / required, 1 when nothing is required */
  rate: Scalars['Float']['output'];
  required: Array<MaterialCategory>;
};

export type Contract = {
  /** The signed contract (GET /files/:sha256?owner=Contract:<id>). */
  attachmentSha256?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  duties: Scalars['String']['output'];
  /** YYYY-MM-DD, the last day of the term */
  endDate: Scalars['String']['output'];
  /** Ends within 90 days (and has not ended). */
  endingSoon: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  obligations: Scalars['String']['output'];
  /** YYYY-MM-DD, last day of probation (first post only). */
  probationEndDate?: Maybe<Scalars['String']['output']>;
  staffMember: StaffMember;
  /** YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CourseKind =
  | 'CHANGE_OF_POST'
  | 'IN_POST'
  | 'PRE_POST'
  | 'SPECIAL';

export type CourseMode =
  | 'PRACTICE'
  | 'THEORY';

export type CreateAccessRequestInput = {
  /** Narrows MATERIALS/RESTRICTED to these material categories. */
  categoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1–20 dossiers. */
  dossierIds: Array<Scalars['ID']['input']>;
  /** Days the grant lasts (1–ACCESS_MAX_DAYS); default ACCESS_DEFAULT_DAYS. */
  durationDays?: InputMaybe<Scalars['Int']['input']>;
  /** 10–2000 characters. */
  justification: Scalars['String']['input'];
  justificationFile?: InputMaybe<JustificationFileInput>;
  /** A purpose code (accessPurposes); other text is filed as OTHER. */
  purpose: Scalars['String']['input'];
  /** Required when the purpose requires details (OTHER). */
  purposeDetails?: InputMaybe<Scalars['String']['input']>;
  scope: Array<AccessScope>;
};

export type CreateContractInput = {
  /** A file uploaded through POST /files. */
  attachmentSha256?: InputMaybe<Scalars['String']['input']>;
  duties: Scalars['String']['input'];
  /** Last day; default 3 years (STAFF_CONTRACT_MIN_YEARS) on. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  obligations: Scalars['String']['input'];
  staffMemberId: Scalars['ID']['input'];
  startDate: Scalars['String']['input'];
};

export type CreateExchangeInput = {
  endDate: Scalars['String']['input'];
  hostOrganizationId: Scalars['ID']['input'];
  regions: Array<Scalars['String']['input']>;
  staffMemberId: Scalars['ID']['input'];
  startDate: Scalars['String']['input'];
  topic: Scalars['String']['input'];
};

export type CreateMaterialCategoryInput = {
  code: Scalars['String']['input'];
  filingLimitMonths?: InputMaybe<Scalars['Int']['input']>;
  nameEn: Scalars['String']['input'];
  nameZh: Scalars['String']['input'];
  requiredFrom?: InputMaybe<MembershipStage>;
  sensitivity?: InputMaybe<Sensitivity>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateMemberInput = {
  activistDate?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  applicationDate?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  developmentTargetDate?: InputMaybe<Scalars['String']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  ethnicity: Scalars['String']['input'];
  fullMembershipDate?: InputMaybe<Scalars['String']['input']>;
  gender: Gender;
  idNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The member's party organisation. */
  organizationId: Scalars['ID']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  post?: InputMaybe<Scalars['String']['input']>;
  probationaryDate?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole list when given. */
  relatives?: InputMaybe<Array<RelativeInput>>;
  stage: MembershipStage;
  workUnit?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOrganizationInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
  type: OrganizationType;
};

export type CreatePostInput = {
  maxStaff?: InputMaybe<Scalars['Int']['input']>;
  /** Default 36 (STAFF_MAX_TENURE_MONTHS). */
  maxTenureMonths?: InputMaybe<Scalars['Int']['input']>;
  minStaff?: InputMaybe<Scalars['Int']['input']>;
  organizationId: Scalars['ID']['input'];
  region: Scalars['String']['input'];
  requiredQualification?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateStaffMemberInput = {
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  /** YYYY-MM-DD */
  hireDate: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  region: Scalars['String']['input'];
  /** YYYY-MM-DD */
  retirementDate: Scalars['String']['input'];
  /** The user account of the same person. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateTrainingCourseInput = {
  hours: Scalars['Float']['input'];
  kind: CourseKind;
  mode: CourseMode;
  organizationId: Scalars['ID']['input'];
  professional: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

export type CreateTrainingSessionInput = {
  courseId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  place: Scalars['String']['input'];
  trainer: Scalars['String']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  password: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  roles: Array<Role>;
  username: Scalars['String']['input'];
};

export type DecideRemovalInput = {
  /** Required to KEEP. */
  improvementPlan?: InputMaybe<Scalars['String']['input']>;
  outcome: RemovalOutcome;
  staffMemberId: Scalars['ID']['input'];
};

export type DepartmentDecision =
  | 'APPROVED'
  | 'NOT_NEEDED'
  | 'PENDING'
  | 'REJECTED';

export type DisposalBatch = {
  /** When the batch was recorded. */
  decidedAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD of the decision. */
  decidedOn: Scalars['String']['output'];
  decisionNote: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  materialCount: Scalars['Int']['output'];
  materialIds: Array<Scalars['ID']['output']>;
  method: DisposalMethod;
};

export type DisposalDecisionInput = {
  /** YYYY-MM-DD */
  decidedOn: Scalars['String']['input'];
  decisionNote: Scalars['String']['input'];
  method: DisposalMethod;
};

export type DisposalMethod =
  | 'DESTROYED'
  | 'RETURNED'
  | 'TRANSFERRED';

export type Dossier = {
  /** The archivist in charge. */
  archivist?: Maybe<User>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completeness: Completeness;
  completionDeadline: Scalars['DateTime']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The archive office keeping the dossier. */
  custodian: Organization;
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  explainedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Current materials unless a status is given. */
  materials: Array<Material>;
  member: Member;
  nextReviewAt?: Maybe<Scalars['DateTime']['output']>;
  /** Still establishing past its completion deadline. */
  overdue: Scalars['Boolean']['output'];
  overdueExplanation?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD promised by the custodian. */
  promisedCompletionOn?: Maybe<Scalars['String']['output']>;
  /** Months between maintenance reviews. */
  reviewIntervalMonths: Scalars['Int']['output'];
  status: DossierStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type DossierMaterialsArgs = {
  status?: InputMaybe<MaterialStatus>;
};

export type DossierConnection = {
  edges: Array<DossierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DossierEdge = {
  cursor: Scalars['String']['output'];
  node: Dossier;
};

export type DossierFilter = {
  /** The archive office keeping it. */
  custodianId?: InputMaybe<Scalars['ID']['input']>;
  /** Members of this organisation and below. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<DossierStatus>;
};

export type DossierReview = {
  findings: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nextReviewAt: Scalars['DateTime']['output'];
  reviewedAt: Scalars['DateTime']['output'];
};

/** The dossiers the caller reaches, at a glance (the dashboard's cards). */
export type DossierStatistics = {
  /** Every status, in display order, zero counts included. */
  byStatus: Array<DossierStatusCount>;
  /** Share of the dossiers being kept (establishing or complete) that are complete; null when none are. */
  completenessRate?: Maybe<Scalars['Float']['output']>;
  /** Still establishing past the completion deadline. */
  overdue: Scalars['Int']['output'];
};

export type DossierStatus =
  | 'CLOSED'
  | 'COMPLETE'
  | 'ESTABLISHING'
  | 'IN_TRANSIT'
  | 'RETIRED_COLLECTION';

/** How many dossiers the caller reaches are in one status. */
export type DossierStatusCount = {
  count: Scalars['Int']['output'];
  status: DossierStatus;
};

/** A step of an access request still pending past its time limit. */
export type EscalatedAccessStep = {
  dueAt: Scalars['DateTime']['output'];
  /** When the hourly check marked it; null: not yet. */
  escalatedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  mode: StepMode;
  /** Hours past the time limit. */
  overdueHours: Scalars['Float']['output'];
  /** Departments that have not decided yet. */
  pendingDepartments: Array<AccessDepartment>;
  position: Scalars['Int']['output'];
  request: AccessRequest;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type EscalatedAccessStepConnection = {
  edges: Array<EscalatedAccessStepEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EscalatedAccessStepEdge = {
  cursor: Scalars['String']['output'];
  node: EscalatedAccessStep;
};

export type Exchange = {
  allowedTransitions: Array<ExchangeStatus>;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD, inclusive */
  endDate: Scalars['String']['output'];
  homeOrganization: Organization;
  hostOrganization: Organization;
  id: Scalars['ID']['output'];
  outcomeReport?: Maybe<Scalars['String']['output']>;
  regions: Array<Scalars['String']['output']>;
  staffMember: StaffMember;
  /** YYYY-MM-DD */
  startDate: Scalars['String']['output'];
  status: ExchangeStatus;
  topic: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type ExchangeStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ONGOING'
  | 'PLANNED';

export type Gender =
  | 'FEMALE'
  | 'MALE';

export type GenerateRotationPlanInput = {
  /** Months the plan covers (1–120). */
  months: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  /** First day of a month: the plan starts there. */
  startDate: Scalars['Date']['input'];
};

export type IntegrityIncident = {
  /** JSON: the owner it was read for, expected and found hashes. */
  details?: Maybe<Scalars['String']['output']>;
  detectedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: IntegrityIncidentKind;
  resolved: Scalars['Boolean']['output'];
  /** What was found damaged, as Type:id. */
  subject: Scalars['String']['output'];
};

export type IntegrityIncidentConnection = {
  edges: Array<IntegrityIncidentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IntegrityIncidentEdge = {
  cursor: Scalars['String']['output'];
  node: IntegrityIncident;
};

export type IntegrityIncidentFilter = {
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};

export type IntegrityIncidentKind =
  | 'FILE_CHECKSUM_MISMATCH'
  | 'FILE_MISSING';

/** A background job: an import, an export, a periodic check. */
export type Job = {
  /** Attempts started so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Why the job (or its last attempt) failed, in your language. */
  error?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** What the job does, e.g. `members.import`. */
  kind: Scalars['String']['output'];
  /** The step in progress, in your language. */
  message?: Maybe<Scalars['String']['output']>;
  /** Percent done, 0–100. */
  progress: Scalars['Int']['output'];
  /** What the job produced, as JSON text. */
  result?: Maybe<Scalars['String']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: JobStatus;
};

export type JobStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING'
  | 'SUCCEEDED';

export type JustificationFile = {
  fileName: Scalars['String']['output'];
  /** The file owner for GET /files/:sha256?owner= and fileDownloadUrl. */
  owner: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
};

export type JustificationFileInput = {
  fileName: Scalars['String']['input'];
  /** SHA-256 of a PDF the requester uploaded through POST /files. */
  sha256: Scalars['String']['input'];
};

/** Counts of the lifecycle lists over the dossiers the caller may read. */
export type LifecycleCounts = {
  escalated: Scalars['Int']['output'];
  lateFilings: Scalars['Int']['output'];
  overdue: Scalars['Int']['output'];
  reviewsDue: Scalars['Int']['output'];
};

export type LifecycleMaterialConnection = {
  edges: Array<LifecycleMaterialEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LifecycleMaterialEdge = {
  cursor: Scalars['String']['output'];
  node: Material;
};

export type LifecycleMaterialFilter = {
  dossierId?: InputMaybe<Scalars['ID']['input']>;
  /** Members of this organisation and below. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type Material = {
  category: MaterialCategory;
  content?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The dossier the material belongs to. */
  dossier: Dossier;
  /** The material's files: null and FORBIDDEN outside custody, like content. */
  files?: Maybe<Array<MaterialFile>>;
  /** YYYY-MM-DD: when the material was formed */
  formedOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invalidatedAt?: Maybe<Scalars['DateTime']['output']>;
  invalidationReason?: Maybe<Scalars['String']['output']>;
  lateFiling: Scalars['Boolean']['output'];
  lineage: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  pages?: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM-DD: when the archive office received it */
  receivedOn: Scalars['String']['output'];
  sha256?: Maybe<Scalars['String']['output']>;
  status: MaterialStatus;
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type MaterialCategory = {
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  filingLimitMonths: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameZh: Scalars['String']['output'];
  /** The first stage that requires it; null: never required */
  requiredFrom?: Maybe<MembershipStage>;
  requiredStages: Array<MembershipStage>;
  sensitivity: Sensitivity;
  sortOrder: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

/** A stored file filed with a material version. */
export type MaterialFile = {
  addedAt: Scalars['DateTime']['output'];
  /** Detected from the content at upload. */
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  pages?: Maybe<Scalars['Int']['output']>;
  /** Read it through GET /files/:sha256?owner=Material:<id>. */
  sha256: Scalars['String']['output'];
  /** Bytes. */
  size: Scalars['Int']['output'];
};

export type MaterialStatus =
  | 'CURRENT'
  | 'DISPOSED'
  | 'INVALIDATED'
  | 'SUPERSEDED';

export type Member = {
  /** 确定为入党积极分子日期 */
  activistDate?: Maybe<Scalars['String']['output']>;
  address?: Maybe<Scalars['String']['output']>;
  /** The statuses this member may move to next. */
  allowedTransitions: Array<MembershipStatus>;
  /** 入党申请日期, YYYY-MM-DD */
  applicationDate?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 确定为发展对象日期 */
  developmentTargetDate?: Maybe<Scalars['String']['output']>;
  dossier?: Maybe<Dossier>;
  education?: Maybe<Scalars['String']['output']>;
  ethnicity: Scalars['String']['output'];
  /** 转为正式党员日期 */
  fullMembershipDate?: Maybe<Scalars['String']['output']>;
  gender: Gender;
  id: Scalars['ID']['output'];
  idNumber: Scalars['String']['output'];
  membershipStatus: MembershipStatus;
  name: Scalars['String']['output'];
  organization: Organization;
  phone?: Maybe<Scalars['String']['output']>;
  post?: Maybe<Scalars['String']['output']>;
  /** 接收为预备党员日期 */
  probationaryDate?: Maybe<Scalars['String']['output']>;
  relatives: Array<MemberRelative>;
  stage: MembershipStage;
  /** When the member retired, transferred out or died */
  statusDate?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  workUnit?: Maybe<Scalars['String']['output']>;
};

export type MemberConnection = {
  edges: Array<MemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MemberEdge = {
  cursor: Scalars['String']['output'];
  node: Member;
};

export type MemberFilter = {
  /** The whole ID number (exact match). */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** Members of this organisation and below. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MembershipStatus>;
};

export type MemberImportMode =
  | 'ALL_OR_NOTHING'
  | 'VALID_ROWS_ONLY';

export type MemberOrderBy =
  | 'BIRTH_DATE'
  | 'ID'
  | 'NAME'
  | 'RECENTLY_UPDATED';

export type MemberRelative = {
  id: Scalars['ID']['output'];
  idNumber?: Maybe<Scalars['String']['output']>;
  kind: RelativeKind;
  name: Scalars['String']['output'];
  /** 称谓 / relation, e.g. 父亲 */
  relation: Scalars['String']['output'];
  workUnit?: Maybe<Scalars['String']['output']>;
};

export type MembershipStage =
  | 'ACTIVIST'
  | 'APPLICANT'
  | 'DEVELOPMENT_TARGET'
  | 'FULL'
  | 'PROBATIONARY';

export type MembershipStatus =
  | 'ACTIVIST'
  | 'APPLICANT'
  | 'DECEASED'
  | 'DEVELOPMENT_TARGET'
  | 'FULL'
  | 'PROBATIONARY'
  | 'RETIRED'
  | 'TRANSFERRED_OUT';

export type Mutation = {
  addMaterial: Material;
  addQualification: Qualification;
  /** Assigns a post from startDate, ending the current assignment; needs the pre-post (岗前) training passed. */
  assignPost: Assignment;
  /** Files an uploaded content (POST /files) with a current material. */
  attachMaterialFile: Material;
  /** Cancels a queued or running job; a running one stops at its next step. */
  cancelJob: Job;
  changeExchangeStatus: Exchange;
  changeMembershipStatus: Member;
  changePassword: Scalars['Boolean']['output'];
  createAccessRequest: AccessRequest;
  /** Service term ≥ 3 years; a first contract carries 12 months of probation. */
  createContract: Contract;
  createExchange: Exchange;
  createMaterialCategory: MaterialCategory;
  /** Opens the dossier in the caller’s archive office in the same transaction. */
  createMember: Member;
  createOrganization: Organization;
  createPost: Post;
  createStaffMember: StaffMember;
  createTrainingCourse: TrainingCourse;
  createTrainingSession: TrainingSession;
  createUser: User;
  /** Approves or rejects (comment required) the current step for the caller's department. `expectedVersion`: the step's version the caller saw; CONFLICT when it has changed. */
  decideAccessRequest: AccessRequest;
  /** KEEP with an improvement plan, or REMOVE: the person leaves, their post is vacated, a linked user disabled. */
  decideRemoval: StaffMember;
  /** Central processing (集中处理) of invalidated materials, all or nothing. */
  disposeMaterials: DisposalBatch;
  endAssignment: Assignment;
  /** The custodian explains an overdue dossier and promises a date. */
  explainOverdue: Dossier;
  /** Solves and stores a DRAFT rotation plan, answering once it is stored (api.md); the SPA uses startRotationPlan. */
  generateRotationPlan: RotationPlan;
  invalidateMaterial: Material;
  /** Links the account to the member record of the same person; names must agree unless confirmed. */
  linkUserMember: User;
  login: AuthPayload;
  /** Revokes the current session token. */
  logout: Scalars['Boolean']['output'];
  /** Marks all your notifications read; returns how many changed. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks your notifications read (at most 100 ids); returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  moveOrganization: Organization;
  /** REVIEWED → PUBLISHED: creates the assignments, ending the previous ones. */
  publishRotationPlan: RotationPlan;
  /** One per person and period; N failures in a row (default 2) flag the person for removal. */
  recordAssessment: Assessment;
  /** One person’s attendance of one session, once. */
  recordAttendance: TrainingAttendance;
  /** Records a maintenance review and schedules the next. */
  recordReview: DossierReview;
  /** The grantee gives their active grant up. */
  relinquishAccessGrant: AccessRequest;
  /** Removes a template: the inherited one applies again. */
  removeChainTemplate: ScopeChainTemplate;
  renameOrganization: Organization;
  resetUserPassword: Scalars['Boolean']['output'];
  /** DRAFT → REVIEWED. */
  reviewRotationPlan: RotationPlan;
  /** A new version; the revised one is kept as SUPERSEDED. */
  reviseMaterial: Material;
  /** Revokes the request’s active grant: an ADMIN over it, or an APPROVER of a department that approved it. */
  revokeAccessGrant: AccessRequest;
  setAccessPurpose: AccessPurpose;
  /** Creates or replaces the steps of a template. */
  setChainTemplate: ScopeChainTemplate;
  setOrganizationActive: Organization;
  /** A stated preference for a post, weighed by the rotation (0 withdraws it). */
  setStaffPreference: Scalars['Boolean']['output'];
  setUserStatus: User;
  /** Records the attendance of a session from a sheet uploaded to POST /staff/attendance-imports, as a background job; its result (JSON: total, imported, rejected, errors by row and column) is read through job(id). */
  startAttendanceImport: Job;
  /** Queues a job that only waits and reports progress: shows that jobs run. */
  startJobSelfTest: Job;
  /** Imports the members of a file uploaded to POST /members/imports as a background job; its result (JSON: total, imported, rejected, errors by row and column) is read through job(id). */
  startMemberImport: Job;
  /** Queues the rotation solver (issue 11 §4); `job(id)` shows its progress and, when done, the plan id. */
  startRotationPlan: Job;
  /** Removes the link between the account and its member record. */
  unlinkUserMember: User;
  updateMaterialCategory: MaterialCategory;
  updateMember: Member;
  /** Changes the fields given; userId links (or with "" unlinks) the account. */
  updateStaffMember: StaffMember;
  updateUser: User;
  /** The requester withdraws a pending request. */
  withdrawAccessRequest: AccessRequest;
};


export type MutationAddMaterialArgs = {
  input: AddMaterialInput;
};


export type MutationAddQualificationArgs = {
  input: AddQualificationInput;
};


export type MutationAssignPostArgs = {
  input: AssignPostInput;
};


export type MutationAttachMaterialFileArgs = {
  fileName: Scalars['String']['input'];
  materialId: Scalars['ID']['input'];
  pages?: InputMaybe<Scalars['Int']['input']>;
  sha256: Scalars['String']['input'];
};


export type MutationCancelJobArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangeExchangeStatusArgs = {
  input: ChangeExchangeStatusInput;
};


export type MutationChangeMembershipStatusArgs = {
  input: ChangeMembershipStatusInput;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateAccessRequestArgs = {
  input: CreateAccessRequestInput;
};


export type MutationCreateContractArgs = {
  input: CreateContractInput;
};


export type MutationCreateExchangeArgs = {
  input: CreateExchangeInput;
};


export type MutationCreateMaterialCategoryArgs = {
  input: CreateMaterialCategoryInput;
};


export type MutationCreateMemberArgs = {
  input: CreateMemberInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateStaffMemberArgs = {
  input: CreateStaffMemberInput;
};


export type MutationCreateTrainingCourseArgs = {
  input: CreateTrainingCourseInput;
};


export type MutationCreateTrainingSessionArgs = {
  input: CreateTrainingSessionInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideAccessRequestArgs = {
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationDecideRemovalArgs = {
  input: DecideRemovalInput;
};


export type MutationDisposeMaterialsArgs = {
  decision: DisposalDecisionInput;
  materialIds: Array<Scalars['ID']['input']>;
};


export type MutationEndAssignmentArgs = {
  endDate: Scalars['String']['input'];
  staffMemberId: Scalars['ID']['input'];
};


export type MutationExplainOverdueArgs = {
  dossierId: Scalars['ID']['input'];
  explanation: Scalars['String']['input'];
  promisedDate: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationGenerateRotationPlanArgs = {
  input: GenerateRotationPlanInput;
};


export type MutationInvalidateMaterialArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLinkUserMemberArgs = {
  confirmNameMismatch?: InputMaybe<Scalars['Boolean']['input']>;
  memberId: Scalars['ID']['input'];
  memberVersion: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationMoveOrganizationArgs = {
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationPublishRotationPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRecordAssessmentArgs = {
  input: RecordAssessmentInput;
};


export type MutationRecordAttendanceArgs = {
  input: RecordAttendanceInput;
};


export type MutationRecordReviewArgs = {
  dossierId: Scalars['ID']['input'];
  findings: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRelinquishAccessGrantArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};


export type MutationRemoveChainTemplateArgs = {
  organizationId: Scalars['ID']['input'];
  scope: AccessScope;
  version: Scalars['Int']['input'];
};


export type MutationRenameOrganizationArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResetUserPasswordArgs = {
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationReviewRotationPlanArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviseMaterialArgs = {
  input: ReviseMaterialInput;
};


export type MutationRevokeAccessGrantArgs = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
};


export type MutationSetAccessPurposeArgs = {
  input: SetAccessPurposeInput;
};


export type MutationSetChainTemplateArgs = {
  input: SetChainTemplateInput;
};


export type MutationSetOrganizationActiveArgs = {
  active: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSetStaffPreferenceArgs = {
  input: SetStaffPreferenceInput;
};


export type MutationSetUserStatusArgs = {
  id: Scalars['ID']['input'];
  status: UserStatus;
};


export type MutationStartAttendanceImportArgs = {
  fileRef: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationStartJobSelfTestArgs = {
  durationMs?: Scalars['Int']['input'];
};


export type MutationStartMemberImportArgs = {
  fileRef: Scalars['String']['input'];
  mode: MemberImportMode;
  organizationId: Scalars['ID']['input'];
};


export type MutationStartRotationPlanArgs = {
  input: GenerateRotationPlanInput;
};


export type MutationUnlinkUserMemberArgs = {
  memberVersion: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationUpdateMaterialCategoryArgs = {
  input: UpdateMaterialCategoryInput;
};


export type MutationUpdateMemberArgs = {
  input: UpdateMemberInput;
};


export type MutationUpdateStaffMemberArgs = {
  input: UpdateStaffMemberInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationWithdrawAccessRequestArgs = {
  requestId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type Notification = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  /** The notification in your language. */
  message: Scalars['String']['output'];
  /** Words of the message, a JSON object. */
  params: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  subject: Scalars['String']['output'];
};

export type NotificationConnection = {
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NotificationEdge = {
  cursor: Scalars['String']['output'];
  node: Notification;
};

export type NotificationKind =
  | 'ACCESS_GRANT_EXPIRING'
  | 'ACCESS_GRANT_REVOKED'
  | 'ACCESS_REQUEST_DECIDED'
  | 'ACCESS_STEP_ESCALATED'
  | 'ACCESS_STEP_WAITING';

export type Organization = {
  active: Scalars['Boolean']['output'];
  /** The types an organisation of this type may hold directly (a create or move under it accepts only these). */
  allowedChildTypes: Array<OrganizationType>;
  /** Whether the caller may create under, rename, move, enable or disable this organisation. */
  canManage: Scalars['Boolean']['output'];
  children: Array<Organization>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  parent?: Maybe<Organization>;
  type: OrganizationType;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type OrganizationType =
  | 'ARCHIVE_OFFICE'
  | 'BRANCH'
  | 'COMMITTEE'
  | 'DEPARTMENT'
  | 'GENERAL_BRANCH';

export type OverdueDossierConnection = {
  edges: Array<OverdueDossierEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OverdueDossierEdge = {
  cursor: Scalars['String']['output'];
  node: Dossier;
};

export type OverdueDossierFilter = {
  /** The archive office keeping them. */
  custodianId?: InputMaybe<Scalars['ID']['input']>;
  /** Past the promised date (escalated to the leaders). */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** The custodian has explained the delay. */
  explained?: InputMaybe<Scalars['Boolean']['input']>;
  /** Members of this organisation and below. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

export type PageInfo = {
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Post = {
  createdAt: Scalars['DateTime']['output'];
  /** Every assignment of the post, oldest first. */
  history: Array<Assignment>;
  /** Who holds the post today. */
  holders: Array<Assignment>;
  id: Scalars['ID']['output'];
  maxStaff: Scalars['Int']['output'];
  maxTenureMonths: Scalars['Int']['output'];
  minStaff: Scalars['Int']['output'];
  organization: Organization;
  region: Scalars['String']['output'];
  /** The qualification code a holder must have, valid. */
  requiredQualification?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type Qualification = {
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** What a post names in requiredQualification, e.g. ARCHIVES_CERT. */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD; none: valid without end. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The reminder window the expiry falls in: 30, 60 or 90 days. */
  reminderDays?: Maybe<Scalars['Int']['output']>;
  staffMember: StaffMember;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type Query = {
  /** Permitted purposes of consulting a dossier, in display order. */
  accessPurposes: Array<AccessPurpose>;
  /** NOT_FOUND unless the caller may see it. */
  accessRequest?: Maybe<AccessRequest>;
  /** Requests the caller may see, newest first. */
  accessRequests: AccessRequestConnection;
  /** Pending approvals and decision times: your department's, or an overseer's subtree's. */
  accessStatistics: AccessStatistics;
  /** Every audit action code the server writes, labelled in the caller's language. */
  auditActions: Array<AuditActionInfo>;
  /** Entries by action about the caller's subtree between from and to (now), at most 92 days. */
  auditActivity: Array<AuditActionCount>;
  /** The head of the chain and its newest checkpoint, without verifying. Whole-tree readers only. */
  auditChainStatus: AuditChainStatus;
  /** Newest first, about the caller's subtree. */
  auditEntries: AuditEntryConnection;
  /** Per scope, the template set on the organisation and the one that applies (own or inherited). */
  chainTemplates: Array<ScopeChainTemplate>;
  /** Contracts ending within `withinDays` (default 90) days. */
  contractsEnding: Array<Contract>;
  dossier?: Maybe<Dossier>;
  dossierLifecycleCounts: LifecycleCounts;
  /** Dossiers of the caller’s scope by status, overdue, completeness. */
  dossierStatistics: DossierStatistics;
  dossiers: DossierConnection;
  /** Steps of requests filed in your subtree still pending past their time limit (decided now). */
  escalatedAccessSteps: EscalatedAccessStepConnection;
  /** Talent exchanges (人才交换) of the caller’s subtree. */
  exchanges: Array<Exchange>;
  /** Certificates expiring within `withinDays` (30, 60 or 90, default 90) days. */
  expiringQualifications: Array<Qualification>;
  /** A signed path to read the file through its owner (Type:id) without the Bearer header, for <img>/<iframe>; valid 5 minutes for the caller's session. Add &download=1 to save it, &name= to name it. */
  fileDownloadUrl: Scalars['String']['output'];
  /** Damaged stored content found, newest first, about the caller's subtree. */
  integrityIncidents: IntegrityIncidentConnection;
  /** Invalidated materials of your archive office awaiting central processing. */
  invalidatedMaterials: LifecycleMaterialConnection;
  /** A background job: your own, or one an ADMIN oversees. Null when not visible. */
  job?: Maybe<Job>;
  /** Current materials filed later than their category's limit. */
  lateFilings: LifecycleMaterialConnection;
  /** The content specification, in display order. */
  materialCategories: Array<MaterialCategory>;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  member?: Maybe<Member>;
  members: MemberConnection;
  /** Your grants, newest first; only active ones unless asked. */
  myGrants: AccessGrantConnection;
  /** The caller's own latest sign-in attempts (at most 20). */
  mySignIns: Array<SignInEvent>;
  /** The caller’s own staff record, if they have one. */
  myStaffRecord?: Maybe<StaffMember>;
  /** Your notifications, newest first. */
  notifications: NotificationConnection;
  organization?: Maybe<Organization>;
  /** Every organisation the caller may see, root first. */
  organizations: Array<Organization>;
  /** Dossiers still establishing past their deadline. */
  overdueDossiers: OverdueDossierConnection;
  /** Posts (岗位) of the caller’s subtree, or below an organisation. */
  posts: Array<Post>;
  /** Dossiers one may ask for: exact ID number (anywhere) or name (own subtree); at most 20. */
  requestableDossiers: Array<RequestableDossier>;
  /** Dossiers whose maintenance review is due. */
  reviewsDue: ReviewDueConnection;
  rotationPlan?: Maybe<RotationPlan>;
  /** Rotation plans of the caller’s subtree, newest first. */
  rotationPlans: Array<RotationPlan>;
  /** One staff member: in the caller’s subtree, or their own record. */
  staffMember?: Maybe<StaffMember>;
  /** Archive staff of the caller’s subtree (requirements §7). */
  staffMembers: StaffMemberConnection;
  /** The staff dashboard of the caller’s subtree (default: this year’s training). */
  staffStatistics: StaffStatistics;
  trainingCourses: Array<TrainingCourse>;
  /** The training calendar: sessions between two days (YYYY-MM-DD). */
  trainingSessions: Array<TrainingSession>;
  /** How many of your notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Accounts of the caller's subtree: active, disabled, locked. */
  userStatusCounts: UserStatusCounts;
  users: UserConnection;
  /** Checks the chain from its newest checkpoint (from the first entry with full). Whole-tree readers only; once per operation, a few a minute. */
  verifyAuditChain: AuditVerification;
};


export type QueryAccessPurposesArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAccessRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccessRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AccessRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditActivityArgs = {
  from: Scalars['DateTime']['input'];
  to?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryAuditEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChainTemplatesArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryContractsEndingArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDossierArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEscalatedAccessStepsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExchangesArgs = {
  status?: InputMaybe<ExchangeStatus>;
};


export type QueryExpiringQualificationsArgs = {
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFileDownloadUrlArgs = {
  owner: Scalars['String']['input'];
  sha256: Scalars['String']['input'];
};


export type QueryIntegrityIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IntegrityIncidentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvalidatedMaterialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecycleMaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLateFilingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LifecycleMaterialFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<MemberOrderBy>;
};


export type QueryMyGrantsArgs = {
  activeOnly?: Scalars['Boolean']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMySignInsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOverdueDossiersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OverdueDossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPostsArgs = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRequestableDossiersArgs = {
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReviewsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewsDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRotationPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStaffStatisticsArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrainingSessionsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVerifyAuditChainArgs = {
  full?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RecordAssessmentInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  /** YYYY for an annual assessment. */
  period: Scalars['String']['input'];
  /** 0–100 */
  score: Scalars['Float']['input'];
  staffMemberId: Scalars['ID']['input'];
};

export type RecordAttendanceInput = {
  /** Default: the course's hours (0 when absent). */
  hours?: InputMaybe<Scalars['Float']['input']>;
  result: AttendanceResult;
  sessionId: Scalars['ID']['input'];
  staffMemberId: Scalars['ID']['input'];
};

export type RelativeInput = {
  idNumber?: InputMaybe<Scalars['String']['input']>;
  kind: RelativeKind;
  name: Scalars['String']['input'];
  relation: Scalars['String']['input'];
  workUnit?: InputMaybe<Scalars['String']['input']>;
};

export type RelativeKind =
  | 'FAMILY'
  | 'SOCIAL';

export type RemovalDecision = {
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedByName?: Maybe<Scalars['String']['output']>;
  failedPeriods?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  improvementPlan?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<RemovalOutcome>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type RemovalOutcome =
  | 'KEEP'
  | 'REMOVE';

export type RequestableDossier = {
  /** A conflict of interest (one’s own or a declared relative’s dossier): filing would be refused. */
  conflict: Scalars['Boolean']['output'];
  /** The archive office keeping the dossier. */
  custodianName: Scalars['String']['output'];
  /** The dossier id. */
  id: Scalars['ID']['output'];
  memberName: Scalars['String']['output'];
  /** The member's party organisation. */
  organizationName: Scalars['String']['output'];
};

export type ReviewDueConnection = {
  edges: Array<ReviewDueEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ReviewDueEdge = {
  cursor: Scalars['String']['output'];
  node: Dossier;
};

export type ReviewsDueFilter = {
  custodianId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** RETIRED_COLLECTION: the retired collection only. */
  status?: InputMaybe<DossierStatus>;
};

export type ReviseMaterialInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  formedOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  pages?: InputMaybe<Scalars['Int']['input']>;
  receivedOn?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version being revised; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type Role =
  | 'ADMIN'
  | 'APPROVER'
  | 'ARCHIVIST'
  | 'AUDITOR'
  | 'REQUESTER'
  | 'STAFF_MANAGER';

export type RotationPlan = {
  assignments: Array<RotationPlanAssignment>;
  /** Per rule: how often it was bent and what that cost. */
  breakdown: Array<RotationRuleCount>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  months: Scalars['Int']['output'];
  organization: Organization;
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** hard / medium / soft; hard 0: every hard rule holds. */
  score: RotationScore;
  /** YYYY-MM-DD, first day of the plan */
  startDate: Scalars['String']['output'];
  status: RotationPlanStatus;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** Rules that could not be met, and for whom, worded in the caller’s language. */
  violations: Array<RotationViolation>;
};

export type RotationPlanAssignment = {
  createdAt: Scalars['DateTime']['output'];
  endDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  post: Post;
  staffMember: StaffMember;
  startDate: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type RotationPlanStatus =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'REVIEWED';

export type RotationRuleCount = {
  count: Scalars['Int']['output'];
  penalty: Scalars['Float']['output'];
  rule: Scalars['String']['output'];
};

export type RotationScore = {
  hard: Scalars['Float']['output'];
  medium: Scalars['Float']['output'];
  soft: Scalars['Float']['output'];
};

export type RotationViolation = {
  message: Scalars['String']['output'];
  period?: Maybe<Scalars['String']['output']>;
  postId?: Maybe<Scalars['ID']['output']>;
  rule: Scalars['String']['output'];
  staffMemberId?: Maybe<Scalars['ID']['output']>;
};

export type ScopeChainTemplate = {
  /** What applies here; null: filing is refused. */
  effective?: Maybe<ChainTemplate>;
  /** The effective template is an ancestor’s. */
  inherited: Scalars['Boolean']['output'];
  scope: AccessScope;
  /** Set on this organisation. */
  template?: Maybe<ChainTemplate>;
};

export type Sensitivity =
  | 'NORMAL'
  | 'RESTRICTED';

export type SetAccessPurposeInput = {
  /** false retires the purpose from new requests. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A new code creates a purpose; a known one changes it. */
  code: Scalars['String']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  requiresDetails?: InputMaybe<Scalars['Boolean']['input']>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  /** The version changed; omitted when creating. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SetChainTemplateInput = {
  organizationId: Scalars['ID']['input'];
  scope: AccessScope;
  steps: Array<ChainStepInput>;
  /** The version replaced; omitted when creating. Stale: CONFLICT. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SetStaffPreferenceInput = {
  postId: Scalars['ID']['input'];
  staffMemberId: Scalars['ID']['input'];
  /** 1–10; 0 withdraws the preference. */
  weight: Scalars['Int']['input'];
};

/** A sign-in attempt on the caller's own account. */
export type SignInEvent = {
  /** LOGIN, LOGIN_FAILED, LOGIN_LOCKED or LOGIN_REFUSED_LOCKED. */
  action: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
};

export type StaffFilter = {
  /** Only for managers of staff (the flag is guarded). */
  flaggedForRemoval?: InputMaybe<Scalars['Boolean']['input']>;
  /** Staff of this organisation and below. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StaffStatus>;
};

export type StaffMember = {
  /** Assessments by period. */
  assessments: Array<Assessment>;
  /** Every assignment, oldest first (rotation history). */
  assignments: Array<Assignment>;
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['output'];
  contracts: Array<Contract>;
  createdAt: Scalars['DateTime']['output'];
  currentAssignment?: Maybe<Assignment>;
  exchanges: Array<Exchange>;
  /** The failed periods behind the removal flag. */
  failedPeriods?: Maybe<Array<Scalars['String']['output']>>;
  /** Guarded: null (FORBIDDEN) unless the caller may read scores. */
  flaggedForRemoval?: Maybe<Scalars['Boolean']['output']>;
  /** YYYY-MM-DD */
  hireDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** YYYY-MM-DD the person left. */
  leftOn?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Within 2 years of retirement: the rotation does not move them. */
  nearRetirement: Scalars['Boolean']['output'];
  organization: Organization;
  /** Posts the person wishes to hold, strongest first; the rotation weighs them (issue 11 §4). */
  preferences?: Maybe<Array<StaffPreference>>;
  qualifications: Array<Qualification>;
  region: Scalars['String']['output'];
  removalDecisions?: Maybe<Array<RemovalDecision>>;
  /** Why the person is flagged for removal, in words. */
  removalReason?: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD: the statutory retirement day. */
  retirementDate: Scalars['String']['output'];
  status: StaffStatus;
  /** Training hours of a year against the target (default: this year). */
  trainingProgress: TrainingProgress;
  /** Training attended (api.md `trainings`). */
  trainings: Array<TrainingAttendance>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};


export type StaffMemberTrainingProgressArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type StaffMemberConnection = {
  edges: Array<StaffMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffMemberEdge = {
  cursor: Scalars['String']['output'];
  node: StaffMember;
};

export type StaffPreference = {
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  post: Post;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
  /** 1 (mild) to 10 (strong). */
  weight: Scalars['Int']['output'];
};

export type StaffStatistics = {
  /** Contracts ending within 90 days. */
  contractsEnding: Scalars['Int']['output'];
  flaggedForRemoval: Scalars['Int']['output'];
  /** Annual periods, oldest first. */
  passRates: Array<AssessmentPassRate>;
  /** Current assignments reaching their post’s longest tenure within 6 months. */
  rotationsDue: Scalars['Int']['output'];
  training: TrainingTargetSummary;
};

export type StaffStatus =
  | 'ACTIVE'
  | 'LEFT'
  | 'ON_EXCHANGE';

export type StepMode =
  | 'ALL_OF'
  | 'ANY_OF';

export type TrainingAttendance = {
  createdAt: Scalars['DateTime']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  result: AttendanceResult;
  session: TrainingSession;
  staffMember: StaffMember;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type TrainingCourse = {
  createdAt: Scalars['DateTime']['output'];
  hours: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  kind: CourseKind;
  mode: CourseMode;
  organization: Organization;
  professional: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type TrainingProgress = {
  hours: Scalars['Float']['output'];
  /** Both the total and the professional target reached. */
  met: Scalars['Boolean']['output'];
  professionalHours: Scalars['Float']['output'];
  professionalTargetHours: Scalars['Float']['output'];
  targetHours: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type TrainingSession = {
  /** Who attended, for the attendance entry page. */
  attendances: Array<TrainingAttendance>;
  course: TrainingCourse;
  createdAt: Scalars['DateTime']['output'];
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  place: Scalars['String']['output'];
  trainer: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type TrainingTargetSummary = {
  averageHours: Scalars['Float']['output'];
  /** Of them, those who reached both the total and the professional target. */
  metTarget: Scalars['Int']['output'];
  /** Staff still employed. */
  people: Scalars['Int']['output'];
  targetHours: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type UpdateMaterialCategoryInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  filingLimitMonths?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  nameEn?: InputMaybe<Scalars['String']['input']>;
  nameZh?: InputMaybe<Scalars['String']['input']>;
  /** Makes the category required at no stage. */
  notRequired?: InputMaybe<Scalars['Boolean']['input']>;
  requiredFrom?: InputMaybe<MembershipStage>;
  sensitivity?: InputMaybe<Sensitivity>;
  sortOrder?: InputMaybe<Scalars['Int']['input']>;
  version: Scalars['Int']['input'];
};

export type UpdateMemberInput = {
  activistDate?: InputMaybe<Scalars['String']['input']>;
  address?: InputMaybe<Scalars['String']['input']>;
  applicationDate?: InputMaybe<Scalars['String']['input']>;
  birthDate?: InputMaybe<Scalars['String']['input']>;
  developmentTargetDate?: InputMaybe<Scalars['String']['input']>;
  education?: InputMaybe<Scalars['String']['input']>;
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  fullMembershipDate?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  post?: InputMaybe<Scalars['String']['input']>;
  probationaryDate?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the whole list when given. */
  relatives?: InputMaybe<Array<RelativeInput>>;
  /** The version the edit is based on; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
  workUnit?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateStaffMemberInput = {
  birthDate?: InputMaybe<Scalars['String']['input']>;
  hireDate?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  retirementDate?: InputMaybe<Scalars['String']['input']>;
  /** The linked user account’s id; an empty string unlinks it. */
  userId?: InputMaybe<Scalars['String']['input']>;
  /** The version the edit is based on; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<Role>>;
  /** The version the edit is based on; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type User = {
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  member?: Maybe<Member>;
  organization: Organization;
  /** Actions the user's roles allow (`user.manage`, `audit.read`, …), each within its scope. */
  permissions: Array<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  roles: Array<Role>;
  status: UserStatus;
  updatedAt: Scalars['DateTime']['output'];
  username: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type UserConnection = {
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type UserEdge = {
  cursor: Scalars['String']['output'];
  node: User;
};

export type UserFilter = {
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  /** Part of the username or display name. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<UserStatus>;
};

export type UserStatus =
  | 'ACTIVE'
  | 'DISABLED';

/** Accounts of the caller's subtree by standing (the ADMIN dashboard). */
export type UserStatusCounts = {
  /** Active and not locked. */
  active: Scalars['Int']['output'];
  disabled: Scalars['Int']['output'];
  /** Active, but locked after too many failed sign-ins (for now). */
  locked: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type ChainTemplateFieldsFragment = { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> };

export type ScopeChainTemplateFieldsFragment = { scope: AccessScope, inherited: boolean, template?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null, effective?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null };

export type ChainTemplatesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type ChainTemplatesQuery = { chainTemplates: Array<{ scope: AccessScope, inherited: boolean, template?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null, effective?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null }> };

export type SetChainTemplateMutationVariables = Exact<{
  input: SetChainTemplateInput;
}>;


export type SetChainTemplateMutation = { setChainTemplate: { scope: AccessScope, inherited: boolean, template?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null, effective?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null } };

export type RemoveChainTemplateMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  scope: AccessScope;
  version: Scalars['Int']['input'];
}>;


export type RemoveChainTemplateMutation = { removeChainTemplate: { scope: AccessScope, inherited: boolean, template?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null, effective?: { id: string, scope: AccessScope, version: number, updatedAt: string, organization: { id: string, name: string }, steps: Array<{ position: number, mode: StepMode, timeLimitHours?: number | null, departments: Array<{ id: string, code: string, name: string, active: boolean }> }> } | null } };

export type GrantFieldsFragment = { id: string, active: boolean, scopes: Array<AccessScope>, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null, request: { id: string, number: string, durationDays: number, dossiers: Array<{ id: string, memberName: string, organizationName: string }> } };

export type MyGrantsQueryVariables = Exact<{
  activeOnly: Scalars['Boolean']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyGrantsQuery = { myGrants: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, active: boolean, scopes: Array<AccessScope>, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null, request: { id: string, number: string, durationDays: number, dossiers: Array<{ id: string, memberName: string, organizationName: string }> } } }> } };

export type MyActiveGrantDossiersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyActiveGrantDossiersQuery = { myGrants: { edges: Array<{ node: { id: string, expiresAt: string, request: { id: string, number: string, dossiers: Array<{ id: string }> } } }> } };

export type RelinquishAccessGrantMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RelinquishAccessGrantMutation = { relinquishAccessGrant: { id: string, grant?: { id: string, active: boolean, relinquished: boolean, remainingSeconds: number } | null } };

export type RevokeAccessGrantMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeAccessGrantMutation = { revokeAccessGrant: { id: string, version: number, grant?: { id: string, active: boolean, revokedAt?: string | null, revokeReason?: string | null, remainingSeconds: number, revokedBy?: { id: string, displayName: string } | null } | null } };

export type EscalatedAccessStepsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type EscalatedAccessStepsQuery = { escalatedAccessSteps: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, position: number, mode: StepMode, startedAt?: string | null, dueAt: string, escalatedAt?: string | null, overdueHours: number, pendingDepartments: Array<{ id: string, name: string }>, request: { id: string, number: string, requesterOrganizationName: string, requester: { id: string, displayName: string } } } }> } };

export type AccessPurposeFieldsFragment = { id: string, code: string, nameZh: string, nameEn: string, requiresDetails: boolean, active: boolean, sortOrder: number, version: number };

export type AdminAccessPurposesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAccessPurposesQuery = { accessPurposes: Array<{ id: string, code: string, nameZh: string, nameEn: string, requiresDetails: boolean, active: boolean, sortOrder: number, version: number }> };

export type SetAccessPurposeMutationVariables = Exact<{
  input: SetAccessPurposeInput;
}>;


export type SetAccessPurposeMutation = { setAccessPurpose: { id: string, code: string, nameZh: string, nameEn: string, requiresDetails: boolean, active: boolean, sortOrder: number, version: number } };

export type AccessRequestRowFragment = { id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string }, dossiers: Array<{ id: string, memberName: string }> };

export type AccessStepSlotFieldsFragment = { id: string, position: number, mode: StepMode, stepStatus: AccessStepStatus, stepVersion: number, decision: DepartmentDecision, comment?: string | null, decidedAt?: string | null, startedAt?: string | null, dueAt?: string | null, escalated: boolean, department: { id: string, code: string, name: string }, approver?: { id: string, displayName: string } | null };

export type AccessRequestDetailFragment = { version: number, currentStep?: number | null, purposeDetails?: string | null, justification: string, id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, justificationFile?: { fileName: string, owner: string, sha256: string } | null, categories?: Array<{ id: string, code: string, nameZh: string, nameEn: string }> | null, dossiers: Array<{ id: string, memberName: string, organizationName: string, custodianName: string }>, steps: Array<{ id: string, position: number, mode: StepMode, stepStatus: AccessStepStatus, stepVersion: number, decision: DepartmentDecision, comment?: string | null, decidedAt?: string | null, startedAt?: string | null, dueAt?: string | null, escalated: boolean, department: { id: string, code: string, name: string }, approver?: { id: string, displayName: string } | null }>, grant?: { id: string, active: boolean, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null } | null, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string } };

export type AccessRequestsQueryVariables = Exact<{
  filter?: InputMaybe<AccessRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccessRequestsQuery = { accessRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string }, dossiers: Array<{ id: string, memberName: string }> } }> } };

export type AccessRequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessRequestQuery = { accessRequest?: { version: number, currentStep?: number | null, purposeDetails?: string | null, justification: string, id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, justificationFile?: { fileName: string, owner: string, sha256: string } | null, categories?: Array<{ id: string, code: string, nameZh: string, nameEn: string }> | null, dossiers: Array<{ id: string, memberName: string, organizationName: string, custodianName: string }>, steps: Array<{ id: string, position: number, mode: StepMode, stepStatus: AccessStepStatus, stepVersion: number, decision: DepartmentDecision, comment?: string | null, decidedAt?: string | null, startedAt?: string | null, dueAt?: string | null, escalated: boolean, department: { id: string, code: string, name: string }, approver?: { id: string, displayName: string } | null }>, grant?: { id: string, active: boolean, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null } | null, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string } } | null };

export type RequestableDossiersQueryVariables = Exact<{
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestableDossiersQuery = { requestableDossiers: Array<{ id: string, memberName: string, organizationName: string, custodianName: string, conflict: boolean }> };

export type AccessRequestOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRequestOptionsQuery = { accessPurposes: Array<{ id: string, code: string, nameZh: string, nameEn: string, requiresDetails: boolean }>, materialCategories: Array<{ id: string, code: string, nameZh: string, nameEn: string, sensitivity: Sensitivity, active: boolean }> };

export type CreateAccessRequestMutationVariables = Exact<{
  input: CreateAccessRequestInput;
}>;


export type CreateAccessRequestMutation = { createAccessRequest: { id: string, number: string } };

export type WithdrawAccessRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type WithdrawAccessRequestMutation = { withdrawAccessRequest: { version: number, currentStep?: number | null, purposeDetails?: string | null, justification: string, id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, justificationFile?: { fileName: string, owner: string, sha256: string } | null, categories?: Array<{ id: string, code: string, nameZh: string, nameEn: string }> | null, dossiers: Array<{ id: string, memberName: string, organizationName: string, custodianName: string }>, steps: Array<{ id: string, position: number, mode: StepMode, stepStatus: AccessStepStatus, stepVersion: number, decision: DepartmentDecision, comment?: string | null, decidedAt?: string | null, startedAt?: string | null, dueAt?: string | null, escalated: boolean, department: { id: string, code: string, name: string }, approver?: { id: string, displayName: string } | null }>, grant?: { id: string, active: boolean, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null } | null, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string } } };

export type DecideAccessRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  approve: Scalars['Boolean']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DecideAccessRequestMutation = { decideAccessRequest: { version: number, currentStep?: number | null, purposeDetails?: string | null, justification: string, id: string, number: string, status: AccessRequestStatus, filedAt: string, closedAt?: string | null, scopes: Array<AccessScope>, durationDays: number, requesterOrganizationName: string, justificationFile?: { fileName: string, owner: string, sha256: string } | null, categories?: Array<{ id: string, code: string, nameZh: string, nameEn: string }> | null, dossiers: Array<{ id: string, memberName: string, organizationName: string, custodianName: string }>, steps: Array<{ id: string, position: number, mode: StepMode, stepStatus: AccessStepStatus, stepVersion: number, decision: DepartmentDecision, comment?: string | null, decidedAt?: string | null, startedAt?: string | null, dueAt?: string | null, escalated: boolean, department: { id: string, code: string, name: string }, approver?: { id: string, displayName: string } | null }>, grant?: { id: string, active: boolean, grantedAt: string, expiresAt: string, remainingSeconds: number, relinquished: boolean, revokedAt?: string | null, revokeReason?: string | null } | null, requester: { id: string, displayName: string }, purpose: { id: string, code: string, nameZh: string, nameEn: string } } };

export type AccessFileUrlQueryVariables = Exact<{
  owner: Scalars['String']['input'];
  sha256: Scalars['String']['input'];
}>;


export type AccessFileUrlQuery = { fileDownloadUrl: string };

export type AuditEntriesQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, seq: number, action: string, actor: string, actorName?: string | null, at: string, target?: string | null, targetLabel?: string | null, details?: string | null, requestId?: string | null, hash: string } }> } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { auditActions: Array<{ code: string, label: string }> };

export type VerifyAuditChainQueryVariables = Exact<{
  full?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { ok: boolean, checked: number, firstBrokenId?: string | null, problem?: AuditChainProblem | null, checkpoint?: { seq: number, hash: string, at: string } | null } };

export type SessionUserFragment = { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, organization: { id: string, code: string, name: string } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me?: { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, organization: { id: string, code: string, name: string } } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { login: { token: string, expiresAt: string, user: { id: string, username: string, displayName: string, roles: Array<Role>, permissions: Array<string>, organization: { id: string, code: string, name: string } } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type DashboardUserStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardUserStatusQuery = { userStatusCounts: { active: number, disabled: number, locked: number, total: number } };

export type DashboardSignInProblemsQueryVariables = Exact<{
  filter: AuditFilter;
}>;


export type DashboardSignInProblemsQuery = { auditEntries: { totalCount: number, edges: Array<{ node: { id: string, action: string, actor: string, at: string, target?: string | null, targetLabel?: string | null, details?: string | null } }> } };

export type DashboardChainStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChainStatusQuery = { auditChainStatus: { headSeq: number, headAt?: string | null, refusedCheckpoints: number, newestCheckpoint?: { seq: number, at: string } | null } };

export type DashboardActivityQueryVariables = Exact<{
  from: Scalars['DateTime']['input'];
}>;


export type DashboardActivityQuery = { auditActivity: Array<{ action: string, count: number }> };

export type DashboardMySignInsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMySignInsQuery = { mySignIns: Array<{ id: string, at: string, action: string, ip?: string | null }> };

export type DashboardDossierStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardDossierStatisticsQuery = { dossierStatistics: { overdue: number, completenessRate?: number | null, byStatus: Array<{ status: DossierStatus, count: number }> }, dossierLifecycleCounts: { reviewsDue: number, escalated: number } };

export type DashboardAccessStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardAccessStatisticsQuery = { accessStatistics: { pendingApprovals: number, decidedLast30Days: number, medianDecisionHours?: number | null, p90DecisionHours?: number | null } };

export type DashboardStaffStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardStaffStatisticsQuery = { staffStatistics: { contractsEnding: number, flaggedForRemoval: number, rotationsDue: number, passRates: Array<{ period: string, assessed: number, passed: number, rate: number }>, training: { year: number, people: number, averageHours: number, targetHours: number, metTarget: number } } };

export type LifecycleDossierFragment = { id: string, version: number, status: DossierStatus, completionDeadline: string, overdueExplanation?: string | null, promisedCompletionOn?: string | null, explainedAt?: string | null, escalatedAt?: string | null, reviewIntervalMonths: number, lastReviewedAt?: string | null, nextReviewAt?: string | null, member: { id: string, name: string, organization: { id: string, name: string } }, custodian: { id: string, name: string }, completeness: { rate: number, missing: Array<{ id: string, nameZh: string, nameEn: string }> } };

export type OverdueDossiersQueryVariables = Exact<{
  filter?: InputMaybe<OverdueDossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OverdueDossiersQuery = { overdueDossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, version: number, status: DossierStatus, completionDeadline: string, overdueExplanation?: string | null, promisedCompletionOn?: string | null, explainedAt?: string | null, escalatedAt?: string | null, reviewIntervalMonths: number, lastReviewedAt?: string | null, nextReviewAt?: string | null, member: { id: string, name: string, organization: { id: string, name: string } }, custodian: { id: string, name: string }, completeness: { rate: number, missing: Array<{ id: string, nameZh: string, nameEn: string }> } } }> } };

export type ReviewsDueQueryVariables = Exact<{
  filter?: InputMaybe<ReviewsDueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewsDueQuery = { reviewsDue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, version: number, status: DossierStatus, completionDeadline: string, overdueExplanation?: string | null, promisedCompletionOn?: string | null, explainedAt?: string | null, escalatedAt?: string | null, reviewIntervalMonths: number, lastReviewedAt?: string | null, nextReviewAt?: string | null, member: { id: string, name: string, organization: { id: string, name: string } }, custodian: { id: string, name: string }, completeness: { rate: number, missing: Array<{ id: string, nameZh: string, nameEn: string }> } } }> } };

export type RetiredCollectionQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RetiredCollectionQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, version: number, status: DossierStatus, completionDeadline: string, overdueExplanation?: string | null, promisedCompletionOn?: string | null, explainedAt?: string | null, escalatedAt?: string | null, reviewIntervalMonths: number, lastReviewedAt?: string | null, nextReviewAt?: string | null, member: { id: string, name: string, organization: { id: string, name: string } }, custodian: { id: string, name: string }, completeness: { rate: number, missing: Array<{ id: string, nameZh: string, nameEn: string }> } } }> } };

export type InvalidatedMaterialsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InvalidatedMaterialsQuery = { invalidatedMaterials: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, title: string, formedOn: string, invalidationReason?: string | null, invalidatedAt?: string | null, category: { id: string, nameZh: string, nameEn: string }, dossier: { id: string, member: { id: string, name: string } } } }> } };

export type ExplainOverdueMutationVariables = Exact<{
  dossierId: Scalars['ID']['input'];
  explanation: Scalars['String']['input'];
  promisedDate: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type ExplainOverdueMutation = { explainOverdue: { id: string, version: number, status: DossierStatus, completionDeadline: string, overdueExplanation?: string | null, promisedCompletionOn?: string | null, explainedAt?: string | null, escalatedAt?: string | null, reviewIntervalMonths: number, lastReviewedAt?: string | null, nextReviewAt?: string | null, member: { id: string, name: string, organization: { id: string, name: string } }, custodian: { id: string, name: string }, completeness: { rate: number, missing: Array<{ id: string, nameZh: string, nameEn: string }> } } };

export type RecordReviewMutationVariables = Exact<{
  dossierId: Scalars['ID']['input'];
  findings: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type RecordReviewMutation = { recordReview: { id: string, reviewedAt: string, nextReviewAt: string } };

export type DisposeMaterialsMutationVariables = Exact<{
  materialIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  decision: DisposalDecisionInput;
}>;


export type DisposeMaterialsMutation = { disposeMaterials: { id: string, method: DisposalMethod, materialCount: number } };

export type DossierMaterialFragment = { id: string, lineage: string, version: number, status: MaterialStatus, title: string, formedOn: string, receivedOn: string, pages?: number | null, notes?: string | null, content?: string | null, sha256?: string | null, lateFiling: boolean, invalidationReason?: string | null, invalidatedAt?: string | null, createdAt: string, category: { id: string }, files?: Array<{ sha256: string, fileName: string, size: number, contentType: string }> | null };

export type DossierCategoryFragment = { id: string, code: string, nameZh: string, nameEn: string };

export type DossierPageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DossierPageQuery = { dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completedAt?: string | null, member: { id: string, name: string, stage: MembershipStage, organization: { id: string, name: string } }, custodian: { id: string, name: string }, archivist?: { id: string, displayName: string } | null, completeness: { rate: number, complete: boolean, required: Array<{ id: string, code: string, nameZh: string, nameEn: string }>, missing: Array<{ id: string }> }, current: Array<{ id: string, lineage: string, version: number, status: MaterialStatus, title: string, formedOn: string, receivedOn: string, pages?: number | null, notes?: string | null, content?: string | null, sha256?: string | null, lateFiling: boolean, invalidationReason?: string | null, invalidatedAt?: string | null, createdAt: string, category: { id: string }, files?: Array<{ sha256: string, fileName: string, size: number, contentType: string }> | null }>, superseded: Array<{ id: string, lineage: string, version: number, status: MaterialStatus, title: string, formedOn: string, receivedOn: string, pages?: number | null, notes?: string | null, content?: string | null, sha256?: string | null, lateFiling: boolean, invalidationReason?: string | null, invalidatedAt?: string | null, createdAt: string, category: { id: string }, files?: Array<{ sha256: string, fileName: string, size: number, contentType: string }> | null }>, invalidated: Array<{ id: string, lineage: string, version: number, status: MaterialStatus, title: string, formedOn: string, receivedOn: string, pages?: number | null, notes?: string | null, content?: string | null, sha256?: string | null, lateFiling: boolean, invalidationReason?: string | null, invalidatedAt?: string | null, createdAt: string, category: { id: string }, files?: Array<{ sha256: string, fileName: string, size: number, contentType: string }> | null }> } | null, materialCategories: Array<{ active: boolean, id: string, code: string, nameZh: string, nameEn: string }> };

export type DossierListQueryVariables = Exact<{
  filter?: InputMaybe<DossierFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DossierListQuery = { dossiers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, member: { id: string, name: string }, custodian: { id: string, name: string }, completeness: { rate: number } } }> } };

export type AddMaterialMutationVariables = Exact<{
  input: AddMaterialInput;
}>;


export type AddMaterialMutation = { addMaterial: { id: string } };

export type ReviseMaterialMutationVariables = Exact<{
  input: ReviseMaterialInput;
}>;


export type ReviseMaterialMutation = { reviseMaterial: { id: string } };

export type InvalidateMaterialMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type InvalidateMaterialMutation = { invalidateMaterial: { id: string } };

export type AttachMaterialFileMutationVariables = Exact<{
  materialId: Scalars['ID']['input'];
  sha256: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
}>;


export type AttachMaterialFileMutation = { attachMaterialFile: { id: string } };

export type MaterialFileUrlQueryVariables = Exact<{
  owner: Scalars['String']['input'];
  sha256: Scalars['String']['input'];
}>;


export type MaterialFileUrlQuery = { fileDownloadUrl: string };

export type FollowedJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FollowedJobQuery = { job?: { id: string, status: JobStatus, progress: number, message?: string | null, result?: string | null, error?: string | null } | null };

export type StartMemberImportMutationVariables = Exact<{
  fileRef: Scalars['String']['input'];
  mode: MemberImportMode;
  organizationId: Scalars['ID']['input'];
}>;


export type StartMemberImportMutation = { startMemberImport: { id: string, status: JobStatus } };

export type MemberImportOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberImportOrganizationsQuery = { organizations: Array<{ id: string, code: string, name: string, type: OrganizationType }> };

export type MemberRowFragment = { id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, organization: { id: string, name: string }, dossier?: { id: string, status: DossierStatus, overdue: boolean, completeness: { rate: number } } | null };

export type MemberDetailFragment = { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string, idNumber: string, phone?: string | null, address?: string | null, education?: string | null, workUnit?: string | null, post?: string | null, applicationDate?: string | null, activistDate?: string | null, developmentTargetDate?: string | null, probationaryDate?: string | null, fullMembershipDate?: string | null, statusDate?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, allowedTransitions: Array<MembershipStatus>, updatedAt: string, organization: { id: string, name: string }, relatives: Array<{ id: string, kind: RelativeKind, name: string, relation: string, workUnit?: string | null, idNumber?: string | null }>, dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completeness: { rate: number } } | null };

export type MembersQueryVariables = Exact<{
  filter?: InputMaybe<MemberFilter>;
  orderBy?: InputMaybe<MemberOrderBy>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MembersQuery = { members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, gender: Gender, birthDate: string, idNumber: string, phone?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, organization: { id: string, name: string }, dossier?: { id: string, status: DossierStatus, overdue: boolean, completeness: { rate: number } } | null } }> } };

export type MemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MemberQuery = { member?: { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string, idNumber: string, phone?: string | null, address?: string | null, education?: string | null, workUnit?: string | null, post?: string | null, applicationDate?: string | null, activistDate?: string | null, developmentTargetDate?: string | null, probationaryDate?: string | null, fullMembershipDate?: string | null, statusDate?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, allowedTransitions: Array<MembershipStatus>, updatedAt: string, organization: { id: string, name: string }, relatives: Array<{ id: string, kind: RelativeKind, name: string, relation: string, workUnit?: string | null, idNumber?: string | null }>, dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completeness: { rate: number } } | null } | null };

export type CreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type CreateMemberMutation = { createMember: { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string, idNumber: string, phone?: string | null, address?: string | null, education?: string | null, workUnit?: string | null, post?: string | null, applicationDate?: string | null, activistDate?: string | null, developmentTargetDate?: string | null, probationaryDate?: string | null, fullMembershipDate?: string | null, statusDate?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, allowedTransitions: Array<MembershipStatus>, updatedAt: string, organization: { id: string, name: string }, relatives: Array<{ id: string, kind: RelativeKind, name: string, relation: string, workUnit?: string | null, idNumber?: string | null }>, dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completeness: { rate: number } } | null } };

export type UpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type UpdateMemberMutation = { updateMember: { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string, idNumber: string, phone?: string | null, address?: string | null, education?: string | null, workUnit?: string | null, post?: string | null, applicationDate?: string | null, activistDate?: string | null, developmentTargetDate?: string | null, probationaryDate?: string | null, fullMembershipDate?: string | null, statusDate?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, allowedTransitions: Array<MembershipStatus>, updatedAt: string, organization: { id: string, name: string }, relatives: Array<{ id: string, kind: RelativeKind, name: string, relation: string, workUnit?: string | null, idNumber?: string | null }>, dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completeness: { rate: number } } | null } };

export type ChangeMembershipStatusMutationVariables = Exact<{
  input: ChangeMembershipStatusInput;
}>;


export type ChangeMembershipStatusMutation = { changeMembershipStatus: { id: string, version: number, name: string, gender: Gender, ethnicity: string, birthDate: string, idNumber: string, phone?: string | null, address?: string | null, education?: string | null, workUnit?: string | null, post?: string | null, applicationDate?: string | null, activistDate?: string | null, developmentTargetDate?: string | null, probationaryDate?: string | null, fullMembershipDate?: string | null, statusDate?: string | null, membershipStatus: MembershipStatus, stage: MembershipStage, allowedTransitions: Array<MembershipStatus>, updatedAt: string, organization: { id: string, name: string }, relatives: Array<{ id: string, kind: RelativeKind, name: string, relation: string, workUnit?: string | null, idNumber?: string | null }>, dossier?: { id: string, status: DossierStatus, overdue: boolean, completionDeadline: string, completeness: { rate: number } } | null } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { id: string, kind: NotificationKind, message: string, subject: string, createdAt: string, readAt?: string | null } }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type OrganizationFieldsFragment = { id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null };

export type OrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationsQuery = { organizations: Array<{ id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null } };

export type RenameOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type RenameOrganizationMutation = { renameOrganization: { id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null } };

export type MoveOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  parentId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type MoveOrganizationMutation = { moveOrganization: { id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null } };

export type SetOrganizationActiveMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
}>;


export type SetOrganizationActiveMutation = { setOrganizationActive: { id: string, code: string, name: string, type: OrganizationType, active: boolean, version: number, allowedChildTypes: Array<OrganizationType>, canManage: boolean, parent?: { id: string } | null } };

export type StaffRowFragment = { id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null };

export type AssignmentSpanFragment = { id: string, startDate: string, endDate?: string | null, current: boolean, tenureEndsOn: string, post: { id: string, title: string, region: string } };

export type StaffAssessmentFragment = { id: string, period: string, score?: number | null, grade?: AssessmentGrade | null, passed?: boolean | null, comment?: string | null, assessorName?: string | null, assessedAt: string };

export type StaffExchangeFragment = { id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } };

export type StaffDetailFragment = { birthDate: string, retirementDate: string, leftOn?: string | null, nearRetirement: boolean, version: number, removalReason?: string | null, failedPeriods?: Array<string> | null, id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, contracts: Array<{ id: string, startDate: string, endDate: string, probationEndDate?: string | null, duties: string, obligations: string, endingSoon: boolean }>, qualifications: Array<{ id: string, code: string, name: string, certificateNumber?: string | null, issuedOn: string, expiresOn?: string | null, reminderDays?: number | null }>, trainingProgress: { year: number, hours: number, professionalHours: number, targetHours: number, professionalTargetHours: number, met: boolean }, trainings: Array<{ id: string, hours: number, result: AttendanceResult, session: { id: string, date: string, course: { id: string, title: string, kind: CourseKind, professional: boolean } } }>, assessments: Array<{ id: string, period: string, score?: number | null, grade?: AssessmentGrade | null, passed?: boolean | null, comment?: string | null, assessorName?: string | null, assessedAt: string }>, assignments: Array<{ id: string, startDate: string, endDate?: string | null, current: boolean, tenureEndsOn: string, post: { id: string, title: string, region: string } }>, exchanges: Array<{ id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } }>, removalDecisions?: Array<{ id: string, outcome?: RemovalOutcome | null, improvementPlan?: string | null, decidedAt?: string | null, decidedByName?: string | null, failedPeriods?: Array<string> | null }> | null, preferences?: Array<{ id: string, weight: number, post: { id: string, title: string, region: string } }> | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null };

export type StaffMembersQueryVariables = Exact<{
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffMembersQuery = { staffMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ node: { removalReason?: string | null, failedPeriods?: Array<string> | null, id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null } }> } };

export type StaffMemberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffMemberQuery = { staffMember?: { birthDate: string, retirementDate: string, leftOn?: string | null, nearRetirement: boolean, version: number, removalReason?: string | null, failedPeriods?: Array<string> | null, id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, contracts: Array<{ id: string, startDate: string, endDate: string, probationEndDate?: string | null, duties: string, obligations: string, endingSoon: boolean }>, qualifications: Array<{ id: string, code: string, name: string, certificateNumber?: string | null, issuedOn: string, expiresOn?: string | null, reminderDays?: number | null }>, trainingProgress: { year: number, hours: number, professionalHours: number, targetHours: number, professionalTargetHours: number, met: boolean }, trainings: Array<{ id: string, hours: number, result: AttendanceResult, session: { id: string, date: string, course: { id: string, title: string, kind: CourseKind, professional: boolean } } }>, assessments: Array<{ id: string, period: string, score?: number | null, grade?: AssessmentGrade | null, passed?: boolean | null, comment?: string | null, assessorName?: string | null, assessedAt: string }>, assignments: Array<{ id: string, startDate: string, endDate?: string | null, current: boolean, tenureEndsOn: string, post: { id: string, title: string, region: string } }>, exchanges: Array<{ id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } }>, removalDecisions?: Array<{ id: string, outcome?: RemovalOutcome | null, improvementPlan?: string | null, decidedAt?: string | null, decidedByName?: string | null, failedPeriods?: Array<string> | null }> | null, preferences?: Array<{ id: string, weight: number, post: { id: string, title: string, region: string } }> | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null } | null };

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;


export type CreateStaffMemberMutation = { createStaffMember: { id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null } };

export type UpdateStaffMemberMutationVariables = Exact<{
  input: UpdateStaffMemberInput;
}>;


export type UpdateStaffMemberMutation = { updateStaffMember: { birthDate: string, retirementDate: string, version: number, id: string, name: string, region: string, status: StaffStatus, hireDate: string, flaggedForRemoval?: boolean | null, organization: { id: string, name: string }, currentAssignment?: { id: string, startDate: string, tenureEndsOn: string, post: { id: string, title: string } } | null } };

export type AddQualificationMutationVariables = Exact<{
  input: AddQualificationInput;
}>;


export type AddQualificationMutation = { addQualification: { id: string } };

export type CreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type CreateContractMutation = { createContract: { id: string } };

export type StaffAssessmentSheetQueryVariables = Exact<{
  filter?: InputMaybe<StaffFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type StaffAssessmentSheetQuery = { staffMembers: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: StaffStatus, assessments: Array<{ id: string, period: string, score?: number | null, grade?: AssessmentGrade | null, passed?: boolean | null, comment?: string | null, assessorName?: string | null, assessedAt: string }> } }> } };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { id: string, period: string, score?: number | null, grade?: AssessmentGrade | null, passed?: boolean | null, comment?: string | null, assessorName?: string | null, assessedAt: string, staffMember: { id: string, flaggedForRemoval?: boolean | null } } };

export type DecideRemovalMutationVariables = Exact<{
  input: DecideRemovalInput;
}>;


export type DecideRemovalMutation = { decideRemoval: { id: string, status: StaffStatus, flaggedForRemoval?: boolean | null } };

export type TrainingCalendarQueryVariables = Exact<{
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
}>;


export type TrainingCalendarQuery = { trainingSessions: Array<{ id: string, date: string, place: string, trainer: string, course: { id: string, title: string, kind: CourseKind, mode: CourseMode, hours: number, professional: boolean, organization: { id: string, name: string } }, attendances: Array<{ id: string, hours: number, result: AttendanceResult, staffMember: { id: string, name: string } }> }> };

export type TrainingCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainingCoursesQuery = { trainingCourses: Array<{ id: string, title: string, kind: CourseKind, mode: CourseMode, hours: number, professional: boolean, organization: { id: string, name: string } }> };

export type CreateTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type CreateTrainingCourseMutation = { createTrainingCourse: { id: string, title: string } };

export type CreateTrainingSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type CreateTrainingSessionMutation = { createTrainingSession: { id: string, date: string } };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, hours: number, result: AttendanceResult } };

export type StartAttendanceImportMutationVariables = Exact<{
  fileRef: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
}>;


export type StartAttendanceImportMutation = { startAttendanceImport: { id: string, status: JobStatus } };

export type CurrentPostsQueryVariables = Exact<{
  organizationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CurrentPostsQuery = { posts: Array<{ id: string, title: string, region: string, maxTenureMonths: number, minStaff: number, maxStaff: number, requiredQualification?: string | null, organization: { id: string, name: string }, holders: Array<{ id: string, startDate: string, endDate?: string | null, tenureEndsOn: string, staffMember: { id: string, name: string } }> }> };

export type PostWithHoldersFragment = { id: string, title: string, region: string, maxTenureMonths: number, minStaff: number, maxStaff: number, requiredQualification?: string | null, organization: { id: string, name: string }, holders: Array<{ id: string, startDate: string, endDate?: string | null, tenureEndsOn: string, staffMember: { id: string, name: string } }> };

export type CreatePostMutationVariables = Exact<{
  input: CreatePostInput;
}>;


export type CreatePostMutation = { createPost: { id: string, title: string, region: string, maxTenureMonths: number, minStaff: number, maxStaff: number, requiredQualification?: string | null, organization: { id: string, name: string }, holders: Array<{ id: string, startDate: string, endDate?: string | null, tenureEndsOn: string, staffMember: { id: string, name: string } }> } };

export type AssignPostMutationVariables = Exact<{
  input: AssignPostInput;
}>;


export type AssignPostMutation = { assignPost: { id: string, startDate: string, endDate?: string | null, current: boolean, tenureEndsOn: string, post: { id: string, title: string, region: string } } };

export type EndAssignmentMutationVariables = Exact<{
  staffMemberId: Scalars['ID']['input'];
  endDate: Scalars['String']['input'];
}>;


export type EndAssignmentMutation = { endAssignment: { id: string, startDate: string, endDate?: string | null, current: boolean, tenureEndsOn: string, post: { id: string, title: string, region: string } } };

export type SetStaffPreferenceMutationVariables = Exact<{
  input: SetStaffPreferenceInput;
}>;


export type SetStaffPreferenceMutation = { setStaffPreference: boolean };

export type RotationPlanSummaryFragment = { id: string, startDate: string, months: number, status: RotationPlanStatus, createdAt: string, reviewedAt?: string | null, publishedAt?: string | null, version: number, organization: { id: string, name: string }, score: { hard: number, medium: number, soft: number } };

export type RotationPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type RotationPlansQuery = { rotationPlans: Array<{ id: string, startDate: string, months: number, status: RotationPlanStatus, createdAt: string, reviewedAt?: string | null, publishedAt?: string | null, version: number, organization: { id: string, name: string }, score: { hard: number, medium: number, soft: number } }> };

export type RotationPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotationPlanQuery = { rotationPlan?: { id: string, startDate: string, months: number, status: RotationPlanStatus, createdAt: string, reviewedAt?: string | null, publishedAt?: string | null, version: number, breakdown: Array<{ rule: string, count: number, penalty: number }>, violations: Array<{ rule: string, message: string, period?: string | null, postId?: string | null, staffMemberId?: string | null }>, assignments: Array<{ id: string, startDate: string, endDate: string, post: { id: string, title: string }, staffMember: { id: string, name: string } }>, organization: { id: string, name: string }, score: { hard: number, medium: number, soft: number } } | null };

export type ReviewRotationPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewRotationPlanMutation = { reviewRotationPlan: { id: string, startDate: string, months: number, status: RotationPlanStatus, createdAt: string, reviewedAt?: string | null, publishedAt?: string | null, version: number, organization: { id: string, name: string }, score: { hard: number, medium: number, soft: number } } };

export type PublishRotationPlanMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishRotationPlanMutation = { publishRotationPlan: { id: string, startDate: string, months: number, status: RotationPlanStatus, createdAt: string, reviewedAt?: string | null, publishedAt?: string | null, version: number, organization: { id: string, name: string }, score: { hard: number, medium: number, soft: number } } };

export type StaffExchangesQueryVariables = Exact<{
  status?: InputMaybe<ExchangeStatus>;
}>;


export type StaffExchangesQuery = { exchanges: Array<{ id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } }> };

export type CreateExchangeMutationVariables = Exact<{
  input: CreateExchangeInput;
}>;


export type CreateExchangeMutation = { createExchange: { id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } } };

export type ChangeExchangeStatusMutationVariables = Exact<{
  input: ChangeExchangeStatusInput;
}>;


export type ChangeExchangeStatusMutation = { changeExchangeStatus: { id: string, topic: string, startDate: string, endDate: string, status: ExchangeStatus, regions: Array<string>, outcomeReport?: string | null, allowedTransitions: Array<ExchangeStatus>, version: number, staffMember: { id: string, name: string }, homeOrganization: { id: string, name: string }, hostOrganization: { id: string, name: string } } };

export type StartRotationPlanMutationVariables = Exact<{
  input: GenerateRotationPlanInput;
}>;


export type StartRotationPlanMutation = { startRotationPlan: { id: string, status: JobStatus } };

export type UserRowFragment = { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, phone?: string | null, email?: string | null, lastLoginAt?: string | null, version: number, createdAt: string, organization: { id: string, name: string } };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ cursor: string, node: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, phone?: string | null, email?: string | null, lastLoginAt?: string | null, version: number, createdAt: string, organization: { id: string, name: string } } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, phone?: string | null, email?: string | null, lastLoginAt?: string | null, version: number, createdAt: string, organization: { id: string, name: string } } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, phone?: string | null, email?: string | null, lastLoginAt?: string | null, version: number, createdAt: string, organization: { id: string, name: string } } };

export type SetUserStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: UserStatus;
}>;


export type SetUserStatusMutation = { setUserStatus: { id: string, username: string, displayName: string, roles: Array<Role>, status: UserStatus, phone?: string | null, email?: string | null, lastLoginAt?: string | null, version: number, createdAt: string, organization: { id: string, name: string } } };

export type ResetUserPasswordMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetUserPasswordMutation = { resetUserPassword: boolean };

export const ChainTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ChainTemplateFieldsFragment, unknown>;
export const ScopeChainTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ScopeChainTemplateFieldsFragment, unknown>;
export const GrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<GrantFieldsFragment, unknown>;
export const AccessPurposeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessPurposeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPurpose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDetails"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AccessPurposeFieldsFragment, unknown>;
export const AccessRequestRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}}]} as unknown as DocumentNode<AccessRequestRowFragment, unknown>;
export const AccessStepSlotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessStepSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessStepSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"stepStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stepVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AccessStepSlotFieldsFragment, unknown>;
export const AccessRequestDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"purposeDetails"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"justificationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"custodianName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessStepSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessStepSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessStepSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"stepStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stepVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AccessRequestDetailFragment, unknown>;
export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const LifecycleDossierFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleDossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"promisedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<LifecycleDossierFragment, unknown>;
export const DossierMaterialFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierMaterial"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"lateFiling"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationReason"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]} as unknown as DocumentNode<DossierMaterialFragment, unknown>;
export const DossierCategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierCategory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<DossierCategoryFragment, unknown>;
export const MemberRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<MemberRowFragment, unknown>;
export const MemberDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"activistDate"}},{"kind":"Field","name":{"kind":"Name","value":"developmentTargetDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullMembershipDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<MemberDetailFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const StaffRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<StaffRowFragment, unknown>;
export const StaffAssessmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<StaffAssessmentFragment, unknown>;
export const AssignmentSpanFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<AssignmentSpanFragment, unknown>;
export const StaffExchangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffExchangeFragment, unknown>;
export const StaffDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"nearRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"failedPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"}},{"kind":"Field","name":{"kind":"Name","value":"endingSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"professionalHours"}},{"kind":"Field","name":{"kind":"Name","value":"targetHours"}},{"kind":"Field","name":{"kind":"Name","value":"professionalTargetHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professional"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAssessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSpan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffExchange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removalDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"failedPeriods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffDetailFragment, unknown>;
export const PostWithHoldersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostWithHolders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minStaff"}},{"kind":"Field","name":{"kind":"Name","value":"maxStaff"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualification"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PostWithHoldersFragment, unknown>;
export const RotationPlanSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationPlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}}]}}]}}]} as unknown as DocumentNode<RotationPlanSummaryFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const ChainTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chainTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeChainTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}}]}}]} as unknown as DocumentNode<ChainTemplatesQuery, ChainTemplatesQueryVariables>;
export const SetChainTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetChainTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetChainTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChainTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeChainTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}}]}}]} as unknown as DocumentNode<SetChainTemplateMutation, SetChainTemplateMutationVariables>;
export const RemoveChainTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveChainTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessScope"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeChainTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScopeChainTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimitHours"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScopeChainTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeChainTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"effective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChainTemplateFields"}}]}}]}}]} as unknown as DocumentNode<RemoveChainTemplateMutation, RemoveChainTemplateMutationVariables>;
export const MyGrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGrants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}}]}}]}}]}}]} as unknown as DocumentNode<MyGrantsQuery, MyGrantsQueryVariables>;
export const MyActiveGrantDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyActiveGrantDossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activeOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyActiveGrantDossiersQuery, MyActiveGrantDossiersQueryVariables>;
export const RelinquishAccessGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelinquishAccessGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relinquishAccessGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}}]}}]}}]}}]} as unknown as DocumentNode<RelinquishAccessGrantMutation, RelinquishAccessGrantMutationVariables>;
export const RevokeAccessGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccessGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccessGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeAccessGrantMutation, RevokeAccessGrantMutationVariables>;
export const EscalatedAccessStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EscalatedAccessSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalatedAccessSteps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdueHours"}},{"kind":"Field","name":{"kind":"Name","value":"pendingDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EscalatedAccessStepsQuery, EscalatedAccessStepsQueryVariables>;
export const AdminAccessPurposesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAccessPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPurposes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessPurposeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessPurposeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPurpose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDetails"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdminAccessPurposesQuery, AdminAccessPurposesQueryVariables>;
export const SetAccessPurposeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAccessPurpose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAccessPurposeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAccessPurpose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessPurposeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessPurposeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPurpose"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDetails"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetAccessPurposeMutation, SetAccessPurposeMutationVariables>;
export const AccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}}]} as unknown as DocumentNode<AccessRequestsQuery, AccessRequestsQueryVariables>;
export const AccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessStepSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessStepSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"stepStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stepVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"purposeDetails"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"justificationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"custodianName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessStepSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<AccessRequestQuery, AccessRequestQueryVariables>;
export const RequestableDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestableDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestableDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"custodianName"}},{"kind":"Field","name":{"kind":"Name","value":"conflict"}}]}}]}}]} as unknown as DocumentNode<RequestableDossiersQuery, RequestableDossiersQueryVariables>;
export const AccessRequestOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequestOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPurposes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"requiresDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AccessRequestOptionsQuery, AccessRequestOptionsQueryVariables>;
export const CreateAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CreateAccessRequestMutation, CreateAccessRequestMutationVariables>;
export const WithdrawAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessStepSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessStepSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"stepStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stepVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"purposeDetails"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"justificationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"custodianName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessStepSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<WithdrawAccessRequestMutation, WithdrawAccessRequestMutationVariables>;
export const DecideAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approve"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"approve"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approve"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"requester"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requesterOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessStepSlotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessStepSlot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"stepStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stepVersion"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestRow"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"currentStep"}},{"kind":"Field","name":{"kind":"Name","value":"purposeDetails"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"justificationFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"custodianName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessStepSlotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"remainingSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"relinquished"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]}}]} as unknown as DocumentNode<DecideAccessRequestMutation, DecideAccessRequestMutationVariables>;
export const AccessFileUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessFileUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDownloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}]}]}}]} as unknown as DocumentNode<AccessFileUrlQuery, AccessFileUrlQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<AuditActionsQuery, AuditActionsQueryVariables>;
export const VerifyAuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyAuditChain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"full"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAuditChain"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"full"},"value":{"kind":"Variable","name":{"kind":"Name","value":"full"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"checked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenId"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"checkpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DashboardUserStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardUserStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userStatusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"locked"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]} as unknown as DocumentNode<DashboardUserStatusQuery, DashboardUserStatusQueryVariables>;
export const DashboardSignInProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSignInProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSignInProblemsQuery, DashboardSignInProblemsQueryVariables>;
export const DashboardChainStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChainStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedCheckpoints"}},{"kind":"Field","name":{"kind":"Name","value":"newestCheckpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardChainStatusQuery, DashboardChainStatusQueryVariables>;
export const DashboardActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DashboardActivityQuery, DashboardActivityQueryVariables>;
export const DashboardMySignInsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardMySignIns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mySignIns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}}]}}]} as unknown as DocumentNode<DashboardMySignInsQuery, DashboardMySignInsQueryVariables>;
export const DashboardDossierStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardDossierStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossierStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completenessRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossierLifecycleCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"}},{"kind":"Field","name":{"kind":"Name","value":"escalated"}}]}}]}}]} as unknown as DocumentNode<DashboardDossierStatisticsQuery, DashboardDossierStatisticsQueryVariables>;
export const DashboardAccessStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAccessStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingApprovals"}},{"kind":"Field","name":{"kind":"Name","value":"decidedLast30Days"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionHours"}},{"kind":"Field","name":{"kind":"Name","value":"p90DecisionHours"}}]}}]}}]} as unknown as DocumentNode<DashboardAccessStatisticsQuery, DashboardAccessStatisticsQueryVariables>;
export const DashboardStaffStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardStaffStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractsEnding"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"rotationsDue"}},{"kind":"Field","name":{"kind":"Name","value":"passRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"training"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"averageHours"}},{"kind":"Field","name":{"kind":"Name","value":"targetHours"}},{"kind":"Field","name":{"kind":"Name","value":"metTarget"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardStaffStatisticsQuery, DashboardStaffStatisticsQueryVariables>;
export const OverdueDossiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueDossiers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OverdueDossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueDossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleDossier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleDossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"promisedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<OverdueDossiersQuery, OverdueDossiersQueryVariables>;
export const ReviewsDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewsDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewsDueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleDossier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleDossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"promisedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsDueQuery, ReviewsDueQueryVariables>;
export const RetiredCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetiredCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RETIRED_COLLECTION"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleDossier"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleDossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"promisedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<RetiredCollectionQuery, RetiredCollectionQueryVariables>;
export const InvalidatedMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvalidatedMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidatedMaterials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationReason"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InvalidatedMaterialsQuery, InvalidatedMaterialsQueryVariables>;
export const ExplainOverdueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExplainOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"explanation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"promisedDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explainOverdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"explanation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"explanation"}}},{"kind":"Argument","name":{"kind":"Name","value":"promisedDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"promisedDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LifecycleDossier"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LifecycleDossier"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dossier"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdueExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"promisedCompletionOn"}},{"kind":"Field","name":{"kind":"Name","value":"explainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewIntervalMonths"}},{"kind":"Field","name":{"kind":"Name","value":"lastReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ExplainOverdueMutation, ExplainOverdueMutationVariables>;
export const RecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"findings"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dossierId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dossierId"}}},{"kind":"Argument","name":{"kind":"Name","value":"findings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"findings"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewAt"}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const DisposeMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisposeMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disposeMaterials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"materialCount"}}]}}]}}]} as unknown as DocumentNode<DisposeMaterialsMutation, DisposeMaterialsMutationVariables>;
export const DossierPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossier"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archivist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"required"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierCategory"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CURRENT"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierMaterial"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"superseded"},"name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUPERSEDED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierMaterial"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"invalidated"},"name":{"kind":"Name","value":"materials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"INVALIDATED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierMaterial"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"materialCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DossierCategory"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierCategory"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaterialCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DossierMaterial"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Material"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lineage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"formedOn"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"lateFiling"}},{"kind":"Field","name":{"kind":"Name","value":"invalidationReason"}},{"kind":"Field","name":{"kind":"Name","value":"invalidatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]}}]} as unknown as DocumentNode<DossierPageQuery, DossierPageQueryVariables>;
export const DossierListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DossierList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DossierFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dossiers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DossierListQuery, DossierListQueryVariables>;
export const AddMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddMaterialMutation, AddMaterialMutationVariables>;
export const ReviseMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseMaterialInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReviseMaterialMutation, ReviseMaterialMutationVariables>;
export const InvalidateMaterialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvalidateMaterial"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateMaterial"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InvalidateMaterialMutation, InvalidateMaterialMutationVariables>;
export const AttachMaterialFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachMaterialFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachMaterialFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"materialId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"materialId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachMaterialFileMutation, AttachMaterialFileMutationVariables>;
export const MaterialFileUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MaterialFileUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"owner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileDownloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"owner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"owner"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}]}]}}]} as unknown as DocumentNode<MaterialFileUrlQuery, MaterialFileUrlQueryVariables>;
export const FollowedJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowedJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<FollowedJobQuery, FollowedJobQueryVariables>;
export const StartMemberImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMemberImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberImportMode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMemberImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileRef"}}},{"kind":"Argument","name":{"kind":"Name","value":"mode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mode"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartMemberImportMutation, StartMemberImportMutationVariables>;
export const MemberImportOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberImportOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<MemberImportOrganizationsQuery, MemberImportOrganizationsQueryVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const MemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Member"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"activistDate"}},{"kind":"Field","name":{"kind":"Name","value":"developmentTargetDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullMembershipDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<MemberQuery, MemberQueryVariables>;
export const CreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"activistDate"}},{"kind":"Field","name":{"kind":"Name","value":"developmentTargetDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullMembershipDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMemberMutation, CreateMemberMutationVariables>;
export const UpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"activistDate"}},{"kind":"Field","name":{"kind":"Name","value":"developmentTargetDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullMembershipDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateMemberMutation, UpdateMemberMutationVariables>;
export const ChangeMembershipStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMembershipStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMembershipStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMembershipStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"applicationDate"}},{"kind":"Field","name":{"kind":"Name","value":"activistDate"}},{"kind":"Field","name":{"kind":"Name","value":"developmentTargetDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationaryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullMembershipDate"}},{"kind":"Field","name":{"kind":"Name","value":"statusDate"}},{"kind":"Field","name":{"kind":"Name","value":"membershipStatus"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"workUnit"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dossier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completionDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeMembershipStatusMutation, ChangeMembershipStatusMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const RenameOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RenameOrganizationMutation, RenameOrganizationMutationVariables>;
export const MoveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveOrganizationMutation, MoveOrganizationMutationVariables>;
export const SetOrganizationActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetOrganizationActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOrganizationActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedChildTypes"}},{"kind":"Field","name":{"kind":"Name","value":"canManage"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetOrganizationActiveMutation, SetOrganizationActiveMutationVariables>;
export const StaffMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"failedPeriods"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const StaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"leftOn"}},{"kind":"Field","name":{"kind":"Name","value":"nearRetirement"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"failedPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"probationEndDate"}},{"kind":"Field","name":{"kind":"Name","value":"duties"}},{"kind":"Field","name":{"kind":"Name","value":"obligations"}},{"kind":"Field","name":{"kind":"Name","value":"endingSoon"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"reminderDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"professionalHours"}},{"kind":"Field","name":{"kind":"Name","value":"targetHours"}},{"kind":"Field","name":{"kind":"Name","value":"professionalTargetHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"professional"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAssessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSpan"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffExchange"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removalDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"improvementPlan"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedByName"}},{"kind":"Field","name":{"kind":"Name","value":"failedPeriods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]} as unknown as DocumentNode<StaffMemberQuery, StaffMemberQueryVariables>;
export const CreateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const UpdateStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"retirementDate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;
export const AddQualificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddQualification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddQualificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addQualification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddQualificationMutation, AddQualificationMutationVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const StaffAssessmentSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffAssessmentSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAssessment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<StaffAssessmentSheetQuery, StaffAssessmentSheetQueryVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffAssessment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"assessorName"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const DecideRemovalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideRemoval"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideRemovalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideRemoval"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedForRemoval"}}]}}]}}]} as unknown as DocumentNode<DecideRemovalMutation, DecideRemovalMutationVariables>;
export const TrainingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"professional"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCalendarQuery, TrainingCalendarQueryVariables>;
export const TrainingCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"professional"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingCoursesQuery, TrainingCoursesQueryVariables>;
export const CreateTrainingCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingCourseMutation, CreateTrainingCourseMutationVariables>;
export const CreateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingSessionMutation, CreateTrainingSessionMutationVariables>;
export const RecordAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const StartAttendanceImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAttendanceImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startAttendanceImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileRef"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartAttendanceImportMutation, StartAttendanceImportMutationVariables>;
export const CurrentPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CurrentPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostWithHolders"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostWithHolders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minStaff"}},{"kind":"Field","name":{"kind":"Name","value":"maxStaff"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualification"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CurrentPostsQuery, CurrentPostsQueryVariables>;
export const CreatePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PostWithHolders"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PostWithHolders"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Post"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"maxTenureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"minStaff"}},{"kind":"Field","name":{"kind":"Name","value":"maxStaff"}},{"kind":"Field","name":{"kind":"Name","value":"requiredQualification"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePostMutation, CreatePostMutationVariables>;
export const AssignPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<AssignPostMutation, AssignPostMutationVariables>;
export const EndAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"staffMemberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"staffMemberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"staffMemberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"endDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSpan"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSpan"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"tenureEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<EndAssignmentMutation, EndAssignmentMutationVariables>;
export const SetStaffPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStaffPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetStaffPreferenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<SetStaffPreferenceMutation, SetStaffPreferenceMutationVariables>;
export const RotationPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotationPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationPlanSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationPlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}}]}}]}}]} as unknown as DocumentNode<RotationPlansQuery, RotationPlansQueryVariables>;
export const RotationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RotationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"staffMemberId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationPlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}}]}}]}}]} as unknown as DocumentNode<RotationPlanQuery, RotationPlanQueryVariables>;
export const ReviewRotationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRotationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRotationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationPlanSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationPlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}}]}}]}}]} as unknown as DocumentNode<ReviewRotationPlanMutation, ReviewRotationPlanMutationVariables>;
export const PublishRotationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRotationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRotationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RotationPlanSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RotationPlanSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotationPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hard"}},{"kind":"Field","name":{"kind":"Name","value":"medium"}},{"kind":"Field","name":{"kind":"Name","value":"soft"}}]}}]}}]} as unknown as DocumentNode<PublishRotationPlanMutation, PublishRotationPlanMutationVariables>;
export const StaffExchangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffExchanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExchangeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exchanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffExchange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffExchangesQuery, StaffExchangesQueryVariables>;
export const CreateExchangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExchange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExchangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExchange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffExchange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateExchangeMutation, CreateExchangeMutationVariables>;
export const ChangeExchangeStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeExchangeStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeExchangeStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeExchangeStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffExchange"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffExchange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exchange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeReport"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hostOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangeExchangeStatusMutation, ChangeExchangeStatusMutationVariables>;
export const StartRotationPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRotationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateRotationPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRotationPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartRotationPlanMutation, StartRotationPlanMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetUserStatusMutation, SetUserStatusMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;