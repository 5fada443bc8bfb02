import { defineModule } from '../app/module';
import { publicFields } from '../policy/field-policy';
import { Role } from '../users/role';
import { filesRouter } from './files.routes';
import { FilesResolver } from './files.resolver';
import { IntegrityIncident } from './integrity-incident.entity';
import { StoredFile } from './stored-file.entity';

/** Attachments (issue 9 §6): content-addressed storage, checked uploads, verified and authorised downloads. */
export const filesModule = defineModule({
  name: 'files',
  entities: [StoredFile, IntegrityIncident],
  resolvers: [FilesResolver],
  actions: {
    // Uploads exist to be filed as materials, which the archivists in custody do, and as the
    // justification (证明) of an access request, which its requester files; ADMIN configures the
    // system and has no business with dossier contents (requirements §1), so it may not. A
    // manager of staff attaches signed contracts (requirements §7).
    'file.upload': { roles: [Role.ARCHIVIST, Role.REQUESTER, Role.STAFF_MANAGER], scope: 'system' },
    // Any signed-in user may ask; the file's owner (registerFileOwner) decides, deny by default.
    'file.read': { roles: 'any-authenticated', scope: 'system' },
    'integrity.read': { roles: [Role.ADMIN, Role.AUDITOR], scope: 'subtree' },
  },
  fieldRules: {
    IntegrityIncident: publicFields('id', 'kind', 'subject', 'detectedAt', 'details', 'resolved'),
  },
  routes: { path: '/files', router: filesRouter },
  messages: {
    'zh-CN': {
      'files.tooLarge': '文件过大：不能超过 {max}',
      'files.unsupportedType': '仅支持 PDF、JPEG 和 PNG 文件（按文件内容识别）',
      'files.invalidOwner': '所属对象格式不正确，应为“类型:编号”',
      'files.invalidSha256': '文件校验值格式不正确',
      'files.badSignature': '下载链接无效或已过期，请重新打开',
      'files.integrityFailed': '文件校验失败，未提供下载；已记录完整性事件，请联系管理员',
    },
    en: {
      'files.tooLarge': 'The file is too large: at most {max}',
      'files.unsupportedType': 'Only PDF, JPEG and PNG files are accepted (told by their content)',
      'files.invalidOwner': 'The owner must be written Type:id',
      'files.invalidSha256': 'Not a valid file checksum',
      'files.badSignature': 'The download link is invalid or has expired; open it again',
      'files.integrityFailed':
        'The file failed its integrity check and was not served; the incident was recorded, please tell an administrator',
    },
  },
  terms: { 'zh-CN': { StoredFile: '文件' }, en: { StoredFile: 'File' } },
  auditActions: {
    FILE_UPLOADED: { 'zh-CN': '上传文件', en: 'File uploaded' },
    FILE_DOWNLOADED: { 'zh-CN': '查看文件内容', en: 'File content read' },
    FILE_INTEGRITY_FAILED: { 'zh-CN': '文件完整性校验失败', en: 'File integrity check failed' },
  },
});
