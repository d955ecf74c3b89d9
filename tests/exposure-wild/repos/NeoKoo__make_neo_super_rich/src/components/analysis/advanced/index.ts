export { MissingValueChart } from './MissingValueChart';
export { IntervalDistribution } from './IntervalDistribution';
