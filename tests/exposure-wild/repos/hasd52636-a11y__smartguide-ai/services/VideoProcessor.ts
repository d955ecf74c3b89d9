import RealtimeService from './RealtimeService.ts';
export default VideoProcessor;
