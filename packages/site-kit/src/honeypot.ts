/** The name of the honeypot field of public forms: people never see it, form-filling robots fill it in. */
export const honeypotField = 'website';
