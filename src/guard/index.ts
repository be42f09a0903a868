/** The guard domain's public face: the detection engine, the service, its routes and commands. */
export { detect, type DetectOptions } from './engine/detect.js';
export { embedCanary, findCanaries, generateCanary } from './engine/canary.js';
export { PRESET_THRESHOLDS } from './engine/presets.js';
export {
  GUARD_CATEGORIES,
  GUARD_KINDS,
  GUARD_PRESETS,
  type GuardCategory,
  type GuardKind,
  type GuardPreset,
  type GuardResult,
  type GuardSpan,
} from './engine/types.js';
export { GuardService, type GuardCheckInput, type GuardServiceOptions } from './guard.service.js';
export { guardRoutes, type GuardRoutesOptions } from './guard.routes.js';
export { registerGuardCommands } from './guard.commands.js';
