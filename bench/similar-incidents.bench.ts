/**
 * Similar incidents at 100,000 incidents: the time per `listSimilarIncidents` call, over incidents
 * spread across the tenant, at the default `top` and at the largest, and for an ingested incident.
 * The first call is reported apart (it lays the generated incidents out by trait).
 */
import { IncidentService } from '../packages/mock-api/src/service/index.js';

const SIZE = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const SAMPLE = 200;

function measure(action: (i: number) => unknown, runs: number): { median: number; p95: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    action(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)]!, p95: times[Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]!, max: times[runs - 1]! };
}

const ms = (value: number) => Number(value.toFixed(value < 1 ? 3 : 1));

export default function run() {
  let service: IncidentService | undefined;
  const construction = measure(() => (service = new IncidentService({ seed: 1, size: SIZE, now: NOW, clock: () => NOW })), 1);
  const ids = Array.from({ length: SAMPLE }, (_, i) => String(1001 + Math.floor((i * (SIZE - 1)) / (SAMPLE - 1))));
  const first = measure(() => service!.listSimilarIncidents(ids[0]!), 1);

  const device = service!.listEvidence(ids[1]!).find((entity) => entity.type === 'device');
  const ingested = service!.createIncident(service!.principalFor('admin'), {
    displayName: 'Ingested for the benchmark',
    alerts: [
      {
        title: 'Suspicious PowerShell command line',
        severity: 'high',
        serviceSource: 'microsoftDefenderForEndpoint',
        detectionSource: 'antivirus',
        category: 'Execution',
        mitreTechniques: ['T1059.001'],
        evidence: device ? [{ '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: device.displayName }] : [],
      },
    ],
  } as Parameters<IncidentService['createIncident']>[1]);

  const rows = [
    { case: `top 10, ${SAMPLE} incidents across the tenant`, time: measure((i) => service!.listSimilarIncidents(ids[i]!), SAMPLE) },
    { case: `top 50, ${SAMPLE} incidents across the tenant`, time: measure((i) => service!.listSimilarIncidents(ids[i]!, { top: 50 }), SAMPLE) },
    { case: 'top 50, an ingested incident', time: measure(() => service!.listSimilarIncidents(ingested.id, { top: 50 }), 50) },
  ].map(({ case: name, time }) => ({ case: name, 'median ms': ms(time.median), 'p95 ms': ms(time.p95), 'max ms': ms(time.max) }));

  const found = ids.map((id) => service!.listSimilarIncidents(id, { top: 50 }).length);
  return {
    title: `Similar incidents at ${SIZE.toLocaleString('en-US')} incidents`,
    notes: [
      `Service construction (records, figures and the similarity pairs): ${ms(construction.median)} ms`,
      `First call (lays the generated incidents out by entity, title and technique): ${ms(first.median)} ms`,
      `Similar incidents found at top 50: median ${found.sort((a, b) => a - b)[Math.floor(SAMPLE / 2)]} of the ${SAMPLE} sampled`,
    ],
    rows,
  };
}
