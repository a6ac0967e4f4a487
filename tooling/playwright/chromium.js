// How every browser test here launches Chromium: Debian's build, never a downloaded one, with
// the flags that keep it from reaching for hosts this machine cannot reach.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
	args: chromiumArgs
};
