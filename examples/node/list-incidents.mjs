// Plain Node, no bundler and no TypeScript: the mock backend answers fetch() in this process,
// and the kit's REST client lists the newest high-severity incidents through it.
import { HttpIncidentApi } from '@soc-kit/components/api';
import { startMockBackend } from '@soc-kit/mock-api/node';

const baseUrl = 'http://localhost/api';
const backend = startMockBackend({ baseUrl, size: 200, seed: 7 });
try {
  const api = new HttpIncidentApi({ baseUrl });
  const page = await api.listIncidents({ severity: ['high'], sort: { field: 'lastUpdateDateTime', direction: 'desc' }, top: 5 });
  console.log(`${page.totalCount} high-severity incidents; the newest ${page.items.length}:`);
  for (const incident of page.items) {
    console.log(`  ${incident.id}  ${incident.status.padEnd(10)}  ${incident.displayName}`);
  }
} finally {
  backend.stop();
}
