import { expect } from '@open-wc/testing';
import type {
  AzureResourceEntity,
  CloudApplicationEntity,
  DeviceEntity,
  FileEntity,
  IpEntity,
  MailboxEntity,
  ProcessEntity,
  RegistryKeyEntity,
  RegistryValueEntity,
  UnknownEntity,
  UrlEntity,
  UserEntity,
} from '../model.js';
import { entityFromGraphEvidence, entityTypeOfGraphEvidence, naturalKeysOf } from './evidence.js';

const type = (name: string) => `#microsoft.graph.security.${name}`;

/** The device evidence of Graph's "get alert" example. */
const DEVICE = {
  '@odata.type': type('deviceEvidence'),
  createdDateTime: '2021-04-27T12:19:27.7211305Z',
  verdict: 'unknown',
  remediationStatus: 'none',
  remediationStatusDetails: null,
  firstSeenDateTime: '2020-09-12T07:28:32.4321753Z',
  mdeDeviceId: '73e7e2de709dff64ef64b1d0c30e67fab63279db',
  azureAdDeviceId: null,
  deviceDnsName: 'tempDns',
  osPlatform: 'Windows10',
  osBuild: 22424,
  version: 'Other',
  healthStatus: 'active',
  riskScore: 'medium',
  rbacGroupId: 75,
  rbacGroupName: 'UnassignedGroup',
  onboardingStatus: 'onboarded',
  defenderAvStatus: 'unknown',
  ipInterfaces: ['1.1.1.1'],
  loggedOnUsers: [],
  roles: ['compromised'],
  detailedRoles: ['Main device'],
  tags: ['Test Machine'],
};

