import { Message } from './types';
export const anpBus = new ANPBus();
