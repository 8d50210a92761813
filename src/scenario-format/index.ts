/**
 * The scenario library's pure codec layer: the saved-scenario record and its schema, record migrations,
 * the export file format, import planning and share links. No storage, no UI; see docs/scenario-format.md.
 */
export * from './format-issues';
export * from './saved-scenario';
export * from './scenario-ranges';
export * from './migrations';
export * from './file-format';
export * from './import-plan';
export * from './share-link';
export { parseUntrustedJson, findForbiddenKey, utf8ByteLength, type JsonParseResult } from './safe-json';
