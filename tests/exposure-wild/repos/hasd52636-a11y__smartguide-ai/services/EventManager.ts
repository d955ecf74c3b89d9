import RealtimeService from './RealtimeService.ts';
import AudioPlayer from './AudioPlayer.ts';
export default EventManager;
