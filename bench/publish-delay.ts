// Publish to visible on two instances: bench/publish.ts (the two-instance stack behind nginx)
// runs 10 publishes and returns their delays in milliseconds; this turns them into Markdown.
// Imported by name at run time, so that `pnpm bench` still runs where that file is missing.
import { existsSync } from 'node:fs';
import { median } from './throughput.ts';

export async function publishReport(progress: (line: string) => void): Promise<string[]> {
	const file = new URL('./publish.ts', import.meta.url);
	if (!existsSync(file)) return ['Not measured: `bench/publish.ts` is not in this checkout.'];
	progress('publish to visible on two instances, 10 publishes');
	let delays: number[];
	try {
		const module = (await import(file.href)) as Record<string, unknown>;
		const run = [module.default, ...Object.values(module)].find((value) => typeof value === 'function') as
			(() => Promise<number[]>) | undefined;
		if (!run) return ['Not measured: `bench/publish.ts` exports no function.'];
		delays = await run();
	} catch (error) {
		return [`Not measured: \`bench/publish.ts\` failed (${error instanceof Error ? error.message : error}).`];
	}
	const ms = (n: number) => `${n.toFixed(0)} ms`;
	return [
		`| publishes | median | fastest | slowest | each (ms) |`,
		'| ---: | ---: | ---: | ---: | --- |',
		`| ${delays.length} | **${ms(median(delays))}** (target < 1,000 ms) | ${ms(Math.min(...delays))} | ${ms(Math.max(...delays))} | ${delays.map((d) => d.toFixed(0)).join(', ')} |`
	];
}
