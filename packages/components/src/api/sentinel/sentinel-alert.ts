import type { Alert, AlertStatus } from '../model.js';
import { type Json, propertiesOf, resourceName, strings, text } from './sentinel-json.js';
import { detectionSourceOfProduct, serviceSourceOfProduct } from './sentinel-products.js';
import { severityFromSentinel } from './sentinel-incident.js';

/**
 * Sentinel `SecurityAlert` entities (from `POST .../incidents/{id}/alerts`) as kit alerts. Sentinel
 * alerts have no classification or determination of their own (the incident has them), no owner,
 * tags or comments (the incident has those too), and their evidence is listed per incident, not per
 * alert: `evidence` is empty.
 */

const STATUS: Readonly<Record<string, AlertStatus>> = {
  new: 'new',
  inprogress: 'inProgress',
  resolved: 'resolved',
  // Dismissed alerts are done with, as the kit's resolved ones are.
  dismissed: 'resolved',
};

export function alertFromSentinel(resource: Json, incidentId: string): Alert {
  const properties = propertiesOf(resource);
  const product = text(properties.productName);
  const generated = text(properties.timeGenerated);
  const tactics = strings(properties.tactics);
  return {
    id: text(properties.systemAlertId) || resourceName(resource),
    incidentId,
    title: text(properties.alertDisplayName) || text(properties.friendlyName),
    description: text(properties.description),
    severity: severityFromSentinel(properties.severity),
    status: STATUS[text(properties.status).toLowerCase()] ?? 'new',
    classification: 'unknown',
    determination: 'unknown',
    serviceSource: serviceSourceOfProduct(product),
    detectionSource: detectionSourceOfProduct(product),
    category: text(properties.intent) || tactics[0] || '',
    mitreTechniques: strings(properties.techniques),
    recommendedActions: strings(properties.remediationSteps).join('\n'),
    createdDateTime: generated,
    firstActivityDateTime: text(properties.startTimeUtc) || generated,
    lastActivityDateTime: text(properties.endTimeUtc) || generated,
    // When Sentinel last processed the alert; its changes are made in the product that raised it.
    lastUpdateDateTime: text(properties.processingEndTime) || generated,
    assignedTo: null,
    tags: [],
    investigationState: 'unknown',
    comments: [],
    evidence: [],
  };
}
