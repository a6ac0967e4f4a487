import { newPasswordPage } from '@solidair/site-kit/account/server';

export const { load, actions } = newPasswordPage();
