// Visitors see translated URLs (`/nl/publicaties`); routes are named in English (`/nl/publications`).
export { translatedReroute as reroute } from '@solidair/i18n';
