import type { AlertInput, GraphEvidenceInput, IncidentInput } from '@soc-kit/mock-api';

/**
 * Incidents of a chosen size for the graph's tests, stories and benchmark, in the ingestion
 * (Graph) shape. Alert `i` names `entitiesPerAlert` entities of its own (cycling through the
 * entity types) plus two of earlier alerts' entities, so that the graph is one connected whole;
 * every value derives from the position, so the same arguments give the same incident.
 */

const KINDS = ['device', 'user', 'ip', 'file', 'process', 'url', 'mailbox', 'cloudApplication', 'registryValue'] as const;
type Kind = (typeof KINDS)[number];

const hex = (n: number, length: number) => {
  let out = '';
  let state = (n + 1) * 2654435761;
  while (out.length < length) {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += state.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
};

function verdictOf(n: number): string {
  if (n % 17 === 3) return 'malicious';
  if (n % 7 === 2) return 'suspicious';
  if (n % 11 === 5) return 'noThreatsFound';
  return 'unknown';
}

/** The evidence of the `n`th entity (of kind `kind`), named with `prefix`. */
export function evidenceOf(kind: Kind, n: number, prefix = ''): GraphEvidenceInput {
  const common = { verdict: verdictOf(n), remediationStatus: 'none', roles: n % 5 === 0 ? ['compromised'] : [] };
  const octets = (m: number) => `${(m >> 8) & 255}.${m & 255}`;
  switch (kind) {
    case 'device':
      return {
        '@odata.type': '#microsoft.graph.security.deviceEvidence',
        ...common,
        hostName: `${prefix}ws-${n}`,
        deviceDnsName: `${prefix}ws-${n}.contoso.com`,
        mdeDeviceId: hex(n, 40),
        osPlatform: 'Windows11',
        riskScore: 'medium',
        healthStatus: 'active',
        // The IP address and the user that follow a device in the cycle of kinds are its own.
        ipInterfaces: [`10.1.${octets(n)}`, `203.0.${octets(n + 2)}`],
        loggedOnUsers: [`CONTOSO\\${prefix}user${n + 1}`],
      };
    case 'user':
      return {
        '@odata.type': '#microsoft.graph.security.userEvidence',
        ...common,
        userAccount: {
          accountName: `${prefix}user${n}`,
          domainName: 'CONTOSO',
          userPrincipalName: `${prefix}user${n}@contoso.com`,
          displayName: `${prefix}User ${n}`,
        },
      };
    case 'ip':
      return { '@odata.type': '#microsoft.graph.security.ipEvidence', ...common, ipAddress: `203.0.${octets(n)}`, countryLetterCode: 'NL' };
    case 'file':
      return {
        '@odata.type': '#microsoft.graph.security.fileEvidence',
        ...common,
        fileDetails: { fileName: `${prefix}payload-${n}.dll`, filePath: 'C:\\Users\\Public', sha256: hex(n, 64), fileSize: 4096 + n },
      };
    case 'process':
      return {
        '@odata.type': '#microsoft.graph.security.processEvidence',
        ...common,
        processId: 1000 + n,
        processCommandLine: `rundll32.exe ${prefix}payload-${n}.dll,Start`,
        imageFile: { fileName: 'rundll32.exe' },
      };
    case 'url':
      return { '@odata.type': '#microsoft.graph.security.urlEvidence', ...common, url: `https://files-${n}.example.net/${prefix}get` };
    case 'mailbox':
      return {
        '@odata.type': '#microsoft.graph.security.mailboxEvidence',
        ...common,
        primaryAddress: `${prefix}box${n}@contoso.com`,
        displayName: `${prefix}Mailbox ${n}`,
      };
    case 'cloudApplication':
      return {
        '@odata.type': '#microsoft.graph.security.cloudApplicationEvidence',
        ...common,
        appId: 50_000 + n,
        displayName: `${prefix}App ${n}`,
        instanceName: `${prefix}App ${n} - contoso`,
      };
    case 'registryValue':
      return {
        '@odata.type': '#microsoft.graph.security.registryValueEvidence',
        ...common,
        registryHive: 'HKEY_LOCAL_MACHINE',
        registryKey: `SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run${n}`,
        registryValueName: `${prefix}updater${n}`,
        registryValue: `C:\\Users\\Public\\payload-${n}.dll`,
        registryValueType: 'String',
      };
  }
}

export interface SizedIncidentOptions {
  alerts: number;
  /** Entities each alert names that no other alert names first. */
  entitiesPerAlert: number;
  /** Put in front of every name (tests put markup here). */
  prefix?: string;
  displayName?: string;
}

/** An incident whose graph has `alerts × (entitiesPerAlert + 1)` nodes. */
export function sizedIncident(options: SizedIncidentOptions): IncidentInput {
  const { alerts, entitiesPerAlert, prefix = '', displayName = `Multi-stage attack across ${alerts} alerts` } = options;
  const own = (alert: number) =>
    Array.from({ length: entitiesPerAlert }, (_, j) => {
      const n = alert * entitiesPerAlert + j;
      return evidenceOf(KINDS[n % KINDS.length]!, n, prefix);
    });
  const alertInputs: AlertInput[] = Array.from({ length: alerts }, (_, i) => {
    const shared = i === 0 ? [] : [own(i - 1)[0]!, own(Math.floor(i / 2))[Math.min(1, entitiesPerAlert - 1)]!];
    const minute = String(i % 60).padStart(2, '0');
    const hour = String(8 + Math.floor(i / 60) % 12).padStart(2, '0');
    return {
      title: `${prefix}Suspicious activity ${i + 1}`,
      severity: (['high', 'medium', 'low', 'informational'] as const)[i % 4],
      serviceSource: 'microsoftDefenderForEndpoint',
      detectionSource: 'microsoftDefenderForEndpoint',
      category: 'Execution',
      firstActivityDateTime: `2026-11-20T${hour}:${minute}:00Z`,
      lastActivityDateTime: `2026-11-20T${hour}:${minute}:30Z`,
      evidence: [...own(i), ...shared],
    };
  });
  return { displayName: `${prefix}${displayName}`, severity: 'high', alerts: alertInputs };
}
