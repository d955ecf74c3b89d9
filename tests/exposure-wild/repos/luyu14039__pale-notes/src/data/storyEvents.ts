import { StoryEvent } from '@/types/story';
export const STORY_EVENTS: StoryEvent[] = [
