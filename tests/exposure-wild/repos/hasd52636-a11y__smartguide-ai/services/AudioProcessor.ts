import RealtimeService from './RealtimeService.ts';
export default AudioProcessor;
