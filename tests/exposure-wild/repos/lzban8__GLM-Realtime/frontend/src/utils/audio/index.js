 * Crunker is the simple way to merge, concatenate, play, export and download audio files using the Web Audio API.
export default class AudioManagerClass {
  export(buffer, type = 'audio/wav') {
