export { default as ChatPanel } from './ChatPanel.svelte';
export { default as SettingsPanel } from './SettingsPanel.svelte';
export { default as DiffViewer } from './DiffViewer.svelte';
