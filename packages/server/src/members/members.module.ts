import { AccessScope } from '../access/access-scope';
import { defineModule } from '../app/module';
import { RequestContext } from '../app/context';
import { allowedBy, Decision, DENIED } from '../policy/decision';
import { FieldDecider, mask, publicFields, rulesFor } from '../policy/field-policy';
import { grantFor } from '../policy/grants';
import { decide } from '../policy/policy';
import { Role } from '../users/role';
import { Member } from './member.entity';
import { MemberRelative } from './member-relative.entity';
import { MemberLinkResolver } from './member-link.resolver';
import { memberLoaders } from './member.records';
import { MemberRelativeResolver, MemberResolver, UserMemberResolver } from './member.resolver';
import { MemberTransitionsResolver } from './member-transitions';

interface MemberFacts {
  id: number;
  organization: { id: number };
  user?: { id: number } | null;
}

/**
 * Personal data (requirements §4): the member themselves (`self`), an archivist of the office
 * keeping the dossier (`custody`), or the holder of an active IDENTITY grant covering the
 * dossier (`grant`, issue 10). Everyone else — ADMIN and AUDITOR included — sees it masked.
 */
export function decidePersonalData(ctx: RequestContext, member: MemberFacts | null): Decision | Promise<Decision> {
  if (!ctx.actor || !member) return DENIED;
  if (member.user?.id === ctx.actor.userId) return allowedBy({ kind: 'self' });
  // Decided without a promise when the page's loaders already hold the facts (issue 9 point 13).
  const known = ctx.loaders.dossierByMemberId.peek(member.id);
  const knownOrganization = ctx.loaders.organizationById.peek(member.organization.id);
  if (known && knownOrganization) {
    const custody = decide(ctx.actor, 'dossier.keep', {
      organizationPath: knownOrganization.path,
      custodianId: known.custodian.id,
    });
    // Without custody an active grant may still open it (issue 10).
    if (custody.allowed) return custody;
    return grantFor(ctx, known.id, { scope: AccessScope.IDENTITY }, knownOrganization.path);
  }
  return loadAndDecidePersonalData(ctx, member);
}

async function loadAndDecidePersonalData(ctx: RequestContext, member: MemberFacts): Promise<Decision> {
  const [dossier, organization] = await Promise.all([
    ctx.loaders.dossierByMemberId.load(member.id),
    ctx.loaders.organizationById.load(member.organization.id),
  ]);
  if (!dossier || !organization) return DENIED;
  const custody = decide(ctx.actor, 'dossier.keep', {
    organizationPath: organization.path,
    custodianId: dossier.custodian.id,
  });
  if (custody.allowed) return custody;
  return grantFor(ctx, dossier.id, { scope: AccessScope.IDENTITY }, organization.path);
}

const decideMember: FieldDecider<MemberFacts> = (ctx, member) => decidePersonalData(ctx, member);

const decideRelative: FieldDecider<{ member: { id: number } }> = (ctx, relative) => {
  const member = ctx.loaders.memberById.peek(relative.member.id);
  if (member !== undefined) return decidePersonalData(ctx, member);
  return ctx.loaders.memberById.load(relative.member.id).then((loaded) => decidePersonalData(ctx, loaded));
};

