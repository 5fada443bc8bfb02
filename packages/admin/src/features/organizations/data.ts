import type { FormRules } from 'element-plus';
import type { OrganizationType } from '@/gql/graphql';
import { t } from '@/app/i18n';
import {
  ORGANIZATION_CODE_PATTERN,
  ORGANIZATION_NAME_MAX,
  requiredChoice,
  requiredMessage,
  requiredText,
} from '@/shared/validation';

export interface OrganizationForm {
  code: string;
  name: string;
  type: OrganizationType | '';
  parentId: string | null;
}

export { ORGANIZATION_NAME_MAX };

export function emptyOrganizationForm(parentId: string | null): OrganizationForm {
  return { code: '', name: '', type: '', parentId };
}

/**
 * Rules of the create form; built on demand so messages follow the current language. A parent is
 * required once the tree has a root.
 */
export function organizationRules({ parentRequired = true } = {}): FormRules<OrganizationForm> {
  return {
    ...(parentRequired ? { parentId: [requiredChoice('org.parent')] } : {}),
    code: [
      { required: true, message: requiredMessage('org.code'), trigger: 'blur' },
      { pattern: ORGANIZATION_CODE_PATTERN, message: t('org.codeRule'), trigger: 'blur' },
    ],
    name: requiredText('org.name', ORGANIZATION_NAME_MAX),
    type: [requiredChoice('org.type')],
  };
}

export function renameRules(): FormRules<{ name: string }> {
  return { name: requiredText('org.name', ORGANIZATION_NAME_MAX) };
}

/** Tag colours that tell the levels of the party hierarchy apart at a glance. */
export const ORGANIZATION_TYPE_TAG: Record<OrganizationType, 'primary' | 'success' | 'info' | 'warning' | 'danger'> = {
  COMMITTEE: 'danger',
  GENERAL_BRANCH: 'warning',
  BRANCH: 'primary',
  DEPARTMENT: 'info',
  ARCHIVE_OFFICE: 'success',
};
