export interface StoryFeature {
export interface StoryInterview {
export interface StorySection {
export interface Story {
export const STORIES: Story[] = [
