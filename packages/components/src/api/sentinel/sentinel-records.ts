import type { Comment, Task } from '../model.js';
import { type Json, personOf, propertiesOf, resourceName, text } from './sentinel-json.js';

/** Sentinel incident comments and tasks (ARM sub-resources of an incident) as kit records. */

export function commentFromSentinel(resource: Json, incidentId: string): Comment {
  const properties = propertiesOf(resource);
  return {
    id: resourceName(resource),
    incidentId,
    comment: text(properties.message),
    createdBy: personOf(properties.author),
    createdDateTime: text(properties.createdTimeUtc),
  };
}

export function taskFromSentinel(resource: Json, incidentId: string): Task {
  const properties = propertiesOf(resource);
  const created = text(properties.createdTimeUtc);
  return {
    id: resourceName(resource),
    incidentId,
    title: text(properties.title),
    description: text(properties.description),
    status: text(properties.status).toLowerCase() === 'completed' ? 'completed' : 'new',
    createdBy: personOf(properties.createdBy),
    createdDateTime: created,
    lastModifiedDateTime: text(properties.lastModifiedTimeUtc) || created,
  };
}
