import tourismData from '../data/tourism-data.json';
export interface TravelProduct {
export interface TravelRecommendation {
export default new TravelRecommendationService();
