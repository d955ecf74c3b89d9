import animationMap from './nvue.ani-map.js'
export default {
