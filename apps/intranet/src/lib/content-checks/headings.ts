// Skipped heading levels: readers who jump from heading to heading lose the text's outline.
import type { ParsedBody } from './body.ts';
import type { Finding } from './types.ts';

export function headingLevels(body: ParsedBody): Finding[] {
	const findings: Finding[] = [];
	// The page's h1 is the title, so the body may start at h2.
	let previous = 1;
	for (const heading of body.headings) {
		if (heading.level > previous + 1)
			findings.push({
				check: 'heading-level',
				severity: 'warning',
				field: 'body',
				// With its Markdown marks, the level shows without a colour or a number to decode.
				where: `${'#'.repeat(heading.level)} ${heading.text}`,
				line: heading.line
			});
		previous = heading.level;
	}
	return findings;
}
