import type { Entity, EntityType, RemediationAction, RemediationActionType, RemediationStatus } from '@soc-kit/components/api';
import { hashString, mix } from './random.js';

/** The entity types each remediation action works on. */
export const ACTION_TARGETS: Readonly<Record<RemediationActionType, readonly EntityType[]>> = {
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

/** Actions that gather data rather than remediate: they leave the entity's remediation status alone. */
const NON_REMEDIATING: ReadonlySet<RemediationActionType> = new Set(['collectInvestigationPackage', 'runAntivirusScan']);

export function actionsFor(type: EntityType): RemediationActionType[] {
  return (Object.keys(ACTION_TARGETS) as RemediationActionType[]).filter((action) => ACTION_TARGETS[action].includes(type));
}

/**
 * How long an approved action waits and runs, and whether it fails: derived from its id, so
 * the same action always behaves the same. About one action in ten fails.
 */
export function actionTiming(seed: number, actionId: string): { startsAfter: number; runsFor: number; fails: boolean } {
  const hash = mix(seed, hashString(actionId));
  return {
    startsAfter: 2_000 + (hash % 4_000),
    runsFor: 20_000 + (mix(hash, 1) % 100_000),
    fails: mix(hash, 2) % 10 === 0,
  };
}

/** Marks the entity as being remediated. */
export function markRunning(entity: Entity, type: RemediationActionType): void {
  if (!NON_REMEDIATING.has(type)) entity.remediationStatus = 'running';
}

/** What a finished action leaves on its entity. */
export function applyOutcome(entity: Entity, type: RemediationActionType, succeeded: boolean): void {
  if (NON_REMEDIATING.has(type)) return;
  if (!succeeded) {
    entity.remediationStatus = 'failed';
    return;
  }
  entity.remediationStatus = type === 'blockUrl' ? 'blocked' : 'remediated';
  if (entity.type === 'device' && (type === 'isolateDevice' || type === 'releaseDevice')) {
    entity.isolated = type === 'isolateDevice';
    if (type === 'releaseDevice') entity.remediationStatus = 'none';
  }
  if (entity.type === 'user' && (type === 'disableUser' || type === 'enableUser')) {
    entity.accountEnabled = type === 'enableUser';
    if (type === 'enableUser') entity.remediationStatus = 'none';
  }
}

/** What an action leaves on its entity's remediation status; undefined when it leaves it alone. */
export function statusLeftBy(action: Pick<RemediationAction, 'type' | 'status'>): RemediationStatus | undefined {
  if (NON_REMEDIATING.has(action.type)) return undefined;
  switch (action.status) {
    case 'pending':
      return 'pendingApproval';
    case 'approved':
    case 'running':
      return 'running';
    case 'rejected':
      return 'declined';
    case 'failed':
      return 'failed';
    case 'completed':
      if (action.type === 'releaseDevice' || action.type === 'enableUser') return 'none';
      return action.type === 'blockUrl' ? 'blocked' : 'remediated';
  }
}

/**
 * An entity's remediation status in one incident: what the latest of the actions on it left
 * (the incident's own, and manual ones), or undefined when none of them touched it.
 */
export function remediationStatusFrom(actions: Iterable<RemediationAction>, entityId: string): RemediationStatus | undefined {
  let latest: RemediationAction | undefined;
  let latestAt = -Infinity;
  for (const action of actions) {
    if (action.entityId !== entityId || statusLeftBy(action) === undefined) continue;
    const at = Date.parse(action.decidedAt ?? action.createdDateTime);
    if (at >= latestAt) {
      latest = action;
      latestAt = at;
    }
  }
  return latest && statusLeftBy(latest);
}
