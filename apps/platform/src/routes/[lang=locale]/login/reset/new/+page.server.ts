import { newPasswordPage } from '@solidair/account/server';

export const { load, actions } = newPasswordPage();
