/**
 * The SOC Kit mock backend: an in-memory incident service, the REST API over it as MSW
 * handlers, run-time scenarios and request validation. Importing this module starts nothing;
 * `./browser` and `./node` start a worker or server.
 */
export * from './service/index.js';
export {
  MockBackend,
  MockBackendChangeEvent,
  DEFAULT_STORAGE_KEY,
  type MockBackendChange,
  type MockBackendOptions,
  type PersistenceState,
  type ResetOptions,
} from './backend.js';
export * from './scenarios.js';
export * from './validation.js';
export * from './handlers/index.js';
