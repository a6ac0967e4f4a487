import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type UserConfig } from 'vite';

import { apps, ports } from './ports.js';

export { apps, ports };
export type AppName = (typeof apps)[number];

/** The Vite (and SvelteKit) configuration every app uses; an app only names itself. */
export function appConfig(app: AppName): UserConfig {
	const port = ports[app];
	return defineConfig({
		plugins: [
			sveltekit({
				adapter: adapter({ precompress: true }),
				// Only our own assets; nothing from a third party unless a page opts in.
				csp: {
					mode: 'auto',
					directives: {
						'default-src': ['self'],
						'object-src': ['none'],
						// No page of ours in anyone's frame (clickjacking); @solidair/server also sends
						// X-Frame-Options: DENY, for responses without this policy and for older browsers.
						'frame-ancestors': ['none'],
						// An injected <base> or <form action> cannot send links or posted data elsewhere.
						'base-uri': ['self'],
						'form-action': ['self'],
						// The privacy-enhanced video players, only ever framed after the visitor's click
						// (VideoEmbed); without this, default-src would refuse them.
						'frame-src': ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
						// Style attributes carry CSS custom properties (style:--x); scripts stay strict.
						'style-src': ['self', 'unsafe-inline']
					}
				}
			})
		],
		server: { port, strictPort: true, host: '127.0.0.1' },
		preview: { port, strictPort: true, host: '127.0.0.1' }
	});
}
