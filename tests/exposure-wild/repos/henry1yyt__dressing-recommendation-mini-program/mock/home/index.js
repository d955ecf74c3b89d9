import getHomeCards from './getHomeCards';
import getHomeSwipers from './getHomeSwipers';

export default [getHomeCards, getHomeSwipers];
