import {
  REMEDIATION_ACTION_TYPES,
  type Entity,
  type EntityType,
  type RemediationAction,
  type RemediationActionType,
} from '../api/model.js';

/** The entity types each remediation action works on (a backend refuses the others). */
export const REMEDIATION_ACTION_TARGETS: Readonly<Record<RemediationActionType, readonly EntityType[]>> = {
  isolateDevice: ['device'],
  releaseDevice: ['device'],
  collectInvestigationPackage: ['device'],
  runAntivirusScan: ['device'],
  disableUser: ['user'],
  enableUser: ['user'],
  resetPassword: ['user'],
  quarantineFile: ['file'],
  stopAndQuarantine: ['process', 'file'],
  deleteEmail: ['mailbox'],
  blockUrl: ['url', 'ip'],
};

/** What each action does, for the confirmation a person reads before running it. */
export const REMEDIATION_ACTION_EFFECTS: Readonly<Record<RemediationActionType, string>> = {
  isolateDevice:
    'The device is cut off from the network; only its connection to the Defender service stays open. You can release it from isolation later.',
  releaseDevice: 'The device gets its network connections back.',
  collectInvestigationPackage: 'Forensic data (processes, services, logs, network connections) is collected from the device.',
  runAntivirusScan: 'Microsoft Defender Antivirus runs a full scan on the device.',
  disableUser: 'The account can no longer sign in until it is enabled again.',
  enableUser: 'The account can sign in again.',
  resetPassword: 'The user has to set a new password at the next sign-in.',
  quarantineFile: 'The file is moved to quarantine on the devices where it was found.',
  stopAndQuarantine: 'The process is stopped and its file is moved to quarantine.',
  deleteEmail: "The email is moved to the mailbox's Recoverable Items folder (soft delete).",
  blockUrl: 'Connections to this address are blocked across the organization.',
};

/**
 * The manual actions a person can run on `entity` now: those that suit its type and its state
 * (a device is isolated or released, not both; a disabled account can only be enabled).
 */
export function manualActionsFor(entity: Entity): RemediationActionType[] {
  return REMEDIATION_ACTION_TYPES.filter((type) => {
    if (!REMEDIATION_ACTION_TARGETS[type].includes(entity.type)) return false;
    if (entity.type === 'device') {
      if (type === 'isolateDevice') return !entity.isolated;
      if (type === 'releaseDevice') return entity.isolated;
    }
    if (entity.type === 'user') {
      if (type === 'disableUser') return entity.accountEnabled;
      if (type === 'enableUser') return !entity.accountEnabled;
    }
    return true;
  });
}

/** Whether the action is under way: approved and waiting to start, or running. */
export function isInFlight(action: Pick<RemediationAction, 'status'>): boolean {
  return action.status === 'approved' || action.status === 'running';
}

/** Newest first, as a backend lists them; the id breaks ties so the order is stable. */
export function newestFirst(a: RemediationAction, b: RemediationAction): number {
  if (a.createdDateTime !== b.createdDateTime) return a.createdDateTime < b.createdDateTime ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
