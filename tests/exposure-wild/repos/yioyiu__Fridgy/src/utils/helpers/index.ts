export * from './date';
export * from './validation';
export * from './formatting';
export * from './sampleData';
