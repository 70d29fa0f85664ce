import type { DetectionSource, ServiceSource } from '../model.js';

/**
 * Sentinel names the product behind an alert (`productName`, `alertProductNames`, an incident's
 * `providerName`); the kit names Graph's service and detection sources. Old and new product names
 * both appear in real workspaces; the first name of each product is the one written.
 */
const PRODUCTS: readonly [names: string[], service: ServiceSource, detection: DetectionSource][] = [
  [['Azure Sentinel', 'Microsoft Sentinel'], 'microsoftSentinel', 'microsoftSentinel'],
  [['Azure Security Center', 'Microsoft Defender for Cloud'], 'microsoftDefenderForCloud', 'microsoftDefenderForCloud'],
  [
    ['Microsoft Defender Advanced Threat Protection', 'Microsoft Defender for Endpoint'],
    'microsoftDefenderForEndpoint',
    'microsoftDefenderForEndpoint',
  ],
  [['Azure Advanced Threat Protection', 'Microsoft Defender for Identity'], 'microsoftDefenderForIdentity', 'microsoftDefenderForIdentity'],
  [['Microsoft Cloud App Security', 'Microsoft Defender for Cloud Apps'], 'microsoftDefenderForCloudApps', 'cloudAppSecurity'],
  [
    ['Office 365 Advanced Threat Protection', 'Microsoft Defender for Office 365'],
    'microsoftDefenderForOffice365',
    'microsoftDefenderForOffice365',
  ],
  [
    ['Azure Active Directory Identity Protection', 'Microsoft Entra ID Protection'],
    'azureAdIdentityProtection',
    'azureAdIdentityProtection',
  ],
  [['Microsoft 365 Defender', 'Microsoft Defender XDR', 'Microsoft XDR'], 'microsoft365Defender', 'microsoft365Defender'],
  [
    ['Microsoft 365 Insider Risk Management', 'Microsoft Insider Risk Management'],
    'microsoftInsiderRiskManagement',
    'microsoftInsiderRiskManagement',
  ],
  [['Microsoft Data Loss Prevention'], 'dataLossPrevention', 'microsoftDataLossPrevention'],
];

const BY_NAME = new Map(PRODUCTS.flatMap(([names, service, detection]) => names.map((name) => [name.toLowerCase(), { service, detection }])));

export function serviceSourceOfProduct(product: string): ServiceSource {
  return BY_NAME.get(product.trim().toLowerCase())?.service ?? 'unknown';
}

export function detectionSourceOfProduct(product: string): DetectionSource {
  return BY_NAME.get(product.trim().toLowerCase())?.detection ?? 'unknown';
}

/** The product name Sentinel uses for a service source, for automation conditions. */
export function productNameOfServiceSource(source: ServiceSource): string | undefined {
  return PRODUCTS.find(([, service]) => service === source)?.[0][0];
}
