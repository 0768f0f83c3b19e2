import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { prefilterLiterals } from './scripts/prefilter-plugin';
import { regexLiterals } from './scripts/regex-literals-plugin';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const TOOLBAR_BUTTON = { default_title: 'Creditline', default_icon: ICONS };
/** The keyboard shortcut that opens the popup (the reader can change it in the browser's shortcut settings). */
const POPUP_SHORTCUT = { suggested_key: { default: 'Alt+Shift+C', mac: 'Alt+Shift+C' } };

// The extension reads pages and never talks to a server: the only permission is storage;
// host access comes from the content script's match patterns. No webextension-polyfill: `browser`
// is the browser's own (Chrome's MV3 APIs return promises; message replies go through sendResponse).
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // The engine's pattern literals are worked out at build time (scripts/prefilter-plugin.ts), and
  // each regular expression is parsed once on a fresh page (scripts/regex-literals-plugin.ts).
  vite: () => ({ plugins: [preact(), prefilterLiterals(), regexLiterals()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The content script loads its heavy half (engine, badge) with import() only on article pages.
    web_accessible_resources:
      browser === 'firefox'
        ? ['content-engine.js']
        : [{ resources: ['content-engine.js'], matches: ['http://*/*', 'https://*/*', 'file:///*'], use_dynamic_url: true }],
    icons: ICONS,
    // Firefox builds MV2, where the toolbar button is browser_action (WXT adds the popup to it).
    ...(browser === 'firefox' ? { browser_action: TOOLBAR_BUTTON } : { action: TOOLBAR_BUTTON }),
    commands: browser === 'firefox' ? { _execute_browser_action: POPUP_SHORTCUT } : { _execute_action: POPUP_SHORTCUT },
    content_security_policy: browser === 'firefox' ? "script-src 'self'; object-src 'self'" : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions (required of new add-ons on addons.mozilla.org) came with
            // Firefox 140 on desktop and 142 on Android: the minimum versions follow it.
            gecko: {
              id: 'creditline@creditline.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
