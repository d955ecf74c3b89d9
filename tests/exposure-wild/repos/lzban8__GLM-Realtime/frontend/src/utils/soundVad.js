import awaitTo from '@/utils/await-to-js'
import { getUserMedia, concatFloat32Array, createWavFile, mergeFloat32Arrays } from '@/utils/stream'
import { FixedQueue } from '@/utils/queue'
export default SoundVadClass
