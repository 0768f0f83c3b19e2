// Browser tests drive Debian's Chromium (and Firefox ESR for the smoke test). Install them when
// missing; nothing is downloaded outside the system package manager.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

// Each package with a file it installs: the browsers, Chromium's own translations (its UI in the
// language tests start it with) and the Noto fonts for Devanagari and Arabic (the Hindi and Arabic
// interface is checked and photographed).
const wanted = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
  ['/usr/lib/chromium/locales/hi.pak', 'chromium-l10n'],
  ['/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf', 'fonts-noto-core'],
].filter(([file]) => !existsSync(file));

if (wanted.length) {
  const pkgs = wanted.map(([, pkg]) => pkg).join(' ');
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`Installing ${pkgs} for the browser tests…`);
  try {
    execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs}`, {
      stdio: 'inherit',
    });
  } catch {
    console.error(`Could not install ${pkgs}; install them with apt-get and run the tests again.`);
    process.exit(1);
  }
}
