import type { Principal, Role } from '@soc-kit/components/api';
import { strongestRole } from './people.js';
import { ServiceError } from './service-error.js';

/**
 * Who may do what: a reader only reads; a responder does everything else except changing
 * automation rules; an admin does everything.
 */
export type Permission = 'write' | 'manageAutomation';

export function requirePermission(actor: Principal, permission: Permission): Role {
  const role = actor && Array.isArray(actor.roles) ? strongestRole(actor) : undefined;
  if (!role) throw new ServiceError('forbidden', 'You have no role in this tenant; ask an admin for the reader, responder or admin role.');
  if (role === 'reader') {
    throw new ServiceError('forbidden', 'The reader role can only view incidents; changing them needs the responder or admin role.');
  }
  if (permission === 'manageAutomation' && role !== 'admin') {
    throw new ServiceError('forbidden', `The ${role} role cannot change automation rules; that needs the admin role.`);
  }
  return role;
}
