import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from '@/app/graphql';

/** What the rotation generator is asked for (issue 11 §4): whose posts, from which month, for how long. */
export interface RotationPlanRequest {
  organizationId: string;
  /** YYYY-MM-01: plans run in whole months. */
  startDate: string;
  months: number;
}

/**
 * The one place the SPA asks the server for a rotation plan. `generateRotationPlan` is not in
 * the schema yet, so its document is written here instead of in operations.graphql (codegen
 * would refuse it); once the server has it, the document moves there and this function uses the
 * generated one. Until then the server answers with its own error, which the generator form shows.
 * Resolves with the new plan's id; the page then opens it through `rotationPlan(id)`.
 */
export async function generateRotationPlan(input: RotationPlanRequest): Promise<string> {
  const { generateRotationPlan: plan } = await request(GENERATE_ROTATION_PLAN, { input }, { silent: true });
  return plan.id;
}

const GENERATE_ROTATION_PLAN = parse(/* GraphQL */ `
  mutation GenerateRotationPlan($input: GenerateRotationPlanInput!) {
    generateRotationPlan(input: $input) {
      id
    }
  }
`) as TypedDocumentNode<{ generateRotationPlan: { id: string } }, { input: RotationPlanRequest }>;
