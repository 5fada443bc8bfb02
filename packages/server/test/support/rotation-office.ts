import {
  rotationRules,
  type RotationInput,
  type RotationPost,
  type RotationStaffMember,
} from '../../src/staff/rotation/model-input';

/** A post of region R1 with room for five and no qualification or minimum: a rule under test adds its own. */
export const post = (id: number, over: Partial<RotationPost> = {}): RotationPost => ({
  id,
  region: 'R1',
  requiredQualification: null,
  maxTenureMonths: 120,
  minStaff: 0,
  maxStaff: 5,
  ...over,
});

/** A person of region R1 on post 1 since 2020, free to move. */
export const person = (id: number, over: Partial<RotationStaffMember> = {}): RotationStaffMember => ({
  id,
  region: 'R1',
  qualifications: [],
  onExchange: false,
  probationEnd: null,
  retirementDate: null,
  currentPostId: 1,
  currentSince: '2020-01-01',
  ...over,
});

/** Two posts and the default rules over 2027–2028; the test gives the people. */
export const office = (over: Partial<RotationInput>): RotationInput => ({
  startDate: '2027-01-01',
  months: 24,
  staff: [],
  posts: [post(1), post(2)],
  history: [],
  preferences: [],
  rules: rotationRules(),
  ...over,
});
