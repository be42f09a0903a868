export { loadConfig, type LoadConfigOptions } from './load-config.js';
export { ConfigSchema, type Config, type ConfigInput } from './schema.js';
export { ConfigInvalid, ConfigFileUnreadable, type ConfigProblem } from './config.errors.js';
