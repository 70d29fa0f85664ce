import type { IncidentInput } from '@soc-kit/mock-api';
import { ApiError, HttpIncidentApi, type Capability, type CallOptions } from '../api/index.js';
import type { RemediationAction, RemediationActionType } from '../api/model.js';

/** A service clock that moves only when told to, so simulated work progresses on demand. */
export class TestClock {
  time = 0;
  readonly now = (): number => this.time;

  constructor(readonly start: number) {
    this.time = start;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  reset(): void {
    this.time = this.start;
  }
}

/**
 * An incident whose Defender for Endpoint alert names a device, a user, a malicious file and a
 * malicious URL: the backend investigates it automatically and, once its analysis is over,
 * proposes quarantining the file and blocking the URL (and isolating the compromised device).
 * `prefix` starts every name, so a test can put markup in them.
 */
export function malwareIncident(prefix = ''): IncidentInput {
  return {
    displayName: `${prefix}Ransomware dropper on a finance laptop`,
    severity: 'high',
    alerts: [
      {
        title: `${prefix}Suspicious file dropped and launched`,
        severity: 'high',
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: 'microsoftDefenderForEndpoint',
        category: 'Execution',
        mitreTechniques: ['T1204.002'],
        evidence: [
          {
            '@odata.type': '#microsoft.graph.security.deviceEvidence',
            deviceDnsName: `${prefix}fin-lt-042.contoso.com`,
            hostName: `${prefix}fin-lt-042`,
            mdeDeviceId: 'a1b2c3d4e5f60718293a4b5c6d7e8f9000112233',
            osPlatform: 'Windows11',
            onboardingStatus: 'onboarded',
            verdict: 'suspicious',
            roles: ['compromised'],
          },
          {
            '@odata.type': '#microsoft.graph.security.userEvidence',
            userAccount: {
              displayName: `${prefix}Megan Bowen`,
              userPrincipalName: 'meganb@contoso.com',
              accountName: 'meganb',
              domainName: 'CONTOSO',
            },
            verdict: 'suspicious',
            roles: ['attacked'],
          },
          {
            '@odata.type': '#microsoft.graph.security.fileEvidence',
            verdict: 'malicious',
            fileDetails: {
              fileName: `${prefix}invoice_0423.exe`,
              filePath: 'C:\\Users\\meganb\\Downloads',
              sha256: 'f'.repeat(64),
              sha1: 'e'.repeat(40),
              fileSize: 482_304,
            },
          },
          {
            '@odata.type': '#microsoft.graph.security.urlEvidence',
            url: `https://invoices-contoso.example/${prefix}download`,
            verdict: 'malicious',
          },
        ],
      },
    ],
  };
}

/** A real HTTP client whose remediation calls fail with `failure` while it is set. */
export class FailingApi extends HttpIncidentApi {
  failure?: ApiError;

  override decideRemediationAction(
    id: string,
    decision: 'approve' | 'reject',
    comment?: string,
    options?: CallOptions,
  ): Promise<RemediationAction> {
    if (this.failure) return Promise.reject(this.failure);
    return super.decideRemediationAction(id, decision, comment, options);
  }

  override runRemediationAction(entityId: string, type: RemediationActionType, options?: CallOptions): Promise<RemediationAction> {
    if (this.failure) return Promise.reject(this.failure);
    return super.runRemediationAction(entityId, type, options);
  }
}

/** A real HTTP client that says it cannot do some things, as a backend without them would. */
export class LimitedApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability>;

  constructor(baseUrl: string, without: Capability[]) {
    super({ baseUrl });
    this.capabilities = new Set([...new HttpIncidentApi().capabilities].filter((capability) => !without.includes(capability)));
  }
}

/** One failure of each kind a remediation call can meet, with a message a backend might send. */
export const REMEDIATION_FAILURES: ApiError[] = [
  new ApiError('network', 'The incident service could not be reached.'),
  new ApiError('timeout', 'The request took longer than 30 seconds.'),
  new ApiError('unauthorized', 'The access token has expired.', { status: 401 }),
  new ApiError('forbidden', 'The reader role can only view incidents.', { status: 403 }),
  new ApiError('notFound', 'No remediation action with this id.', { status: 404 }),
  new ApiError('conflict', 'The action was changed by someone else.', { status: 409 }),
  new ApiError('validation', 'The action is no longer pending.', { status: 400, field: 'decision' }),
  new ApiError('throttled', 'Too many requests; try again later.', { status: 429, retryAfterMs: 3_000 }),
  new ApiError('server', 'The incident service failed (500).', { status: 500 }),
  new ApiError('badResponse', 'The response was not valid JSON.', { status: 200 }),
  new ApiError('aborted', 'The request was cancelled.'),
];
