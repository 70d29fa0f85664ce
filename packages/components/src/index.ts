export * from './api/index.js';
export { SocElement } from './internal/soc-element.js';
export { SocApiProvider } from './provider/api-provider.js';
