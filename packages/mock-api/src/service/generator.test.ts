import { expect } from '@open-wc/testing';
import { type Alert, type DetectionSource, ENTITY_TYPES, type Evidence, type Incident, OS_PLATFORMS, type ServiceSource } from '@soc-kit/components/api';
import { IncidentService } from './incident-service.js';
import { NON_TACTIC_CATEGORIES, TECHNIQUES, tacticOfCategory, tacticsOf } from './mitre.js';
import { NOW } from './testing.js';

const DAY = 86_400_000;

/** Which detection sources belong to which service. */
const DETECTORS: Partial<Record<ServiceSource, DetectionSource[]>> = {
  microsoftDefenderForEndpoint: ['microsoftDefenderForEndpoint', 'antivirus', 'smartScreen', 'customTi'],
  microsoftDefenderForIdentity: ['microsoftDefenderForIdentity'],
  microsoftDefenderForOffice365: ['microsoftDefenderForOffice365'],
  microsoftDefenderForCloudApps: ['cloudAppSecurity'],
  azureAdIdentityProtection: ['azureAdIdentityProtection'],
  microsoftDefenderForCloud: ['microsoftDefenderForServers', 'microsoftDefenderForStorage', 'microsoftDefenderForKeyVault'],
  microsoftAppGovernance: ['appGovernanceDetection'],
  dataLossPrevention: ['microsoftDataLossPrevention'],
  microsoftInsiderRiskManagement: ['microsoftInsiderRiskManagement'],
  microsoft365Defender: ['microsoft365Defender'],
  microsoftSentinel: ['scheduledAlerts', 'nrtAlerts'],
};

interface Tenant {
  service: IncidentService;
  incidents: Incident[];
  alerts: Map<string, Alert[]>;
  evidence: Map<string, Evidence[]>;
}

function tenant(seed: number, size: number): Tenant {
  const service = new IncidentService({ seed, size, now: NOW, clock: () => NOW });
  const incidents: Incident[] = [];
  for (let skip = 0; skip < size; skip += 500) incidents.push(...service.listIncidents({ top: 500, skip, sort: { field: 'id', direction: 'asc' } }).items);
  const alerts = new Map(incidents.map((incident) => [incident.id, service.listIncidentAlerts(incident.id)]));
  const evidence = new Map(incidents.map((incident) => [incident.id, service.listEvidence(incident.id)]));
  return { service, incidents, alerts, evidence };
}

const unique = <T>(values: T[]) => [...new Set(values)];

