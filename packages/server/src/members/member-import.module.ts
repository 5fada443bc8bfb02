import { defineModule } from '../app/module';
import { Role } from '../users/role';
import { memberImportRouter } from './import.routes';
import { MemberImportResolver } from './member-import.resolver';
import { memberImportJob } from './member-import.job';

/**
 * Bulk import and export of members (issue 9 §9): a module of its own beside `members` because
 * it brings HTTP routes (template, upload, export) and a job kind.
 */
export const memberImportModule = defineModule({
  name: 'memberImport',
  entities: [],
  resolvers: [MemberImportResolver],
  actions: {
    // Imported members open dossiers in the caller's office, as createMember does: archivists only.
    'member.import': { roles: [Role.ARCHIVIST], scope: 'system' },
    // The member list as a file, under member.read's scope and the same field policy.
    'member.export': { roles: [Role.ADMIN, Role.ARCHIVIST, Role.AUDITOR, Role.APPROVER], scope: 'system' },
  },
  fieldRules: {},
  jobs: [memberImportJob],
  routes: { path: '/members', router: memberImportRouter },
  messages: {
    'zh-CN': {
      'memberImport.unreadable': '无法读取该文件：请上传 XLSX 或 UTF-8 编码的 CSV 文件',
      'memberImport.format': '无法读取该文件：请上传 XLSX 或 UTF-8 编码的 CSV 文件',
      'memberImport.noHeader': '文件中找不到表头：请使用导入模板（须含“姓名”“身份证号码”等列）',
      'memberImport.tooManyRows': '一次最多导入 20000 行，请拆分文件',
      'memberImport.tooLarge': '文件过大，请拆分后再导入',
      'memberImport.fileExpired': '上传的文件已失效，请重新上传',
      'memberImport.duplicateInFile': '身份证号码与第 {row} 行重复',
      'memberImport.unknownChoice': '不是可选的值，请从下拉列表中选择',
      'memberImport.unknownOrganization': '没有这个党组织代码',
      'memberImport.changedMeanwhile': '导入期间有党员信息被修改，请重新导入',
      'memberImport.reading': '正在读取文件',
      'memberImport.validating': '正在校验',
      'memberImport.writing': '正在导入',
      'memberExport.tooMany': '一次最多导出 {max} 名党员，请缩小筛选范围',
      'memberExport.badFilter': '筛选条件无效',
    },
    en: {
      'memberImport.unreadable': 'The file cannot be read: upload an XLSX file or a UTF-8 CSV file',
      'memberImport.format': 'The file cannot be read: upload an XLSX file or a UTF-8 CSV file',
      'memberImport.noHeader': 'No header row found: use the import template (with columns such as Name and ID number)',
      'memberImport.tooManyRows': 'At most 20,000 rows per import; split the file',
      'memberImport.tooLarge': 'The file is too large; split it and import the parts',
      'memberImport.fileExpired': 'The uploaded file has expired; upload it again',
      'memberImport.duplicateInFile': 'The ID number repeats that of row {row}',
      'memberImport.unknownChoice': 'Not one of the choices; pick one from the list',
      'memberImport.unknownOrganization': 'No party organisation has this code',
      'memberImport.changedMeanwhile': 'Members changed while importing; import again',
      'memberImport.reading': 'Reading the file',
      'memberImport.validating': 'Checking the rows',
      'memberImport.writing': 'Importing',
      'memberExport.tooMany': 'At most {max} members per export; narrow the filter',
      'memberExport.badFilter': 'Invalid filter',
    },
  },
  auditActions: {
    MEMBERS_IMPORTED: { 'zh-CN': '批量导入党员', en: 'Members imported' },
  },
});
