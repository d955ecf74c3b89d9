import { ask } from './zai';

export default {
  fetch() { return ask('__ZAI_KEY_80__'); },
};
