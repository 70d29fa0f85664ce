import type { Principal } from '../api/model.js';

/** Whether the person can only look: every role they hold is the reader role. */
export function isReadOnly(principal: Principal | undefined): boolean {
  const roles = principal?.roles;
  return !!roles && roles.length > 0 && roles.every((role) => role === 'reader');
}

/** Why the remediation controls are disabled for a reader, shown once above them. */
export const READ_ONLY_NOTE =
  'Your role can view remediation actions but not approve, reject or run them; that needs the responder or admin role.';
