const blurhash ='|rF?hV%2WCj[ayj[a|j[az_NaeWBj@ayfRayfQfQM{M|azj[azf6fQfQfQIpWXofj[ayj[j[fQayWCoeoeaya}j[ayfQa{oLj?j[WVj[ayayj[fQoff7azayj[ayj[j[ayofayayayj[fQj[ayayj[ayfjj[j[ayjuayj[';
export default blurhash;

export const getRoomId=(userId1: string, userId2: string): string => {
   const sortedIds = [userId1, userId2].sort();
   const rommId= sortedIds.join('_');
   return rommId;
}
