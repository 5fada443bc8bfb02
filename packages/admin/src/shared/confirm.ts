import { ElMessageBox } from 'element-plus';
// Called from TypeScript, so the template resolver does not add the box's stylesheets.
import 'element-plus/theme-chalk/el-overlay.css';
import 'element-plus/theme-chalk/el-button.css';
import 'element-plus/theme-chalk/el-message-box.css';
import { t } from '@/app/i18n';

/**
 * Asks before a consequential change (disabling an account or organisation).
 * Resolves false when the user cancels. Button texts are passed explicitly because message
 * boxes are mounted outside the el-config-provider that localises the rest of the UI.
 */
export async function confirmAction(message: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, t('common.confirmTitle'), {
      type: 'warning',
      confirmButtonText: t('common.confirm'),
      cancelButtonText: t('common.cancel'),
    });
    return true;
  } catch {
    return false;
  }
}
