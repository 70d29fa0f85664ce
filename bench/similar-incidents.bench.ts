/**
 * Similar incidents at 100,000 incidents: the time per `listSimilarIncidents` call, over incidents
 * spread across the tenant, at the default `top` and at the largest, and for an ingested incident.
 * The first call is reported apart (it lays the generated incidents out by trait).
 */
import { IncidentService } from '../packages/mock-api/src/service/index.js';
import { ms, timeRuns } from './support/stats.js';

const SIZE = 100_000;
const NOW = Date.parse('2025-03-03T09:00:00.000Z');
const SAMPLE = 200;


export default function run() {
  let service: IncidentService | undefined;
  const construction = timeRuns(1, () => (service = new IncidentService({ seed: 1, size: SIZE, now: NOW, clock: () => NOW })));
  const ids = Array.from({ length: SAMPLE }, (_, i) => String(1001 + Math.floor((i * (SIZE - 1)) / (SAMPLE - 1))));
  const first = timeRuns(1, () => service!.listSimilarIncidents(ids[0]!));

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
    { case: `top 10, ${SAMPLE} incidents across the tenant`, time: timeRuns(SAMPLE, (i) => service!.listSimilarIncidents(ids[i]!)) },
    { case: `top 50, ${SAMPLE} incidents across the tenant`, time: timeRuns(SAMPLE, (i) => service!.listSimilarIncidents(ids[i]!, { top: 50 })) },
    { case: 'top 50, an ingested incident', time: timeRuns(50, () => service!.listSimilarIncidents(ingested.id, { top: 50 })) },
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
