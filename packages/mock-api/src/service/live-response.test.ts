import { expect } from '@open-wc/testing';
import type { DeviceEntity } from '@soc-kit/components/api';
import type { IncidentService } from './incident-service.js';
import { createTestService, expectServiceError, responder } from './testing.js';

/** An onboarded Windows device of the generated tenant. */
function windowsDevice(service: IncidentService, skip = 0): DeviceEntity {
  let found = 0;
  for (let index = 0; index < 200; index++) {
    const device = service.getEntity(`device-${index}`) as DeviceEntity;
    if (device.onboardingStatus === 'onboarded' && device.osPlatform.startsWith('Windows') && found++ === skip) return device;
  }
  throw new Error('no onboarded Windows device');
}

describe('live response', () => {
  it('lists its commands with help', () => {
    const { service } = createTestService();
    const result = service.runLiveResponseCommand(responder, windowsDevice(service).id, 'help');
    expect(result.status).to.equal('completed');
    for (const command of ['processes', 'connections', 'getfile <path>', 'isolate', 'release']) expect(result.output).to.contain(command);
  });

  it('answers plausibly and the same way every time for the same device', () => {
    const { service, clock } = createTestService();
    const device = windowsDevice(service);
    const processes = service.runLiveResponseCommand(responder, device.id, 'processes');
    expect(processes).to.include({ deviceId: device.id, command: 'processes', status: 'completed', time: new Date(clock.time).toISOString() });
    expect(processes.output).to.contain('lsass.exe').and.contain('PID');
    expect(service.runLiveResponseCommand(responder, device.id, 'processes').output).to.equal(processes.output);
    expect(service.runLiveResponseCommand(responder, windowsDevice(service, 1).id, 'processes').output).to.not.equal(processes.output);
    const connections = service.runLiveResponseCommand(responder, device.id, 'connections');
    expect(connections.output).to.contain(device.ipAddresses[0]!).and.contain('ESTABLISHED');
  });

  it('collects files with getfile and needs a path', () => {
    const { service } = createTestService();
    const device = windowsDevice(service);
    const outcomes = ['C:\\Windows\\Temp\\a.exe', 'C:\\Users\\Public\\b.dll', 'C:\\ProgramData\\c.ps1', 'C:\\d.txt', 'C:\\e.bin', 'C:\\f.zip', 'C:\\g.exe', 'C:\\h.exe'].map((path) =>
      service.runLiveResponseCommand(responder, device.id, `getfile "${path}"`),
    );
    const collected = outcomes.find((outcome) => outcome.status === 'completed')!;
    expect(collected.output).to.match(/SHA256: [0-9a-f]{64}/);
    for (const outcome of outcomes.filter((candidate) => candidate.status === 'failed')) expect(outcome.output).to.match(/^File not found/);
    const missing = service.runLiveResponseCommand(responder, device.id, 'getfile');
    expect(missing.status).to.equal('failed');
    expect(missing.output).to.contain('path');
  });

  it('isolates and releases the device, and refuses to do either twice', () => {
    const { service } = createTestService();
    const device = windowsDevice(service);
    expect(service.runLiveResponseCommand(responder, device.id, 'release').status).to.equal('failed');
    expect(service.runLiveResponseCommand(responder, device.id, 'isolate').status).to.equal('completed');
    expect((service.getEntity(device.id) as DeviceEntity).isolated).to.be.true;
    const again = service.runLiveResponseCommand(responder, device.id, 'isolate');
    expect(again.status).to.equal('failed');
    expect(again.output).to.contain('already isolated');
    expect(service.runLiveResponseCommand(responder, device.id, 'release').status).to.equal('completed');
    expect((service.getEntity(device.id) as DeviceEntity).isolated).to.be.false;
  });

  it('audits an isolation on the open incidents that name the device', () => {
    const { service } = createTestService({ size: 300 });
    const open = service.listIncidents({ status: ['active', 'inProgress'], top: 100 }).items;
    const device = open.flatMap((incident) => service.listEvidence(incident.id)).find((entity) => entity.type === 'device' && entity.onboardingStatus === 'onboarded')!;
    service.runLiveResponseCommand(responder, device.id, 'isolate');
    const named = service.getEntityInsights(device.id).relatedIncidents.filter((incident) => incident.status === 'active' || incident.status === 'inProgress');
    expect(named).to.not.be.empty;
    for (const incident of named) {
      expect(service.listActivity(incident.id).at(-1)).to.include({ action: 'remediation', actor: responder.id, detail: `Isolated ${device.displayName} with live response` });
    }
  });

  it('answers unknown commands with a clear failure', () => {
    const { service } = createTestService();
    const result = service.runLiveResponseCommand(responder, windowsDevice(service).id, 'format c:');
    expect(result.status).to.equal('failed');
    expect(result.output).to.contain("Unknown command 'format'");
  });

  it('refuses bad input', () => {
    const { service } = createTestService();
    const device = windowsDevice(service);
    expectServiceError(() => service.runLiveResponseCommand(responder, device.id, '   '), 'validation', 'command');
    expectServiceError(() => service.runLiveResponseCommand(responder, device.id, 'x'.repeat(1001)), 'validation', 'command');
    expectServiceError(() => service.runLiveResponseCommand(responder, 'user-0', 'help'), 'validation', 'deviceId');
    expectServiceError(() => service.runLiveResponseCommand(responder, 'device-99999', 'help'), 'notFound');
  });

  it('needs an onboarded device', () => {
    const { service } = createTestService({ size: 2000 });
    let device: DeviceEntity | undefined;
    for (let index = 0; !device && index < 240; index++) {
      const candidate = service.getEntity(`device-${index}`) as DeviceEntity;
      if (candidate.onboardingStatus !== 'onboarded') device = candidate;
    }
    const result = service.runLiveResponseCommand(responder, device!.id, 'processes');
    expect(result.status).to.equal('failed');
    expect(result.output).to.contain('onboarded');
  });
});
