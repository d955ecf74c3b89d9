export function ScoreRing({
