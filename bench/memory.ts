// Resident memory of the whole estate, read from /proc: each app server (with any children)
// and PostgreSQL (the postmaster and every process under it: backends, checkpointer, I/O
// workers…). RSS counts shared pages once per process, so the sum over PostgreSQL's processes
// overstates it; PSS (shared pages divided among their sharers) is given beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcessGroup {
	name: string;
	pids: number[];
	/** MiB. */
	rss: number;
	pss: number;
	/** Shown, but not in the total (the embedded server's Node launcher: not in production). */
	aside?: boolean;
}

/** Every process's parent, from /proc/<pid>/stat (the name in parentheses may hold spaces). */
function parents(): Map<number, number> {
	const map = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	return map;
}

/** pid and all its descendants. */
function tree(pid: number, parentOf: Map<number, number>): number[] {
	const found = [pid];
	for (let i = 0; i < found.length; i++)
		for (const [child, parent] of parentOf) if (parent === found[i]) found.push(child);
	return found;
}

function kilobytes(file: string, field: string): number {
	try {
		return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(file, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

function group(name: string, pids: number[]): ProcessGroup {
	const sum = (file: string, field: string) =>
		pids.reduce((total, pid) => total + kilobytes(`/proc/${pid}/${file}`, field), 0) / 1024;
	return { name, pids, rss: sum('status', 'VmRSS'), pss: sum('smaps_rollup', 'Pss') };
}

/** The postmaster's pid, from the first line of postmaster.pid in its data folder. */
export function postmasterPid(dataDir: string): number | undefined {
	const file = join(dataDir, 'postmaster.pid');
	return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

/** One reading: a group per app, then PostgreSQL, then the processes set aside. */
export function estateMemory(
	apps: Map<string, number>,
	postgresDataDir: string,
	aside = new Map<string, number>()
): ProcessGroup[] {
	const parentOf = parents();
	const postmaster = postmasterPid(postgresDataDir);
	const groups = [...apps].map(([name, pid]) => group(name, tree(pid, parentOf)));
	if (postmaster) groups.push(group('PostgreSQL', tree(postmaster, parentOf)));
	// Only the process itself: PostgreSQL may run under it.
	for (const [name, pid] of aside) groups.push({ ...group(name, [pid]), aside: true });
	return groups;
}

/** Markdown: each group before and after, and the totals against the 1.2 GB target. */
export function memoryTable(before: ProcessGroup[], after: ProcessGroup[]): string[] {
	const mb = (n: number) => `${n.toFixed(0)} MiB`;
	const lines = [
		'| process | processes (after) | RSS before | RSS after | PSS after |',
		'| --- | ---: | ---: | ---: | ---: |'
	];
	const row = (reading: ProcessGroup) => {
		const earlier = before.find((g) => g.name === reading.name);
		const name = reading.aside ? `${reading.name} (not in the total)` : reading.name;
		return `| ${name} | ${reading.pids.length} | ${earlier ? mb(earlier.rss) : '–'} | ${mb(reading.rss)} | ${mb(reading.pss)} |`;
	};
	const counted = (groups: ProcessGroup[]) => groups.filter((g) => !g.aside);
	const total = (groups: ProcessGroup[], key: 'rss' | 'pss') =>
		counted(groups).reduce((sum, g) => sum + g[key], 0);
	lines.push(
		...counted(after).map(row),
		`| **total** (target < 1.2 GiB = 1,229 MiB) | ${counted(after).reduce((n, g) => n + g.pids.length, 0)} | ${mb(total(before, 'rss'))} | **${mb(total(after, 'rss'))}** | ${mb(total(after, 'pss'))} |`,
		...after.filter((g) => g.aside).map(row)
	);
	return lines;
}
