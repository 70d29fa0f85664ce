import type { MockBackend } from '@soc-kit/mock-api';

/**
 * Incidents for the similar incidents' tests and story: a PowerShell incident, a twin that shares
 * its alert title, both techniques and five entities, and a lone incident nothing is like.
 */

export const SHARED_TITLE = 'Encoded PowerShell download cradle on CONTOSO-WS-9105';
export const SHARED_TECHNIQUES = ['T1059.001', 'T1105'];

/** The five entities of both incidents, as Graph evidence. */
const sharedEvidence = () => [
  { '@odata.type': '#microsoft.graph.security.deviceEvidence', deviceDnsName: 'contoso-ws-9105.contoso.com', hostName: 'CONTOSO-WS-9105' },
  { '@odata.type': '#microsoft.graph.security.userEvidence', userAccount: { userPrincipalName: 'jdoe@contoso.com', displayName: 'jdoe' } },
  { '@odata.type': '#microsoft.graph.security.fileEvidence', fileDetails: { fileName: 'invoice-9105.ps1', sha256: 'a9105'.padEnd(64, '0') } },
  { '@odata.type': '#microsoft.graph.security.ipEvidence', ipAddress: '10.91.0.5' },
  { '@odata.type': '#microsoft.graph.security.urlEvidence', url: 'https://cdn-9105.example.net/stage2' },
];

export interface SimilarIncidentsData {
  /** The incident whose similar incidents are shown. */
  incidentId: string;
  /** The incident most like it. */
  twinId: string;
  /** An incident no other one is like. */
  loneId: string;
}

export function similarIncidentsData(backend: MockBackend, { twinName = 'Download cradle run again by jdoe' } = {}): SimilarIncidentsData {
  const service = backend.service;
  const analyst = service.principalFor('admin');
  const alert = { title: SHARED_TITLE, severity: 'high' as const, mitreTechniques: SHARED_TECHNIQUES, evidence: sharedEvidence() };
  const incidentId = service.createIncident(analyst, { displayName: 'Suspicious PowerShell on CONTOSO-WS-9105', alerts: [alert] }).id;
  const twinId = service.createIncident(analyst, {
    displayName: twinName,
    classification: 'truePositive',
    determination: 'malware',
    alerts: [{ ...alert, severity: 'medium' }],
  }).id;
  const loneId = service.createIncident(analyst, {
    displayName: 'A sign-in like no other',
    alerts: [{ title: 'Sign-in from a place no one else signs in from', severity: 'low' }],
  }).id;
  return { incidentId, twinId, loneId };
}
