import { appsConfig } from './tooling/playwright/config.ts';
import { apps, ports } from './tooling/ports.js';

// The end-to-end suite: the four built servers, each tested in Chromium by its own project.
export default appsConfig(
	import.meta.dirname,
	apps.map((name) => ({ name, port: ports[name] }))
);
