import { k } from './keys';
console.log(k);
