/** The whole job as one function (public surface of src/pipeline). */
export * from './compileBlock';
export * from './summary';
export * from './runPipeline';
export * from './simulationExport';
