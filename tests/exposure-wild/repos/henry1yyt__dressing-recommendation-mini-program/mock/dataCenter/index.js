import getDataCenterArea from './getArea';
import getDataCenterMember from './getMember';
import getDataCompleteRate from './getCompleteRate';
import getDataInteraction from './getInteraction';

export default [getDataCenterArea, getDataCenterMember, getDataCompleteRate, getDataInteraction];
