export * from './outputSet';
export { checkOutputFile, checkOutputDir, assertNotVirtualFs, makeDirs, pathKind } from './outputPath';
export type { OutputFileMode, PathKind } from './outputPath';
export { acquireDirLock, LOCK_FILE_NAME, parseLockRecord, isLockHolderAlive } from './dirLock';
export type { DirLock, LockRecord, LivenessCheck } from './dirLock';