describe('entityFromGraphEvidence', () => {
  it('maps device evidence', () => {
    const device = entityFromGraphEvidence(DEVICE) as DeviceEntity;
    expect(device).to.deep.include({
      id: 'device:mde:73e7e2de709dff64ef64b1d0c30e67fab63279db',
      type: 'device',
      displayName: 'tempDns',
      deviceDnsName: 'tempDns',
      mdeDeviceId: '73e7e2de709dff64ef64b1d0c30e67fab63279db',
      osPlatform: 'Windows10',
      osBuild: '22424',
      riskScore: 'medium',
      healthStatus: 'active',
      onboardingStatus: 'onboarded',
      isolated: false,
      ipAddresses: ['1.1.1.1'],
      loggedOnUsers: [],
      verdict: 'unknown',
      remediationStatus: 'none',
      roles: ['compromised'],
      detailedRoles: ['Main device'],
      tags: ['Test Machine'],
      createdDateTime: '2021-04-27T12:19:27.7211305Z',
    });
  });

  it('maps user, mailbox, ip and url evidence', () => {
    const user = entityFromGraphEvidence({
      '@odata.type': type('userEvidence'),
      userAccount: { accountName: 'adelev', domainName: 'CONTOSO', userPrincipalName: 'AdeleV@contoso.com', azureAdUserId: 'a1', displayName: 'Adele Vance' },
    }) as UserEntity;
    expect(user).to.deep.include({ type: 'user', displayName: 'Adele Vance', userPrincipalName: 'AdeleV@contoso.com', accountName: 'adelev', domainName: 'CONTOSO', azureAdUserId: 'a1', accountEnabled: true, id: 'user:upn:adelev@contoso.com' });
    const mailbox = entityFromGraphEvidence({ '@odata.type': type('mailboxEvidence'), primaryAddress: 'adelev@contoso.com', displayName: 'Adele Vance' }) as MailboxEntity;
    expect(mailbox).to.deep.include({ type: 'mailbox', primaryAddress: 'adelev@contoso.com', userPrincipalName: 'adelev@contoso.com' });
    const ip = entityFromGraphEvidence({ '@odata.type': type('ipEvidence'), ipAddress: '203.0.113.9', countryLetterCode: 'NL' }) as IpEntity;
    expect(ip).to.deep.include({ type: 'ip', displayName: '203.0.113.9', ipAddress: '203.0.113.9', countryLetterCode: 'NL' });
    const url = entityFromGraphEvidence({ '@odata.type': type('urlEvidence'), url: 'https://example.com/a' }) as UrlEntity;
    expect(url).to.deep.include({ type: 'url', url: 'https://example.com/a', displayName: 'https://example.com/a' });
  });

  it('maps file and process evidence', () => {
    const file = entityFromGraphEvidence({
      '@odata.type': type('fileEvidence'),
      detailedRoles: ['Referred in command line'],
      fileDetails: { sha1: '5F1E', sha256: '8963A1', fileName: 'MsSense.exe', filePath: 'C:\\Program Files\\temp', fileSize: 6136392 },
    }) as FileEntity;
    expect(file).to.deep.include({ type: 'file', displayName: 'MsSense.exe', fileName: 'MsSense.exe', filePath: 'C:\\Program Files\\temp', sha256: '8963a1', sha1: '5f1e', fileSize: 6136392, id: 'file:sha256:8963a1' });
    const process = entityFromGraphEvidence({
      '@odata.type': type('processEvidence'),
      processId: 4780,
      parentProcessId: 668,
      processCommandLine: '"MsSense.exe"',
      imageFile: { fileName: 'MsSense.exe' },
      userAccount: { accountName: 'SYSTEM', domainName: 'NT AUTHORITY' },
    }) as ProcessEntity;
    expect(process).to.deep.include({ type: 'process', displayName: 'MsSense.exe', processId: 4780, parentProcessId: 668, processCommandLine: '"MsSense.exe"', imageFileName: 'MsSense.exe', userAccount: 'NT AUTHORITY\\SYSTEM' });
  });

  it('maps cloud application, Azure resource and registry evidence', () => {
    const app = entityFromGraphEvidence({ '@odata.type': type('cloudApplicationEvidence'), appId: 11161, displayName: 'Office 365', instanceName: 'Office 365' }) as CloudApplicationEntity;
    expect(app).to.deep.include({ type: 'cloudApplication', appId: 11161, displayName: 'Office 365', id: 'cloudApplication:app:11161' });
    const resource = entityFromGraphEvidence({ '@odata.type': type('azureResourceEvidence'), resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1', resourceType: 'Microsoft.Compute/virtualMachines' }) as AzureResourceEntity;
    expect(resource).to.deep.include({ type: 'azureResource', resourceName: 'vm1', displayName: 'vm1', resourceType: 'Microsoft.Compute/virtualMachines' });
    const key = entityFromGraphEvidence({ '@odata.type': type('registryKeyEvidence'), registryKey: 'SYSTEM\\X', registryHive: 'HKEY_LOCAL_MACHINE' }) as RegistryKeyEntity;
    expect(key).to.deep.include({ type: 'registryKey', displayName: 'HKEY_LOCAL_MACHINE\\SYSTEM\\X', registryHive: 'HKEY_LOCAL_MACHINE', registryKey: 'SYSTEM\\X' });
    const value = entityFromGraphEvidence({ '@odata.type': type('registryValueEvidence'), registryHive: 'HKEY_CURRENT_USER', registryKey: 'Run', registryValueName: 'Updater', registryValue: 'x.exe', registryValueType: 'REG_SZ' }) as RegistryValueEntity;
    expect(value).to.deep.include({ type: 'registryValue', displayName: 'Updater', registryValueName: 'Updater', registryValue: 'x.exe', registryValueType: 'REG_SZ' });
  });

  it('matches enumeration values in any case and maps unknown members to neutral values', () => {
    const device = entityFromGraphEvidence({ ...DEVICE, verdict: 'MALICIOUS', remediationStatus: 'Remediated', roles: ['Compromised', 'somethingNew'], riskScore: 'Severe', healthStatus: 'HEALTHY?', onboardingStatus: 'insufficientInfo' }) as DeviceEntity;
    expect(device).to.deep.include({ verdict: 'malicious', remediationStatus: 'remediated', roles: ['compromised', 'unknown'], riskScore: 'none', healthStatus: 'noSensorData', onboardingStatus: 'unsupported' });
    expect(entityFromGraphEvidence({ ...DEVICE, verdict: 'benignish' }).verdict).to.equal('unknown');
    expect(entityTypeOfGraphEvidence('#Microsoft.Graph.Security.DEVICEEVIDENCE')).to.equal('device');
    expect(entityTypeOfGraphEvidence('microsoft.graph.security.userEvidence')).to.equal('user');
  });

  it('keeps evidence of an unknown type whole', () => {
    const pod = { '@odata.type': type('kubernetesPodEvidence'), name: 'web-1', labels: { app: 'web' }, verdict: 'suspicious', tags: ['k8s'] };
    const entity = entityFromGraphEvidence(pod) as UnknownEntity;
    expect(entity).to.deep.include({ type: 'unknown', odataType: pod['@odata.type'], displayName: 'kubernetesPodEvidence', verdict: 'suspicious', tags: ['k8s'] });
    expect(entity.additionalData).to.deep.equal({ name: 'web-1', labels: { app: 'web' } });
    expect(entity.id).to.match(/^unknown:[0-9a-f]{8}$/);
    expect(entityFromGraphEvidence({ ...pod }).id).to.equal(entity.id);
    expect(entityFromGraphEvidence({ ...pod, name: 'web-2' }).id).to.not.equal(entity.id);
  });

  it('never throws, whatever the shape', () => {
    const odd: unknown[] = [
      {},
      { '@odata.type': 42 },
      { '@odata.type': type('deviceEvidence'), roles: 'compromised', tags: [1, null, 'ok'], ipInterfaces: null, loggedOnUsers: [null, 'x', { accountName: 'a' }] },
      { '@odata.type': type('userEvidence'), userAccount: 'nobody' },
      { '@odata.type': type('fileEvidence'), fileDetails: [] },
      { '@odata.type': type('processEvidence'), processId: 'abc', imageFile: null },
      { '@odata.type': type('cloudApplicationEvidence'), appId: {} },
      null,
      [],
      'text',
    ];
    for (const input of odd) {
      const entity = entityFromGraphEvidence(input as Record<string, unknown>);
      expect(entity.id).to.be.a('string').and.not.be.empty;
      expect(entity.displayName).to.be.a('string').and.not.be.empty;
    }
    const device = entityFromGraphEvidence(odd[2] as Record<string, unknown>) as DeviceEntity;
    expect(device.tags).to.deep.equal(['ok']);
    expect(device.loggedOnUsers).to.deep.equal(['x', 'a']);
    expect(device.roles).to.deep.equal([]);
  });

  it('uses the fallback time when the evidence has no valid creation time', () => {
    const fallbackTime = '2025-01-01T00:00:00.000Z';
    expect(entityFromGraphEvidence({ '@odata.type': type('ipEvidence'), ipAddress: '10.0.0.1' }, { fallbackTime }).createdDateTime).to.equal(fallbackTime);
    expect(entityFromGraphEvidence({ '@odata.type': type('ipEvidence'), createdDateTime: 'soon' }, { fallbackTime }).createdDateTime).to.equal(fallbackTime);
  });
});

describe('naturalKeysOf', () => {
  it('identifies a device by Defender id and DNS name, ignoring case', () => {
    const keys = naturalKeysOf(entityFromGraphEvidence({ ...DEVICE, deviceDnsName: 'WS-1.Contoso.com' }));
    expect(keys).to.deep.equal(['device:mde:73e7e2de709dff64ef64b1d0c30e67fab63279db', 'device:dns:ws-1.contoso.com']);
  });

  it('identifies a user by UPN, directory id and account', () => {
    const keys = naturalKeysOf(entityFromGraphEvidence({ '@odata.type': type('userEvidence'), userAccount: { accountName: 'a', domainName: 'D', userPrincipalName: 'A@d.com', azureAdUserId: 'ID' } }));
    expect(keys).to.deep.equal(['user:upn:a@d.com', 'user:aad:id', 'user:account:d\\a']);
  });

  it('has no key for unknown evidence', () => {
    expect(naturalKeysOf(entityFromGraphEvidence({ '@odata.type': type('somethingElse') }))).to.deep.equal([]);
  });
});
