// One large incident for graph.html: 50 alerts naming 420 entities (470 graph nodes), so that
// soc-incident-graph lays it out in its Web Worker (it does from 400 shown nodes). Every value
// derives from its position, so the page is the same on every load.

export const LARGE_INCIDENT_ID = '4711';
const ALERT_COUNT = 50;
const ENTITY_COUNT = 420;
const KINDS = ['device', 'user', 'ip', 'file', 'process', 'url', 'mailbox'];
const START = Date.parse('2025-05-12T06:00:00Z');
const iso = (ms) => new Date(ms).toISOString();
const hex = (n, length) => {
  let out = '';
  let state = (n + 1) * 2654435761;
  while (out.length < length) {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += state.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
};

function entityOf(n) {
  const kind = KINDS[n % KINDS.length];
  const common = {
    id: `ent-${kind}-${n}`,
    type: kind,
    verdict: n % 17 === 3 ? 'malicious' : n % 7 === 2 ? 'suspicious' : 'unknown',
    remediationStatus: 'none',
    roles: n % 5 === 0 ? ['compromised'] : [],
    detailedRoles: [],
    tags: [],
    createdDateTime: iso(START + n * 60_000),
  };
  switch (kind) {
    case 'device':
      return {
        ...common,
        displayName: `ws-${n}`,
        deviceDnsName: `ws-${n}.contoso.com`,
        mdeDeviceId: hex(n, 40),
        osPlatform: 'Windows11',
        osBuild: '22631',
        riskScore: 'medium',
        healthStatus: 'active',
        onboardingStatus: 'onboarded',
        isolated: false,
        // The IP address and user that follow a device in the cycle of kinds are its own.
        ipAddresses: [`10.1.${(n + 2) >> 8}.${(n + 2) & 255}`],
        loggedOnUsers: [`CONTOSO\\user${n + 1}`],
      };
    case 'user':
      return {
        ...common,
        displayName: `User ${n}`,
        userPrincipalName: `user${n}@contoso.com`,
        accountName: `user${n}`,
        domainName: 'CONTOSO',
        azureAdUserId: `${hex(n, 8)}-${hex(n + 1, 4)}-${hex(n + 2, 4)}-${hex(n + 3, 4)}-${hex(n + 4, 12)}`,
        department: n % 2 ? 'Finance' : 'Engineering',
        riskLevel: 'medium',
        accountEnabled: true,
      };
    case 'ip':
      return { ...common, displayName: `10.1.${n >> 8}.${n & 255}`, ipAddress: `10.1.${n >> 8}.${n & 255}`, countryLetterCode: 'NL' };
    case 'file':
      return {
        ...common,
        displayName: `payload-${n}.dll`,
        fileName: `payload-${n}.dll`,
        filePath: 'C:\\Users\\Public',
        sha256: hex(n, 64),
        sha1: hex(n, 40),
        fileSize: 4096 + n,
      };
    case 'process':
      return {
        ...common,
        displayName: 'rundll32.exe',
        processId: 1000 + n,
        processCommandLine: `rundll32.exe payload-${n - 1}.dll,Start`,
        imageFileName: `payload-${n - 1}.dll`,
        parentProcessId: 900 + n,
        userAccount: `CONTOSO\\user${n - 3}`,
      };
    case 'url':
      return { ...common, displayName: `https://files-${n}.example.net/get`, url: `https://files-${n}.example.net/get` };
    default:
      return {
        ...common,
        displayName: `user${n - 5}@contoso.com`,
        primaryAddress: `user${n - 5}@contoso.com`,
        userPrincipalName: `user${n - 5}@contoso.com`,
      };
  }
}

const alertId = (i) => `da-${LARGE_INCIDENT_ID}-${i}`;

/** Each entity is named by two alerts, so the graph is one connected whole. */
export const LARGE_EVIDENCE = Array.from({ length: ENTITY_COUNT }, (_, n) => ({
  ...entityOf(n),
  alertIds: [...new Set([alertId(n % ALERT_COUNT), alertId((n * 7 + 3) % ALERT_COUNT)])],
}));

const TITLES = [
  'Suspicious PowerShell command line',
  'Credential dumping activity observed',
  'Suspicious remote service creation',
  'Connection to a known command and control server',
  'Ransomware-linked file written',
];

export const LARGE_ALERTS = Array.from({ length: ALERT_COUNT }, (_, i) => {
  const time = iso(START + i * 5 * 60_000);
  const id = alertId(i);
  return {
    id,
    incidentId: LARGE_INCIDENT_ID,
    title: `${TITLES[i % TITLES.length]} (${i + 1})`,
    description: 'Generated for the graph example.',
    severity: i % 4 === 0 ? 'high' : 'medium',
    status: 'new',
    classification: 'unknown',
    determination: 'unknown',
    serviceSource: 'microsoftDefenderForEndpoint',
    detectionSource: 'microsoftDefenderForEndpoint',
    category: 'Execution',
    mitreTechniques: ['T1059.001'],
    recommendedActions: 'Isolate the device and collect an investigation package.',
    createdDateTime: time,
    firstActivityDateTime: time,
    lastActivityDateTime: time,
    evidence: LARGE_EVIDENCE.filter((entity) => entity.alertIds.includes(id)),
  };
});

export const LARGE_INCIDENT = {
  id: LARGE_INCIDENT_ID,
  displayName: 'Human-operated ransomware attack across the finance network',
  description: 'A large incident for the graph example.',
  severity: 'high',
  status: 'active',
  classification: 'unknown',
  determination: 'unknown',
  assignedTo: null,
  customTags: [],
  systemTags: [],
  createdDateTime: iso(START),
  lastUpdateDateTime: iso(START + ALERT_COUNT * 5 * 60_000),
  firstActivityDateTime: iso(START),
  lastActivityDateTime: iso(START + ALERT_COUNT * 5 * 60_000),
  resolvingComment: null,
  redirectIncidentId: null,
  serviceSources: ['microsoftDefenderForEndpoint'],
  detectionSources: ['microsoftDefenderForEndpoint'],
  categories: ['Ransomware'],
  mitreTechniques: ['T1059.001', 'T1486'],
  tactics: ['execution', 'impact'],
  alertCount: ALERT_COUNT,
  activeAlertCount: ALERT_COUNT,
  impactedAssets: { devices: 60, users: 60, mailboxes: 60, apps: 0, ips: 60, cloudResources: 0 },
  investigationState: 'running',
  etag: '"1"',
};
