#!/usr/bin/env node
/**
 * The browser tests drive a real Chromium. Finds one (CHROMIUM_PATH, or Debian's
 * /usr/bin/chromium); where there is none, installs Debian's package, saying so. Never
 * skips: if no Chromium can be had, it exits non-zero and the test run fails.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (existsSync(path)) {
	console.log(`Browser tests will use Chromium at ${path}.`);
	process.exit(0);
}
console.log(`No Chromium at ${path}: installing Debian's chromium package (apt-get install -y chromium)…`);
const asRoot = process.getuid?.() === 0 ? '' : 'sudo ';
try {
	execSync(`${asRoot}apt-get update -qq && ${asRoot}apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
	console.error('Could not install Chromium. Install it (apt-get install chromium) or set CHROMIUM_PATH, then run npm test again.');
	process.exit(1);
}
if (!existsSync(path)) {
	console.error(`apt-get finished but there is still no Chromium at ${path}.`);
	process.exit(1);
}
console.log(`Installed Chromium at ${path}.`);
