import dedent from 'ts-dedent'
export default {
	'Obtain key from https://open.bigmodel.cn': 'Obtain key from https://open.bigmodel.cn',
