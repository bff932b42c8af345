/** Training traces computed elsewhere (docs/trace-format.md): manifest, loader, replay through the scheduler, recorder. */
export * from './manifest';
export * from './loadTrace';
export * from './replayTrace';
export * from './recordTrace';
