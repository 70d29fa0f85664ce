import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's worker script must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
