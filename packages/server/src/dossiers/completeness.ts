import { Field, Float, ObjectType } from 'type-graphql';
import { MembershipStage } from '../members/membership';
import { isRequiredAt, MaterialCategory } from './material-category.entity';

/** A category as reads return it: the entity's columns in a plain object. */
export type CategoryRecord = Omit<MaterialCategory, never>;

/**
 * A dossier's completeness (requirements §2): the categories the member's stage requires, those
 * with a current material, and those still missing (api.md field names).
 */
@ObjectType()
export class Completeness {
  @Field(() => [MaterialCategory]) required!: CategoryRecord[];
  @Field(() => [MaterialCategory]) present!: CategoryRecord[];
  @Field(() => [MaterialCategory]) missing!: CategoryRecord[];
  @Field(() => Boolean) complete!: boolean;
  @Field(() => Float, { description: 'present / required, 1 when nothing is required' }) rate!: number;
}

/** Completeness from the catalogue (in display order), the member's stage and the categories of current materials. */
export function computeCompleteness(
  catalogue: readonly CategoryRecord[],
  stage: MembershipStage,
  presentCategoryIds: ReadonlySet<number>,
): Completeness {
  const required = catalogue.filter((category) => category.active && isRequiredAt(category.requiredFrom, stage));
  const present = required.filter((category) => presentCategoryIds.has(category.id));
  const missing = required.filter((category) => !presentCategoryIds.has(category.id));
  return {
    required,
    present,
    missing,
    complete: missing.length === 0,
    rate: required.length ? present.length / required.length : 1,
  };
}
