// The fixed ports, the same in development and production (and in the README).
export const ports = { wsm: 3001, fos: 3002, platform: 3003, intranet: 3004, storybook: 6006 };

/** The four apps, by their folder under apps/. */
export const apps = /** @type {const} */ (['wsm', 'fos', 'platform', 'intranet']);

/**
 * How Node runs an app's server (`node ${serverFlags} apps/<app>/server.js`), wherever it runs:
 * `npm start`, the benchmarks, the fault and cluster tests, and production (docs/deploy.md).
 * V8 otherwise lets a busy server's heap grow to 250 MB and more while what it keeps alive is
 * about 35 MB: a young generation of 16 MB per half and an old one of at most 256 MB halve the
 * portal's memory under load (400 → 200 MB) at no cost in requests per second (bench/run.ts).
 */
export const serverFlags = ['--max-semi-space-size=16', '--max-old-space-size=256'];
