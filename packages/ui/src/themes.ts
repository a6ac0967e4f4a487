/** The four themes, one per app; chosen by `data-theme` on `<html>`. */
export const themes = ['wsm', 'fos', 'platform', 'intranet'] as const;
export type Theme = (typeof themes)[number];
