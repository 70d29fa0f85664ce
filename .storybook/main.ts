import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's worker script must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  // Stories run the TypeScript sources of both packages, never a built dist/.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    resolve: { ...viteConfig.resolve, conditions: ['soc-kit-source', 'module', 'browser', 'development|production'] },
  }),
};

export default config;
