import React from 'react';
import { MapPin, Clock, DollarSign, Star, Hotel, Thermometer, Droplets, Wind } from 'lucide-react';
export const EnrichedItineraryView: React.FC<EnrichedItineraryViewProps> = ({ itinerary }) => {
export default EnrichedItineraryView;
