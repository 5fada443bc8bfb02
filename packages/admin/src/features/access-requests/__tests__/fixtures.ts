import type { AccessRequestDetail, StepSlot } from '../data';

export function slot(overrides: Partial<StepSlot> = {}): StepSlot {
  return {
    id: 's1',
    position: 1,
    mode: 'ALL_OF',
    stepStatus: 'PENDING',
    stepVersion: 3,
    decision: 'PENDING',
    comment: null,
    decidedAt: null,
    startedAt: '2026-11-20T08:00:00.000Z',
    dueAt: '2026-11-23T08:00:00.000Z',
    escalated: false,
    department: { id: 'd1', code: 'SZ-ZZB', name: '市委组织部' },
    approver: null,
    ...overrides,
  };
}

export function accessRequest(overrides: Partial<AccessRequestDetail> = {}): AccessRequestDetail {
  return {
    id: '7',
    number: 'DY-2026-000007',
    status: 'PENDING',
    filedAt: '2026-11-20T08:00:00.000Z',
    closedAt: null,
    scopes: ['IDENTITY'],
    durationDays: 7,
    requester: { id: 'u9', displayName: '孙查阅' },
    requesterOrganizationName: '第一支部',
    purpose: { id: 'p1', code: 'POLITICAL_REVIEW', nameZh: '政治审查', nameEn: 'Political review' },
    dossiers: [{ id: '11', memberName: '王芳', organizationName: '第一支部', custodianName: '档案室A' }],
    version: 1,
    currentStep: 1,
    purposeDetails: null,
    justification: '干部考察需要核实身份信息',
    justificationFile: null,
    categories: null,
    steps: [slot(), slot({ id: 's2', department: { id: 'd2', code: 'SZ-JW', name: '市纪委监委' } })],
    grant: null,
    ...overrides,
  };
}
