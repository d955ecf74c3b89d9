import test from './test.js'
import { round } from './digit.js'
	if (process.env.NODE_ENV === 'development') {
export default {
