export type ChallengeStatus = 'upcoming' | 'active' | 'completed' | 'archived';
export interface ChallengeSubmission {
export interface Challenge {
export function getChallenges(): Challenge[] {
export function getChallengeById(id: string): Challenge | undefined {
export function addChallenge(challenge: Omit<Challenge, 'id' | 'submissions' | 'participants' | 'submissionCount' | 'createdAt' | 'updatedAt' | 'winnerAnnounced' | 'winners'>): Challenge {
export function updateChallenge(id: string, updates: Partial<Challenge>): Challenge | undefined {
export function deleteChallenge(id: string): boolean {
export function submitToChallenge(challengeId: string, submission: Omit<ChallengeSubmission, 'id' | 'challengeId' | 'date' | 'likes' | 'views' | 'comments' | 'isWinner' | 'rank' | 'score' | 'feedback'>): ChallengeSubmission | undefined {
export function likeSubmission(challengeId: string, submissionId: string): Challenge | undefined {
export function announceWinners(challengeId: string, winners: { rank: number; submissionId: string; prize: string }[]): Challenge | undefined {
export function getActiveChallenges(): Challenge[] {
export function getUpcomingChallenges(): Challenge[] {
export function getCompletedChallenges(): Challenge[] {
export function getChallengesByTag(tag: string): Challenge[] {
export function getPopularChallenges(limit: number = 5): Challenge[] {
export function getFeaturedChallenges(): Challenge[] {
export function updateChallengeStatuses(): void {
export default {
