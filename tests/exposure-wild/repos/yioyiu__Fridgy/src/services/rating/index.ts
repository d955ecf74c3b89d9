export { appRatingService, type RatingResult } from './appRating';
