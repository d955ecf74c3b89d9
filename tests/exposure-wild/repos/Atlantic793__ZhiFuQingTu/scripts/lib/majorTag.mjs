export const MAJOR_SEEDS = /** @type {MajorSeed[]} */ ([
export function coarseSuitableMajors(job, searchSeed) {
export function heuristicMajors(job) {
