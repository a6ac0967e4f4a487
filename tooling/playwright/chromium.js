// How every browser test here launches Chromium: the headless build that the bootstrap unpacks
// from the npm registry into .tooling/chromium (tooling/bootstrap.mjs), or the one CHROMIUM_PATH
// names (Debian's /usr/bin/chromium, say). Never a downloaded one, and with the flags that keep
// it from reaching for hosts this machine cannot reach.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const bundled = join(root, '.tooling', 'chromium', 'browser');

export const chromiumPath = process.env.CHROMIUM_PATH ?? join(bundled, 'chromium');

/**
 * The registry's build carries its own NSS libraries and fonts; a system Chromium needs neither.
 * Given as the browser's whole environment (Playwright's `env` replaces, it does not add).
 */
export const chromiumEnv = process.env.CHROMIUM_PATH
	? undefined
	: {
			...process.env,
			LD_LIBRARY_PATH: [join(bundled, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH]
				.filter(Boolean)
				.join(':'),
			FONTCONFIG_PATH: bundled,
			FONTCONFIG_FILE: join(bundled, 'fonts.conf')
		};

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

export const chromiumLaunchOptions = {
	executablePath: chromiumPath,
	args: chromiumArgs,
	...(chromiumEnv ? { env: chromiumEnv } : {})
};
