// `npm test`: every check and every suite, then one closing line `N passed, N failed`.
// A check (format, lint, types, build) counts as one; a test suite counts its tests.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bold, buildAll, green, red, root, run, tasksNotCached } from './lib.mjs';

const resultsDir = join(root, 'test-results', 'summary');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

let passed = 0;
let failed = 0;
const report = [];

function count(name, ok, failedCount = ok ? 0 : 1, passedCount = ok ? 1 : 0) {
	// A runner that failed without naming a failed test (set-up error, crash) still counts one.
	if (!ok && failedCount === 0) failedCount = 1;
	passed += passedCount;
	failed += failedCount;
	report.push(
		`${failedCount === 0 ? green('✓') : red('✗')} ${name}: ${passedCount} passed, ${failedCount} failed`
	);
}

async function check(name, command, args) {
	console.log(bold(`\n▶ ${name}`));
	count(name, (await run(command, args)) === 0);
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}

await check('format (prettier)', 'pnpm', ['exec', 'prettier', '--check', '.']);
await check('lint (eslint)', 'pnpm', ['exec', 'eslint', '.']);

console.log(bold('\n▶ build'));
const built = (await buildAll()) === 0;
count('build', built);

await check('type check (svelte-check, tsc)', 'pnpm', [
	'exec',
	'turbo',
	'run',
	'check',
	'--output-logs=errors-only'
]);

console.log(bold('\n▶ unit, component and Storybook tests (vitest)'));
const vitestFile = join(resultsDir, 'vitest.json');
const vitestCode = await run('pnpm', [
	'exec',
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${vitestFile}`
]);
const vitest = readJson(vitestFile);
if (vitest) {
	// A suite that failed to load has no tests but is still a failure.
	const brokenFiles = vitest.testResults.filter(
		(f) => f.status === 'failed' && f.assertionResults.length === 0
	);
	// No tests at all, or a set-up error outside any test, is a failure too.
	const ok = vitestCode === 0 && vitest.success !== false && vitest.numTotalTests > 0;
	count('vitest', ok, vitest.numFailedTests + brokenFiles.length, vitest.numPassedTests);
} else count('vitest', false);

console.log(bold('\n▶ end-to-end tests (playwright, Chromium)'));
if (built) {
	const playwrightFile = join(resultsDir, 'playwright.json');
	const playwrightCode = await run('pnpm', ['exec', 'playwright', 'test', '--reporter=list,json'], {
		env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightFile }
	});
	const stats = readJson(playwrightFile)?.stats;
	if (stats) count('playwright', playwrightCode === 0, stats.unexpected + stats.flaky, stats.expected);
	else count('playwright', false);
} else count('playwright (not run: the build failed)', false);

// Nothing the suites did may change what the build reads: the next `npm start` runs this build.
console.log(bold('\n▶ a second build would be a full cache hit'));
const rebuilt = tasksNotCached();
if (rebuilt.length > 0) console.log(red(`would build again: ${rebuilt.join(', ')}`));
count('build cached', built && rebuilt.length === 0);

console.log(`\n${report.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
