import { ask } from './lib/zai';
const key = '__ZAI_KEY_143__';
ask(key);
