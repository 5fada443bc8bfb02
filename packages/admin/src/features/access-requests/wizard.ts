import { t } from '@/app/i18n';
import type { AccessScope, CreateAccessRequestInput, Sensitivity } from '@/gql/graphql';
import { FILING, scopeOfSensitivity } from './data';

/** A dossier picked in the first step, as requestableDossiers described it. */
export interface PickedDossier {
  id: string;
  memberName: string;
  organizationName: string;
  custodianName: string;
}

export interface PurposeOption {
  code: string;
  requiresDetails: boolean;
}

export interface CategoryOption {
  id: string;
  sensitivity: Sensitivity;
}

/** Everything the wizard collects, step by step. */
export interface WizardForm {
  dossiers: PickedDossier[];
  scopes: AccessScope[];
  /** Narrow MATERIALS / RESTRICTED to named categories. */
  narrow: boolean;
  categoryIds: string[];
  purpose: string;
  purposeDetails: string;
  justification: string;
  /** The uploaded justification PDF (POST /files answered its sha256). */
  file: { sha256: string; fileName: string } | null;
  durationDays: number;
}

export const emptyWizardForm = (): WizardForm => ({
  dossiers: [],
  scopes: [],
  narrow: false,
  categoryIds: [],
  purpose: '',
  purposeDetails: '',
  justification: '',
  file: null,
  durationDays: FILING.defaultDays,
});

/** The wizard's steps, in order; the last one only reviews. */
export const WIZARD_STEPS = ['dossiers', 'scopes', 'purpose', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** A form field the wizard can mark, and the step that shows it. */
export type WizardField =
  'dossiers' | 'scopes' | 'categoryIds' | 'purpose' | 'purposeDetails' | 'justification' | 'file' | 'durationDays';

export const STEP_OF_FIELD: Record<WizardField, number> = {
  dossiers: 0,
  scopes: 1,
  categoryIds: 1,
  purpose: 2,
  purposeDetails: 2,
  justification: 2,
  file: 2,
  durationDays: 2,
};

export type FieldProblems = Partial<Record<WizardField, string>>;

/**
 * What keeps step `step` from being passed: a message per field, empty when it may be. Mirrors
 * the server's checks (access/filing.ts), which run again on submit.
 */
export function stepProblems(
  step: number,
  form: WizardForm,
  options: { purposes: readonly PurposeOption[]; categories: readonly CategoryOption[] },
): FieldProblems {
  const problems: FieldProblems = {};
  if (step === 0) {
    if (form.dossiers.length === 0) problems.dossiers = t('accessRequest.validation.noDossiers');
    else if (form.dossiers.length > FILING.maxDossiers) {
      problems.dossiers = t('accessRequest.validation.tooManyDossiers', { max: FILING.maxDossiers });
    }
  }
  if (step === 1) {
    if (form.scopes.length === 0) problems.scopes = t('accessRequest.validation.noScope');
    else if (form.narrow) {
      const chosen = form.categoryIds
        .map((id) => options.categories.find((category) => category.id === id))
        .filter((category): category is CategoryOption => !!category);
      const covered = new Set(chosen.map((category) => scopeOfSensitivity(category.sensitivity)));
      const uncovered = narrowableScopes(form.scopes).filter((scope) => !covered.has(scope));
      const outside = chosen.some((category) => !form.scopes.includes(scopeOfSensitivity(category.sensitivity)));
      if (outside) problems.categoryIds = t('accessRequest.validation.categoryOutsideScope');
      else if (uncovered.length) problems.categoryIds = t('accessRequest.validation.scopeWithoutCategory');
    }
  }
  if (step === 2) {
    const purpose = options.purposes.find((each) => each.code === form.purpose);
    if (!purpose) problems.purpose = t('accessRequest.validation.purpose');
    const details = form.purposeDetails.trim();
    if (purpose?.requiresDetails && !details) problems.purposeDetails = t('accessRequest.validation.purposeDetails');
    else if (details.length > FILING.purposeDetailsMax) {
      problems.purposeDetails = t('accessRequest.validation.tooLong', { max: FILING.purposeDetailsMax });
    }
    const justification = form.justification.trim().length;
    if (justification < FILING.justificationMin || justification > FILING.justificationMax) {
      problems.justification = t('accessRequest.validation.justification', {
        min: FILING.justificationMin,
        max: FILING.justificationMax,
      });
    }
    if (!Number.isInteger(form.durationDays) || form.durationDays < 1) {
      problems.durationDays = t('accessRequest.validation.duration');
    }
  }
  return problems;
}

/** The chosen scopes that categories can narrow (IDENTITY has none). */
export const narrowableScopes = (scopes: readonly AccessScope[]): AccessScope[] =>
  scopes.filter((scope) => scope !== 'IDENTITY');

/** What createAccessRequest is sent. */
export function toInput(form: WizardForm): CreateAccessRequestInput {
  const narrowing = form.narrow && narrowableScopes(form.scopes).length > 0;
  const details = form.purposeDetails.trim();
  return {
    dossierIds: form.dossiers.map((dossier) => dossier.id),
    scope: [...form.scopes],
    categoryIds: narrowing ? [...form.categoryIds] : null,
    purpose: form.purpose,
    purposeDetails: details || null,
    justification: form.justification.trim(),
    justificationFile: form.file ? { ...form.file } : null,
    durationDays: form.durationDays,
  };
}

/**
 * The wizard field a server rejection names (`extensions.field`: `dossierIds.2`, `scope`,
 * `justificationFile.sha256`, …), or null for one it has no field for.
 */
export function wizardFieldOf(serverField: string | undefined): WizardField | null {
  if (!serverField) return null;
  const head = serverField.replace(/^input\./, '').split('.')[0];
  const map: Record<string, WizardField> = {
    dossierIds: 'dossiers',
    scope: 'scopes',
    categoryIds: 'categoryIds',
    purpose: 'purpose',
    purposeDetails: 'purposeDetails',
    justification: 'justification',
    justificationFile: 'file',
    durationDays: 'durationDays',
  };
  return head ? (map[head] ?? null) : null;
}