/** Party members and applicants, with their relatives; personal data encrypted at rest. */
export const membersModule = defineModule({
  name: 'members',
  entities: [Member, MemberRelative],
  resolvers: [
    MemberResolver,
    MemberRelativeResolver,
    UserMemberResolver,
    MemberLinkResolver,
    MemberTransitionsResolver,
  ],
  actions: {
    // Reading members of one's subtree, personal data masked (requirements §3-4).
    'member.read': { roles: [Role.ADMIN, Role.ARCHIVIST, Role.AUDITOR, Role.APPROVER], scope: 'subtree' },
    // One's own record (the `member` query answers it; `me.member` reaches it too).
    'member.readOwn': { roles: 'any-authenticated', scope: 'self' },
    // Linking an account to the member record of the same person: both in the admin's subtree.
    'member.linkUser': { roles: [Role.ADMIN], scope: 'subtree' },
  },
  fieldRules: {
    Member: rulesFor<MemberFacts>({
      ...publicFields(
        'id',
        'name',
        'gender',
        'ethnicity',
        'birthDate',
        'education',
        'workUnit',
        'post',
        'applicationDate',
        'activistDate',
        'developmentTargetDate',
        'probationaryDate',
        'fullMembershipDate',
        'statusDate',
        'membershipStatus',
        'allowedTransitions',
        'stage',
        'organization',
        'dossier',
        'relatives',
        'version',
        'createdAt',
        'updatedAt',
      ),
      // Dossier data: a member reading their own record is audited too (basis `self`).
      idNumber: mask(decideMember, 'includingSelf'),
      phone: mask(decideMember, 'includingSelf'),
      address: mask(decideMember, 'includingSelf'),
    }),
    MemberRelative: rulesFor<{ member: { id: number } }>({
      ...publicFields('id', 'kind', 'name', 'relation', 'workUnit'),
      idNumber: mask(decideRelative, 'includingSelf'),
    }),
  },
  loaders: memberLoaders,
  messages: {
    'zh-CN': {
      'member.idNumber.format': '身份证号码须为 18 位，前 17 位为数字，最后一位为数字或 X',
      'member.idNumber.checkDigit': '身份证号码校验位不正确，请核对',
      'member.idNumber.birthDate': '身份证号码中的出生日期无效',
      'member.idNumber.futureBirthDate': '身份证号码中的出生日期晚于今天',
      'member.idNumber.birthDateMismatch': '身份证号码中的出生日期与填写的出生日期不一致',
      'member.idNumber.genderMismatch': '身份证号码中的性别与填写的性别不一致',
      'member.idNumber.taken': '该身份证号码已登记在另一名党员名下',
      'member.dateFormat': '日期须为有效的 YYYY-MM-DD 格式',
      'member.dateInFuture': '日期不能晚于今天',
      'member.dateRequired': '已到达该阶段，须填写此日期',
      'member.dateBeyondStage': '尚未到达该阶段，不能填写此日期',
      'member.dateOrder': '日期须晚于前一阶段的日期',
      'member.tooYoung': '申请入党时须年满 {age} 周岁',
      'member.transitionNotAllowed': '党员状态不能从「{from}」变更为「{to}」',
      'member.phoneFormat': '电话号码格式不正确',
      'member.maskedValue': '这是部分隐藏的值（含 *），请输入完整内容',
      'member.organizationType': '党员须隶属于党委、党总支或党支部',
      'member.outsideOffice': '该组织的档案不由您所在的档案室保管',
      'member.link.memberTaken': '该党员档案已关联另一个用户账号',
      'member.link.userTaken': '该用户账号已关联另一名党员',
      'member.link.notLinked': '该用户账号未关联党员档案',
      'member.link.nameMismatch': '党员姓名「{name}」与用户姓名「{displayName}」不一致，请确认是同一人后再关联',
    },
    en: {
      'member.idNumber.format': 'An ID number has 18 characters: 17 digits, then a digit or X',
      'member.idNumber.checkDigit': 'The check digit of the ID number is wrong; please check the number',
      'member.idNumber.birthDate': 'The birth date within the ID number is not a valid date',
      'member.idNumber.futureBirthDate': 'The birth date within the ID number is in the future',
      'member.idNumber.birthDateMismatch': 'The birth date within the ID number differs from the birth date entered',
      'member.idNumber.genderMismatch': 'The gender within the ID number differs from the gender entered',
      'member.idNumber.taken': 'This ID number is already registered for another member',
      'member.dateFormat': 'Enter a valid date as YYYY-MM-DD',
      'member.dateInFuture': 'The date cannot be later than today',
      'member.dateRequired': 'The member has reached this stage; enter its date',
      'member.dateBeyondStage': 'The member has not reached this stage; leave its date empty',
      'member.dateOrder': 'The date must not be earlier than that of the previous stage',
      'member.tooYoung': 'An applicant must be at least {age} years old when applying',
      'member.transitionNotAllowed': 'Membership status cannot change from {from} to {to}',
      'member.phoneFormat': 'Malformed phone number',
      'member.maskedValue': 'This is a partly hidden value (it contains *); enter the whole value',
      'member.organizationType': 'A member belongs to a party committee, general branch or branch',
      'member.outsideOffice': "Your archive office does not keep this organisation's dossiers",
      'member.link.memberTaken': 'This member record is already linked to another user account',
      'member.link.userTaken': 'This user account is already linked to another member',
      'member.link.notLinked': 'This user account is not linked to a member record',
      'member.link.nameMismatch':
        'The member’s name “{name}” differs from the user’s name “{displayName}”; confirm that they are the same person',
    },
  },
  terms: {
    'zh-CN': {
      Member: '党员',
      MALE: '男',
      FEMALE: '女',
      APPLICANT: '入党申请人',
      ACTIVIST: '入党积极分子',
      DEVELOPMENT_TARGET: '发展对象',
      PROBATIONARY: '预备党员',
      FULL: '正式党员',
      RETIRED: '退休党员',
      TRANSFERRED_OUT: '已转出',
      DECEASED: '已去世',
      FAMILY: '家庭成员',
      SOCIAL: '主要社会关系',
    },
    en: {
      Member: 'Member',
      MALE: 'male',
      FEMALE: 'female',
      APPLICANT: 'applicant',
      ACTIVIST: 'activist',
      DEVELOPMENT_TARGET: 'development target',
      PROBATIONARY: 'probationary member',
      FULL: 'full member',
      RETIRED: 'retired member',
      TRANSFERRED_OUT: 'transferred out',
      DECEASED: 'deceased',
      FAMILY: 'family member',
      SOCIAL: 'social relation',
    },
  },
  auditActions: {
    MEMBER_CREATED: { 'zh-CN': '新建党员', en: 'Member created' },
    MEMBER_UPDATED: { 'zh-CN': '修改党员信息', en: 'Member updated' },
    MEMBERSHIP_STATUS_CHANGED: { 'zh-CN': '变更党员状态', en: 'Membership status changed' },
    MEMBER_USER_LINKED: { 'zh-CN': '关联用户账号与党员档案', en: 'User account linked to member' },
    MEMBER_USER_UNLINKED: { 'zh-CN': '解除用户账号与党员档案的关联', en: 'User account unlinked from member' },
    PII_REENCRYPTED: { 'zh-CN': '个人信息换用新密钥加密', en: 'Personal data re-encrypted under the current key' },
  },
});
