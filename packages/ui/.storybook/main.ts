import type { StorybookConfig } from '@storybook/svelte-vite';

const config: StorybookConfig = {
	framework: { name: '@storybook/svelte-vite', options: {} },
	stories: ['../src/**/*.mdx', '../src/**/*.stories.@(svelte|ts)'],
	addons: [
		'@storybook/addon-svelte-csf',
		'@storybook/addon-docs',
		'@storybook/addon-a11y',
		'@storybook/addon-vitest'
	],
	core: { disableTelemetry: true, disableWhatsNewNotifications: true }
};

export default config;
