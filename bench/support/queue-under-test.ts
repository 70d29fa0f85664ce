import type { IncidentApi } from '@soc-kit/components/api';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/queue/define.js';
import type { ListUnderTest, MountedList } from './list-under-test.js';

/** `soc-incident-queue` inside `soc-api-provider`, as a portal embeds it, filling the container's height. */
export function incidentQueueUnderTest(api: IncidentApi, clock: () => number): ListUnderTest {
  return {
    name: 'soc-incident-queue',
    mount(container) {
      const provider = document.createElement('soc-api-provider');
      provider.api = api;
      const queue = document.createElement('soc-incident-queue');
      // No remembered column layout: every run shows the default 17 columns.
      queue.storageKey = '';
      // Every incident, as the baselines show: not the portal's default filter.
      queue.initialFilter = 'none';
      queue.clock = clock;
      queue.style.height = `${container.clientHeight}px`;
      provider.append(queue);
      container.append(provider);
      const root = queue.shadowRoot;
      if (!root) throw new Error('soc-incident-queue has no shadow root after insertion.');
      const mounted: MountedList = {
        root,
        scroller: () => root.querySelector<HTMLElement>('[part~="scroller"]'),
        rowGroup: () => root.querySelector<HTMLElement>('[role="rowgroup"].body'),
        idAt: (index) =>
          root.querySelector<HTMLElement>(`.body [role="row"][aria-rowindex="${index + 2}"]:not(.placeholder)`)?.dataset.id,
        remove: () => provider.remove(),
      };
      return mounted;
    },
  };
}
