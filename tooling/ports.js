// The fixed ports, the same in development and production (and in the README).
export const ports = { wsm: 3001, fos: 3002, platform: 3003, intranet: 3004, storybook: 6006 };

/** The four apps, by their folder under apps/. */
export const apps = /** @type {const} */ (['wsm', 'fos', 'platform', 'intranet']);
