// Content checks before publishing: what the editor's publish panel shows per language, and what
// blocks publishing (errors) unless an editor gives a reason. See types.ts for the shapes.
import { parseBody } from './body.ts';
import { summaryPresent, titleLength } from './fields.ts';
import { headingLevels } from './headings.ts';
import { imageDescriptions } from './images.ts';
import { linkTargets } from './link-target.ts';
import { linkTexts } from './link-text.ts';
import type { CheckInput, Finding } from './types.ts';

export type { CheckInput, CheckName, CheckedField, Finding, Severity } from './types.ts';
export { checkNames } from './types.ts';
export { titleMaxShown } from './fields.ts';
export { vagueLinkTexts } from './link-text.ts';

const order: Record<Finding['field'], number> = { title: 0, summary: 1, image: 2, body: 3 };

/** Every finding of a text, in the order of the form (title, summary, picture, body by line), errors first within a place. */
export function checkContent(input: CheckInput): Finding[] {
	const body = parseBody(input.body);
	const findings = [
		...titleLength(input),
		...summaryPresent(input),
		...imageDescriptions(input, body),
		...headingLevels(body),
		...linkTexts(body),
		...linkTargets(input, body)
	];
	return findings.sort(
		(a, b) =>
			order[a.field] - order[b.field] ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1)
	);
}

/** Whether any finding blocks publishing. */
export const hasErrors = (findings: readonly Finding[]) =>
	findings.some((finding) => finding.severity === 'error');
