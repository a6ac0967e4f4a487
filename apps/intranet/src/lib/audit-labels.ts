// The audit log's actions in the reader's language, for its table and its filter. A Record over
// AuditAction: an action added to `auditActions` without a label here fails the type check.
import type { AuditAction } from '@solidair/auth';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import type { SelectOption } from '@solidair/ui';

const labels: Record<AuditAction, (locale: Locale) => string> = {
	'login.success': (locale) => m.audit_action_login_success({}, { locale }),
	'login.failure': (locale) => m.audit_action_login_failure({}, { locale }),
	logout: (locale) => m.audit_action_logout({}, { locale }),
	'password.reset_requested': (locale) => m.audit_action_password_reset_requested({}, { locale }),
	'password.reset': (locale) => m.audit_action_password_reset({}, { locale }),
	'password.changed': (locale) => m.audit_action_password_changed({}, { locale }),
	'password.change_failure': (locale) => m.audit_action_password_change_failure({}, { locale }),
	'2fa.enabled': (locale) => m.audit_action_2fa_enabled({}, { locale }),
	'2fa.disabled': (locale) => m.audit_action_2fa_disabled({}, { locale }),
	'2fa.failure': (locale) => m.audit_action_2fa_failure({}, { locale }),
	'2fa.recovery_code_used': (locale) => m.audit_action_2fa_recovery_code_used({}, { locale }),
	'session.revoked': (locale) => m.audit_action_session_revoked({}, { locale }),
	'invitation.created': (locale) => m.audit_action_invitation_created({}, { locale }),
	'invitation.accepted': (locale) => m.audit_action_invitation_accepted({}, { locale }),
	'invitation.revoked': (locale) => m.audit_action_invitation_revoked({}, { locale }),
	'membership.removed': (locale) => m.audit_action_membership_removed({}, { locale }),
	'group.join_requested': (locale) => m.audit_action_group_join_requested({}, { locale }),
	'group.join_approved': (locale) => m.audit_action_group_join_approved({}, { locale }),
	'group.join_declined': (locale) => m.audit_action_group_join_declined({}, { locale }),
	'role.changed': (locale) => m.audit_action_role_changed({}, { locale }),
	'file.access_denied': (locale) => m.audit_action_file_access_denied({}, { locale }),
	'resource.access_denied': (locale) => m.audit_action_resource_access_denied({}, { locale }),
	'request.refused': (locale) => m.audit_action_request_refused({}, { locale }),
	'contact.assigned': (locale) => m.audit_action_contact_assigned({}, { locale }),
	'contact.handled': (locale) => m.audit_action_contact_handled({}, { locale }),
	'subscribers.exported': (locale) => m.audit_action_subscribers_exported({}, { locale }),
	'subscriber.erased': (locale) => m.audit_action_subscriber_erased({}, { locale }),
	'user.disabled': (locale) => m.audit_action_user_disabled({}, { locale }),
	'user.enabled': (locale) => m.audit_action_user_enabled({}, { locale }),
	'role.granted': (locale) => m.audit_action_role_granted({}, { locale }),
	'role.revoked': (locale) => m.audit_action_role_revoked({}, { locale }),
	'review.submitted': (locale) => m.audit_action_review_submitted({}, { locale }),
	'review.commented': (locale) => m.audit_action_review_commented({}, { locale }),
	'review.sent_back': (locale) => m.audit_action_review_sent_back({}, { locale }),
	'review.approved': (locale) => m.audit_action_review_approved({}, { locale }),
	'review.withdrawn': (locale) => m.audit_action_review_withdrawn({}, { locale }),
	'site.settings_changed': (locale) => m.audit_action_site_settings_changed({}, { locale }),
	'site.home_changed': (locale) => m.audit_action_site_home_changed({}, { locale }),
	'site.menu_changed': (locale) => m.audit_action_site_menu_changed({}, { locale }),
	'checks.overridden': (locale) => m.audit_action_checks_overridden({}, { locale })
};

/** An audit action in the reader's language: `Account uitgeschakeld` for `user.disabled`. */
export const auditActionLabel = (action: AuditAction, locale: Locale): string => labels[action](locale);

/** The filter's options: the code as the value (it is what the URL carries), the label shown. */
export const auditActionOptions = (actions: readonly AuditAction[], locale: Locale): SelectOption[] =>
	actions.map((action) => ({ value: action, label: auditActionLabel(action, locale) }));
