export * from './ingredients/slice';
export * from './settings/slice';

export * from './ingredients/types';
