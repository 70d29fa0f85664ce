/**
 * The test backend's fixed data settings, in a module of their own: a page without the test
 * framework (a second tab, a frame) can import them, where test-backend.ts registers test hooks.
 */

/** Fixed so that every run sees the same generated data. */
export const TEST_SEED = 20240601;
export const TEST_NOW = Date.parse('2024-06-01T12:00:00Z');
export const TEST_SIZE = 30;
export const BASE_URL = '/api';
