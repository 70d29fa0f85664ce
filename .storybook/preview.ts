import type { Preview } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import '../packages/components/src/styles/theme.css';

const preview: Preview = {
  // One worker for every story; each story adds the handlers of its own mock backend.
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker();
      await worker.start({ serviceWorker: { url: './mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
      return worker;
    }),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
