import type { DetectionSource, Determination, SensitivityLabel, ServiceSource, Severity } from '@soc-kit/components/api';

/**
 * What an alert names as evidence, as a part the incident's cast plays: the incident picks one
 * device, one user, one attacker address, ... and each alert shows the parts it needs.
 * `process:<image>` and `file:<kind>` pick a process running that image or a file of that kind.
 */
export type CastPart =
  | 'device'
  | 'device2'
  | 'user'
  | 'mailbox'
  | 'ip'
  | 'url'
  | 'cloudApplication'
  | 'azureResource'
  | 'registryKey'
  | 'registryValue'
  | `file:${'malware' | 'tool' | 'document' | 'script'}`
  | `process:${string}`;

export interface AlertTemplate {
  title: string;
  description: string;
  /** Graph alert category: a tactic in PascalCase, or Malware, Ransomware, ... */
  category: string;
  mitreTechniques: readonly string[];
  serviceSource: ServiceSource;
  detectionSources: readonly DetectionSource[];
  severity: Severity;
  evidence: readonly CastPart[];
  recommendedActions: string;
  /** How a single-alert incident of this alert is named, when not after the alert itself. */
  incidentName?: string;
}

const ENDPOINT_ACTIONS =
  'Review the device timeline for activity before and after the alert. Contact the user to verify intent, isolate the device if the activity is unexpected, and run a full antivirus scan.';
const IDENTITY_ACTIONS =
  'Confirm with the user whether the activity was expected. If not, reset the password, revoke sessions, require MFA re-registration and review recent sign-ins.';
const MAIL_ACTIONS =
  'Check whether other users received the same message, purge it from mailboxes, block the sender and URLs, and reset credentials of users who clicked.';
const CLOUD_ACTIONS =
  'Review the resource activity log, rotate exposed keys and secrets, and restrict network access to trusted addresses.';

const MDE = 'microsoftDefenderForEndpoint' as const;

