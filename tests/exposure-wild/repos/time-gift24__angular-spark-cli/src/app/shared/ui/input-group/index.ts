export * from './input-group.component';
export * from './input-group-addon.component';
export * from './input-group-button.component';
export * from './input-group-text.component';
export * from './input-group-input.component';
export * from './input-group-textarea.component';
