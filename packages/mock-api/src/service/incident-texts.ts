import type { Classification } from '@soc-kit/components/api';
import type { CastPart } from './alert-catalog.js';

/** What an incident's text may refer to: its cast, with files and processes by kind only. */
export type TextRole = 'device' | 'device2' | 'user' | 'mailbox' | 'url' | 'ip' | 'file' | 'process' | 'cloudApplication' | 'azureResource';

/** A line an analyst writes, and the roles it needs the incident to have. `{device}`, `{user}`, ... name them. */
export interface TextTemplate {
  text: string;
  needs: readonly TextRole[];
}

const t = (text: string, ...needs: TextRole[]): TextTemplate => ({ text, needs });

/** What an analyst writes while triaging. */
export const TRIAGE_COMMENTS: readonly TextTemplate[] = [
  t('Taking this one. Reviewing the alerts and the entities involved.'),
  t('Taking this one. Checking whether other devices show the same behaviour as {device}.', 'device'),
  t('Looked at the timeline of {device}; the activity starts right after the attachment was opened.', 'device', 'mailbox'),
  t('Reached out to {user} to confirm whether they expected this sign-in.', 'user'),
  t('Escalating to Tier 2: lateral movement from {device} towards {device2}.', 'device', 'device2'),
  t('Blocked the sender domain and the URLs at the gateway while we investigate.', 'mailbox', 'url'),
  t("Correlated with last week's incident on the account of {user}; looks like the same actor.", 'user'),
  t('Checked the IP address against threat intelligence; it belongs to a hosting provider.', 'ip'),
  t('Reviewing the activity log of {resource} for other operations by the same caller.', 'azureResource'),
  t('Listing what was downloaded or shared through {app} in the same hour.', 'cloudApplication'),
];

const TRUE_POSITIVE: readonly TextTemplate[] = [
  t('Confirmed malicious activity; contained and documented in the post-incident review.'),
  t('Confirmed malicious. Device isolated, credentials reset and sessions revoked.', 'device', 'user'),
  t('User confirmed they entered their password on the phishing page. Password reset and MFA re-registered.', 'user', 'mailbox'),
  t('Payload removed and persistence cleaned up; device rejoined after a full scan.', 'device'),
  t('Confirmed malicious. Credentials reset and sessions revoked.', 'user'),
];

const FALSE_POSITIVE: readonly TextTemplate[] = [
  t('False positive: the detection fired on known benign activity; tuned the rule.'),
  t('False positive: the script is part of the software deployment package.', 'device', 'process'),
  t('Sign-ins came from the corporate VPN egress in Amsterdam; not malicious.', 'user'),
  t('The file is a signed admin tool used by IT; tuned the detection.', 'file'),
];

const EXPECTED: readonly TextTemplate[] = [
  t('Expected activity: scheduled red team exercise, approved by the CISO.'),
  t('Penetration test by the approved vendor; ticket CHG-20431.'),
  t('The user is travelling this week; verified with their manager.', 'user'),
];

/** Task titles an analyst adds, with what they need. */
export const TASK_TEMPLATES: readonly TextTemplate[] = [
  t('Reset the password of the affected account', 'user'),
  t('Collect an investigation package from the device', 'device'),
  t('Confirm with the user whether the activity was expected', 'user'),
  t('Search for the same indicators on other devices', 'device'),
  t('Block the sender and URLs at the mail gateway', 'mailbox', 'url'),
  t('Notify the data protection officer'),
  t('Reimage the device', 'device'),
  t('Document root cause in the post-incident review'),
];

/** What an analyst writes when closing an incident with `classification`. */
export function closingComments(classification: Classification): readonly TextTemplate[] {
  if (classification === 'truePositive') return TRUE_POSITIVE;
  if (classification === 'falsePositive') return FALSE_POSITIVE;
  return EXPECTED;
}

/** The role a cast part plays in texts. */
export function roleOfPart(part: CastPart): TextRole | undefined {
  if (part.startsWith('file:')) return 'file';
  if (part.startsWith('process:')) return 'process';
  switch (part) {
    case 'device':
    case 'device2':
    case 'user':
    case 'mailbox':
    case 'url':
    case 'ip':
    case 'cloudApplication':
    case 'azureResource':
      return part;
    default:
      return undefined;
  }
}

/** The templates an incident with these roles can use (never empty: each list has one that needs nothing). */
export function fitting(templates: readonly TextTemplate[], roles: ReadonlySet<TextRole>): readonly TextTemplate[] {
  return templates.filter((template) => template.needs.every((role) => roles.has(role)));
}

/** The template's text with `{role}` replaced by the names given. */
export function fill(template: TextTemplate, names: Partial<Record<'device' | 'device2' | 'user' | 'resource' | 'app', string>>): string {
  return template.text.replace(/\{(device2|device|user|resource|app)\}/g, (whole, key: keyof typeof names) => names[key] ?? whole);
}
