// Browser tests always run against a fresh build of the extension, unless CREDITLINE_BUILD_DIR names
// a folder that already holds one (chrome-mv3/ and firefox-mv2/), e.g. to test a private copy.
import { execSync } from 'node:child_process';

export default function setup() {
  if (process.env.CREDITLINE_BUILD_DIR) return;
  execSync('npx wxt build && npx wxt build -b firefox', { stdio: 'inherit' });
}
