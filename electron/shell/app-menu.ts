// The application menu, in the interface language. Without one, Electron keeps its default menu,
// whose View menu opens the developer tools even in a packaged build.
import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { appMenu as azMenu } from '../../renderer/src/i18n/az/app-menu';
import { appMenu as enMenu } from '../../renderer/src/i18n/en/app-menu';
import { appMenu as ruMenu } from '../../renderer/src/i18n/ru/app-menu';
import type { Language } from '../../domain/contract';

const MENU_TEXT: Record<Language, typeof enMenu.appMenu> = { az: azMenu.appMenu, ru: ruMenu.appMenu, en: enMenu.appMenu };

/** Edit for text fields, View with zoom, Window, Help → About; reload and DevTools only outside a packaged build. */
export function appMenuTemplate(language: Language, withDeveloperTools: boolean): MenuItemConstructorOptions[] {
  const text = MENU_TEXT[language];
  const developerItems: MenuItemConstructorOptions[] = withDeveloperTools
    ? [{ type: 'separator' }, { role: 'reload', label: text.reload }, { role: 'toggleDevTools', label: text.developerTools }]
    : [];
  return [
    {
      label: text.edit,
      submenu: [
        { role: 'undo', label: text.undo },
        { role: 'redo', label: text.redo },
        { type: 'separator' },
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { role: 'selectAll', label: text.selectAll },
      ],
    },
    {
      label: text.view,
      submenu: [
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { role: 'resetZoom', label: text.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: text.fullScreen },
        ...developerItems,
      ],
    },
    { label: text.window, submenu: [{ role: 'minimize', label: text.minimize }, { role: 'close', label: text.close }] },
    { label: text.help, submenu: [{ role: 'about', label: text.about }] },
  ];
}

/** Sets the menu and the About panel (which Linux shows only with values set) in `language`. */
export function setAppMenu(language: Language): void {
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    version: app.getVersion(),
    copyright: MENU_TEXT[language].copyright,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(language, !app.isPackaged)));
}
