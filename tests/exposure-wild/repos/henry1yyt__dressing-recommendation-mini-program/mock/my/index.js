import getServiceList from './getServiceList';
import getPersonalInfo from './getPersonalInfo';

export default [getServiceList, getPersonalInfo];
