import { expect } from '@open-wc/testing';
import type { DeviceEntity, UnknownEntity, UserEntity } from '@soc-kit/components/api';
import type { IncidentInput } from './ingestion.js';
import type { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, responder } from './testing.js';

/** A Graph incident with alerts and evidence, shaped like Microsoft's published examples. */
function graphIncident(service: IncidentService): IncidentInput {
  const knownDevice = service.getEntity('device-0') as DeviceEntity;
  const knownUser = service.getEntity('user-3') as UserEntity;
  return {
    displayName: 'Multi-stage incident involving Execution & Defense evasion on one endpoint',
    description: 'Hidden file execution followed by PowerShell.',
    status: 'Active' as 'active',
    classification: 'TruePositive' as 'truePositive',
    determination: 'Malware' as 'malware',
    assignedTo: 'adele.vance@contoso.com',
    customTags: ['Demo', 'demo', ' Imported '],
    alerts: [
      {
        title: 'Suspicious execution of hidden file',
        description: 'A hidden file has been launched.',
        severity: 'low',
        status: 'new',
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: 'antivirus',
        category: 'DefenseEvasion',
        mitreTechniques: ['T1564.001'],
        firstActivityDateTime: '2025-02-26T07:45:50.116Z',
        lastActivityDateTime: '2025-02-27T07:56:58.222Z',
        evidence: [
          {
            '@odata.type': '#microsoft.graph.security.deviceEvidence',
            createdDateTime: '2025-02-26T12:19:27.7211305Z',
            verdict: 'Suspicious',
            remediationStatus: 'none',
            mdeDeviceId: '73e7e2de709dff64ef64b1d0c30e67fab63279db',
            deviceDnsName: knownDevice.deviceDnsName.toUpperCase(),
            osPlatform: 'Windows10',
            osBuild: 22424,
            healthStatus: 'active',
            riskScore: 'medium',
            onboardingStatus: 'onboarded',
            ipInterfaces: ['1.1.1.1'],
            loggedOnUsers: [{ accountName: 'adelev', domainName: 'CONTOSO' }],
            roles: ['compromised'],
            detailedRoles: ['Main device'],
            tags: ['Test Machine'],
          },
          {
            '@odata.type': '#microsoft.graph.security.fileEvidence',
            verdict: 'malicious',
            remediationStatus: 'none',
            roles: [],
            detailedRoles: ['Referred in command line'],
            tags: [],
            fileDetails: { sha1: '5f1e8acedc065031aad553b710838eb366cfee9a', sha256: '8963a19fb992ad9a76576c5638fd68292cffb9aaac29eb8285f9abf6196a7dec', fileName: 'MsSense.exe', filePath: 'C:\\Program Files\\temp', fileSize: 6136392 },
          },
          {
            '@odata.type': '#microsoft.graph.security.processEvidence',
            verdict: 'unknown',
            processId: 4780,
            parentProcessId: 668,
            processCommandLine: '"MsSense.exe"',
            imageFile: { fileName: 'MsSense.exe', filePath: 'C:\\Program Files\\temp' },
            userAccount: { accountName: 'SYSTEM', domainName: 'NT AUTHORITY', userSid: 'S-1-5-18' },
          },
          {
            '@odata.type': '#microsoft.graph.security.registryKeyEvidence',
            registryKey: 'SYSTEM\\CONTROLSET001\\CONTROL\\WMI\\AUTOLOGGER\\SENSEAUDITLOGGER',
            registryHive: 'HKEY_LOCAL_MACHINE',
          },
          { '@odata.type': '#microsoft.graph.security.kubernetesPodEvidence', name: 'web-7d4b9c', namespace: { name: 'prod' }, verdict: 'unknown' },
        ],
      },
      {
        title: 'Suspicious PowerShell command line',
        severity: 'high',
        status: 'resolved',
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: 'microsoftDefenderForEndpoint',
        category: 'Execution',
        mitreTechniques: ['T1059.001'],
        firstActivityDateTime: '2025-02-27T08:00:00.000Z',
        lastActivityDateTime: '2025-02-28T08:00:00.000Z',
        evidence: [
          { '@odata.type': '#microsoft.graph.security.deviceEvidence', mdeDeviceId: '73E7E2DE709DFF64EF64B1D0C30E67FAB63279DB', verdict: 'malicious' },
          { '@odata.type': '#microsoft.graph.security.userEvidence', userAccount: { accountName: knownUser.accountName, domainName: 'CONTOSO', userPrincipalName: knownUser.userPrincipalName.toUpperCase() } },
          { '@odata.type': '#microsoft.graph.security.ipEvidence', ipAddress: '203.0.113.77', countryLetterCode: 'NL' },
          { '@odata.type': '#microsoft.graph.security.urlEvidence', url: 'https://contoso-login.example/signin' },
        ],
      },
      {
        title: 'Sign-in from an unfamiliar location',
        serviceSource: 'azureAdIdentityProtection',
        detectionSource: 'azureAdIdentityProtection',
        category: 'InitialAccess',
        mitreTechniques: ['T1078.004'],
        evidence: [
          { '@odata.type': '#microsoft.graph.security.mailboxEvidence', primaryAddress: 'pat@contoso.com', displayName: 'Pat' },
          { '@odata.type': '#microsoft.graph.security.cloudApplicationEvidence', appId: 11161, displayName: 'Office 365', instanceName: 'Office 365' },
          { '@odata.type': '#microsoft.graph.security.azureResourceEvidence', resourceId: '/subscriptions/x/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv-new', resourceName: 'kv-new', resourceType: 'Microsoft.KeyVault/vaults' },
          { '@odata.type': '#microsoft.graph.security.registryValueEvidence', registryHive: 'HKEY_CURRENT_USER', registryKey: 'Software\\Run', registryValueName: 'Updater', registryValue: 'x.exe', registryValueType: 'REG_SZ' },
        ],
      },
    ],
  };
}

