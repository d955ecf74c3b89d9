export * from './theme.service';
export * from './theme.types';
