import { useCallback, useMemo, useState } from 'react';
import type { IncidentSelectEvent } from '@soc-kit/components';
import { HttpIncidentApi, type Incident } from '@soc-kit/components/api';
import '@soc-kit/components/api-provider';
import '@soc-kit/components/incident-queue';
import '@soc-kit/components/incident-summary';
// The package's React 19 typings: every soc-* tag in JSX with its properties and `on<event>` handlers.
import type {} from '@soc-kit/components/react';

export function App() {
  // One client for the app's lifetime; React 19 sets it as the provider's `api` property.
  const api = useMemo(() => new HttpIncidentApi({ baseUrl: '/api' }), []);
  const [selected, setSelected] = useState<Incident | null>(null);

  // React 19 adds `onsoc-incident-select` as a listener for the element's `soc-incident-select` event.
  const onSelect = useCallback((event: IncidentSelectEvent) => setSelected(event.detail.incident), []);

  return (
    <>
      <header>
        <h1>Contoso SOC portal</h1>
        <p>
          Selected incident: <output id="selected-incident">{selected ? selected.id : 'none'}</output>
        </p>
      </header>
      <soc-api-provider api={api}>
        <div className="panes">
          <soc-incident-queue storage-key="" onsoc-incident-select={onSelect} />
          {selected ? <soc-incident-summary incident={selected} /> : <p>Select an incident to see its summary.</p>}
        </div>
      </soc-api-provider>
    </>
  );
}
