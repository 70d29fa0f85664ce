export * from './model.js';
export * from './incident-api.js';
export * from './api-error.js';
export * from './context.js';
export * from './http-incident-api.js';
export * from './graph/evidence.js';
export * from './graph/graph-security-api.js';
export * from './sentinel/sentinel-api.js';
