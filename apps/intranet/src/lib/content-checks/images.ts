// Images without a description in the text's language: a blind reader hears nothing of them.
import type { ParsedBody } from './body.ts';
import type { CheckInput, Finding } from './types.ts';

export function imageDescriptions(input: CheckInput, body: ParsedBody): Finding[] {
	const findings: Finding[] = [];
	const lead = input.leadImage;
	if (lead && !lead.description?.trim())
		findings.push({ check: 'image-description', severity: 'error', field: 'image', where: lead.name ?? '' });
	for (const image of body.images) {
		if (!image.alt)
			findings.push({
				check: 'image-description',
				severity: 'error',
				field: 'body',
				where: image.src,
				line: image.line
			});
	}
	return findings;
}
