export interface PuzzlePiece {
export interface PuzzleLevel {
export interface GameProgress {
export const generatePuzzlePieces = (level: PuzzleLevel): PuzzlePiece[] => {
export const checkPiecePlacement = (piece: PuzzlePiece, x: number, y: number): boolean => {
export const checkPuzzleComplete = (pieces: PuzzlePiece[]): boolean => {
export const calculateScore = (
export const getLevels = (): PuzzleLevel[] => {
export const getLevel = (id: string): PuzzleLevel | undefined => {
export const isLevelUnlocked = (userId: string, levelId: string): boolean => {
export const getGameProgress = (userId: string): GameProgress => {
export const saveGameProgress = (progress: GameProgress): void => {
export const completeLevel = (
export const useHint = (userId: string): boolean => {
export default culturalPuzzleGameService;
