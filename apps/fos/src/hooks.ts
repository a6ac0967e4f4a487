// Visitors see translated URLs (`/fr/actualites`); routes are named in English (`/fr/news`).
export { translatedReroute as reroute } from '@solidair/i18n';
