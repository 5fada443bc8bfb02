import type { MemberDetail, MemberRow } from '../data';

/** Valid synthetic ID numbers (GB 11643 check digits): a woman and a man born 1949-12-31. */
export const WOMAN_ID = '11010519491231002X';
export const MAN_ID = '110105194912310011';

export const organizations = [
  { id: 'o1', code: 'SZ', name: '中共示范市委员会', type: 'COMMITTEE', active: true, version: 1, parent: null },
  { id: 'o2', code: 'SZ-B1', name: '第一党支部', type: 'BRANCH', active: true, version: 1, parent: { id: 'o1' } },
];

export function memberRow(overrides: Partial<MemberRow> = {}): MemberRow {
  return {
    id: 'm1',
    name: '王芳',
    gender: 'FEMALE',
    birthDate: '1949-12-31',
    idNumber: '1101**********002X',
    phone: '138****5678',
    membershipStatus: 'APPLICANT',
    stage: 'APPLICANT',
    organization: { id: 'o2', name: '第一党支部' },
    dossier: { id: 'd1', status: 'ESTABLISHING', overdue: true, completeness: { rate: 0.25 } },
    ...overrides,
  };
}

export function memberDetail(overrides: Partial<MemberDetail> = {}): MemberDetail {
  return {
    id: 'm1',
    version: 3,
    name: '王芳',
    gender: 'FEMALE',
    ethnicity: '汉族',
    birthDate: '1949-12-31',
    idNumber: WOMAN_ID,
    phone: '13812345678',
    address: '示范市人民路 1 号',
    education: '本科',
    workUnit: '示范市档案馆',
    post: '馆员',
    applicationDate: '2020-03-01',
    activistDate: null,
    developmentTargetDate: null,
    probationaryDate: null,
    fullMembershipDate: null,
    statusDate: null,
    membershipStatus: 'APPLICANT',
    stage: 'APPLICANT',
    allowedTransitions: ['ACTIVIST', 'TRANSFERRED_OUT', 'DECEASED'],
    updatedAt: '2026-01-01T00:00:00Z',
    organization: { id: 'o2', name: '第一党支部' },
    relatives: [{ id: 'r1', kind: 'FAMILY', name: '王强', relation: '父亲', workUnit: null, idNumber: null }],
    dossier: {
      id: 'd1',
      status: 'ESTABLISHING',
      overdue: false,
      completionDeadline: '2026-02-01T00:00:00Z',
      completeness: { rate: 0.5 },
    },
    ...overrides,
  };
}
