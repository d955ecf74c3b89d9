import getSearchHistory from './getSearchHistory';
import getSearchPopular from './getSearchPopular';

export default [getSearchHistory, getSearchPopular];
