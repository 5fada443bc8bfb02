import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../shared/scalars';
import { AccessScope, StepMode } from './access-scope';

/**
 * The small, safe shapes the access module shows (issue 10): a department as a chain names it,
 * a person as a request names them, a dossier as a requester may know it. None carries personal
 * data beyond a name, and none leads on to records the caller could not otherwise reach.
 */

/** A deciding department (an organisation of type DEPARTMENT) as a chain names it. */
@ObjectType({ simpleResolvers: true })
export class AccessDepartment {
  @Field(() => ID) id!: number;
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean) active!: boolean;
}

/** A person named by a request: its requester (and, for the deciding part, an approver). */
@ObjectType({ simpleResolvers: true })
export class AccessPerson {
  @Field(() => ID) id!: number;
  @Field(() => String) displayName!: string;
}

/** A dossier as a request names it: no ID number, no materials (issue 10 §2). */
@ObjectType({ simpleResolvers: true })
export class AccessDossier {
  @Field(() => ID, { description: 'The dossier id.' }) id!: number;
  @Field(() => String) memberName!: string;
  @Field(() => String, { description: "The member's party organisation." }) organizationName!: string;
  @Field(() => String, { description: 'The archive office keeping the dossier.' }) custodianName!: string;
}

/** A dossier a requester found (requestableDossiers), and whether filing for it would be refused. */
@ObjectType({ simpleResolvers: true })
export class RequestableDossier extends AccessDossier {
  @Field(() => Boolean, {
    description: 'A conflict of interest (one’s own or a declared relative’s dossier): filing would be refused.',
  })
  conflict!: boolean;
}

/** The justification document (证明) of a request: download it through owner `AccessRequest:<id>`. */
@ObjectType({ simpleResolvers: true })
export class JustificationFile {
  @Field(() => String) sha256!: string;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'The file owner for GET /files/:sha256?owner= and fileDownloadUrl.' })
  owner!: string;
}

export interface ChainStepRecord {
  position: number;
  mode: StepMode;
  departmentIds: number[];
  timeLimitHours: number | null;
}

export interface ChainTemplateRecord {
  id: number;
  version: number;
  updatedAt: Date;
  organizationId: number;
  organizationPath: string;
  scope: AccessScope;
  steps: ChainStepRecord[];
}

@ObjectType('ChainTemplateStep', { simpleResolvers: true })
export class ChainTemplateStepView {
  @Field(() => Int) position!: number;
  @Field(() => StepMode) mode!: StepMode;
  @Field(() => Int, { nullable: true, description: 'Hours the step may stay pending; null: no limit.' })
  timeLimitHours!: number | null;
}

/** An approval-chain template: an organisation's ordered steps for one scope. */
@ObjectType('ChainTemplate', { simpleResolvers: true })
export class ChainTemplateView {
  @Field(() => ID) id!: number;
  @Field(() => AccessScope) scope!: AccessScope;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  @Field(() => [ChainTemplateStepView]) steps!: ChainStepRecord[];
}

/**
 * One scope's chain at an organisation: the template set there (if any) and the one that applies
 * (its own, or the nearest ancestor's; `effective.organization` says whose).
 */
@ObjectType({ simpleResolvers: true })
export class ScopeChainTemplate {
  @Field(() => AccessScope) scope!: AccessScope;
  @Field(() => ChainTemplateView, { nullable: true, description: 'Set on this organisation.' })
  template!: ChainTemplateRecord | null;
  @Field(() => ChainTemplateView, { nullable: true, description: 'What applies here; null: filing is refused.' })
  effective!: ChainTemplateRecord | null;
  @Field(() => Boolean, { description: 'The effective template is an ancestor’s.' }) inherited!: boolean;
}
