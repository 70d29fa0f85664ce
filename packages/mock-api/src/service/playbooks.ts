import type { Playbook } from '@soc-kit/components/api';
import { hashString, mix } from './random.js';

export interface PlaybookDefinition extends Playbook {
  /** What the run logs, one line per step. */
  steps: readonly string[];
}

/** The Logic Apps-style playbooks of the demo tenant. */
export const PLAYBOOKS: readonly PlaybookDefinition[] = [
  {
    id: 'pb-notify-teams',
    name: 'Notify on-call analyst in Teams',
    description: 'Posts an adaptive card with the incident summary to the SOC channel and mentions the on-call analyst.',
    triggerKind: 'incident',
    steps: ['Get incident details', 'Look up the on-call analyst', 'Post adaptive card to #soc-alerts', 'Add comment to the incident'],
  },
  {
    id: 'pb-enrich-ti',
    name: 'Enrich incident with threat intelligence',
    description: 'Looks up the IP addresses, URLs and file hashes of the incident in threat intelligence and adds the results as a comment.',
    triggerKind: 'incident',
    steps: ['Get incident entities', 'Query threat intelligence for IP addresses and URLs', 'Query file reputation for hashes', 'Add enrichment comment'],
  },
  {
    id: 'pb-servicenow',
    name: 'Create ServiceNow ticket',
    description: 'Opens a ServiceNow incident with the details and keeps the ticket number on the incident.',
    triggerKind: 'incident',
    steps: ['Get incident details', 'Create ServiceNow incident', 'Record ticket number on the incident'],
  },
  {
    id: 'pb-alert-geo',
    name: 'Get geolocation of alert IP addresses',
    description: 'Resolves the location and ASN of every IP address in the alert.',
    triggerKind: 'alert',
    steps: ['Get alert entities', 'Look up geolocation for each address', 'Add results to the alert'],
  },
  {
    id: 'pb-alert-email',
    name: 'Send alert summary to the owner',
    description: 'Emails the alert title, severity and entities to the incident owner.',
    triggerKind: 'alert',
    steps: ['Get alert details', 'Find the incident owner', 'Send email'],
  },
  {
    id: 'pb-block-ip',
    name: 'Block IP address on Azure Firewall',
    description: 'Adds the address to the deny list of the perimeter firewall policy.',
    triggerKind: 'entity',
    entityTypes: ['ip'],
    steps: ['Validate address is external', 'Add address to firewall deny list', 'Confirm rule deployment'],
  },
  {
    id: 'pb-reset-user',
    name: 'Reset user password and revoke sessions',
    description: 'Resets the password of the account, revokes its refresh tokens and notifies the manager.',
    triggerKind: 'entity',
    entityTypes: ['user'],
    steps: ['Reset password in Microsoft Entra ID', 'Revoke refresh tokens', 'Notify the manager'],
  },
  {
    id: 'pb-isolate-device',
    name: 'Isolate device with Defender for Endpoint',
    description: 'Isolates the device from the network and notifies the device owner.',
    triggerKind: 'entity',
    entityTypes: ['device'],
    steps: ['Request isolation from Defender for Endpoint', 'Wait for isolation to complete', 'Notify the device owner'],
  },
];

export function findPlaybook(id: string): PlaybookDefinition | undefined {
  return PLAYBOOKS.find((playbook) => playbook.id === id);
}

/** When each step of a run happens (ms after it was queued) and whether it fails; about one run in eight fails. */
export function runSchedule(seed: number, runId: string, steps: number): { offsets: number[]; failsAtStep: number | null } {
  const hash = mix(seed, hashString(runId));
  const offsets: number[] = [];
  let offset = 2_000 + (hash % 3_000);
  offsets.push(offset);
  for (let step = 0; step < steps; step++) {
    offset += 3_000 + (mix(hash, step + 1) % 7_000);
    offsets.push(offset);
  }
  return { offsets, failsAtStep: mix(hash, 99) % 8 === 0 ? steps - 1 : null };
}
