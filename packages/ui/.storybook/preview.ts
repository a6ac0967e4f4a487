import type { Preview } from '@storybook/svelte-vite';
import axe from 'axe-core';
import { fontFaceCss, themeFonts } from '../src/fonts/fonts.ts';
import '../src/styles/index.css';
import { themes } from '../src/themes.ts';

// Both public sites' typefaces, as the sites declare them (ThemeFont), so every story and the
// theme overview show the real type; the fonts come from this Storybook, no third-party host.
const fontFaces = document.createElement('style');
fontFaces.textContent = Object.values(themeFonts).map(fontFaceCss).join('\n');
document.head.append(fontFaces);

/** WCAG 2.2 A and AA, plus axe's best practices: what every story must pass, in every theme. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Storybook's own elements, which the a11y addon leaves out too. */
const storybookChrome = ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'];
/**
 * `region`: a component shown alone is not inside a page's landmarks (the addon switches it off
 * for the same reason); whole pages are checked with it in the end-to-end tests.
 */
const alwaysOff = ['region'];

/**
 * The a11y addon checks a story in the theme it is shown in; under Vitest this checks the other
 * three as well, so `npm test` covers every story in every app's colours.
 */
async function expectAccessibleInEveryTheme(current: string, disabledRules: string[]): Promise<void> {
	const failures: string[] = [];
	try {
		for (const theme of themes.filter((theme) => theme !== current)) {
			document.documentElement.dataset.theme = theme;
			const context = { include: [document.body], exclude: storybookChrome };
			const results = await axe.run(context, {
				runOnly: { type: 'tag', values: axeTags },
				rules: Object.fromEntries([...alwaysOff, ...disabledRules].map((id) => [id, { enabled: false }]))
			});
			for (const violation of results.violations) {
				const targets = violation.nodes.map((node) => node.target.join(' ')).join(', ');
				failures.push(`${theme}: ${violation.id} (${violation.help}) at ${targets}`);
			}
		}
	} finally {
		document.documentElement.dataset.theme = current;
	}
	if (failures.length > 0) throw new Error(`axe violations in other themes:\n${failures.join('\n')}`);
}

const preview: Preview = {
	globalTypes: {
		theme: {
			description: 'The app whose theme the components wear',
			toolbar: { title: 'Theme', icon: 'paintbrush', items: [...themes], dynamicTitle: true }
		}
	},
	initialGlobals: { theme: 'wsm' },
	decorators: [
		(story, context) => {
			// Themes are chosen on <html>, exactly as the apps do it.
			document.documentElement.dataset.theme = String(context.globals.theme ?? 'wsm');
			document.documentElement.lang = 'en';
			return story();
		}
	],
	async afterEach({ globals, parameters, viewMode }) {
		const a11y = parameters.a11y as
			| { test?: string; disable?: boolean; config?: { rules?: Array<{ id: string; enabled: boolean }> } }
			| undefined;
		if (import.meta.env.VITEST_STORYBOOK === undefined || viewMode !== 'story') return;
		if (a11y?.disable || a11y?.test === 'off') return;
		const disabled = (a11y?.config?.rules ?? []).filter((rule) => !rule.enabled).map((rule) => rule.id);
		await expectAccessibleInEveryTheme(String(globals.theme ?? 'wsm'), disabled);
	},
	parameters: {
		layout: 'fullscreen',
		options: {
			// The introduction opens first; then the foundations, then the components by purpose.
			storySort: {
				order: ['Introduction', 'Foundations', ['Themes', 'Tokens', 'Logo', 'Icon', '*'], 'Content', '*']
			}
		},
		controls: { expanded: true },
		a11y: {
			// Axe violations fail the story's test (in Storybook's test panel and in `npm test`).
			test: 'error',
			options: {
				runOnly: {
					type: 'tag',
					values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
				}
			}
		}
	},
	tags: ['autodocs']
};

export default preview;
