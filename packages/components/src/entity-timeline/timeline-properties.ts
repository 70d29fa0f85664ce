import type { DetectionSource, ServiceSource, Severity } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { DETECTION_SOURCE_LABELS, SERVICE_SOURCE_LABELS, SEVERITY_LABELS, TACTIC_LABELS } from '../internal/labels.js';

/** One property of a timeline event, as people read it. */
export interface TimelineProperty {
  name: string;
  value: string;
}

/**
 * The properties of a timeline event in words: the names and values the kit knows (an alert's
 * category, service and detection source, severity) through their labels, so that
 * "ServiceSource: azureAdIdentityProtection" reads "Service source: Microsoft Entra ID Protection".
 * Any other property is free text from the backend and shows as it came.
 */
export function timelineProperties(properties: Readonly<Record<string, string>>, l10n: Localizer): TimelineProperty[] {
  return Object.entries(properties).map(([name, value]) => {
    switch (name) {
      case 'Category': {
        const tactic = value.charAt(0).toLowerCase() + value.slice(1);
        return {
          name: l10n.t('field.category'),
          value: Object.hasOwn(TACTIC_LABELS, tactic) ? l10n.t(`tactic.${tactic as keyof typeof TACTIC_LABELS}`) : value,
        };
      }
      case 'ServiceSource':
        return {
          name: l10n.t('field.serviceSource'),
          value: Object.hasOwn(SERVICE_SOURCE_LABELS, value) ? l10n.t(`serviceSource.${value as ServiceSource}`) : value,
        };
      case 'DetectionSource':
        return {
          name: l10n.t('field.detectionSource'),
          value: Object.hasOwn(DETECTION_SOURCE_LABELS, value) ? l10n.t(`detectionSource.${value as DetectionSource}`) : value,
        };
      case 'Severity':
        return {
          name: l10n.t('field.severity'),
          value: Object.hasOwn(SEVERITY_LABELS, value) ? l10n.t(`severity.${value as Severity}`) : value,
        };
      default:
        return { name, value };
    }
  });
}