describe('the generator', () => {
  it('generates identical data for the same seed and time', () => {
    const json = (t: Tenant) => JSON.stringify([t.incidents, [...t.alerts], [...t.evidence]]);
    expect(json(tenant(7, 120))).to.equal(json(tenant(7, 120)));
  });

  it('generates different data for another seed', () => {
    const a = tenant(7, 60);
    const b = tenant(8, 60);
    expect(JSON.stringify(a.incidents)).to.not.equal(JSON.stringify(b.incidents));
    expect(a.incidents.map((incident) => incident.displayName)).to.not.deep.equal(b.incidents.map((incident) => incident.displayName));
  });

  it('builds details lazily, the same whatever order they are read in', () => {
    const forward = new IncidentService({ seed: 3, size: 40, now: NOW });
    const backward = new IncidentService({ seed: 3, size: 40, now: NOW });
    const ids = forward.listIncidents({ top: 40 }).items.map((incident) => incident.id);
    const read = (service: IncidentService, id: string) => JSON.stringify([service.listIncidentAlerts(id), service.listActivity(id), service.listInvestigations(id), service.listRemediationActions({ incidentId: id }), service.listTasks(id)]);
    const first = ids.map((id) => read(forward, id));
    const second = [...ids].reverse().map((id) => read(backward, id)).reverse();
    expect(second).to.deep.equal(first);
  });

  describe('a tenant of 1,000 incidents', () => {
    const t = tenant(11, 1000);

    it('summarises each incident from its alerts and evidence', () => {
      for (const incident of t.incidents) {
        const alerts = t.alerts.get(incident.id)!;
        const evidence = t.evidence.get(incident.id)!;
        expect(incident.alertCount).to.equal(alerts.length);
        expect(incident.activeAlertCount).to.equal(alerts.filter((alert) => alert.status !== 'resolved').length);
        expect(incident.serviceSources).to.deep.equal(unique(alerts.map((alert) => alert.serviceSource)));
        expect(incident.detectionSources).to.deep.equal(unique(alerts.map((alert) => alert.detectionSource)));
        expect(incident.categories).to.deep.equal(unique(alerts.map((alert) => alert.category)));
        expect(incident.mitreTechniques).to.deep.equal(unique(alerts.flatMap((alert) => alert.mitreTechniques)).sort());
        expect(incident.tactics).to.deep.equal(tacticsOf(incident.mitreTechniques, incident.categories));
        const count = (type: string) => evidence.filter((entity) => entity.type === type).length;
        expect(incident.impactedAssets).to.deep.equal({ devices: count('device'), users: count('user'), mailboxes: count('mailbox'), apps: count('cloudApplication'), ips: count('ip'), cloudResources: count('azureResource') });
        const severities = ['unknown', 'informational', 'low', 'medium', 'high'];
        expect(incident.severity).to.equal(severities[Math.max(...alerts.map((alert) => severities.indexOf(alert.severity)))]);
        expect(Date.parse(incident.firstActivityDateTime)).to.equal(Math.min(...alerts.map((alert) => Date.parse(alert.firstActivityDateTime))));
        expect(Date.parse(incident.lastActivityDateTime)).to.equal(Math.max(...alerts.map((alert) => Date.parse(alert.lastActivityDateTime))));
      }
    });

    it('uses real ATT&CK techniques consistent with the alert categories', () => {
      for (const alert of [...t.alerts.values()].flat()) {
        for (const technique of alert.mitreTechniques) expect(TECHNIQUES[technique], technique).to.exist;
        const tactic = tacticOfCategory(alert.category);
        if (tactic) {
          if (alert.mitreTechniques.length > 0) expect(tacticsOf(alert.mitreTechniques), `${alert.title}: ${alert.category}`).to.include(tactic);
        } else {
          expect(NON_TACTIC_CATEGORIES as readonly string[]).to.include(alert.category);
        }
      }
    });

    it('pairs service and detection sources as the real products do, about 15% from Microsoft Sentinel', () => {
      for (const alert of [...t.alerts.values()].flat()) expect(DETECTORS[alert.serviceSource], alert.serviceSource).to.include(alert.detectionSource);
      const sentinel = t.incidents.filter((incident) => incident.serviceSources.includes('microsoftSentinel'));
      expect(sentinel.length / t.incidents.length).to.be.within(0.1, 0.2);
      for (const incident of sentinel) expect(incident.serviceSources).to.deep.equal(['microsoftSentinel']);
      expect(unique(sentinel.flatMap((incident) => incident.detectionSources)).sort()).to.deep.equal(['nrtAlerts', 'scheduledAlerts']);
    });

    it('classifies resolved incidents and determines only true positives', () => {
      for (const incident of t.incidents) {
        if (incident.status === 'resolved') expect(incident.classification).to.not.equal('unknown');
        if (incident.determination !== 'unknown') expect(incident.classification).to.equal('truePositive');
      }
      const count = (predicate: (incident: Incident) => boolean) => t.incidents.filter(predicate).length;
      for (const status of ['active', 'inProgress', 'resolved', 'redirected'] as const) expect(count((incident) => incident.status === status), status).to.be.greaterThan(5);
      for (const severity of ['informational', 'low', 'medium', 'high'] as const) expect(count((incident) => incident.severity === severity), severity).to.be.greaterThan(5);
      for (const classification of ['truePositive', 'falsePositive', 'informationalExpectedActivity'] as const) expect(count((incident) => incident.classification === classification)).to.be.greaterThan(20);
      expect(count((incident) => incident.assignedTo === null)).to.be.within(50, 700);
      expect(count((incident) => incident.customTags.length > 0)).to.be.within(100, 900);
      expect(count((incident) => incident.redirectIncidentId !== null)).to.equal(count((incident) => incident.status === 'redirected'));
    });

    it('spreads incidents over the six months before now', () => {
      const created = t.incidents.map((incident) => Date.parse(incident.createdDateTime));
      expect(Math.min(...created)).to.be.at.least(NOW - 183 * DAY);
      expect(Math.max(...created)).to.be.at.most(NOW);
      expect(created.filter((time) => time < NOW - 90 * DAY).length).to.be.greaterThan(100);
      expect(created.filter((time) => time > NOW - 7 * DAY).length).to.be.greaterThan(20);
      for (const incident of t.incidents) {
        expect(Date.parse(incident.firstActivityDateTime)).to.be.at.most(Date.parse(incident.lastActivityDateTime));
        expect(Date.parse(incident.lastUpdateDateTime)).to.be.within(Date.parse(incident.createdDateTime), NOW);
      }
    });

    it('names incidents the way Defender and Sentinel do', () => {
      const names = t.incidents.map((incident) => incident.displayName);
      expect(names.some((name) => /^Multi-stage incident involving [A-Z][a-z ]+ & [A-Z][a-z ]+ on (one endpoint|multiple endpoints)/.test(name))).to.be.true;
      expect(names.some((name) => /^Suspicious PowerShell command line on CONTOSO-[A-Z]+-\d{4}$/.test(name))).to.be.true;
      expect(names).to.include('Email messages containing malicious URL removed after delivery');
      expect(names).to.include('Password spray attack detected');
      expect(names).to.include('Brute force attack against Azure Portal');
    });

    it('draws evidence of every type from a shared pool', () => {
      const all = [...t.evidence.values()].flat();
      expect(unique(all.map((entity) => entity.type)).sort()).to.deep.equal(ENTITY_TYPES.filter((type) => type !== 'unknown').sort());
      const incidentsPerDevice = new Map<string, number>();
      for (const entity of all.filter((candidate) => candidate.type === 'device')) incidentsPerDevice.set(entity.id, (incidentsPerDevice.get(entity.id) ?? 0) + 1);
      expect(Math.max(...incidentsPerDevice.values())).to.be.greaterThan(5);
      const process = all.find((entity) => entity.type === 'process' && entity.imageFileName === 'powershell.exe');
      expect(process && 'processCommandLine' in process ? process.processCommandLine : '').to.match(/^powershell\.exe -/);
      for (const alert of [...t.alerts.values()].flat()) {
        for (const entity of alert.evidence) expect(entity.alertIds).to.include(alert.id);
      }
    });

    it('has comments, an audit trail, tasks and investigations with pending actions', () => {
      const sample = t.incidents.slice(0, 300);
      const comments = sample.filter((incident) => t.service.listComments(incident.id).length > 0).length;
      const tasks = sample.filter((incident) => t.service.listTasks(incident.id).length > 0).length;
      expect(comments).to.be.within(30, 280);
      expect(tasks).to.be.within(15, 150);
      for (const incident of sample) {
        const activity = t.service.listActivity(incident.id);
        expect(activity[0]!.action).to.equal('created');
        expect(Date.parse(activity.at(-1)!.time)).to.be.at.most(Date.parse(incident.lastUpdateDateTime));
        if (incident.status === 'resolved') expect(activity.at(-1)!.changes.find((change) => change.field === 'status')?.to).to.equal('resolved');
      }
      const pending = t.service.listRemediationActions({ status: ['pending'] });
      expect(pending.length).to.be.greaterThan(5);
      for (const action of pending) {
        expect(t.service.getIncident(action.incidentId!).investigationState).to.equal('pendingApproval');
        expect(t.service.getEntity(action.entityId).remediationStatus).to.be.oneOf(['pendingApproval', 'remediated', 'blocked', 'failed', 'declined']);
      }
    });

    it('gives each incident the device groups and OS platforms of its devices, threats of its kind of attack and sensitivity of its data', () => {
      for (const incident of t.incidents) {
        const devices = t.evidence.get(incident.id)!.filter((entity) => entity.type === 'device');
        expect(incident.deviceGroups, incident.id).to.have.members(unique(devices.map((device) => device.rbacGroupName!)));
        expect(incident.osPlatforms, incident.id).to.have.members(unique(devices.map((device) => device.osPlatform)));
        expect(incident.osPlatforms.every((platform) => (OS_PLATFORMS as readonly string[]).includes(platform)), incident.id).to.be.true;
        const phones = devices.filter((device) => device.osPlatform === 'iOS' || device.osPlatform === 'Android');
        const endpointEvidence = t.evidence.get(incident.id)!.some((entity) => ['process', 'file', 'registryKey', 'registryValue'].includes(entity.type));
        if (phones.length > 0) expect(endpointEvidence, `${incident.id}: a phone runs no processes`).to.be.false;
        for (const device of devices) {
          if (device.displayName.startsWith('CONTOSO-DC-')) expect(device.rbacGroupName).to.equal('Domain controllers');
          if (device.osPlatform.startsWith('WindowsServer')) expect(device.rbacGroupName).to.match(/servers|controllers/);
          if (device.osPlatform === 'Windows11' || device.osPlatform === 'Windows10') expect(device.rbacGroupName).to.match(/ workstations$/);
        }
        // Sentinel analytics rules name neither threats nor data; a ransomware attack names its loader and its ransomware.
        if (incident.serviceSources.includes('microsoftSentinel')) expect(incident.threats.length + incident.sensitivityLabels.length, incident.id).to.equal(0);
        if (incident.systemTags.includes('Ransomware') && incident.threats.length > 0) expect(incident.threats, incident.id).to.have.length(2);
        expect(incident.sensitivityLabels.length, incident.id).to.be.at.most(1);
      }
      const all = (pick: (incident: Incident) => readonly string[]) => new Set(t.incidents.flatMap(pick));
      expect([...all((incident) => incident.deviceGroups)]).to.include.members(['Domain controllers', 'Finance workstations', 'Mobile devices']);
      expect([...all((incident) => incident.osPlatforms)]).to.include.members(['Windows11', 'Windows10', 'WindowsServer2022']);
      expect([...all((incident) => incident.threats)]).to.include.members(['Qakbot', 'Cobalt Strike', 'Emotet']);
      expect([...all((incident) => incident.sensitivityLabels)]).to.have.members(['General', 'Confidential', 'Highly confidential']);
      expect(t.incidents.filter((incident) => incident.threats.length > 0).length, 'some incidents name no threat').to.be.within(100, 800);
    });
  });

  it('materialises 100,000 incidents and reads any of them', () => {
    const service = new IncidentService({ seed: 5, size: 100_000, now: NOW });
    const page = service.listIncidents({ severity: ['high'], sort: { field: 'createdDateTime', direction: 'asc' }, skip: 20_000, top: 5 });
    expect(page.totalCount).to.be.within(20_000, 80_000);
    expect(page.items).to.have.length(5);
    const last = service.getIncident('101000');
    expect(service.listIncidentAlerts(last.id)).to.have.length(last.alertCount);
    expect(() => service.getIncident('101001')).to.throw(/No incident/);
  });
});
