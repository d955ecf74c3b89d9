export default AudioPlayer;
