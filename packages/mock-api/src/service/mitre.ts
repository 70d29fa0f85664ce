import type { Tactic } from '@soc-kit/components/api';
import { TACTICS } from '@soc-kit/components/api';

/** MITRE ATT&CK (Enterprise) techniques the generator uses, with the tactics ATT&CK files them under. */
export const TECHNIQUES: Readonly<Record<string, { name: string; tactics: readonly Tactic[] }>> = {
  'T1003.001': { name: 'OS Credential Dumping: LSASS Memory', tactics: ['credentialAccess'] },
  'T1018': { name: 'Remote System Discovery', tactics: ['discovery'] },
  'T1021.001': { name: 'Remote Services: Remote Desktop Protocol', tactics: ['lateralMovement'] },
  'T1021.002': { name: 'Remote Services: SMB/Windows Admin Shares', tactics: ['lateralMovement'] },
  'T1027': { name: 'Obfuscated Files or Information', tactics: ['defenseEvasion'] },
  'T1047': { name: 'Windows Management Instrumentation', tactics: ['execution'] },
  'T1053.005': { name: 'Scheduled Task/Job: Scheduled Task', tactics: ['execution', 'persistence', 'privilegeEscalation'] },
  'T1059.001': { name: 'Command and Scripting Interpreter: PowerShell', tactics: ['execution'] },
  'T1059.003': { name: 'Command and Scripting Interpreter: Windows Command Shell', tactics: ['execution'] },
  'T1069.002': { name: 'Permission Groups Discovery: Domain Groups', tactics: ['discovery'] },
  'T1070.001': { name: 'Indicator Removal: Clear Windows Event Logs', tactics: ['defenseEvasion'] },
  'T1071.001': { name: 'Application Layer Protocol: Web Protocols', tactics: ['commandAndControl'] },
  'T1078': { name: 'Valid Accounts', tactics: ['initialAccess', 'persistence', 'privilegeEscalation', 'defenseEvasion'] },
  'T1078.004': { name: 'Valid Accounts: Cloud Accounts', tactics: ['initialAccess', 'persistence', 'privilegeEscalation', 'defenseEvasion'] },
  'T1087.002': { name: 'Account Discovery: Domain Account', tactics: ['discovery'] },
  'T1098': { name: 'Account Manipulation', tactics: ['persistence', 'privilegeEscalation'] },
  'T1098.001': { name: 'Account Manipulation: Additional Cloud Credentials', tactics: ['persistence', 'privilegeEscalation'] },
  'T1105': { name: 'Ingress Tool Transfer', tactics: ['commandAndControl'] },
  'T1110': { name: 'Brute Force', tactics: ['credentialAccess'] },
  'T1110.001': { name: 'Brute Force: Password Guessing', tactics: ['credentialAccess'] },
  'T1110.003': { name: 'Brute Force: Password Spraying', tactics: ['credentialAccess'] },
  'T1114.002': { name: 'Email Collection: Remote Email Collection', tactics: ['collection'] },
  'T1114.003': { name: 'Email Collection: Email Forwarding Rule', tactics: ['collection'] },
  'T1190': { name: 'Exploit Public-Facing Application', tactics: ['initialAccess'] },
  'T1204.002': { name: 'User Execution: Malicious File', tactics: ['execution'] },
  'T1218.011': { name: 'System Binary Proxy Execution: Rundll32', tactics: ['defenseEvasion'] },
  'T1219': { name: 'Remote Access Software', tactics: ['commandAndControl'] },
  'T1486': { name: 'Data Encrypted for Impact', tactics: ['impact'] },
  'T1490': { name: 'Inhibit System Recovery', tactics: ['impact'] },
  'T1496': { name: 'Resource Hijacking', tactics: ['impact'] },
  'T1528': { name: 'Steal Application Access Token', tactics: ['credentialAccess'] },
  'T1530': { name: 'Data from Cloud Storage', tactics: ['collection'] },
  'T1547.001': { name: 'Boot or Logon Autostart Execution: Registry Run Keys / Startup Folder', tactics: ['persistence', 'privilegeEscalation'] },
  'T1550.003': { name: 'Use Alternate Authentication Material: Pass the Ticket', tactics: ['defenseEvasion', 'lateralMovement'] },
  'T1555': { name: 'Credentials from Password Stores', tactics: ['credentialAccess'] },
  'T1558.003': { name: 'Steal or Forge Kerberos Tickets: Kerberoasting', tactics: ['credentialAccess'] },
  'T1562.001': { name: 'Impair Defenses: Disable or Modify Tools', tactics: ['defenseEvasion'] },
  'T1564.001': { name: 'Hide Artifacts: Hidden Files and Directories', tactics: ['defenseEvasion'] },
  'T1566.001': { name: 'Phishing: Spearphishing Attachment', tactics: ['initialAccess'] },
  'T1566.002': { name: 'Phishing: Spearphishing Link', tactics: ['initialAccess'] },
  'T1567.002': { name: 'Exfiltration Over Web Service: Exfiltration to Cloud Storage', tactics: ['exfiltration'] },
  'T1570': { name: 'Lateral Tool Transfer', tactics: ['lateralMovement'] },
  'T1621': { name: 'Multi-Factor Authentication Request Generation', tactics: ['credentialAccess'] },
};

/** Alert categories that are not tactics (Defender uses them for malware verdicts and the like). */
export const NON_TACTIC_CATEGORIES = ['Malware', 'Ransomware', 'SuspiciousActivity', 'UnwantedSoftware'] as const;

/** Graph alert categories are tactic names in PascalCase: 'DefenseEvasion' ↔ 'defenseEvasion'. */
export function tacticOfCategory(category: string): Tactic | undefined {
  const candidate = category.charAt(0).toLowerCase() + category.slice(1);
  return (TACTICS as readonly string[]).includes(candidate) ? (candidate as Tactic) : undefined;
}

export function categoryOfTactic(tactic: Tactic): string {
  return tactic.charAt(0).toUpperCase() + tactic.slice(1);
}

/** How the portal writes a tactic in incident names: 'Initial access', 'Command and control'. */
export function tacticLabel(tactic: Tactic): string {
  const words = tactic.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The tactics of `techniques` and `categories`, in kill-chain order, without duplicates. */
export function tacticsOf(techniques: readonly string[], categories: readonly string[] = []): Tactic[] {
  const found = new Set<Tactic>();
  for (const technique of techniques) {
    const known = TECHNIQUES[technique] ?? TECHNIQUES[technique.split('.')[0]!];
    for (const tactic of known?.tactics ?? []) found.add(tactic);
  }
  for (const category of categories) {
    const tactic = tacticOfCategory(category);
    if (tactic) found.add(tactic);
  }
  return TACTICS.filter((tactic) => found.has(tactic));
}
