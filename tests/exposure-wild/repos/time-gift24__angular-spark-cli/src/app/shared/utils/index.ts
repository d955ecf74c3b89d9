export { cn } from './cn';
export { IdGenerator } from './id-generator.util';
