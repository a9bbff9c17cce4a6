export * from './dates/index.js';
export * from './names/index.js';
export * from './roles/index.js';
