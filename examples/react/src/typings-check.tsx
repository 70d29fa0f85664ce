// Never rendered: `tsc --noEmit` checks that the package's React typings are precise. Each line
// after a `@ts-expect-error` must be a type error; were the typings to decay to `any` (or lose a
// tag), the unused `@ts-expect-error` itself would fail the type-check.
import type { AlertSelectEvent, IncidentSelectEvent } from '@soc-kit/components';
import type {} from '@soc-kit/components/react';

const onAlert = (event: AlertSelectEvent) => event.detail.alert.id;
const onIncident = (event: IncidentSelectEvent) => event.detail.incident.id;

export function TypingsCheck() {
  return (
    <>
      <soc-incident-queue page-size={50} url-sync onsoc-incident-select={onIncident} />
      {/* @ts-expect-error page-size is a number */}
      <soc-incident-queue page-size="many" />
      {/* @ts-expect-error the queue's select event carries an incident, not an alert */}
      <soc-incident-queue onsoc-incident-select={onAlert} />
      {/* @ts-expect-error no such tag */}
      <soc-incident-queues />
      {/* @ts-expect-error the provider's api is an IncidentApi */}
      <soc-api-provider api={{ baseUrl: '/api' }} />
    </>
  );
}
