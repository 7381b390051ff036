import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // MSW's service worker, and the sample catalog as /angebote.json.
  staticDirs: ['./public', '../demo/public'],
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // vite.config.ts builds the library; Storybook builds an app.
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rolldownOptions;
    }
    return viteConfig;
  },
};

export default config;
