// Browser tests drive Debian's Chromium (and Firefox ESR for the smoke test). Install them when
// missing; nothing is downloaded outside the system package manager.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wanted = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
].filter(([bin]) => !existsSync(bin));

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
