import type { FormRules } from 'element-plus';
import type { Role, UserFilter, UserRowFragment, UserStatus } from '@/gql/graphql';
import { t, type Locale } from '@/app/i18n';
import {
  optionalEmail,
  optionalPhone,
  requiredChoice,
  requiredMessage,
  requiredText,
  strongPassword,
  USERNAME_PATTERN,
} from '@/shared/validation';

export type UserRow = UserRowFragment;

export interface UserFilterForm {
  search: string;
  role: Role | '';
  status: UserStatus | '';
  organizationId: string | null;
}

export function emptyUserFilter(): UserFilterForm {
  return { search: '', role: '', status: '', organizationId: null };
}

/** The API filter for what the user typed: blank fields filter nothing. */
export function toUserFilter(form: UserFilterForm): UserFilter {
  return {
    search: form.search.trim() || undefined,
    role: form.role || undefined,
    status: form.status || undefined,
    organizationId: form.organizationId || undefined,
  };
}

export interface UserForm {
  username: string;
  displayName: string;
  organizationId: string | null;
  roles: Role[];
  password: string;
  phone: string;
  email: string;
}

export function emptyUserForm(): UserForm {
  return { username: '', displayName: '', organizationId: null, roles: [], password: '', phone: '', email: '' };
}

export function userFormFrom(user: UserRow): UserForm {
  return {
    username: user.username,
    displayName: user.displayName,
    organizationId: user.organization.id,
    roles: [...user.roles],
    password: '',
    phone: user.phone ?? '',
    email: user.email ?? '',
  };
}

/** What the form says about a user, as the API takes it: trimmed, blank contacts as null. */
export interface UserDetails {
  displayName: string;
  organizationId: string;
  roles: Role[];
  phone: string | null;
  email: string | null;
}

export function userDetails(form: UserForm): UserDetails {
  return {
    displayName: form.displayName.trim(),
    organizationId: form.organizationId ?? '',
    // Sorted, so picking the same roles in another order is no change.
    roles: [...form.roles].sort(),
    phone: form.phone.trim() || null,
    email: form.email.trim() || null,
  };
}

export const DISPLAY_NAME_MAX = 100;

/**
 * The server's rules for a user (users/user.service.ts), checked before anything is sent.
 * Username and initial password are set once, at creation; editing leaves them out. `form` is
 * the live form, so the password rule can refuse a password that contains the username.
 * `shown` is what the form was opened with: a contact left as shown is not sent, so not checked
 * (the server may have sent it masked); an edited one must not look masked.
 */
export function userRules(
  mode: 'create' | 'edit',
  form: Pick<UserForm, 'username'>,
  shown: Pick<UserForm, 'phone' | 'email'> = { phone: '', email: '' },
): FormRules<UserForm> {
  const common: FormRules<UserForm> = {
    displayName: requiredText('user.displayName', DISPLAY_NAME_MAX),
    organizationId: [requiredChoice('user.organization')],
    roles: [{ ...requiredChoice('user.roles'), type: 'array', min: 1 }],
    phone: [optionalPhone(() => shown.phone)],
    email: [optionalEmail('user.email', () => shown.email)],
  };
  if (mode === 'edit') return common;
  return {
    ...common,
    username: [
      { required: true, message: requiredMessage('user.username'), trigger: 'blur' },
      { pattern: USERNAME_PATTERN, message: t('user.usernameRule'), trigger: 'blur' },
    ],
    password: strongPassword('user.password', () => form.username),
  };
}

type UserColumn =
  'username' | 'displayName' | 'organization' | 'contact' | 'roles' | 'status' | 'lastLoginAt' | 'actions';

/**
 * Column widths of the user table per language: each set adds up to the content width at
 * 1366 px (1064 px, measured), so the actions stay on one line and nothing scrolls sideways.
 * Phone and e-mail share one column (two lines, cut with a tooltip). English dates, statuses and
 * action labels run longer, so there the name, organisation and contact columns give way.
 */
export const USER_COLUMN_WIDTHS: Record<Locale, Record<UserColumn, number>> = {
  'zh-CN': {
    username: 110,
    displayName: 120,
    organization: 130,
    contact: 130,
    roles: 110,
    status: 80,
    lastLoginAt: 190,
    actions: 190,
  },
  en: {
    username: 92,
    displayName: 90,
    organization: 113,
    contact: 110,
    roles: 120,
    status: 90,
    lastLoginAt: 195,
    actions: 250,
  },
};

/** The response path of a field of row `index` in the Users query, as fieldError() takes it. */
export const userFieldPath = (index: number, field: keyof UserRow) => `users.edges.${index}.node.${field}`;
