// The plumbing every app's server needs: the database handle, its public origin, the edge check
// of input, health endpoints, form parsing, Markdown bodies, media files and iCalendar files.
export { database, onShutdown } from './database.ts';
export { publicOrigin, publicUrl } from './origin.ts';
export { inputHandle } from './input.ts';
export { healthHandle, isOperationalPath } from './health.ts';
export { entryBody, markdownLabel, renderBody, videoOf, type BodyPart } from '../markdown.ts';
export { calendar, type CalendarEvent } from './calendar.ts';
export { isUrlId, mediaFile, mediaPath, pictureOf, picturesOf } from './media.ts';
export { byteRange, storedFileResponse } from './stored-file.ts';
export { formValues, parseForm, type FormFailure } from './forms.ts';
export { inputMessage, parseInput, type FieldErrors, type Parsed } from './input-messages.ts';
