export interface MusicKitTrack {
export interface MusicKitPlaylist {
export interface MusicKitAlbum {
export interface MusicKitArtist {
export interface MusicKitMusicSummary {
export interface MusicKitLibrary {
export async function fetchRecentlyPlayedWithMusicKit(limit: number = 50): Promise<MusicKitTrack[]> {
export async function fetchLibrarySongsWithMusicKit(limit: number = 50): Promise<MusicKitTrack[]> {
export async function fetchHeavyRotationWithMusicKit(limit: number = 20): Promise<MusicKitAlbum[]> {
export async function fetchMusicSummariesWithMusicKit(): Promise<MusicKitMusicSummary[]> {
export async function fetchLibraryArtistsWithMusicKit(limit: number = 50): Promise<MusicKitArtist[]> {
export async function fetchUserAlbumsWithMusicKit(limit: number = 50): Promise<MusicKitAlbum[]> {
export async function fetchRecentlyAddedWithMusicKit(limit: number = 50): Promise<MusicKitTrack[]> {
export function analyzeMusicKitData(tracks: MusicKitTrack[]): {
export async function fetchUserMusicLibraryWithMusicKit(): Promise<MusicKitLibrary> {
export function generateMusicKitPersonaPrompt(library: MusicKitLibrary): string {
