export * from './displacement-map';
export * from './polar-displacement-map';
export * from './prominent-displacement-map';
