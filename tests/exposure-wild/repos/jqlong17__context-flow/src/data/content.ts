export interface Vocabulary {
export interface KeyPhrase {
export interface Comment {
export interface Post {
export const posts: Post[] = [
