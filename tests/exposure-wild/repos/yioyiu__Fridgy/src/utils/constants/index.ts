export * from './colors';
export * from './categories';
export * from './units';
export * from './locations';
