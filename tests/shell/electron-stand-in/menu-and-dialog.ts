// Menu, dialog and safeStorage: the application menu the shell sets, the save dialog an officer
// answers, and the OS secret store this machine doesn't have.
import type { StandInApp } from './app';
import { enforce } from './rules';

/** MenuItemConstructorOptions.role, as typed in electron.d.ts (docs/api/menu-item.md, "Roles"). */
const ROLES = [
  'undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'delete', 'selectAll', 'reload', 'forceReload',
  'toggleDevTools', 'resetZoom', 'zoomIn', 'zoomOut', 'toggleSpellChecker', 'togglefullscreen', 'window', 'minimize',
  'close', 'help', 'about', 'services', 'hide', 'hideOthers', 'unhide', 'quit', 'startSpeaking', 'stopSpeaking', 'zoom',
  'front', 'appMenu', 'fileMenu', 'editMenu', 'viewMenu', 'shareMenu', 'recentDocuments', 'toggleTabBar',
  'selectNextTab', 'selectPreviousTab', 'showAllTabs', 'mergeAllWindows', 'clearRecentDocuments', 'moveTabToNewWindow', 'windowMenu',
];

export interface MenuItemTemplate {
  role?: string;
  type?: string;
  label?: string;
  submenu?: MenuItemTemplate[];
  click?: unknown;
}
export interface StandInMenuItem {
  role?: string;
  type: string;
  label: string;
  submenu?: StandInMenu;
}
export interface StandInMenu {
  items: StandInMenuItem[];
}

/**
 * menu-item.md: an item needs a role, a label with a click, a submenu or a separator; a role
 * must be one Electron knows. A role given no label gets Electron's own English label.
 */
function buildItem(template: MenuItemTemplate): StandInMenuItem {
  enforce(template.role === undefined || ROLES.includes(template.role), `unknown menu role '${template.role}'`, 'docs/api/menu-item.md, Roles');
  const type = template.type ?? (template.submenu ? 'submenu' : 'normal');
  if (type !== 'separator') {
    enforce(template.role || template.label, 'a menu item with neither role nor label', 'docs/api/menu-item.md');
    enforce(template.role || template.submenu || typeof template.click === 'function', `menu item '${template.label}' does nothing`, 'docs/api/menu-item.md');
  }
  return {
    role: template.role,
    type,
    label: template.label ?? template.role ?? '',
    submenu: template.submenu ? { items: template.submenu.map(buildItem) } : undefined,
  };
}

export function makeMenu(app: StandInApp) {
  let applicationMenu: StandInMenu | null = null;
  return {
    buildFromTemplate: (template: MenuItemTemplate[]): StandInMenu => ({ items: template.map(buildItem) }),
    // menu.md, Menu.setApplicationMenu: "Passing null will suppress the default menu."
    setApplicationMenu: (menu: StandInMenu | null) => {
      app.assertAlive('Menu.setApplicationMenu');
      applicationMenu = menu;
    },
    getApplicationMenu: () => applicationMenu,
  };
}

export interface SaveDialogOptions {
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
}

/** dialog.showSaveDialog([window, ]options): resolves to { canceled, filePath } (docs/api/dialog.md). */
export function makeDialog(app: StandInApp, answer: (options: SaveDialogOptions) => string | null, messagesShown: string[]) {
  return {
    showSaveDialog: async (windowOrOptions: unknown, maybeOptions?: SaveDialogOptions) => {
      app.assertReady('dialog.showSaveDialog');
      const options = (maybeOptions ?? windowOrOptions) as SaveDialogOptions;
      const filePath = answer(options);
      return filePath === null ? { canceled: true, filePath: '' } : { canceled: false, filePath };
    },
    // Error and message boxes are what an officer would see of a crash; tests expect none.
    showErrorBox: (title: string, content: string) => {
      messagesShown.push(`${title}: ${content}`);
    },
    showMessageBox: async (windowOrOptions: unknown, maybeOptions?: { message?: string; detail?: string }) => {
      const options = (maybeOptions ?? windowOrOptions) as { message?: string; detail?: string };
      messagesShown.push(`${options.message ?? ''} ${options.detail ?? ''}`);
      return { response: 0, checkboxChecked: false };
    },
  };
}

/**
 * safeStorage on a Linux PC with no keyring: isEncryptionAvailable() is false before `ready` and
 * without a secret key (electron.d.ts, SafeStorage.isEncryptionAvailable), and the backend is
 * 'basic_text' (getSelectedStorageBackend); encrypting then is refused here rather than faked.
 */
export function makeSafeStorage(app: StandInApp) {
  return {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => (app.isReady() ? 'basic_text' : 'unknown'),
    encryptString: (): Buffer => {
      throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    },
    decryptString: (): string => {
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString. Decryption is not available.');
    },
  };
}
