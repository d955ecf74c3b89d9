export const SK = ({ h = 4, w = 'full', cls = '' }) => (
export const Skeleton = () => (
export const CandidateCardSkeleton = () => (
export const ATSSkeleton = () => (
export const ImprovementSkeleton = () => (
export const SalarySkeleton = () => (
export const PersonalSalarySkeleton = () => (
export const MarketFitSkeleton = () => (
export const CandidateVsMarketSkeleton = () => (