describe('ingestion', () => {
  it('stores a Graph incident and derives its summary from the alerts', () => {
    const { service, clock } = createTestService();
    const total = service.listIncidents({}).totalCount;
    const created = service.createIncident(responder, graphIncident(service));
    expect(service.listIncidents({}).totalCount).to.equal(total + 1);
    expect(created).to.include({ status: 'active', classification: 'truePositive', determination: 'malware', assignedTo: 'adele.vance@contoso.com', severity: 'high' });
    expect(created.customTags).to.deep.equal(['Demo', 'Imported']);
    expect(created.serviceSources).to.deep.equal(['microsoftDefenderForEndpoint', 'azureAdIdentityProtection']);
    expect(created.detectionSources).to.deep.equal(['antivirus', 'microsoftDefenderForEndpoint', 'azureAdIdentityProtection']);
    expect(created.categories).to.deep.equal(['DefenseEvasion', 'Execution', 'InitialAccess']);
    expect(created.mitreTechniques).to.deep.equal(['T1059.001', 'T1078.004', 'T1564.001']);
    expect(created.tactics).to.deep.equal(['initialAccess', 'execution', 'persistence', 'privilegeEscalation', 'defenseEvasion']);
    expect(created).to.include({ alertCount: 3, activeAlertCount: 2 });
    expect(created.impactedAssets).to.deep.equal({ devices: 1, users: 1, mailboxes: 1, apps: 1, ips: 1, cloudResources: 1 });
    expect(created.firstActivityDateTime).to.equal('2025-02-26T07:45:50.116Z');
    // The third alert has no activity times, so it counts as active when it arrived.
    expect(created.lastActivityDateTime).to.equal(new Date(clock.time).toISOString());
    expect(created.createdDateTime).to.equal(new Date(clock.time).toISOString());
    expect(service.listIncidents({}).items[0]!.id).to.equal(created.id);
    expect(service.listIncidents({ search: 'defense evasion on one' }).items.map((incident) => incident.id)).to.include(created.id);
    expect(service.listActivity(created.id)[0]).to.include({ action: 'created', actor: responder.id });
    expect(service.getIncident(created.id)).to.deep.equal(created);
  });

  it('derives device groups, OS platforms and threats from the evidence and alerts, and takes sensitivity labels as sent', () => {
    const { service } = createTestService();
    const known = service.getEntity('device-0') as DeviceEntity;
    const input = graphIncident(service);
    input.sensitivityLabels = ['confidential' as 'Confidential'];
    input.alerts![0]!.threatDisplayName = 'Raspberry Robin';
    input.alerts![1]!.threatFamilyName = 'Cobalt Strike';
    input.alerts![2]!.threatDisplayName = ' Raspberry Robin ';
    input.alerts![2]!.evidence!.push({ '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'mac-77.contoso.com', osPlatform: 'macOS', rbacGroupName: 'Design Macs' });
    const created = service.createIncident(responder, input);
    // The first device is the known one, so it keeps its own group and platform; the new one brings its own.
    expect(created.deviceGroups).to.deep.equal([known.rbacGroupName, 'Design Macs']);
    expect(created.osPlatforms).to.deep.equal([...new Set([known.osPlatform, 'macOS'])]);
    expect(created.threats).to.deep.equal(['Raspberry Robin', 'Cobalt Strike']);
    expect(created.sensitivityLabels).to.deep.equal(['Confidential']);
    expect(service.listIncidents({ deviceGroups: ['design macs'], threats: ['RASPBERRY ROBIN'], sensitivityLabels: ['Confidential'] }).items.map((incident) => incident.id)).to.deep.equal([created.id]);
    expect(service.listIncidents({ entities: ['MAC-77'] }).items.map((incident) => incident.id)).to.deep.equal([created.id]);
  });

  it('merges evidence into existing entities by natural key', () => {
    const { service } = createTestService();
    const created = service.createIncident(responder, graphIncident(service));
    const evidence = service.listEvidence(created.id);
    const byType = (type: string) => evidence.filter((entity) => entity.type === type);
    expect(byType('device')).to.have.length(1);
    const device = byType('device')[0]! as DeviceEntity & { alertIds: string[] };
    expect(device.id).to.equal('device-0');
    expect(device.alertIds).to.have.length(2);
    expect(device.verdict).to.equal('malicious');
    expect(device.tags).to.include('Test Machine');
    expect(byType('user')[0]!.id).to.equal('user-3');
    expect(byType('ip')[0]!.id).to.match(/^ip-i\d+$/);
    expect(service.getEntityInsights('device-0').relatedIncidents.map((incident) => incident.id)).to.include(created.id);

    const again = service.createIncident(responder, { displayName: 'Same address again', alerts: [{ title: 'Seen again', evidence: [{ '@odata.type': '#microsoft.graph.security.ipEvidence', ipAddress: '203.0.113.77' }] }] });
    expect(service.listEvidence(again.id)[0]!.id).to.equal(byType('ip')[0]!.id);
  });

  it('keeps evidence of an unknown type whole', () => {
    const { service } = createTestService();
    const created = service.createIncident(responder, graphIncident(service));
    const unknown = service.listEvidence(created.id).find((entity) => entity.type === 'unknown') as UnknownEntity;
    expect(unknown.odataType).to.equal('#microsoft.graph.security.kubernetesPodEvidence');
    expect(unknown.additionalData).to.deep.equal({ name: 'web-7d4b9c', namespace: { name: 'prod' } });
    expect(service.getEntity(unknown.id)).to.deep.include({ type: 'unknown', odataType: unknown.odataType });
  });

  it('gives alerts their evidence and the alert ids of each entity', () => {
    const { service } = createTestService();
    const created = service.createIncident(responder, graphIncident(service));
    const alerts = service.listIncidentAlerts(created.id);
    expect(alerts.map((alert) => alert.title)).to.deep.equal(['Suspicious execution of hidden file', 'Suspicious PowerShell command line', 'Sign-in from an unfamiliar location']);
    expect(alerts[0]!.evidence.map((entity) => entity.type)).to.deep.equal(['device', 'file', 'process', 'registryKey', 'unknown']);
    expect(service.getAlert(alerts[1]!.id)).to.deep.equal(alerts[1]);
    expect(alerts[2]!.severity).to.equal('medium');
  });

  it('accepts a minimal incident', () => {
    const { service } = createTestService();
    const created = service.createIncident(responder, { displayName: 'Reported by phone' });
    expect(created).to.include({ status: 'active', severity: 'unknown', alertCount: 0, classification: 'unknown', assignedTo: null });
    expect(service.listIncidentAlerts(created.id)).to.be.empty;
  });

  it('refuses invalid incidents and stores nothing', () => {
    const { service } = createTestService();
    const total = service.listIncidents({}).totalCount;
    const journal = service.journal.length;
    const cases: [unknown, string][] = [
      [{}, 'displayName'],
      [{ displayName: '' }, 'displayName'],
      [{ displayName: 'x'.repeat(257) }, 'displayName'],
      [{ displayName: 'x', severity: 'severe' }, 'severity'],
      [{ displayName: 'x', status: 'resolved' }, 'classification'],
      [{ displayName: 'x', status: 'redirected' }, 'status'],
      [{ displayName: 'x', determination: 'malware' }, 'determination'],
      [{ displayName: 'x', assignedTo: 'mallory@fabrikam.com' }, 'assignedTo'],
      [{ displayName: 'x', customTags: ['t'.repeat(65)] }, 'customTags'],
      [{ displayName: 'x', alerts: {} }, 'alerts'],
      [{ displayName: 'x', alerts: [{}] }, 'alerts[0].title'],
      [{ displayName: 'x', alerts: [{ title: 'a', mitreTechniques: ['Execution'] }] }, 'alerts[0].mitreTechniques'],
      [{ displayName: 'x', alerts: [{ title: 'a', serviceSource: 'splunk' }] }, 'alerts[0].serviceSource'],
      [{ displayName: 'x', alerts: [{ title: 'a', evidence: ['device'] }] }, 'alerts[0].evidence[0]'],
      [{ displayName: 'x', alerts: [{ title: 'a', firstActivityDateTime: 'yesterday' }] }, 'alerts[0].firstActivityDateTime'],
      [{ displayName: 'x', alerts: [{ title: 'a', firstActivityDateTime: '2025-01-02T00:00:00Z', lastActivityDateTime: '2025-01-01T00:00:00Z' }] }, 'alerts[0].lastActivityDateTime'],
      [{ displayName: 'x', tenantId: 'abc' }, 'tenantId'],
      [{ displayName: 'x', sensitivityLabels: 'General' }, 'sensitivityLabels'],
      [{ displayName: 'x', sensitivityLabels: ['Top secret'] }, 'sensitivityLabels'],
      [{ displayName: 'x', alerts: [{ title: 'a', threatDisplayName: 7 }] }, 'alerts[0].threatDisplayName'],
      [{ displayName: 'x', alerts: [{ title: 'a', threatDisplayName: 'Qakbot', threatFamilyName: 'q'.repeat(201) }] }, 'alerts[0].threatFamilyName'],
    ];
    for (const [input, field] of cases) expectServiceError(() => service.createIncident(responder, input as IncidentInput), 'validation', field);
    expect(service.listIncidents({}).totalCount).to.equal(total);
    expect(service.journal).to.have.length(journal);
  });
});
