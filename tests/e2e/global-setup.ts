// Browser tests always run against a fresh build of the extension.
import { execSync } from 'node:child_process';

export default function setup() {
  execSync('npx wxt build && npx wxt build -b firefox', { stdio: 'inherit' });
}
