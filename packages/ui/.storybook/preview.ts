import type { Preview } from '@storybook/svelte-vite';
import '../src/styles/index.css';
import { themes } from '../src/themes.ts';

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
	parameters: {
		layout: 'fullscreen',
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
