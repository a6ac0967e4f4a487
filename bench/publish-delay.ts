// Publish to visible on two instances: bench/publish.ts (the two-instance stack behind nginx)
// runs 10 publishes and returns their delays in milliseconds; this turns them into Markdown.
import { publishDelays } from './publish.ts';
import { median } from './throughput.ts';

export async function publishReport(progress: (line: string) => void): Promise<string[]> {
	progress('publish to visible on two instances, 10 publishes');
	let delays: number[];
	try {
		delays = await publishDelays();
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
