import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '../shared/pagination';
import { AttendanceResult, CourseKind, CourseMode, ExchangeStatus, RemovalOutcome, StaffStatus } from './staff.enums';
import { StaffMember } from './staff-member.entity';

export const StaffMemberConnection = Connection('StaffMember', StaffMember);

@InputType()
export class StaffFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name.' }) search?: string | null;
  @Field(() => ID, { nullable: true, description: 'Staff of this organisation and below.' })
  organizationId?: string | null;
  @Field(() => StaffStatus, { nullable: true }) status?: StaffStatus | null;
  @Field(() => Boolean, { nullable: true, description: 'Only for managers of staff (the flag is guarded).' })
  flaggedForRemoval?: boolean | null;
}

@InputType()
export class CreateStaffMemberInput {
  @Field(() => String) name!: string;
  @Field(() => ID) organizationId!: string;
  @Field(() => String) region!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) birthDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) retirementDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD' }) hireDate!: string;
  @Field(() => ID, { nullable: true, description: 'The user account of the same person.' }) userId?: string | null;
}

@InputType()
export class UpdateStaffMemberInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' }) version!: number;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) birthDate?: string | null;
  @Field(() => String, { nullable: true }) retirementDate?: string | null;
  @Field(() => String, { nullable: true }) hireDate?: string | null;
  @Field(() => String, { nullable: true, description: 'The linked user account’s id; an empty string unlinks it.' })
  userId?: string | null;
}

@InputType()
export class AddQualificationInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) certificateNumber?: string | null;
  @Field(() => String) issuedOn!: string;
  @Field(() => String, { nullable: true }) expiresOn?: string | null;
}

@InputType()
export class CreatePostInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) title!: string;
  @Field(() => String) region!: string;
  @Field(() => String, { nullable: true }) requiredQualification?: string | null;
  @Field(() => Int, { nullable: true, description: 'Default 36 (STAFF_MAX_TENURE_MONTHS).' })
  maxTenureMonths?: number | null;
  @Field(() => Int, { nullable: true }) minStaff?: number | null;
  @Field(() => Int, { nullable: true }) maxStaff?: number | null;
}

@InputType()
export class AssignPostInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => ID) postId!: string;
  @Field(() => String) startDate!: string;
}

@InputType()
export class CreateContractInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => String) startDate!: string;
  @Field(() => String, { nullable: true, description: 'Last day; default 3 years (STAFF_CONTRACT_MIN_YEARS) on.' })
  endDate?: string | null;
  @Field(() => String) duties!: string;
  @Field(() => String) obligations!: string;
  @Field(() => String, { nullable: true, description: 'A file uploaded through POST /files.' })
  attachmentSha256?: string | null;
}

@InputType()
export class CreateTrainingCourseInput {
  @Field(() => ID) organizationId!: string;
  @Field(() => String) title!: string;
  @Field(() => CourseKind) kind!: CourseKind;
  @Field(() => CourseMode) mode!: CourseMode;
  @Field(() => Boolean) professional!: boolean;
  @Field(() => Float) hours!: number;
}

@InputType()
export class CreateTrainingSessionInput {
  @Field(() => ID) courseId!: string;
  @Field(() => String) date!: string;
  @Field(() => String) place!: string;
  @Field(() => String) trainer!: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) sessionId!: string;
  @Field(() => ID) staffMemberId!: string;
  @Field(() => Float, { nullable: true, description: "Default: the course's hours (0 when absent)." })
  hours?: number | null;
  @Field(() => AttendanceResult) result!: AttendanceResult;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => String, { description: 'YYYY for an annual assessment.' }) period!: string;
  @Field(() => Float, { description: '0–100' }) score!: number;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@InputType()
export class DecideRemovalInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => RemovalOutcome) outcome!: RemovalOutcome;
  @Field(() => String, { nullable: true, description: 'Required to KEEP.' }) improvementPlan?: string | null;
}

@InputType()
export class CreateExchangeInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => ID) hostOrganizationId!: string;
  @Field(() => [String]) regions!: string[];
  @Field(() => String) startDate!: string;
  @Field(() => String) endDate!: string;
  @Field(() => String) topic!: string;
}

@InputType()
export class ChangeExchangeStatusInput {
  @Field(() => ID) id!: string;
  @Field(() => ExchangeStatus) status!: ExchangeStatus;
  @Field(() => String, { nullable: true, description: 'Required to complete.' }) outcomeReport?: string | null;
}

@InputType()
export class SetStaffPreferenceInput {
  @Field(() => ID) staffMemberId!: string;
  @Field(() => ID) postId!: string;
  @Field(() => Int, { description: '1–10; 0 withdraws the preference.' }) weight!: number;
}

@ObjectType()
export class TrainingProgress {
  @Field(() => Int) year!: number;
  @Field(() => Float) hours!: number;
  @Field(() => Float) professionalHours!: number;
  @Field(() => Float) targetHours!: number;
  @Field(() => Float) professionalTargetHours!: number;
  @Field(() => Boolean, { description: 'Both the total and the professional target reached.' }) met!: boolean;
}

@ObjectType()
export class RotationScore {
  @Field(() => Float) hard!: number;
  @Field(() => Float) medium!: number;
  @Field(() => Float) soft!: number;
}

@ObjectType()
export class RotationRuleCount {
  @Field(() => String) rule!: string;
  @Field(() => Int) count!: number;
  @Field(() => Float) penalty!: number;
}

@ObjectType()
export class RotationViolation {
  @Field(() => String) rule!: string;
  @Field(() => ID, { nullable: true }) staffMemberId?: string | null;
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => String) message!: string;
}