export const ALERT_TEMPLATES = {
  mdePowerShell: {
    title: 'Suspicious PowerShell command line',
    description: 'A suspicious PowerShell command line was run. Attackers use encoded and hidden PowerShell commands to download and run payloads without writing them to disk.',
    category: 'Execution', mitreTechniques: ['T1059.001', 'T1027'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'user', 'process:powershell.exe', 'url'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeHiddenFile: {
    title: 'Suspicious execution of hidden file',
    description: 'A hidden file has been launched. This activity could indicate a compromised host. Attackers often hide files associated with malicious tools to evade file system inspection and defenses.',
    category: 'DefenseEvasion', mitreTechniques: ['T1564.001'], serviceSource: MDE, detectionSources: ['antivirus', MDE], severity: 'low',
    evidence: ['device', 'file:malware', 'process:wscript.exe', 'registryKey'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeLsass: {
    title: 'Suspicious access to LSASS service',
    description: 'A process accessed the memory of the Local Security Authority Subsystem Service (LSASS), which holds credentials of signed-in users. This is a common credential theft technique.',
    category: 'CredentialAccess', mitreTechniques: ['T1003.001'], serviceSource: MDE, detectionSources: [MDE], severity: 'high',
    evidence: ['device', 'user', 'process:rundll32.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeMimikatz: {
    title: "'Mimikatz' credential theft tool",
    description: 'The Mimikatz credential theft tool was detected. It can harvest plain-text passwords, password hashes and Kerberos tickets from memory.',
    category: 'CredentialAccess', mitreTechniques: ['T1003.001'], serviceSource: MDE, detectionSources: ['antivirus'], severity: 'high',
    evidence: ['device', 'file:tool', 'process:mimikatz.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeProcdump: {
    title: 'Process memory dump',
    description: 'A process dumped the memory of LSASS to a file with a legitimate tool. Attackers read credentials from such dumps offline.',
    category: 'CredentialAccess', mitreTechniques: ['T1003.001'], serviceSource: MDE, detectionSources: [MDE], severity: 'high',
    evidence: ['device', 'user', 'process:procdump64.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeRansomware: {
    title: 'Ransomware behavior detected in the file system',
    description: 'Files were encrypted and renamed in a pattern typical of ransomware, and ransom notes were dropped in several folders.',
    category: 'Ransomware', mitreTechniques: ['T1486'], serviceSource: MDE, detectionSources: [MDE], severity: 'high',
    evidence: ['device', 'user', 'file:malware', 'process:cmd.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeBackupDeleted: {
    title: 'File backups were deleted',
    description: 'Volume shadow copies were deleted. Ransomware operators delete backups before encrypting files so the victim cannot restore them.',
    category: 'Impact', mitreTechniques: ['T1490'], serviceSource: MDE, detectionSources: [MDE], severity: 'high',
    evidence: ['device', 'process:vssadmin.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeScheduledTask: {
    title: 'Suspicious Scheduled Task Process Launched',
    description: 'A scheduled task was created that runs a binary from an unusual location at a short interval, a common persistence mechanism.',
    category: 'Persistence', mitreTechniques: ['T1053.005'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'process:schtasks.exe', 'file:malware'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeAsep: {
    title: 'Anomaly detected in ASEP registry',
    description: 'A process registered a suspicious command or file in an autostart extensibility point (ASEP) registry key so that it runs after every reboot.',
    category: 'Persistence', mitreTechniques: ['T1547.001'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'process:reg.exe', 'registryKey', 'registryValue'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeSmbLateral: {
    title: 'Possible lateral movement using remote services',
    description: 'A remote service was created on another device over SMB with administrative credentials, which attackers use to move laterally.',
    category: 'LateralMovement', mitreTechniques: ['T1021.002', 'T1570'], serviceSource: MDE, detectionSources: [MDE], severity: 'high',
    evidence: ['device', 'device2', 'user', 'process:PsExec64.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeWmiLateral: {
    title: 'Suspicious remote WMI execution',
    description: 'A process was started on a remote device through Windows Management Instrumentation.',
    category: 'LateralMovement', mitreTechniques: ['T1047', 'T1021.002'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'device2', 'process:wmic.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeLogCleared: {
    title: 'Event log was cleared',
    description: 'The Security event log was cleared. Attackers clear logs to remove traces of their activity.',
    category: 'DefenseEvasion', mitreTechniques: ['T1070.001'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'user', 'process:cmd.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeTamper: {
    title: 'Attempt to turn off Microsoft Defender Antivirus protection',
    description: 'A process tried to turn off real-time protection of Microsoft Defender Antivirus through PowerShell or a policy registry value.',
    category: 'DefenseEvasion', mitreTechniques: ['T1562.001'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'process:powershell.exe', 'registryValue'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeC2: {
    title: 'Connection to a custom network indicator',
    description: 'A process connected to an address or domain on the organization\'s list of known command-and-control infrastructure.',
    category: 'CommandAndControl', mitreTechniques: ['T1071.001'], serviceSource: MDE, detectionSources: ['customTi', MDE], severity: 'high',
    evidence: ['device', 'ip', 'url', 'process:rundll32.exe'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeIngress: {
    title: 'Suspicious file download using a living-off-the-land binary',
    description: 'A built-in Windows tool (certutil or bitsadmin) downloaded an executable from the internet.',
    category: 'CommandAndControl', mitreTechniques: ['T1105'], serviceSource: MDE, detectionSources: [MDE], severity: 'medium',
    evidence: ['device', 'process:certutil.exe', 'url', 'file:malware'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeDroppedLaunched: {
    title: 'Suspicious file dropped and launched',
    description: 'A file downloaded from the internet was saved and run shortly after, matching the behaviour of a malicious loader.',
    category: 'Execution', mitreTechniques: ['T1204.002'], serviceSource: MDE, detectionSources: ['smartScreen', MDE], severity: 'medium',
    evidence: ['device', 'user', 'file:document', 'url'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeMalwarePrevented: {
    title: "'Qakbot' malware was prevented",
    description: 'Microsoft Defender Antivirus detected and blocked Qakbot, a banking trojan often used to deliver ransomware.',
    category: 'Malware', mitreTechniques: ['T1204.002'], serviceSource: MDE, detectionSources: ['antivirus'], severity: 'low',
    evidence: ['device', 'file:malware'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdeUnwanted: {
    title: "'AnyDesk' remote access software was detected",
    description: 'Remote access software that is not sanctioned by the organization was installed. Attackers install it for persistent hands-on access.',
    category: 'CommandAndControl', mitreTechniques: ['T1219'], serviceSource: MDE, detectionSources: ['antivirus'], severity: 'low',
    evidence: ['device', 'file:tool'], recommendedActions: ENDPOINT_ACTIONS,
  },
  mdiKerberoast: {
    title: 'Suspected Kerberos SPN exposure',
    description: 'An account requested Kerberos service tickets for many service principal names, which allows offline cracking of service account passwords.',
    category: 'CredentialAccess', mitreTechniques: ['T1558.003'], serviceSource: 'microsoftDefenderForIdentity', detectionSources: ['microsoftDefenderForIdentity'], severity: 'high',
    evidence: ['user', 'device', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdiLdapRecon: {
    title: 'Account enumeration reconnaissance (LDAP)',
    description: 'A device queried Active Directory for the members of sensitive groups and many accounts, typical of reconnaissance before privilege escalation.',
    category: 'Discovery', mitreTechniques: ['T1087.002', 'T1069.002'], serviceSource: 'microsoftDefenderForIdentity', detectionSources: ['microsoftDefenderForIdentity'], severity: 'medium',
    evidence: ['user', 'device', 'process:net.exe'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdiBruteForce: {
    title: 'Suspected brute-force attack (Kerberos, NTLM)',
    description: 'Many authentication attempts with wrong passwords were made against one or more accounts from a single device.',
    category: 'CredentialAccess', mitreTechniques: ['T1110.001'], serviceSource: 'microsoftDefenderForIdentity', detectionSources: ['microsoftDefenderForIdentity'], severity: 'medium',
    evidence: ['user', 'device', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdiPassTheTicket: {
    title: 'Suspected identity theft (pass-the-ticket)',
    description: 'A Kerberos ticket issued to one device was used from another device, indicating it was stolen.',
    category: 'LateralMovement', mitreTechniques: ['T1550.003'], serviceSource: 'microsoftDefenderForIdentity', detectionSources: ['microsoftDefenderForIdentity'], severity: 'high',
    evidence: ['user', 'device', 'device2'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdoUrlRemoved: {
    title: 'Email messages containing malicious URL removed after delivery',
    description: 'Emails with a URL later found to be malicious were delivered and then removed from mailboxes by zero-hour auto purge.',
    category: 'InitialAccess', mitreTechniques: ['T1566.002'], serviceSource: 'microsoftDefenderForOffice365', detectionSources: ['microsoftDefenderForOffice365'], severity: 'informational',
    evidence: ['mailbox', 'url', 'user'], recommendedActions: MAIL_ACTIONS,
  },
  mdoFileRemoved: {
    title: 'Email messages containing malicious file removed after delivery',
    description: 'Emails with an attachment later found to be malicious were delivered and then removed from mailboxes by zero-hour auto purge.',
    category: 'InitialAccess', mitreTechniques: ['T1566.001'], serviceSource: 'microsoftDefenderForOffice365', detectionSources: ['microsoftDefenderForOffice365'], severity: 'informational',
    evidence: ['mailbox', 'file:document', 'user'], recommendedActions: MAIL_ACTIONS,
  },
  mdoUrlClick: {
    title: 'A potentially malicious URL click was detected',
    description: 'A user clicked a link in an email that Safe Links later identified as malicious.',
    category: 'InitialAccess', mitreTechniques: ['T1566.002'], serviceSource: 'microsoftDefenderForOffice365', detectionSources: ['microsoftDefenderForOffice365'], severity: 'high',
    evidence: ['user', 'mailbox', 'url', 'ip'], recommendedActions: MAIL_ACTIONS,
  },
  mdoForwarding: {
    title: 'Suspicious email forwarding activity',
    description: 'A mailbox started forwarding mail to an external address shortly after a risky sign-in.',
    category: 'Collection', mitreTechniques: ['T1114.003'], serviceSource: 'microsoftDefenderForOffice365', detectionSources: ['microsoftDefenderForOffice365'], severity: 'medium',
    evidence: ['mailbox', 'user', 'ip'], recommendedActions: MAIL_ACTIONS,
  },
  aadPasswordSpray: {
    title: 'Password spray',
    description: 'Many accounts received sign-in attempts with a few common passwords from the same addresses, and at least one attempt succeeded.',
    category: 'CredentialAccess', mitreTechniques: ['T1110.003'], serviceSource: 'azureAdIdentityProtection', detectionSources: ['azureAdIdentityProtection'], severity: 'high',
    evidence: ['user', 'ip'], recommendedActions: IDENTITY_ACTIONS, incidentName: 'Password spray attack detected',
  },
  aadAtypicalTravel: {
    title: 'Atypical travel',
    description: 'Two sign-ins of the same user came from places too far apart to travel between in the time elapsed.',
    category: 'InitialAccess', mitreTechniques: ['T1078.004'], serviceSource: 'azureAdIdentityProtection', detectionSources: ['azureAdIdentityProtection'], severity: 'medium',
    evidence: ['user', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  aadUnfamiliarSignIn: {
    title: 'Unfamiliar sign-in properties',
    description: 'A sign-in used properties (location, device, network) not seen before for this user.',
    category: 'InitialAccess', mitreTechniques: ['T1078'], serviceSource: 'azureAdIdentityProtection', detectionSources: ['azureAdIdentityProtection'], severity: 'low',
    evidence: ['user', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  aadAnonymousIp: {
    title: 'Anonymous IP address',
    description: 'A sign-in came from an anonymizing proxy or Tor exit node.',
    category: 'InitialAccess', mitreTechniques: ['T1078'], serviceSource: 'azureAdIdentityProtection', detectionSources: ['azureAdIdentityProtection'], severity: 'low',
    evidence: ['user', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  aadMfaFatigue: {
    title: 'Suspicious multi-factor authentication request pattern',
    description: 'A user received many MFA prompts in a short time and finally approved one, a pattern of MFA fatigue attacks.',
    category: 'CredentialAccess', mitreTechniques: ['T1621'], serviceSource: 'azureAdIdentityProtection', detectionSources: ['azureAdIdentityProtection'], severity: 'high',
    evidence: ['user', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdcaImpossibleTravel: {
    title: 'Impossible travel activity',
    description: 'The same user was active in a cloud app from two countries within a time too short to travel between them.',
    category: 'InitialAccess', mitreTechniques: ['T1078.004'], serviceSource: 'microsoftDefenderForCloudApps', detectionSources: ['cloudAppSecurity'], severity: 'medium',
    evidence: ['user', 'ip', 'cloudApplication'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdcaMassDownload: {
    title: 'Mass download by a single user',
    description: 'A user downloaded an unusually large number of files from a cloud storage app in a short time.',
    category: 'Collection', mitreTechniques: ['T1530'], serviceSource: 'microsoftDefenderForCloudApps', detectionSources: ['cloudAppSecurity'], severity: 'medium',
    evidence: ['user', 'cloudApplication', 'ip'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdcaInboxRule: {
    title: 'Suspicious inbox manipulation rule',
    description: 'An inbox rule was created that moves or deletes messages about security or payments, often to hide fraud from the victim.',
    category: 'Collection', mitreTechniques: ['T1114.003'], serviceSource: 'microsoftDefenderForCloudApps', detectionSources: ['cloudAppSecurity'], severity: 'medium',
    evidence: ['user', 'mailbox', 'cloudApplication', 'ip'], recommendedActions: MAIL_ACTIONS,
  },
  mdcaExfilCloud: {
    title: 'Data exfiltration to an app that is not sanctioned',
    description: 'A user uploaded a large volume of data to a cloud storage app that the organization has not sanctioned.',
    category: 'Exfiltration', mitreTechniques: ['T1567.002'], serviceSource: 'microsoftDefenderForCloudApps', detectionSources: ['cloudAppSecurity'], severity: 'high',
    evidence: ['user', 'cloudApplication', 'device'], recommendedActions: IDENTITY_ACTIONS,
  },
  mdcCryptoMining: {
    title: 'Digital currency mining related behavior detected',
    description: 'A virtual machine ran a process with command-line arguments typical of a cryptocurrency miner.',
    category: 'Impact', mitreTechniques: ['T1496'], serviceSource: 'microsoftDefenderForCloud', detectionSources: ['microsoftDefenderForServers'], severity: 'high',
    evidence: ['azureResource', 'process:xmrig.exe', 'ip'], recommendedActions: CLOUD_ACTIONS,
  },
  mdcStorageAccess: {
    title: 'Access from a suspicious IP address to a storage account',
    description: 'A storage account was accessed from an address that threat intelligence links to malicious activity.',
    category: 'Collection', mitreTechniques: ['T1530'], serviceSource: 'microsoftDefenderForCloud', detectionSources: ['microsoftDefenderForStorage'], severity: 'medium',
    evidence: ['azureResource', 'ip'], recommendedActions: CLOUD_ACTIONS,
  },
  mdcKeyVault: {
    title: 'Unusual access to the key vault from a suspicious IP',
    description: 'Secrets were listed and read from a key vault by a user from an unusual address.',
    category: 'CredentialAccess', mitreTechniques: ['T1555'], serviceSource: 'microsoftDefenderForCloud', detectionSources: ['microsoftDefenderForKeyVault'], severity: 'high',
    evidence: ['azureResource', 'ip', 'user'], recommendedActions: CLOUD_ACTIONS,
  },
  appGovMailRead: {
    title: 'App with suspicious OAuth scope made graph calls to read email',
    description: 'An OAuth app granted Mail.Read read many mailboxes through Microsoft Graph soon after consent was given.',
    category: 'Collection', mitreTechniques: ['T1114.002', 'T1528'], serviceSource: 'microsoftAppGovernance', detectionSources: ['appGovernanceDetection'], severity: 'medium',
    evidence: ['cloudApplication', 'user'], recommendedActions: IDENTITY_ACTIONS,
  },
  dlpCreditCards: {
    title: "DLP policy (U.S. Financial Data) matched for document in SharePoint",
    description: 'A document with credit card numbers was shared with people outside the organization.',
    category: 'Exfiltration', mitreTechniques: [], serviceSource: 'dataLossPrevention', detectionSources: ['microsoftDataLossPrevention'], severity: 'medium',
    evidence: ['user', 'file:document', 'cloudApplication'], recommendedActions: 'Review the document and the sharing links, remove external access, and contact the user about the data handling policy.',
  },
  irmDataTheft: {
    title: 'Data theft by departing user',
    description: 'A user who has resigned copied a large number of sensitive files to a personal cloud storage app.',
    category: 'Exfiltration', mitreTechniques: ['T1567.002'], serviceSource: 'microsoftInsiderRiskManagement', detectionSources: ['microsoftInsiderRiskManagement'], severity: 'high',
    evidence: ['user', 'device', 'cloudApplication', 'file:document'], recommendedActions: 'Coordinate with HR and Legal before contacting the user; preserve evidence and revoke access to sensitive sites.',
  },
  m365dHumanOperated: {
    title: 'Human-operated ransomware activity using a compromised account',
    description: 'Correlated activity across devices and identities indicates an attacker preparing to deploy ransomware with a compromised account.',
    category: 'Ransomware', mitreTechniques: ['T1486', 'T1078'], serviceSource: 'microsoft365Defender', detectionSources: ['microsoft365Defender'], severity: 'high',
    evidence: ['user', 'device', 'device2', 'ip'], recommendedActions: ENDPOINT_ACTIONS,
  },
} as const satisfies Record<string, AlertTemplate>;

export type AlertTemplateKey = keyof typeof ALERT_TEMPLATES;

/**
 * An attack pattern incidents follow: its alerts in kill-chain order (an incident shows a
 * subset that always starts with the first), and what an analyst determines when it is real.
 */
export interface Scenario {
  weight: number;
  chain: readonly AlertTemplateKey[];
  maxAlerts: number;
  determinations: readonly Determination[];
  /** Whether Defender runs an automated investigation on such incidents. */
  automatedInvestigation: boolean;
  systemTags?: readonly string[];
  /** The threats (malware families, tools) such an incident may name: one of these sets, or none. */
  threats?: readonly (readonly string[])[];
  /** The sensitivity labels of the data such an incident may involve, least sensitive first: one of them, or none. */
  sensitivity?: readonly SensitivityLabel[];
}

export const SCENARIOS: readonly Scenario[] = [
  { weight: 14, chain: ['mdoUrlRemoved', 'mdoUrlClick', 'aadUnfamiliarSignIn', 'mdcaInboxRule'], maxAlerts: 4, determinations: ['phishing', 'compromisedAccount'], automatedInvestigation: true },
  { weight: 8, chain: ['mdoFileRemoved', 'mdeDroppedLaunched', 'mdePowerShell', 'mdeC2'], maxAlerts: 4, determinations: ['phishing', 'malware'], automatedInvestigation: true, threats: [['Emotet'], ['Qakbot'], ['Qakbot', 'Cobalt Strike'], ['IcedID']], sensitivity: ['General', 'Confidential'] },
  { weight: 10, chain: ['aadPasswordSpray', 'aadUnfamiliarSignIn', 'mdcaImpossibleTravel', 'mdoForwarding'], maxAlerts: 3, determinations: ['compromisedAccount'], automatedInvestigation: false, sensitivity: ['General', 'Confidential'] },
  { weight: 7, chain: ['aadAtypicalTravel', 'aadAnonymousIp', 'aadMfaFatigue'], maxAlerts: 2, determinations: ['compromisedAccount', 'maliciousUserActivity'], automatedInvestigation: false },
  { weight: 13, chain: ['mdeMalwarePrevented', 'mdeHiddenFile', 'mdeScheduledTask'], maxAlerts: 2, determinations: ['malware', 'unwantedSoftware'], automatedInvestigation: true, threats: [['Emotet'], ['Qakbot'], ['AgentTesla'], ['Lumma Stealer'], ['Raspberry Robin']] },
  { weight: 12, chain: ['mdePowerShell', 'mdeIngress', 'mdeAsep', 'mdeTamper', 'mdeC2'], maxAlerts: 4, determinations: ['malware', 'multiStagedAttack'], automatedInvestigation: true, threats: [['Cobalt Strike'], ['Qakbot', 'Cobalt Strike'], ['Sliver'], ['Brute Ratel']] },
  { weight: 7, chain: ['mdeLsass', 'mdeMimikatz', 'mdeProcdump', 'mdiPassTheTicket', 'mdeSmbLateral'], maxAlerts: 4, determinations: ['multiStagedAttack', 'apt'], automatedInvestigation: true, systemTags: ['Credential theft'], threats: [['Mimikatz'], ['Mimikatz', 'Cobalt Strike']], sensitivity: ['Confidential', 'Highly confidential'] },
  { weight: 4, chain: ['mdePowerShell', 'mdeTamper', 'mdeWmiLateral', 'mdeLogCleared', 'mdeBackupDeleted', 'mdeRansomware', 'm365dHumanOperated'], maxAlerts: 7, determinations: ['multiStagedAttack'], automatedInvestigation: true, systemTags: ['Ransomware'], threats: [['Cobalt Strike', 'LockBit'], ['Qakbot', 'Black Basta'], ['Cobalt Strike', 'BlackCat']], sensitivity: ['Confidential', 'Highly confidential'] },
  { weight: 6, chain: ['mdiLdapRecon', 'mdiKerberoast', 'mdiBruteForce'], maxAlerts: 3, determinations: ['maliciousUserActivity', 'apt'], automatedInvestigation: false },
  { weight: 3, chain: ['mdcCryptoMining'], maxAlerts: 1, determinations: ['malware'], automatedInvestigation: false, threats: [['CoinMiner'], ['XMRig']] },
  { weight: 3, chain: ['mdcStorageAccess', 'mdcKeyVault'], maxAlerts: 2, determinations: ['maliciousUserActivity'], automatedInvestigation: false, sensitivity: ['Confidential', 'Highly confidential'] },
  { weight: 2, chain: ['appGovMailRead'], maxAlerts: 1, determinations: ['maliciousUserActivity'], automatedInvestigation: false, sensitivity: ['General', 'Confidential'] },
  { weight: 3, chain: ['dlpCreditCards'], maxAlerts: 1, determinations: ['other'], automatedInvestigation: false, sensitivity: ['Confidential', 'Highly confidential'] },
  { weight: 2, chain: ['irmDataTheft', 'mdcaExfilCloud'], maxAlerts: 2, determinations: ['maliciousUserActivity'], automatedInvestigation: false, sensitivity: ['Confidential', 'Highly confidential'] },
  { weight: 3, chain: ['mdcaMassDownload', 'mdcaExfilCloud'], maxAlerts: 2, determinations: ['maliciousUserActivity'], automatedInvestigation: false, sensitivity: ['General', 'Confidential', 'Highly confidential'] },
  { weight: 4, chain: ['mdeUnwanted'], maxAlerts: 1, determinations: ['unwantedSoftware'], automatedInvestigation: true, threats: [['Presenoker'], ['BrowserModifier']] },
];

/** Microsoft Sentinel analytics rules (names of the built-in templates); incidents carry the rule's name. */
export const SENTINEL_RULES: readonly (Omit<AlertTemplate, 'serviceSource' | 'detectionSources'> & {
  determination: Determination;
})[] = [
  {
    title: 'Brute force attack against Azure Portal', category: 'CredentialAccess', mitreTechniques: ['T1110'], severity: 'medium', evidence: ['user', 'ip', 'cloudApplication'], determination: 'compromisedAccount',
    description: 'Identifies evidence of brute force activity against the Azure Portal by highlighting multiple authentication failures followed by a successful login.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'Successful logon from IP and failure from a different IP', category: 'CredentialAccess', mitreTechniques: ['T1110'], severity: 'medium', evidence: ['user', 'ip'], determination: 'compromisedAccount',
    description: 'Identifies when a user account successfully logs on from an address and fails to log on from a different address.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'Anomalous sign-in location by user account and authenticating application', category: 'InitialAccess', mitreTechniques: ['T1078.004'], severity: 'medium', evidence: ['user', 'ip', 'cloudApplication'], determination: 'compromisedAccount',
    description: 'Finds sign-ins from a location a user has not signed in from before for the same application.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'Rare RDP Connections', category: 'LateralMovement', mitreTechniques: ['T1021.001'], severity: 'low', evidence: ['device', 'device2', 'user'], determination: 'maliciousUserActivity',
    description: 'Identifies when an RDP connection is new or rare for a given account over the last 14 days.', recommendedActions: ENDPOINT_ACTIONS,
  },
  {
    title: 'Suspicious Resource deployment', category: 'Impact', mitreTechniques: ['T1496'], severity: 'low', evidence: ['user', 'azureResource', 'ip'], determination: 'maliciousUserActivity',
    description: 'Identifies when a rare resource and resource group deployment occurs by a previously unseen caller.', recommendedActions: CLOUD_ACTIONS,
  },
  {
    title: 'New access credential added to Application or Service Principal', category: 'Persistence', mitreTechniques: ['T1098.001'], severity: 'medium', evidence: ['user', 'cloudApplication', 'ip'], determination: 'maliciousUserActivity',
    description: 'Identifies when a new credential is added to an application or service principal outside the usual change window.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'TI map IP entity to SigninLogs', category: 'CommandAndControl', mitreTechniques: ['T1071.001'], severity: 'medium', evidence: ['user', 'ip'], determination: 'compromisedAccount',
    description: 'Identifies a match in SigninLogs from any IP indicator from threat intelligence.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'Mass secret retrieval from Azure Key Vault', category: 'CredentialAccess', mitreTechniques: ['T1555'], severity: 'high', evidence: ['user', 'azureResource', 'ip'], determination: 'maliciousUserActivity',
    description: 'Identifies mass secret retrieval from Azure Key Vault observed by a single user.', recommendedActions: CLOUD_ACTIONS,
  },
  {
    title: 'Exchange workflow MailItemsAccessed operation anomaly', category: 'Collection', mitreTechniques: ['T1114.002'], severity: 'medium', evidence: ['user', 'mailbox', 'ip'], determination: 'maliciousUserActivity',
    description: 'Identifies anomalous increases in Exchange mail items accessed operations.', recommendedActions: MAIL_ACTIONS,
  },
  {
    title: 'Solorigate Network Beacon', category: 'CommandAndControl', mitreTechniques: ['T1071.001'], severity: 'high', evidence: ['device', 'ip', 'url'], determination: 'apt',
    description: 'Identifies a match across various data feeds for domains used by the Solorigate implant.', recommendedActions: ENDPOINT_ACTIONS,
  },
  {
    title: 'Failed logon attempts by valid accounts within 10 mins', category: 'CredentialAccess', mitreTechniques: ['T1110.001'], severity: 'low', evidence: ['user', 'device', 'ip'], determination: 'compromisedAccount',
    description: 'Identifies when failed logon attempts are 20 or higher during a 10 minute period for valid accounts.', recommendedActions: IDENTITY_ACTIONS,
  },
  {
    title: 'Rare subscription-level operations in Azure', category: 'Persistence', mitreTechniques: ['T1098'], severity: 'low', evidence: ['user', 'azureResource', 'ip'], determination: 'maliciousUserActivity',
    description: 'Detects rare subscription-level events in Azure, such as adding a role assignment or creating a service principal.', recommendedActions: CLOUD_ACTIONS,
  },
];

/** Custom tags analysts put on incidents. */
export const CUSTOM_TAGS = [
  'VIP', 'Tier 1', 'Tier 2', 'Escalated', 'Phishing campaign', 'Red team', 'Needs review', 'Finance', 'Executive',
  'PCI', 'Known issue', 'Customer impact', 'Follow-up', 'Demo',
] as const;

