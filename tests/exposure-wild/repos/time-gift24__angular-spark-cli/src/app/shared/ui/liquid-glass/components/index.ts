export * from './glass-filter.component';
export * from './glass-container.component';
export * from './liquid-glass.component';
